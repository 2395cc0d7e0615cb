from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.segmentation_rules import SegmentationRules


T = TypeVar("T", bound="SegmentationCreate")


@_attrs_define
class SegmentationCreate:
    """The body of `create_segmentation` (official page POST-api-segmentation)."""

    name: str
    """ The segmentation's name (unique in the account, per COR). """
    rules_segment: SegmentationRules
    """ The rule tree of a segmentation (`rules_segment` on the official page POST-api-segmentation). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rules_segment = self.rules_segment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "rules_segment": rules_segment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_rules import SegmentationRules

        d = dict(src_dict)
        name = d.pop("name")

        rules_segment = SegmentationRules.from_dict(d.pop("rules_segment"))

        segmentation_create = cls(
            name=name,
            rules_segment=rules_segment,
        )

        segmentation_create.additional_properties = d
        return segmentation_create

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
