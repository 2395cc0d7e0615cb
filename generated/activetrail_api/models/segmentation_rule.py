from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentationRule")


@_attrs_define
class SegmentationRule:
    """One condition of a segmentation (official page POST-api-segmentation). The values come from the rule
    dictionaries; the known values below are the page's sample, not a closed list.

    """

    type_id: None | str | Unset = UNSET
    """ The rule type (see `get_segmentation_rule_types`). """
    field: None | str | Unset = UNSET
    """ The contact field or attribute the rule tests (see `get_segmentation_rule_field_types`). """
    operator_type: None | str | Unset = UNSET
    """ The operation (see `get_segmentation_rule_operations`). """
    seg_operator: None | str | Unset = UNSET
    """ The comparison applied to `value` (the page's sample shows `Equals`). """
    value: list[str] | None | Unset = UNSET
    """ The value(s) to compare with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id: None | str | Unset
        if isinstance(self.type_id, Unset):
            type_id = UNSET
        else:
            type_id = self.type_id

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        operator_type: None | str | Unset
        if isinstance(self.operator_type, Unset):
            operator_type = UNSET
        else:
            operator_type = self.operator_type

        seg_operator: None | str | Unset
        if isinstance(self.seg_operator, Unset):
            seg_operator = UNSET
        else:
            seg_operator = self.seg_operator

        value: list[str] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if field is not UNSET:
            field_dict["field"] = field
        if operator_type is not UNSET:
            field_dict["operator_type"] = operator_type
        if seg_operator is not UNSET:
            field_dict["seg_operator"] = seg_operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_id: None | str | Unset = d.pop("type_id", UNSET)

        field: None | str | Unset = d.pop("field", UNSET)

        operator_type: None | str | Unset = d.pop("operator_type", UNSET)

        seg_operator: None | str | Unset = d.pop("seg_operator", UNSET)

        def _parse_value(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_0 = cast(list[str], data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        segmentation_rule = cls(
            type_id=type_id,
            field=field,
            operator_type=operator_type,
            seg_operator=seg_operator,
            value=value,
        )

        segmentation_rule.additional_properties = d
        return segmentation_rule

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
