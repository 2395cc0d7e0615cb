from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEventRequest")


@_attrs_define
class SendEventRequest:
    """An event for one contact: `email` and/or `phone` (at least one, as strings: the body is a
    `SendEventWithEmail` or a `SendEventWithPhone`, or both), an optional `automation_id`, and any event
    variables (strings, numbers, arrays of objects such as product lists).

    """

    email: str | Unset = UNSET
    """ The contact's email address. """
    phone: str | Unset = UNSET
    """ The contact's phone number, as a string. """
    automation_id: int | Unset = UNSET
    """ A flow ID: when several flows start on this event, send the data to this flow only (the number after
    `/flow/id/` in the flow's URL). At the top level of the body.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        automation_id = self.automation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        automation_id = d.pop("automation_id", UNSET)

        send_event_request = cls(
            email=email,
            phone=phone,
            automation_id=automation_id,
        )

        send_event_request.additional_properties = d
        return send_event_request

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
