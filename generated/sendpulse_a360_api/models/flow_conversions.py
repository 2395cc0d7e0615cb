from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goal_conversion_stats import GoalConversionStats
    from ..models.start_conversion_stats import StartConversionStats


T = TypeVar("T", bound="FlowConversions")


@_attrs_define
class FlowConversions:
    """A flow's conversion counts: `total_conversions` = `maintrigger_conversions` + `goal_conversions`, and
    `goal_conversions` = the sum of `goals[].conversions`.

    """

    total_conversions: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    maintrigger_conversions: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    goal_conversions: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    maintrigger: StartConversionStats | Unset = UNSET
    """ The flow's Start element and its conversions. """
    goals: list[GoalConversionStats] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_conversions: int | str | Unset
        if isinstance(self.total_conversions, Unset):
            total_conversions = UNSET
        else:
            total_conversions = self.total_conversions

        maintrigger_conversions: int | str | Unset
        if isinstance(self.maintrigger_conversions, Unset):
            maintrigger_conversions = UNSET
        else:
            maintrigger_conversions = self.maintrigger_conversions

        goal_conversions: int | str | Unset
        if isinstance(self.goal_conversions, Unset):
            goal_conversions = UNSET
        else:
            goal_conversions = self.goal_conversions

        maintrigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintrigger, Unset):
            maintrigger = self.maintrigger.to_dict()

        goals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = []
            for goals_item_data in self.goals:
                goals_item = goals_item_data.to_dict()
                goals.append(goals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_conversions is not UNSET:
            field_dict["total_conversions"] = total_conversions
        if maintrigger_conversions is not UNSET:
            field_dict["maintrigger_conversions"] = maintrigger_conversions
        if goal_conversions is not UNSET:
            field_dict["goal_conversions"] = goal_conversions
        if maintrigger is not UNSET:
            field_dict["maintrigger"] = maintrigger
        if goals is not UNSET:
            field_dict["goals"] = goals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.goal_conversion_stats import GoalConversionStats
        from ..models.start_conversion_stats import StartConversionStats

        d = dict(src_dict)
        total_conversions: int | str | Unset = d.pop("total_conversions", UNSET)

        maintrigger_conversions: int | str | Unset = d.pop(
            "maintrigger_conversions", UNSET
        )

        goal_conversions: int | str | Unset = d.pop("goal_conversions", UNSET)

        _maintrigger = d.pop("maintrigger", UNSET)
        maintrigger: StartConversionStats | Unset
        if isinstance(_maintrigger, Unset):
            maintrigger = UNSET
        else:
            maintrigger = StartConversionStats.from_dict(_maintrigger)

        _goals = d.pop("goals", UNSET)
        goals: list[GoalConversionStats] | Unset = UNSET
        if _goals is not UNSET:
            goals = []
            for goals_item_data in _goals:
                goals_item = GoalConversionStats.from_dict(goals_item_data)

                goals.append(goals_item)

        flow_conversions = cls(
            total_conversions=total_conversions,
            maintrigger_conversions=maintrigger_conversions,
            goal_conversions=goal_conversions,
            maintrigger=maintrigger,
            goals=goals,
        )

        flow_conversions.additional_properties = d
        return flow_conversions

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
