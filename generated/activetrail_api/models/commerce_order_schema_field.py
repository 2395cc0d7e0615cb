from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceOrderSchemaField")


@_attrs_define
class CommerceOrderSchemaField:
    """One order field of the account's order schema. **Inferred shape:** COR describes the response as the order
    fields, their types and the account's custom names; the names below are our guess (as for
    `AccountContactField`). Every field is optional.

    """

    name: None | str | Unset = UNSET
    """ The order field's name as in ApiPostOrder (`orderId`, `ext1`, `num1`, `date1`...). """
    type_: None | str | Unset = UNSET
    """ The field's data type (values not documented). """
    custom_name: None | str | Unset = UNSET
    """ The account's own name for an extra field; null when it has none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        custom_name: None | str | Unset
        if isinstance(self.custom_name, Unset):
            custom_name = UNSET
        else:
            custom_name = self.custom_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if custom_name is not UNSET:
            field_dict["custom_name"] = custom_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        custom_name: None | str | Unset = d.pop("custom_name", UNSET)

        commerce_order_schema_field = cls(
            name=name,
            type_=type_,
            custom_name=custom_name,
        )

        commerce_order_schema_field.additional_properties = d
        return commerce_order_schema_field

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
