from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_rules_set import SegmentationRulesSet


T = TypeVar("T", bound="SegmentationChainedRulesSet")


@_attrs_define
class SegmentationChainedRulesSet:
    """An additional rules set, joined to the sets before it by `connecting_operator`."""

    connecting_operator: None | str | Unset = UNSET
    """ How this set joins the previous ones. """
    segment_rules_set: None | SegmentationRulesSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segmentation_rules_set import SegmentationRulesSet

        connecting_operator: None | str | Unset
        if isinstance(self.connecting_operator, Unset):
            connecting_operator = UNSET
        else:
            connecting_operator = self.connecting_operator

        segment_rules_set: dict[str, Any] | None | Unset
        if isinstance(self.segment_rules_set, Unset):
            segment_rules_set = UNSET
        elif isinstance(self.segment_rules_set, SegmentationRulesSet):
            segment_rules_set = self.segment_rules_set.to_dict()
        else:
            segment_rules_set = self.segment_rules_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connecting_operator is not UNSET:
            field_dict["connecting_operator"] = connecting_operator
        if segment_rules_set is not UNSET:
            field_dict["segment_rules_set"] = segment_rules_set

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_rules_set import SegmentationRulesSet

        d = dict(src_dict)
        connecting_operator: None | str | Unset = d.pop("connecting_operator", UNSET)

        def _parse_segment_rules_set(
            data: object,
        ) -> None | SegmentationRulesSet | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segment_rules_set_type_0 = SegmentationRulesSet.from_dict(data)

                return segment_rules_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentationRulesSet | Unset, data)

        segment_rules_set = _parse_segment_rules_set(d.pop("segment_rules_set", UNSET))

        segmentation_chained_rules_set = cls(
            connecting_operator=connecting_operator,
            segment_rules_set=segment_rules_set,
        )

        segmentation_chained_rules_set.additional_properties = d
        return segmentation_chained_rules_set

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
