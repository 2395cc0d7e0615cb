from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_rules import SegmentationRules


T = TypeVar("T", bound="SegmentationUpdate")


@_attrs_define
class SegmentationUpdate:
    """The body of `update_segmentation`; both fields are optional (COR)."""

    name: str | Unset = UNSET
    """ The new name. """
    rules_segment: SegmentationRules | Unset = UNSET
    """ The rule tree of a segmentation (`rules_segment` on the official page POST-api-segmentation). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rules_segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules_segment, Unset):
            rules_segment = self.rules_segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if rules_segment is not UNSET:
            field_dict["rules_segment"] = rules_segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_rules import SegmentationRules

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _rules_segment = d.pop("rules_segment", UNSET)
        rules_segment: SegmentationRules | Unset
        if isinstance(_rules_segment, Unset):
            rules_segment = UNSET
        else:
            rules_segment = SegmentationRules.from_dict(_rules_segment)

        segmentation_update = cls(
            name=name,
            rules_segment=rules_segment,
        )

        segmentation_update.additional_properties = d
        return segmentation_update

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
