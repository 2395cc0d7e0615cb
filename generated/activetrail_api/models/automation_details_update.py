from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_extended_details import AutomationExtendedDetails


T = TypeVar("T", bound="AutomationDetailsUpdate")


@_attrs_define
class AutomationDetailsUpdate:
    """The body of `update_automation_details`: the writable fields of the details object
    (`AutomationDetailsInfo`), without the server-set `date_created_utc` and `date_updated_utc`. Send the
    fields to change; no source marks any of them required.

    """

    name: None | str | Unset = UNSET
    """ The automation's name. """
    allow_trigger_multiple_times: bool | None | Unset = UNSET
    """ Whether a contact can go through the automation more than once. """
    prevent_simultaneous_automation_runs: bool | None | Unset = UNSET
    """ Whether a contact is kept from being inside the automation twice at the same time. """
    report_interval_type: None | str | Unset = UNSET
    """ How often the automation's report is emailed. The docs list intervals of 0, 12, 24 and 36 (hours);
    only the name `Immediate` is shown.
     """
    report_send_to: None | str | Unset = UNSET
    """ The email address that receives the reports. """
    is_send_report: bool | None | Unset = UNSET
    """ Whether reports are emailed. """
    extended_details: AutomationExtendedDetails | Unset = UNSET
    """ More automation settings (`AutomationExtendedDetailsInfo` in the official docs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        allow_trigger_multiple_times: bool | None | Unset
        if isinstance(self.allow_trigger_multiple_times, Unset):
            allow_trigger_multiple_times = UNSET
        else:
            allow_trigger_multiple_times = self.allow_trigger_multiple_times

        prevent_simultaneous_automation_runs: bool | None | Unset
        if isinstance(self.prevent_simultaneous_automation_runs, Unset):
            prevent_simultaneous_automation_runs = UNSET
        else:
            prevent_simultaneous_automation_runs = (
                self.prevent_simultaneous_automation_runs
            )

        report_interval_type: None | str | Unset
        if isinstance(self.report_interval_type, Unset):
            report_interval_type = UNSET
        else:
            report_interval_type = self.report_interval_type

        report_send_to: None | str | Unset
        if isinstance(self.report_send_to, Unset):
            report_send_to = UNSET
        else:
            report_send_to = self.report_send_to

        is_send_report: bool | None | Unset
        if isinstance(self.is_send_report, Unset):
            is_send_report = UNSET
        else:
            is_send_report = self.is_send_report

        extended_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extended_details, Unset):
            extended_details = self.extended_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if allow_trigger_multiple_times is not UNSET:
            field_dict["allow_trigger_multiple_times"] = allow_trigger_multiple_times
        if prevent_simultaneous_automation_runs is not UNSET:
            field_dict["prevent_simultaneous_automation_runs"] = (
                prevent_simultaneous_automation_runs
            )
        if report_interval_type is not UNSET:
            field_dict["report_interval_type"] = report_interval_type
        if report_send_to is not UNSET:
            field_dict["report_send_to"] = report_send_to
        if is_send_report is not UNSET:
            field_dict["is_send_report"] = is_send_report
        if extended_details is not UNSET:
            field_dict["extended_details"] = extended_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_extended_details import AutomationExtendedDetails

        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        allow_trigger_multiple_times: bool | None | Unset = d.pop(
            "allow_trigger_multiple_times", UNSET
        )

        prevent_simultaneous_automation_runs: bool | None | Unset = d.pop(
            "prevent_simultaneous_automation_runs", UNSET
        )

        report_interval_type: None | str | Unset = d.pop("report_interval_type", UNSET)

        report_send_to: None | str | Unset = d.pop("report_send_to", UNSET)

        is_send_report: bool | None | Unset = d.pop("is_send_report", UNSET)

        _extended_details = d.pop("extended_details", UNSET)
        extended_details: AutomationExtendedDetails | Unset
        if isinstance(_extended_details, Unset):
            extended_details = UNSET
        else:
            extended_details = AutomationExtendedDetails.from_dict(_extended_details)

        automation_details_update = cls(
            name=name,
            allow_trigger_multiple_times=allow_trigger_multiple_times,
            prevent_simultaneous_automation_runs=prevent_simultaneous_automation_runs,
            report_interval_type=report_interval_type,
            report_send_to=report_send_to,
            is_send_report=is_send_report,
            extended_details=extended_details,
        )

        automation_details_update.additional_properties = d
        return automation_details_update

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
