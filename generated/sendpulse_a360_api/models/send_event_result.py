from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEventResult")


@_attrs_define
class SendEventResult:
    """The result of an event send. `result` is in the only sample (client code's mock, `{"result": true}`): a body
    without it is not a success. `message` is not shown for this call; A360's other write answers with
    `{"result": ..., "message": ...}` (`delete_event_logs`), so it is kept when present.

    """

    result: bool
    """ True when the event was accepted. """
    message: str | Unset = UNSET
    """ The server's message, when it sends one (not shown for this call by any source). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result = d.pop("result")

        message = d.pop("message", UNSET)

        send_event_result = cls(
            result=result,
            message=message,
        )

        send_event_result.additional_properties = d
        return send_event_result

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
