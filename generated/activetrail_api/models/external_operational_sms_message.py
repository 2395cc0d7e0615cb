from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalOperationalSmsMessage")


@_attrs_define
class ExternalOperationalSmsMessage:
    """The body of `send_external_operational_sms_message` (**inferred** from Composio's parameter list)."""

    name: str
    """ The message's name in the account. """
    content: str
    """ The SMS text. """
    from_name: str
    """ The sender name shown to the recipient. """
    can_unsubscribe: bool | Unset = UNSET
    """ Whether to add an unsubscribe option to the SMS. """
    unsubscribe_text: str | Unset = UNSET
    """ The unsubscribe text, when `can_unsubscribe` is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        from_name = self.from_name

        can_unsubscribe = self.can_unsubscribe

        unsubscribe_text = self.unsubscribe_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
                "from_name": from_name,
            }
        )
        if can_unsubscribe is not UNSET:
            field_dict["can_unsubscribe"] = can_unsubscribe
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        from_name = d.pop("from_name")

        can_unsubscribe = d.pop("can_unsubscribe", UNSET)

        unsubscribe_text = d.pop("unsubscribe_text", UNSET)

        external_operational_sms_message = cls(
            name=name,
            content=content,
            from_name=from_name,
            can_unsubscribe=can_unsubscribe,
            unsubscribe_text=unsubscribe_text,
        )

        external_operational_sms_message.additional_properties = d
        return external_operational_sms_message

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
