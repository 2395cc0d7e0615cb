from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_contacts_report_row import AutomationContactsReportRow


T = TypeVar("T", bound="AutomationContactsReport")


@_attrs_define
class AutomationContactsReport:
    """A page of contacts of an automation report (`ApiAutomationContactsStarted` in the official docs)."""

    total_items: int | Unset = UNSET
    """ The number of contacts in the whole report (all pages). """
    contacts_steps: list[AutomationContactsReportRow] | Unset = UNSET
    """ The contacts on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        contacts_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts_steps, Unset):
            contacts_steps = []
            for contacts_steps_item_data in self.contacts_steps:
                contacts_steps_item = contacts_steps_item_data.to_dict()
                contacts_steps.append(contacts_steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if contacts_steps is not UNSET:
            field_dict["contacts_steps"] = contacts_steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_contacts_report_row import AutomationContactsReportRow

        d = dict(src_dict)
        total_items = d.pop("total_items", UNSET)

        _contacts_steps = d.pop("contacts_steps", UNSET)
        contacts_steps: list[AutomationContactsReportRow] | Unset = UNSET
        if _contacts_steps is not UNSET:
            contacts_steps = []
            for contacts_steps_item_data in _contacts_steps:
                contacts_steps_item = AutomationContactsReportRow.from_dict(
                    contacts_steps_item_data
                )

                contacts_steps.append(contacts_steps_item)

        automation_contacts_report = cls(
            total_items=total_items,
            contacts_steps=contacts_steps,
        )

        automation_contacts_report.additional_properties = d
        return automation_contacts_report

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
