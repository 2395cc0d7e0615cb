from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignScheduling")


@_attrs_define
class SmsCampaignScheduling:
    """When an SMS campaign is sent. The official sample shows `is_sent` and is cut after it; `scheduled_date` and
    `scheduled_time_zone` are inferred from an unidentified public client (unverified).

    """

    is_sent: bool | None | Unset = UNSET
    """ On write, true sends the campaign now; on read, whether it was sent.
     """
    scheduled_date: None | str | Unset = UNSET
    """ When to send the campaign (inferred field name), in `scheduled_time_zone`. """
    scheduled_time_zone: None | str | Unset = UNSET
    """ The time zone of `scheduled_date` (inferred field name; the client's default is `Israel`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_sent: bool | None | Unset
        if isinstance(self.is_sent, Unset):
            is_sent = UNSET
        else:
            is_sent = self.is_sent

        scheduled_date: None | str | Unset
        if isinstance(self.scheduled_date, Unset):
            scheduled_date = UNSET
        else:
            scheduled_date = self.scheduled_date

        scheduled_time_zone: None | str | Unset
        if isinstance(self.scheduled_time_zone, Unset):
            scheduled_time_zone = UNSET
        else:
            scheduled_time_zone = self.scheduled_time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_sent is not UNSET:
            field_dict["is_sent"] = is_sent
        if scheduled_date is not UNSET:
            field_dict["scheduled_date"] = scheduled_date
        if scheduled_time_zone is not UNSET:
            field_dict["scheduled_time_zone"] = scheduled_time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_sent: bool | None | Unset = d.pop("is_sent", UNSET)

        scheduled_date: None | str | Unset = d.pop("scheduled_date", UNSET)

        scheduled_time_zone: None | str | Unset = d.pop("scheduled_time_zone", UNSET)

        sms_campaign_scheduling = cls(
            is_sent=is_sent,
            scheduled_date=scheduled_date,
            scheduled_time_zone=scheduled_time_zone,
        )

        sms_campaign_scheduling.additional_properties = d
        return sms_campaign_scheduling

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
