from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushCampaignReportContact")


@_attrs_define
class PushCampaignReportContact:
    """One contact of a push campaign's sent, delivered, failed or opens report. Inferred from the SMS report rows
    (`contact_id`, names, `email`, `sms`, a date) and public client code (COR mentions device types and failure
    reasons). Every field is optional.

    """

    contact_id: int | None | Unset = UNSET
    """ The contact's id. """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    device_type: None | str | Unset = UNSET
    """ The device (or browser) type the notification went to. """
    event_date: None | str | Unset = UNSET
    """ When the notification was sent, delivered, failed or opened (depending on the report). """
    failure_reason: None | str | Unset = UNSET
    """ Failed report only, why the notification was not delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        else:
            device_type = self.device_type

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        else:
            event_date = self.event_date

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = self.failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id: int | None | Unset = d.pop("contact_id", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        device_type: None | str | Unset = d.pop("device_type", UNSET)

        event_date: None | str | Unset = d.pop("event_date", UNSET)

        failure_reason: None | str | Unset = d.pop("failure_reason", UNSET)

        push_campaign_report_contact = cls(
            contact_id=contact_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            sms=sms,
            device_type=device_type,
            event_date=event_date,
            failure_reason=failure_reason,
        )

        push_campaign_report_contact.additional_properties = d
        return push_campaign_report_contact

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
