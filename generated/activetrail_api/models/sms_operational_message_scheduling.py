from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsOperationalMessageScheduling")


@_attrs_define
class SmsOperationalMessageScheduling:
    """When an operational SMS is sent (`scheduling` on the official page)."""

    send_now: bool | Unset = UNSET
    """ Send at once. """
    scheduled_date_utc: str | Unset = UNSET
    """ A date and time in ISO 8601 without a zone, as ActiveTrail sends them (`2016-12-24T14:12:12`, optionally
    with fractional seconds). Fields ending in `_utc` are UTC; the others are in the account's time zone.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        send_now = self.send_now

        scheduled_date_utc = self.scheduled_date_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_now is not UNSET:
            field_dict["send_now"] = send_now
        if scheduled_date_utc is not UNSET:
            field_dict["scheduled_date_utc"] = scheduled_date_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        send_now = d.pop("send_now", UNSET)

        scheduled_date_utc = d.pop("scheduled_date_utc", UNSET)

        sms_operational_message_scheduling = cls(
            send_now=send_now,
            scheduled_date_utc=scheduled_date_utc,
        )

        sms_operational_message_scheduling.additional_properties = d
        return sms_operational_message_scheduling

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
