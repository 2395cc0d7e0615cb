from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import PushStatus


T = TypeVar("T", bound="PushAddress")


@_attrs_define
class PushAddress:
    """A subscriber a Push element sent to."""

    id: int
    """ The send's ID. """
    event_id: str
    """ The unique identifier of the contact's run of the flow. """
    status: PushStatus
    """ 0 Sent, 1 Unsubscribed. """
    email: None | str | Unset = UNSET
    """ The contact's email address. """
    email_b64: None | str | Unset = UNSET
    """ The email address in base64. """
    phone: None | str | Unset = UNSET
    """ The contact's phone number. """
    is_sent: int | Unset = UNSET
    """ 1 if sent, 0 if not. """
    is_delivered: int | Unset = UNSET
    """ 1 if delivered, 0 if not. """
    is_redirected: int | Unset = UNSET
    """ 1 if the notification was clicked, 0 if not. """
    sent_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_id = self.event_id

        status = int(self.status)

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_b64: None | str | Unset
        if isinstance(self.email_b64, Unset):
            email_b64 = UNSET
        else:
            email_b64 = self.email_b64

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        is_sent = self.is_sent

        is_delivered = self.is_delivered

        is_redirected = self.is_redirected

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_id": event_id,
                "status": status,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if email_b64 is not UNSET:
            field_dict["email_b64"] = email_b64
        if phone is not UNSET:
            field_dict["phone"] = phone
        if is_sent is not UNSET:
            field_dict["is_sent"] = is_sent
        if is_delivered is not UNSET:
            field_dict["is_delivered"] = is_delivered
        if is_redirected is not UNSET:
            field_dict["is_redirected"] = is_redirected
        if sent_date is not UNSET:
            field_dict["sent_date"] = sent_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import PushStatus

        d = dict(src_dict)
        id = d.pop("id")

        event_id = d.pop("event_id")

        status = PushStatus(d.pop("status"))

        email: None | str | Unset = d.pop("email", UNSET)

        email_b64: None | str | Unset = d.pop("email_b64", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        is_sent = d.pop("is_sent", UNSET)

        is_delivered = d.pop("is_delivered", UNSET)

        is_redirected = d.pop("is_redirected", UNSET)

        sent_date: None | str | Unset = d.pop("sent_date", UNSET)

        push_address = cls(
            id=id,
            event_id=event_id,
            status=status,
            email=email,
            email_b64=email_b64,
            phone=phone,
            is_sent=is_sent,
            is_delivered=is_delivered,
            is_redirected=is_redirected,
            sent_date=sent_date,
        )

        push_address.additional_properties = d
        return push_address

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
