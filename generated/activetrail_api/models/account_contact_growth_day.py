from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountContactGrowthDay")


@_attrs_define
class AccountContactGrowthDay:
    """One day of contact growth (inferred field names)."""

    date: None | str | Unset = UNSET
    active: int | None | Unset = UNSET
    """ Active (subscribed) contacts on that day. """
    inactive: int | None | Unset = UNSET
    """ Inactive (unsubscribed) contacts on that day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        active: int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        inactive: int | None | Unset
        if isinstance(self.inactive, Unset):
            inactive = UNSET
        else:
            inactive = self.inactive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if active is not UNSET:
            field_dict["active"] = active
        if inactive is not UNSET:
            field_dict["inactive"] = inactive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date: None | str | Unset = d.pop("date", UNSET)

        active: int | None | Unset = d.pop("active", UNSET)

        inactive: int | None | Unset = d.pop("inactive", UNSET)

        account_contact_growth_day = cls(
            date=date,
            active=active,
            inactive=inactive,
        )

        account_contact_growth_day.additional_properties = d
        return account_contact_growth_day

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
