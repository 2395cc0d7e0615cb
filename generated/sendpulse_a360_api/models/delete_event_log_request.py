from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteEventLogRequest")


@_attrs_define
class DeleteEventLogRequest:
    """Which event-log entries to delete: at least one of `event_id`, `email` and `phone`, in any combination
    (see `delete_event_logs`).

    """

    event_id: int | str | Unset = UNSET
    """ The event's ID from Events Manager (the number in the event page's URL `events/<id>`). """
    email: str | Unset = UNSET
    """ The contact's email address in the event. """
    phone: str | Unset = UNSET
    """ The contact's phone number in the event. """

    def to_dict(self) -> dict[str, Any]:
        event_id: int | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id: int | str | Unset = d.pop("event_id", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        delete_event_log_request = cls(
            event_id=event_id,
            email=email,
            phone=phone,
        )

        return delete_event_log_request
