from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_sms_customer import ExternalSmsCustomer
    from ..models.sms_operational_message_details import SmsOperationalMessageDetails
    from ..models.sms_operational_message_scheduling import (
        SmsOperationalMessageScheduling,
    )


T = TypeVar("T", bound="ExternalOperationalSmsMessage")


@_attrs_define
class ExternalOperationalSmsMessage:
    """The body of `send_external_operational_sms_message` (official `ApiExternalSmsCampaignPostContainer`, page
    POST-api-external-operational-sms_message): the message (`details`), when to send it (`scheduling`) and the
    recipients by external id and name (`customers`).

    """

    details: SmsOperationalMessageDetails
    """ The message of an operational SMS (`details` on the official page POST-api-smscampaign-OperationalMessage).
    """
    customers: list[ExternalSmsCustomer]
    """ The contacts that receive the SMS. """
    scheduling: SmsOperationalMessageScheduling | Unset = UNSET
    """ When an operational SMS is sent (`scheduling` on the official page). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        customers = []
        for customers_item_data in self.customers:
            customers_item = customers_item_data.to_dict()
            customers.append(customers_item)

        scheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduling, Unset):
            scheduling = self.scheduling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "customers": customers,
            }
        )
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_sms_customer import ExternalSmsCustomer
        from ..models.sms_operational_message_details import (
            SmsOperationalMessageDetails,
        )
        from ..models.sms_operational_message_scheduling import (
            SmsOperationalMessageScheduling,
        )

        d = dict(src_dict)
        details = SmsOperationalMessageDetails.from_dict(d.pop("details"))

        customers = []
        _customers = d.pop("customers")
        for customers_item_data in _customers:
            customers_item = ExternalSmsCustomer.from_dict(customers_item_data)

            customers.append(customers_item)

        _scheduling = d.pop("scheduling", UNSET)
        scheduling: SmsOperationalMessageScheduling | Unset
        if isinstance(_scheduling, Unset):
            scheduling = UNSET
        else:
            scheduling = SmsOperationalMessageScheduling.from_dict(_scheduling)

        external_operational_sms_message = cls(
            details=details,
            customers=customers,
            scheduling=scheduling,
        )

        external_operational_sms_message.additional_properties = d
        return external_operational_sms_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
