from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationExtendedDetails")


@_attrs_define
class AutomationExtendedDetails:
    """More automation settings (`AutomationExtendedDetailsInfo` in the official docs)."""

    rerun_trigger: bool | None | Unset = UNSET
    """ Whether the trigger is evaluated again for contacts that already went through. """
    working_days: list[AutomationWorkingDay] | None | Unset = UNSET
    """ The days and hours in which the automation sends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rerun_trigger: bool | None | Unset
        if isinstance(self.rerun_trigger, Unset):
            rerun_trigger = UNSET
        else:
            rerun_trigger = self.rerun_trigger

        working_days: list[dict[str, Any]] | None | Unset
        if isinstance(self.working_days, Unset):
            working_days = UNSET
        elif isinstance(self.working_days, list):
            working_days = []
            for working_days_type_0_item_data in self.working_days:
                working_days_type_0_item = working_days_type_0_item_data.to_dict()
                working_days.append(working_days_type_0_item)

        else:
            working_days = self.working_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rerun_trigger is not UNSET:
            field_dict["rerun_trigger"] = rerun_trigger
        if working_days is not UNSET:
            field_dict["working_days"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_working_day import AutomationWorkingDay

        d = dict(src_dict)
        rerun_trigger: bool | None | Unset = d.pop("rerun_trigger", UNSET)

        def _parse_working_days(
            data: object,
        ) -> list[AutomationWorkingDay] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                working_days_type_0 = []
                _working_days_type_0 = data
                for working_days_type_0_item_data in _working_days_type_0:
                    working_days_type_0_item = AutomationWorkingDay.from_dict(
                        working_days_type_0_item_data
                    )

                    working_days_type_0.append(working_days_type_0_item)

                return working_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutomationWorkingDay] | None | Unset, data)

        working_days = _parse_working_days(d.pop("working_days", UNSET))

        automation_extended_details = cls(
            rerun_trigger=rerun_trigger,
            working_days=working_days,
        )

        automation_extended_details.additional_properties = d
        return automation_extended_details

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
