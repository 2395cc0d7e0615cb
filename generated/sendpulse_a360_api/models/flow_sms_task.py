from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowSmsTask")


@_attrs_define
class FlowSmsTask:
    """The SMS an SMS element sends. `sms_body` and `sms_sender_name` are required: the seed's example shows them,
    and they tell this shape from the email and push tasks.

    """

    sms_body: str
    """ The message text. """
    sms_sender_name: str
    """ The sender name. """
    id: int | Unset = UNSET
    """ The SMS task ID. """
    address_book_id: int | Unset = UNSET
    """ The mailing list that triggers the flow; 0 when the flow is triggered by an event. """
    created: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_body = self.sms_body

        sms_sender_name = self.sms_sender_name

        id = self.id

        address_book_id = self.address_book_id

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_body": sms_body,
                "sms_sender_name": sms_sender_name,
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
        sms_body = d.pop("sms_body")

        sms_sender_name = d.pop("sms_sender_name")

        id = d.pop("id", UNSET)

        address_book_id = d.pop("address_book_id", UNSET)

        created = d.pop("created", UNSET)

        flow_sms_task = cls(
            sms_body=sms_body,
            sms_sender_name=sms_sender_name,
            id=id,
            address_book_id=address_book_id,
            created=created,
        )

        flow_sms_task.additional_properties = d
        return flow_sms_task

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
