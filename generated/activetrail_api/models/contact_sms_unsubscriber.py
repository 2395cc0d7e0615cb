from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSmsUnsubscriber")


@_attrs_define
class ContactSmsUnsubscriber:
    """A contact unsubscribed from SMS. **Inferred shape**; all fields optional."""

    customer_id: int | None | Unset = UNSET
    """ The contact's id. """
    sms: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    unsubscribe_date: None | str | Unset = UNSET
    """ When the contact unsubscribed from SMS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        unsubscribe_date: None | str | Unset
        if isinstance(self.unsubscribe_date, Unset):
            unsubscribe_date = UNSET
        else:
            unsubscribe_date = self.unsubscribe_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if unsubscribe_date is not UNSET:
            field_dict["unsubscribe_date"] = unsubscribe_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: int | None | Unset = d.pop("customer_id", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        unsubscribe_date: None | str | Unset = d.pop("unsubscribe_date", UNSET)

        contact_sms_unsubscriber = cls(
            customer_id=customer_id,
            sms=sms,
            email=email,
            first_name=first_name,
            last_name=last_name,
            unsubscribe_date=unsubscribe_date,
        )

        contact_sms_unsubscriber.additional_properties = d
        return contact_sms_unsubscriber

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
