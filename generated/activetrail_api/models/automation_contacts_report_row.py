from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationContactsReportRow")


@_attrs_define
class AutomationContactsReportRow:
    """One contact of an automation report (`ApiAutomationContactsStepsReport` in the official docs)."""

    customer_id: int | Unset = UNSET
    """ The contact's id. """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    """ The contact's mobile number. """
    date_created_utc: None | str | Unset = UNSET
    """ When the contact entered the automation (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

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

        date_created_utc: None | str | Unset
        if isinstance(self.date_created_utc, Unset):
            date_created_utc = UNSET
        else:
            date_created_utc = self.date_created_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if date_created_utc is not UNSET:
            field_dict["date_created_utc"] = date_created_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customer_id", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        date_created_utc: None | str | Unset = d.pop("date_created_utc", UNSET)

        automation_contacts_report_row = cls(
            customer_id=customer_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            sms=sms,
            date_created_utc=date_created_utc,
        )

        automation_contacts_report_row.additional_properties = d
        return automation_contacts_report_row

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
