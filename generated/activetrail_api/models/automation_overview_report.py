from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationOverviewReport")


@_attrs_define
class AutomationOverviewReport:
    """An automation's summary. **Inferred:** no source shows the body; the field names are our guess."""

    total_started: int | None | Unset = UNSET
    """ Contacts that started the automation. """
    total_in_progress: int | None | Unset = UNSET
    """ Contacts currently inside the automation. """
    total_ended: int | None | Unset = UNSET
    """ Contacts that finished the automation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_started: int | None | Unset
        if isinstance(self.total_started, Unset):
            total_started = UNSET
        else:
            total_started = self.total_started

        total_in_progress: int | None | Unset
        if isinstance(self.total_in_progress, Unset):
            total_in_progress = UNSET
        else:
            total_in_progress = self.total_in_progress

        total_ended: int | None | Unset
        if isinstance(self.total_ended, Unset):
            total_ended = UNSET
        else:
            total_ended = self.total_ended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_started is not UNSET:
            field_dict["total_started"] = total_started
        if total_in_progress is not UNSET:
            field_dict["total_in_progress"] = total_in_progress
        if total_ended is not UNSET:
            field_dict["total_ended"] = total_ended

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_started: int | None | Unset = d.pop("total_started", UNSET)

        total_in_progress: int | None | Unset = d.pop("total_in_progress", UNSET)

        total_ended: int | None | Unset = d.pop("total_ended", UNSET)

        automation_overview_report = cls(
            total_started=total_started,
            total_in_progress=total_in_progress,
            total_ended=total_ended,
        )

        automation_overview_report.additional_properties = d
        return automation_overview_report

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
