from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SegmentationRuleFieldTypesMap")


@_attrs_define
class SegmentationRuleFieldTypesMap:
    """The dictionary of rule field types (`get_segmentation_rule_field_types`): each key is a field-type name (a
    value usable in rules, for example `Info`, `Numeric`, `Date`, `Action`), each value its identifier.
    **Inferred:** the seed calls it a dictionary and COR says it holds the field types' identifiers and names;
    whether the identifier is a number or a string is not known, so both are accepted.

    """

    additional_properties: dict[str, int | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        segmentation_rule_field_types_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> int | str:
                return cast(int | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        segmentation_rule_field_types_map.additional_properties = additional_properties
        return segmentation_rule_field_types_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
