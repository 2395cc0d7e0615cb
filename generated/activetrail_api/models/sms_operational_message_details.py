from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsOperationalMessageDetails")


@_attrs_define
class SmsOperationalMessageDetails:
    """The message of an operational SMS (`details` on the official page POST-api-smscampaign-OperationalMessage)."""

    name: str
    """ The operational message's name, for internal use only. """
    content: str
    """ The SMS text. """
    from_name: str | Unset = UNSET
    """ The sender name: up to 11 English letters, without special characters or spaces. Required when
    `sms_sending_profile_id` is not used.
     """
    sms_sending_profile_id: int | Unset = UNSET
    """ The SMS sending profile to send with. Required when `from_name` is not used. """
    unsubscribe_text: str | Unset = UNSET
    """ The text of the unsubscribe link. """
    can_unsubscribe: bool | Unset = UNSET
    """ Whether an unsubscribe link is added to the SMS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        from_name = self.from_name

        sms_sending_profile_id = self.sms_sending_profile_id

        unsubscribe_text = self.unsubscribe_text

        can_unsubscribe = self.can_unsubscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
            }
        )
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if sms_sending_profile_id is not UNSET:
            field_dict["sms_sending_profile_id"] = sms_sending_profile_id
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text
        if can_unsubscribe is not UNSET:
            field_dict["can_unsubscribe"] = can_unsubscribe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        from_name = d.pop("from_name", UNSET)

        sms_sending_profile_id = d.pop("sms_sending_profile_id", UNSET)

        unsubscribe_text = d.pop("unsubscribe_text", UNSET)

        can_unsubscribe = d.pop("can_unsubscribe", UNSET)

        sms_operational_message_details = cls(
            name=name,
            content=content,
            from_name=from_name,
            sms_sending_profile_id=sms_sending_profile_id,
            unsubscribe_text=unsubscribe_text,
            can_unsubscribe=can_unsubscribe,
        )

        sms_operational_message_details.additional_properties = d
        return sms_operational_message_details

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
