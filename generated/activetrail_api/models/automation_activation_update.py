from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationActivationUpdate")


@_attrs_define
class AutomationActivationUpdate:
    """The new activation state. **Inferred:** one client sends `is_active`; the official read shape names the
    flag `is_published`. Send one of them.

    """

    is_active: bool | Unset = UNSET
    """ Activate (true) or deactivate (false), as the one client that calls this path sends it. """
    is_published: bool | Unset = UNSET
    """ The same flag under the name of the official activation object. """
    scheduled_time: str | Unset = UNSET
    """ A date and time in ISO 8601 without a zone, as ActiveTrail sends them (`2016-12-24T14:12:12`, optionally
    with fractional seconds). Fields ending in `_utc` are UTC; the others are in the account's time zone.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        is_published = self.is_published

        scheduled_time = self.scheduled_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if scheduled_time is not UNSET:
            field_dict["scheduled_time"] = scheduled_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_active = d.pop("is_active", UNSET)

        is_published = d.pop("is_published", UNSET)

        scheduled_time = d.pop("scheduled_time", UNSET)

        automation_activation_update = cls(
            is_active=is_active,
            is_published=is_published,
            scheduled_time=scheduled_time,
        )

        automation_activation_update.additional_properties = d
        return automation_activation_update

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
