from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationalMessageBcc")


@_attrs_define
class OperationalMessageBcc:
    """Addresses that receive a blind copy of every message."""

    bcc_emails: list[str] | Unset = UNSET
    """ The BCC addresses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bcc_emails: list[str] | Unset = UNSET
        if not isinstance(self.bcc_emails, Unset):
            bcc_emails = self.bcc_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bcc_emails is not UNSET:
            field_dict["bcc_emails"] = bcc_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bcc_emails = cast(list[str], d.pop("bcc_emails", UNSET))

        operational_message_bcc = cls(
            bcc_emails=bcc_emails,
        )

        operational_message_bcc.additional_properties = d
        return operational_message_bcc

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
