from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalOperationalMessageDetails")


@_attrs_define
class ExternalOperationalMessageDetails:
    """The message's details (fields of DF's `ApiCampaignDetails`; **inferred** for this call)."""

    name: str | Unset = UNSET
    """ The message's name in the account. """
    subject: str | Unset = UNSET
    """ The email subject. """
    user_profile_id: int | Unset = UNSET
    """ The sending profile's id (see `GET /api/account/sendingprofiles`). """
    preheader: str | Unset = UNSET
    """ The preview text shown after the subject. """
    content_category_id: int | Unset = UNSET
    """ The content category's id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        user_profile_id = self.user_profile_id

        preheader = self.preheader

        content_category_id = self.content_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if user_profile_id is not UNSET:
            field_dict["user_profile_id"] = user_profile_id
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if content_category_id is not UNSET:
            field_dict["content_category_id"] = content_category_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        user_profile_id = d.pop("user_profile_id", UNSET)

        preheader = d.pop("preheader", UNSET)

        content_category_id = d.pop("content_category_id", UNSET)

        external_operational_message_details = cls(
            name=name,
            subject=subject,
            user_profile_id=user_profile_id,
            preheader=preheader,
            content_category_id=content_category_id,
        )

        external_operational_message_details.additional_properties = d
        return external_operational_message_details

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
