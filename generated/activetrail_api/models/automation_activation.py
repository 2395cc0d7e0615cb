from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationActivation")


@_attrs_define
class AutomationActivation:
    """An automation's activation (`AutomationActivationInfo` in the official docs)."""

    is_published: bool | None | Unset = UNSET
    """ Whether the automation is active. """
    scheduled_time: None | str | Unset = UNSET
    """ When the automation is scheduled to start. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_published: bool | None | Unset
        if isinstance(self.is_published, Unset):
            is_published = UNSET
        else:
            is_published = self.is_published

        scheduled_time: None | str | Unset
        if isinstance(self.scheduled_time, Unset):
            scheduled_time = UNSET
        else:
            scheduled_time = self.scheduled_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if scheduled_time is not UNSET:
            field_dict["scheduled_time"] = scheduled_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_published: bool | None | Unset = d.pop("is_published", UNSET)

        scheduled_time: None | str | Unset = d.pop("scheduled_time", UNSET)

        automation_activation = cls(
            is_published=is_published,
            scheduled_time=scheduled_time,
        )

        automation_activation.additional_properties = d
        return automation_activation

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
