from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSmsSendingProfile")


@_attrs_define
class AccountSmsSendingProfile:
    """An SMS sending profile. Field names (camelCase) from a public Go client (not from official docs)."""

    id: int | Unset = UNSET
    """ The profile id (`user_sms_profile_id` elsewhere in the API). """
    name: None | str | Unset = UNSET
    from_number: None | str | Unset = UNSET
    """ The sender number or name shown to recipients. """
    updated_on: None | str | Unset = UNSET
    """ When the profile was last updated (format not documented). """
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        updated_on: None | str | Unset
        if isinstance(self.updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = self.updated_on

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if from_number is not UNSET:
            field_dict["fromNumber"] = from_number
        if updated_on is not UNSET:
            field_dict["updatedOn"] = updated_on
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        from_number: None | str | Unset = d.pop("fromNumber", UNSET)

        updated_on: None | str | Unset = d.pop("updatedOn", UNSET)

        is_default: bool | None | Unset = d.pop("isDefault", UNSET)

        account_sms_sending_profile = cls(
            id=id,
            name=name,
            from_number=from_number,
            updated_on=updated_on,
            is_default=is_default,
        )

        account_sms_sending_profile.additional_properties = d
        return account_sms_sending_profile

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
