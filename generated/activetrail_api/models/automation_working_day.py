from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationWorkingDay")


@_attrs_define
class AutomationWorkingDay:
    """A sending window on one day of the week (`AutomationExtendedDetailsWorkingDays`)."""

    day: int | Unset = UNSET
    """ The day of the week (the sample shows 1; whether 0 or 1 is Sunday is not documented). """
    from_: str | Unset = UNSET
    """ A time of day as a .NET TimeSpan string (`hh:mm:ss`, optionally with up to 7 fractional digits). """
    to: str | Unset = UNSET
    """ A time of day as a .NET TimeSpan string (`hh:mm:ss`, optionally with up to 7 fractional digits). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        day = d.pop("day", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        automation_working_day = cls(
            day=day,
            from_=from_,
            to=to,
        )

        automation_working_day.additional_properties = d
        return automation_working_day

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
