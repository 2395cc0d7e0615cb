from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupInput")


@_attrs_define
class GroupInput:
    """The body of `create_group` and `update_group` (official `PostGroupContainer`): the group's name and, for a
    dynamic group, `last_generated`. The official sample also shows `active_counter`, `counter` and `created`,
    but the pages say to delete them in POST/PUT bodies (the server sets them), so they are left out here.

        Example:
            {'name': 'Spring sale leads'}

    """

    name: str
    """ The group's name. """
    last_generated: None | str | Unset = UNSET
    """ Dynamic groups only, the last time the group's contacts were generated from its conditions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        last_generated: None | str | Unset
        if isinstance(self.last_generated, Unset):
            last_generated = UNSET
        else:
            last_generated = self.last_generated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if last_generated is not UNSET:
            field_dict["last_generated"] = last_generated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        last_generated: None | str | Unset = d.pop("last_generated", UNSET)

        group_input = cls(
            name=name,
            last_generated=last_generated,
        )

        group_input.additional_properties = d
        return group_input

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
