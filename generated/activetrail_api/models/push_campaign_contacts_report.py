from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_campaign_report_contact import PushCampaignReportContact


T = TypeVar("T", bound="PushCampaignContactsReport")


@_attrs_define
class PushCampaignContactsReport:
    """A page of a push campaign's contact report (sent, delivered, failed or opens). Inferred from the automation
    report pages (`total_items` next to the item list). Every field is optional.

    """

    total_items: int | None | Unset = UNSET
    """ The number of contacts in the report. """
    contacts: list[PushCampaignReportContact] | Unset = UNSET
    """ The contacts on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if contacts is not UNSET:
            field_dict["contacts"] = contacts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.push_campaign_report_contact import PushCampaignReportContact

        d = dict(src_dict)
        total_items: int | None | Unset = d.pop("total_items", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[PushCampaignReportContact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = PushCampaignReportContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        push_campaign_contacts_report = cls(
            total_items=total_items,
            contacts=contacts,
        )

        push_campaign_contacts_report.additional_properties = d
        return push_campaign_contacts_report

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
