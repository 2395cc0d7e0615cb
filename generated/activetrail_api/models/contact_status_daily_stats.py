from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactStatusDailyStats")


@_attrs_define
class ContactStatusDailyStats:
    """The number of contacts in each state on one day. **Inferred shape** from Composio's description of the call;
    all fields optional.

    """

    date: None | str | Unset = UNSET
    """ The day. """
    active: int | None | Unset = UNSET
    inactive: int | None | Unset = UNSET
    unsubscribed: int | None | Unset = UNSET
    customer_request: int | None | Unset = UNSET
    """ Contacts removed at their own request. """
    bounced: int | None | Unset = UNSET
    spam_complaint: int | None | Unset = UNSET
    quarantined: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        active: int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        inactive: int | None | Unset
        if isinstance(self.inactive, Unset):
            inactive = UNSET
        else:
            inactive = self.inactive

        unsubscribed: int | None | Unset
        if isinstance(self.unsubscribed, Unset):
            unsubscribed = UNSET
        else:
            unsubscribed = self.unsubscribed

        customer_request: int | None | Unset
        if isinstance(self.customer_request, Unset):
            customer_request = UNSET
        else:
            customer_request = self.customer_request

        bounced: int | None | Unset
        if isinstance(self.bounced, Unset):
            bounced = UNSET
        else:
            bounced = self.bounced

        spam_complaint: int | None | Unset
        if isinstance(self.spam_complaint, Unset):
            spam_complaint = UNSET
        else:
            spam_complaint = self.spam_complaint

        quarantined: int | None | Unset
        if isinstance(self.quarantined, Unset):
            quarantined = UNSET
        else:
            quarantined = self.quarantined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if active is not UNSET:
            field_dict["active"] = active
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if customer_request is not UNSET:
            field_dict["customer_request"] = customer_request
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if spam_complaint is not UNSET:
            field_dict["spam_complaint"] = spam_complaint
        if quarantined is not UNSET:
            field_dict["quarantined"] = quarantined

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date: None | str | Unset = d.pop("date", UNSET)

        active: int | None | Unset = d.pop("active", UNSET)

        inactive: int | None | Unset = d.pop("inactive", UNSET)

        unsubscribed: int | None | Unset = d.pop("unsubscribed", UNSET)

        customer_request: int | None | Unset = d.pop("customer_request", UNSET)

        bounced: int | None | Unset = d.pop("bounced", UNSET)

        spam_complaint: int | None | Unset = d.pop("spam_complaint", UNSET)

        quarantined: int | None | Unset = d.pop("quarantined", UNSET)

        contact_status_daily_stats = cls(
            date=date,
            active=active,
            inactive=inactive,
            unsubscribed=unsubscribed,
            customer_request=customer_request,
            bounced=bounced,
            spam_complaint=spam_complaint,
            quarantined=quarantined,
        )

        contact_status_daily_stats.additional_properties = d
        return contact_status_daily_stats

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
