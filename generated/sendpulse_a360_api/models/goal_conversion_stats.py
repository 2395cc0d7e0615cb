from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import A360ElementType


T = TypeVar("T", bound="GoalConversionStats")


@_attrs_define
class GoalConversionStats:
    """A Goal element of the flow and its conversions."""

    id: int
    """ The element ID of the Goal element (the `goalId` of the per-goal conversion lists). """
    name: str
    """ The goal's name. """
    af_type: A360ElementType
    """ An element type: `maintrigger` (Start), `trigger` (Condition), `email`, `sms`, `push`, `messenger`,
    `action`, `filter`, `goal`. The seed's table omits `messenger`, whose statistics calls exist.
     """
    main_id: int | Unset = UNSET
    """ The flow ID. """
    created: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    conversions: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        af_type = str(self.af_type)

        main_id = self.main_id

        created = self.created

        conversions: int | str | Unset
        if isinstance(self.conversions, Unset):
            conversions = UNSET
        else:
            conversions = self.conversions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "af_type": af_type,
            }
        )
        if main_id is not UNSET:
            field_dict["main_id"] = main_id
        if created is not UNSET:
            field_dict["created"] = created
        if conversions is not UNSET:
            field_dict["conversions"] = conversions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import A360ElementType

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        af_type = A360ElementType(d.pop("af_type"))

        main_id = d.pop("main_id", UNSET)

        created = d.pop("created", UNSET)

        conversions: int | str | Unset = d.pop("conversions", UNSET)

        goal_conversion_stats = cls(
            id=id,
            name=name,
            af_type=af_type,
            main_id=main_id,
            created=created,
            conversions=conversions,
        )

        goal_conversion_stats.additional_properties = d
        return goal_conversion_stats

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
