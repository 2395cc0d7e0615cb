from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberDoubleOptin")


@_attrs_define
class MemberDoubleOptin:
    """The double opt-in email sent to a new member, who is subscribed only after clicking its confirmation link.
    Fields from public client code (DF); the official pages only say "See DoubleOptin".

    """

    subject: None | str | Unset = UNSET
    """ The subject of the confirmation email. """
    message: None | str | Unset = UNSET
    """ The body of the confirmation email. """
    confirmation_link_text: None | str | Unset = UNSET
    """ The text of the confirmation link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        confirmation_link_text: None | str | Unset
        if isinstance(self.confirmation_link_text, Unset):
            confirmation_link_text = UNSET
        else:
            confirmation_link_text = self.confirmation_link_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message
        if confirmation_link_text is not UNSET:
            field_dict["confirmation_link_text"] = confirmation_link_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject: None | str | Unset = d.pop("subject", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        confirmation_link_text: None | str | Unset = d.pop(
            "confirmation_link_text", UNSET
        )

        member_double_optin = cls(
            subject=subject,
            message=message,
            confirmation_link_text=confirmation_link_text,
        )

        member_double_optin.additional_properties = d
        return member_double_optin

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
