from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignEmailActivity")


@_attrs_define
class CampaignEmailActivity:
    """One contact's activity (the fields KP reads)."""

    email_address: None | str | Unset = UNSET
    """ The contact's address (KP's later version reads this name). """
    email: None | str | Unset = UNSET
    """ The contact's address (KP's earlier version reads this name). """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    open_date: None | str | Unset = UNSET
    """ When the contact opened the campaign. """
    total_opens: int | None | Unset = UNSET
    """ How many times the contact opened it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

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

        open_date: None | str | Unset
        if isinstance(self.open_date, Unset):
            open_date = UNSET
        else:
            open_date = self.open_date

        total_opens: int | None | Unset
        if isinstance(self.total_opens, Unset):
            total_opens = UNSET
        else:
            total_opens = self.total_opens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if open_date is not UNSET:
            field_dict["open_date"] = open_date
        if total_opens is not UNSET:
            field_dict["total_opens"] = total_opens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email_address: None | str | Unset = d.pop("email_address", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        open_date: None | str | Unset = d.pop("open_date", UNSET)

        total_opens: int | None | Unset = d.pop("total_opens", UNSET)

        campaign_email_activity = cls(
            email_address=email_address,
            email=email,
            first_name=first_name,
            last_name=last_name,
            open_date=open_date,
            total_opens=total_opens,
        )

        campaign_email_activity.additional_properties = d
        return campaign_email_activity

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
