from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignAbWaitTime")


@_attrs_define
class EmailCampaignAbWaitTime:
    """How long the A/B test runs before the winner is sent to the rest (WaitTime)."""

    interval_type: None | str | Unset = UNSET
    """ The unit of `interval_time` (values not documented; hours or days). """
    interval_time: int | None | Unset = UNSET
    """ The number of units to wait. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_type: None | str | Unset
        if isinstance(self.interval_type, Unset):
            interval_type = UNSET
        else:
            interval_type = self.interval_type

        interval_time: int | None | Unset
        if isinstance(self.interval_time, Unset):
            interval_time = UNSET
        else:
            interval_time = self.interval_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval_type is not UNSET:
            field_dict["interval_type"] = interval_type
        if interval_time is not UNSET:
            field_dict["interval_time"] = interval_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        interval_type: None | str | Unset = d.pop("interval_type", UNSET)

        interval_time: int | None | Unset = d.pop("interval_time", UNSET)

        email_campaign_ab_wait_time = cls(
            interval_type=interval_type,
            interval_time=interval_time,
        )

        email_campaign_ab_wait_time.additional_properties = d
        return email_campaign_ab_wait_time

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
