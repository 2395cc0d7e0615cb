from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.segmentation_operations_by_field_map import (
        SegmentationOperationsByFieldMap,
    )


T = TypeVar("T", bound="SegmentationRuleTypesMappingMap")


@_attrs_define
class SegmentationRuleTypesMappingMap:
    """The full mapping (`get_segmentation_rule_types_mapping`): each key is a rule type (`Info`, `Numeric`...),
    each value its fields and their operations. **Inferred** from COR's description of the call.

    """

    additional_properties: dict[str, SegmentationOperationsByFieldMap] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_operations_by_field_map import (
            SegmentationOperationsByFieldMap,
        )

        d = dict(src_dict)
        segmentation_rule_types_mapping_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SegmentationOperationsByFieldMap.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        segmentation_rule_types_mapping_map.additional_properties = (
            additional_properties
        )
        return segmentation_rule_types_mapping_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SegmentationOperationsByFieldMap:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SegmentationOperationsByFieldMap) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
