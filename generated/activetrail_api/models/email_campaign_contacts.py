from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignContacts")


@_attrs_define
class EmailCampaignContacts:
    """The contacts a campaign goes to (ApiCampaignContact), by id and/or by email."""

    contacts_ids: list[int] | Unset = UNSET
    """ Contact ids. """
    contacts_emails: list[str] | Unset = UNSET
    """ Contact email addresses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts_ids: list[int] | Unset = UNSET
        if not isinstance(self.contacts_ids, Unset):
            contacts_ids = self.contacts_ids

        contacts_emails: list[str] | Unset = UNSET
        if not isinstance(self.contacts_emails, Unset):
            contacts_emails = self.contacts_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts_ids is not UNSET:
            field_dict["contacts_ids"] = contacts_ids
        if contacts_emails is not UNSET:
            field_dict["contacts_emails"] = contacts_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contacts_ids = cast(list[int], d.pop("contacts_ids", UNSET))

        contacts_emails = cast(list[str], d.pop("contacts_emails", UNSET))

        email_campaign_contacts = cls(
            contacts_ids=contacts_ids,
            contacts_emails=contacts_emails,
        )

        email_campaign_contacts.additional_properties = d
        return email_campaign_contacts

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
