from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationalMessageDetails")


@_attrs_define
class OperationalMessageDetails:
    """The message's details (`ApiMessageDetails`)."""

    name: None | str | Unset = UNSET
    """ The message's internal name. """
    subject: None | str | Unset = UNSET
    """ The email subject. """
    user_profile_id: int | None | Unset = UNSET
    """ The sending profile (from `GET /api/account/sendingprofiles`). """
    classification: None | str | Unset = UNSET
    """ The classification to file the message under (see `list_operational_message_classifications`). """
    user_profile_fromname: None | str | Unset = UNSET
    """ A sender name that overrides the sending profile's. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        user_profile_id: int | None | Unset
        if isinstance(self.user_profile_id, Unset):
            user_profile_id = UNSET
        else:
            user_profile_id = self.user_profile_id

        classification: None | str | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        else:
            classification = self.classification

        user_profile_fromname: None | str | Unset
        if isinstance(self.user_profile_fromname, Unset):
            user_profile_fromname = UNSET
        else:
            user_profile_fromname = self.user_profile_fromname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if user_profile_id is not UNSET:
            field_dict["user_profile_id"] = user_profile_id
        if classification is not UNSET:
            field_dict["classification"] = classification
        if user_profile_fromname is not UNSET:
            field_dict["user_profile_fromname"] = user_profile_fromname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        user_profile_id: int | None | Unset = d.pop("user_profile_id", UNSET)

        classification: None | str | Unset = d.pop("classification", UNSET)

        user_profile_fromname: None | str | Unset = d.pop(
            "user_profile_fromname", UNSET
        )

        operational_message_details = cls(
            name=name,
            subject=subject,
            user_profile_id=user_profile_id,
            classification=classification,
            user_profile_fromname=user_profile_fromname,
        )

        operational_message_details.additional_properties = d
        return operational_message_details

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
