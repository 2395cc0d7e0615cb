from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignScheduling")


@_attrs_define
class EmailCampaignScheduling:
    """When a campaign goes out (ApiCampaignScheduling)."""

    is_sent: bool | None | Unset = UNSET
    """ On reads, whether the campaign was sent; on writes, true sends it now. """
    scheduled_date_utc: None | str | Unset = UNSET
    """ The scheduled send time, in UTC. """
    is_limit_to_confirmed: bool | None | Unset = UNSET
    """ Send only to contacts who confirmed their subscription (double opt-in). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_sent: bool | None | Unset
        if isinstance(self.is_sent, Unset):
            is_sent = UNSET
        else:
            is_sent = self.is_sent

        scheduled_date_utc: None | str | Unset
        if isinstance(self.scheduled_date_utc, Unset):
            scheduled_date_utc = UNSET
        else:
            scheduled_date_utc = self.scheduled_date_utc

        is_limit_to_confirmed: bool | None | Unset
        if isinstance(self.is_limit_to_confirmed, Unset):
            is_limit_to_confirmed = UNSET
        else:
            is_limit_to_confirmed = self.is_limit_to_confirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_sent is not UNSET:
            field_dict["is_sent"] = is_sent
        if scheduled_date_utc is not UNSET:
            field_dict["scheduled_date_utc"] = scheduled_date_utc
        if is_limit_to_confirmed is not UNSET:
            field_dict["is_limit_to_confirmed"] = is_limit_to_confirmed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_sent: bool | None | Unset = d.pop("is_sent", UNSET)

        scheduled_date_utc: None | str | Unset = d.pop("scheduled_date_utc", UNSET)

        is_limit_to_confirmed: bool | None | Unset = d.pop(
            "is_limit_to_confirmed", UNSET
        )

        email_campaign_scheduling = cls(
            is_sent=is_sent,
            scheduled_date_utc=scheduled_date_utc,
            is_limit_to_confirmed=is_limit_to_confirmed,
        )

        email_campaign_scheduling.additional_properties = d
        return email_campaign_scheduling

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
