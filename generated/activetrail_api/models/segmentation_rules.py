from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_chained_rules_set import SegmentationChainedRulesSet
    from ..models.segmentation_rules_set import SegmentationRulesSet


T = TypeVar("T", bound="SegmentationRules")


@_attrs_define
class SegmentationRules:
    """The rule tree of a segmentation (`rules_segment` on the official page POST-api-segmentation)."""

    basic_rules_set: None | SegmentationRulesSet | Unset = UNSET
    additional_rules_sets: list[SegmentationChainedRulesSet] | None | Unset = UNSET
    """ Further rules sets, each joined to the previous ones by its connecting operator. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segmentation_rules_set import SegmentationRulesSet

        basic_rules_set: dict[str, Any] | None | Unset
        if isinstance(self.basic_rules_set, Unset):
            basic_rules_set = UNSET
        elif isinstance(self.basic_rules_set, SegmentationRulesSet):
            basic_rules_set = self.basic_rules_set.to_dict()
        else:
            basic_rules_set = self.basic_rules_set

        additional_rules_sets: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_rules_sets, Unset):
            additional_rules_sets = UNSET
        elif isinstance(self.additional_rules_sets, list):
            additional_rules_sets = []
            for additional_rules_sets_type_0_item_data in self.additional_rules_sets:
                additional_rules_sets_type_0_item = (
                    additional_rules_sets_type_0_item_data.to_dict()
                )
                additional_rules_sets.append(additional_rules_sets_type_0_item)

        else:
            additional_rules_sets = self.additional_rules_sets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic_rules_set is not UNSET:
            field_dict["basic_rules_set"] = basic_rules_set
        if additional_rules_sets is not UNSET:
            field_dict["additional_rules_sets"] = additional_rules_sets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_chained_rules_set import SegmentationChainedRulesSet
        from ..models.segmentation_rules_set import SegmentationRulesSet

        d = dict(src_dict)

        def _parse_basic_rules_set(data: object) -> None | SegmentationRulesSet | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                basic_rules_set_type_0 = SegmentationRulesSet.from_dict(data)

                return basic_rules_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentationRulesSet | Unset, data)

        basic_rules_set = _parse_basic_rules_set(d.pop("basic_rules_set", UNSET))

        def _parse_additional_rules_sets(
            data: object,
        ) -> list[SegmentationChainedRulesSet] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_rules_sets_type_0 = []
                _additional_rules_sets_type_0 = data
                for (
                    additional_rules_sets_type_0_item_data
                ) in _additional_rules_sets_type_0:
                    additional_rules_sets_type_0_item = (
                        SegmentationChainedRulesSet.from_dict(
                            additional_rules_sets_type_0_item_data
                        )
                    )

                    additional_rules_sets_type_0.append(
                        additional_rules_sets_type_0_item
                    )

                return additional_rules_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SegmentationChainedRulesSet] | None | Unset, data)

        additional_rules_sets = _parse_additional_rules_sets(
            d.pop("additional_rules_sets", UNSET)
        )

        segmentation_rules = cls(
            basic_rules_set=basic_rules_set,
            additional_rules_sets=additional_rules_sets,
        )

        segmentation_rules.additional_properties = d
        return segmentation_rules

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
