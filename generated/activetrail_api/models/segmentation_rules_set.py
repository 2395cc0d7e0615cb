from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_chained_rule import SegmentationChainedRule
    from ..models.segmentation_rule import SegmentationRule


T = TypeVar("T", bound="SegmentationRulesSet")


@_attrs_define
class SegmentationRulesSet:
    """A set of rules (one base rule, then additional rules each with its connecting operator)."""

    base_rule: None | SegmentationRule | Unset = UNSET
    additional_rules: list[SegmentationChainedRule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segmentation_rule import SegmentationRule

        base_rule: dict[str, Any] | None | Unset
        if isinstance(self.base_rule, Unset):
            base_rule = UNSET
        elif isinstance(self.base_rule, SegmentationRule):
            base_rule = self.base_rule.to_dict()
        else:
            base_rule = self.base_rule

        additional_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_rules, Unset):
            additional_rules = UNSET
        elif isinstance(self.additional_rules, list):
            additional_rules = []
            for additional_rules_type_0_item_data in self.additional_rules:
                additional_rules_type_0_item = (
                    additional_rules_type_0_item_data.to_dict()
                )
                additional_rules.append(additional_rules_type_0_item)

        else:
            additional_rules = self.additional_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_rule is not UNSET:
            field_dict["base_rule"] = base_rule
        if additional_rules is not UNSET:
            field_dict["additional_rules"] = additional_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_chained_rule import SegmentationChainedRule
        from ..models.segmentation_rule import SegmentationRule

        d = dict(src_dict)

        def _parse_base_rule(data: object) -> None | SegmentationRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_rule_type_0 = SegmentationRule.from_dict(data)

                return base_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentationRule | Unset, data)

        base_rule = _parse_base_rule(d.pop("base_rule", UNSET))

        def _parse_additional_rules(
            data: object,
        ) -> list[SegmentationChainedRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_rules_type_0 = []
                _additional_rules_type_0 = data
                for additional_rules_type_0_item_data in _additional_rules_type_0:
                    additional_rules_type_0_item = SegmentationChainedRule.from_dict(
                        additional_rules_type_0_item_data
                    )

                    additional_rules_type_0.append(additional_rules_type_0_item)

                return additional_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SegmentationChainedRule] | None | Unset, data)

        additional_rules = _parse_additional_rules(d.pop("additional_rules", UNSET))

        segmentation_rules_set = cls(
            base_rule=base_rule,
            additional_rules=additional_rules,
        )

        segmentation_rules_set.additional_properties = d
        return segmentation_rules_set

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
