from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_report_contact import SmsReportContact


T = TypeVar("T", bound="SmsCampaignContactsReport")


@_attrs_define
class SmsCampaignContactsReport:
    """A contacts report of an SMS campaign (sent, delivered, failed, unsubscribed). Inferred shape: `total_items`
    and `contacts` are guessed names; any other field the server sends is kept.

    """

    total_items: int | None | Unset = UNSET
    """ The number of contacts in the report (given even when the numbers were added manually). """
    contacts: list[SmsReportContact] | None | Unset = UNSET
    """ The contacts on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        contacts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

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
        from ..models.sms_report_contact import SmsReportContact

        d = dict(src_dict)
        total_items: int | None | Unset = d.pop("total_items", UNSET)

        def _parse_contacts(data: object) -> list[SmsReportContact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = SmsReportContact.from_dict(
                        contacts_type_0_item_data
                    )

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SmsReportContact] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        sms_campaign_contacts_report = cls(
            total_items=total_items,
            contacts=contacts,
        )

        sms_campaign_contacts_report.additional_properties = d
        return sms_campaign_contacts_report

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
