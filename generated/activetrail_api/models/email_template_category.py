from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateCategory")


@_attrs_define
class EmailTemplateCategory:
    """A "my templates" category (inferred from COR's category create and update fields)."""

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    name_key: None | str | Unset = UNSET
    """ A key for the name (seen in COR's input schema; meaning not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        name_key: None | str | Unset
        if isinstance(self.name_key, Unset):
            name_key = UNSET
        else:
            name_key = self.name_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if name_key is not UNSET:
            field_dict["name_key"] = name_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        name_key: None | str | Unset = d.pop("name_key", UNSET)

        email_template_category = cls(
            id=id,
            name=name,
            name_key=name_key,
        )

        email_template_category.additional_properties = d
        return email_template_category

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
