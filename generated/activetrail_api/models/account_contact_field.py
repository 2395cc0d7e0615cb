from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountContactField")


@_attrs_define
class AccountContactField:
    """A contact field of the account. **Inferred:** no source shows these field names; they are our guess."""

    name: None | str | Unset = UNSET
    """ The field's name on the contact (`ext1`, `date1`, `num1`...). """
    display_name: None | str | Unset = UNSET
    """ The field's label in the ActiveTrail UI. """
    type_: None | str | Unset = UNSET
    """ The field's type (the `FieldsType` filter's values). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        display_name: None | str | Unset = d.pop("display_name", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        account_contact_field = cls(
            name=name,
            display_name=display_name,
            type_=type_,
        )

        account_contact_field.additional_properties = d
        return account_contact_field

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
