from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactGroupSummary")


@_attrs_define
class ContactGroupSummary:
    """A group the contact belongs to, in the shape of the official group DTO (`ApiGroup` on the `GET /api/groups`
    page).

    """

    id: int | Unset = UNSET
    """ The group's id. """
    name: None | str | Unset = UNSET
    """ The group's name. """
    active_counter: int | None | Unset = UNSET
    """ Number of active contacts in the group. """
    counter: int | None | Unset = UNSET
    """ Total number of contacts in the group. """
    created: None | str | Unset = UNSET
    """ When the group was created. """
    last_generated: None | str | Unset = UNSET
    """ Dynamic groups only; the last time the group generated its contacts from its conditions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        active_counter: int | None | Unset
        if isinstance(self.active_counter, Unset):
            active_counter = UNSET
        else:
            active_counter = self.active_counter

        counter: int | None | Unset
        if isinstance(self.counter, Unset):
            counter = UNSET
        else:
            counter = self.counter

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        last_generated: None | str | Unset
        if isinstance(self.last_generated, Unset):
            last_generated = UNSET
        else:
            last_generated = self.last_generated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if active_counter is not UNSET:
            field_dict["active_counter"] = active_counter
        if counter is not UNSET:
            field_dict["counter"] = counter
        if created is not UNSET:
            field_dict["created"] = created
        if last_generated is not UNSET:
            field_dict["last_generated"] = last_generated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        active_counter: int | None | Unset = d.pop("active_counter", UNSET)

        counter: int | None | Unset = d.pop("counter", UNSET)

        created: None | str | Unset = d.pop("created", UNSET)

        last_generated: None | str | Unset = d.pop("last_generated", UNSET)

        contact_group_summary = cls(
            id=id,
            name=name,
            active_counter=active_counter,
            counter=counter,
            created=created,
            last_generated=last_generated,
        )

        contact_group_summary.additional_properties = d
        return contact_group_summary

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
