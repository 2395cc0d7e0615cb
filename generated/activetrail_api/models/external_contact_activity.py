from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import SubscriptionStatus


T = TypeVar("T", bound="ExternalContactActivity")


@_attrs_define
class ExternalContactActivity:
    """A contact's status change, with its external mapping. **Inferred shape**; all fields optional."""

    customer_id: int | None | Unset = UNSET
    """ The contact's ActiveTrail id. """
    external_id: None | str | Unset = UNSET
    external_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    status: None | SubscriptionStatus | Unset = UNSET
    """ The contact's new status. """
    status_date: None | str | Unset = UNSET
    """ When the status changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_name: None | str | Unset
        if isinstance(self.external_name, Unset):
            external_name = UNSET
        else:
            external_name = self.external_name

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

        status: None | str | Unset
        if isinstance(self.status, Unset) or self.status is None:
            status = self.status
        else:
            status = str(self.status)

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        else:
            status_date = self.status_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if status is not UNSET:
            field_dict["status"] = status
        if status_date is not UNSET:
            field_dict["status_date"] = status_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import SubscriptionStatus

        d = dict(src_dict)
        customer_id: int | None | Unset = d.pop("customerId", UNSET)

        external_id: None | str | Unset = d.pop("externalId", UNSET)

        external_name: None | str | Unset = d.pop("externalName", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        _status = d.pop("status", UNSET)
        status: None | SubscriptionStatus | Unset = (
            _status
            if isinstance(_status, Unset) or _status is None
            else SubscriptionStatus(_status)
        )

        status_date: None | str | Unset = d.pop("status_date", UNSET)

        external_contact_activity = cls(
            customer_id=customer_id,
            external_id=external_id,
            external_name=external_name,
            email=email,
            sms=sms,
            status=status,
            status_date=status_date,
        )

        external_contact_activity.additional_properties = d
        return external_contact_activity

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
