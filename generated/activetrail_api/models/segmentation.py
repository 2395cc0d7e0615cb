from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segmentation_rules import SegmentationRules


T = TypeVar("T", bound="Segmentation")


@_attrs_define
class Segmentation:
    """A segmentation as the list and create calls return it. Inferred: the create body's fields plus `id`; every
    field is optional.

    """

    id: int | Unset = UNSET
    """ The segmentation's id (inferred field name). """
    name: None | str | Unset = UNSET
    rules_segment: None | SegmentationRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segmentation_rules import SegmentationRules

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rules_segment: dict[str, Any] | None | Unset
        if isinstance(self.rules_segment, Unset):
            rules_segment = UNSET
        elif isinstance(self.rules_segment, SegmentationRules):
            rules_segment = self.rules_segment.to_dict()
        else:
            rules_segment = self.rules_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if rules_segment is not UNSET:
            field_dict["rules_segment"] = rules_segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.segmentation_rules import SegmentationRules

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        def _parse_rules_segment(data: object) -> None | SegmentationRules | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rules_segment_type_0 = SegmentationRules.from_dict(data)

                return rules_segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentationRules | Unset, data)

        rules_segment = _parse_rules_segment(d.pop("rules_segment", UNSET))

        segmentation = cls(
            id=id,
            name=name,
            rules_segment=rules_segment,
        )

        segmentation.additional_properties = d
        return segmentation

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
