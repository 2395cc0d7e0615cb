from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_rule import SegmentationRule


T = TypeVar("T", bound="SegmentationChainedRule")


@_attrs_define
class SegmentationChainedRule:
    """An additional rule, joined to the rules before it by `connecting_operator`."""

    connecting_operator: None | str | Unset = UNSET
    """ How this rule joins the previous ones (`And` in the official sample; `Or` presumably too). """
    rule: None | SegmentationRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segmentation_rule import SegmentationRule

        connecting_operator: None | str | Unset
        if isinstance(self.connecting_operator, Unset):
            connecting_operator = UNSET
        else:
            connecting_operator = self.connecting_operator

        rule: dict[str, Any] | None | Unset
        if isinstance(self.rule, Unset):
            rule = UNSET
        elif isinstance(self.rule, SegmentationRule):
            rule = self.rule.to_dict()
        else:
            rule = self.rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connecting_operator is not UNSET:
            field_dict["connecting_operator"] = connecting_operator
        if rule is not UNSET:
            field_dict["rule"] = rule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_rule import SegmentationRule

        d = dict(src_dict)
        connecting_operator: None | str | Unset = d.pop("connecting_operator", UNSET)

        def _parse_rule(data: object) -> None | SegmentationRule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_type_0 = SegmentationRule.from_dict(data)

                return rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentationRule | Unset, data)

        rule = _parse_rule(d.pop("rule", UNSET))

        segmentation_chained_rule = cls(
            connecting_operator=connecting_operator,
            rule=rule,
        )

        segmentation_chained_rule.additional_properties = d
        return segmentation_chained_rule

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
