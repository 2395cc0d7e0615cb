from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowEmailTask")


@_attrs_define
class FlowEmailTask:
    """The email campaign an Email element sends. `message_title`, `sender_mail_address` and `sender_mail_name`
    are required: the seed's examples (`get_flow`, `get_email_stats`) always show them, and they tell this shape
    from the push and SMS tasks.

    """

    message_title: str
    """ The email's subject. """
    sender_mail_address: str
    """ The sender's email address. """
    sender_mail_name: str
    """ The sender's name. """
    id: int | Unset = UNSET
    """ The campaign ID. """
    address_book_id: int | Unset = UNSET
    """ The mailing list that triggers the flow; 0 when the flow is triggered by an event. """
    created: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_title = self.message_title

        sender_mail_address = self.sender_mail_address

        sender_mail_name = self.sender_mail_name

        id = self.id

        address_book_id = self.address_book_id

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_title": message_title,
                "sender_mail_address": sender_mail_address,
                "sender_mail_name": sender_mail_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if address_book_id is not UNSET:
            field_dict["address_book_id"] = address_book_id
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_title = d.pop("message_title")

        sender_mail_address = d.pop("sender_mail_address")

        sender_mail_name = d.pop("sender_mail_name")

        id = d.pop("id", UNSET)

        address_book_id = d.pop("address_book_id", UNSET)

        created = d.pop("created", UNSET)

        flow_email_task = cls(
            message_title=message_title,
            sender_mail_address=sender_mail_address,
            sender_mail_name=sender_mail_name,
            id=id,
            address_book_id=address_book_id,
            created=created,
        )

        flow_email_task.additional_properties = d
        return flow_email_task

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
