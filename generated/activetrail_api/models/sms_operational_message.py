from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsOperationalMessage")


@_attrs_define
class SmsOperationalMessage:
    """An operational SMS message (official ApiSmsCampaignInfo, page POST-api-smscampaign-OperationalMessage). The
    page's table is cut after `sms_sending_profile_id`; `content`, `unsubscribe_text` and `can_unsubscribe`
    are inferred from `details`. All fields optional.

    """

    id: int
    """ The operational SMS message's id. Keep it to query contacts' statistics for this message. """
    name: None | str
    """ The operational message's name, for internal use only. """
    from_name: None | str | Unset = UNSET
    """ The sender name (when no sending profile is used). """
    sms_sending_profile_id: int | None | Unset = UNSET
    """ The SMS sending profile used (when no `from_name` is used). """
    content: None | str | Unset = UNSET
    """ The SMS text. """
    unsubscribe_text: None | str | Unset = UNSET
    """ The text of the unsubscribe link. """
    can_unsubscribe: bool | None | Unset = UNSET
    """ Whether an unsubscribe link is added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        sms_sending_profile_id: int | None | Unset
        if isinstance(self.sms_sending_profile_id, Unset):
            sms_sending_profile_id = UNSET
        else:
            sms_sending_profile_id = self.sms_sending_profile_id

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        unsubscribe_text: None | str | Unset
        if isinstance(self.unsubscribe_text, Unset):
            unsubscribe_text = UNSET
        else:
            unsubscribe_text = self.unsubscribe_text

        can_unsubscribe: bool | None | Unset
        if isinstance(self.can_unsubscribe, Unset):
            can_unsubscribe = UNSET
        else:
            can_unsubscribe = self.can_unsubscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if sms_sending_profile_id is not UNSET:
            field_dict["sms_sending_profile_id"] = sms_sending_profile_id
        if content is not UNSET:
            field_dict["content"] = content
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text
        if can_unsubscribe is not UNSET:
            field_dict["can_unsubscribe"] = can_unsubscribe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name: None | str = d.pop("name")

        from_name: None | str | Unset = d.pop("from_name", UNSET)

        sms_sending_profile_id: int | None | Unset = d.pop(
            "sms_sending_profile_id", UNSET
        )

        content: None | str | Unset = d.pop("content", UNSET)

        unsubscribe_text: None | str | Unset = d.pop("unsubscribe_text", UNSET)

        can_unsubscribe: bool | None | Unset = d.pop("can_unsubscribe", UNSET)

        sms_operational_message = cls(
            id=id,
            name=name,
            from_name=from_name,
            sms_sending_profile_id=sms_sending_profile_id,
            content=content,
            unsubscribe_text=unsubscribe_text,
            can_unsubscribe=can_unsubscribe,
        )

        sms_operational_message.additional_properties = d
        return sms_operational_message

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
