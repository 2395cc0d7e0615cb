from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountEmailSendingProfile")


@_attrs_define
class AccountEmailSendingProfile:
    """An email sending profile. Field names from a public Go client (not from official docs)."""

    id: int | Unset = UNSET
    """ The profile id (`user_profile_id` elsewhere in the API). """
    profile_name: None | str | Unset = UNSET
    from_name: None | str | Unset = UNSET
    """ The sender name (PascalCase on the wire, per the Go client). """
    from_email: None | str | Unset = UNSET
    """ The sender address. """
    update_date: None | str | Unset = UNSET
    """ When the profile was last updated (format not documented). """
    reply_to_email: None | str | Unset = UNSET
    subject_postfix: None | str | Unset = UNSET
    """ Text appended to the subject of emails sent with this profile. """
    is_use_domain_keys: bool | None | Unset = UNSET
    """ Whether emails are signed with DomainKeys/DKIM. """
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        profile_name: None | str | Unset
        if isinstance(self.profile_name, Unset):
            profile_name = UNSET
        else:
            profile_name = self.profile_name

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        else:
            update_date = self.update_date

        reply_to_email: None | str | Unset
        if isinstance(self.reply_to_email, Unset):
            reply_to_email = UNSET
        else:
            reply_to_email = self.reply_to_email

        subject_postfix: None | str | Unset
        if isinstance(self.subject_postfix, Unset):
            subject_postfix = UNSET
        else:
            subject_postfix = self.subject_postfix

        is_use_domain_keys: bool | None | Unset
        if isinstance(self.is_use_domain_keys, Unset):
            is_use_domain_keys = UNSET
        else:
            is_use_domain_keys = self.is_use_domain_keys

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
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name
        if from_name is not UNSET:
            field_dict["FromName"] = from_name
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if reply_to_email is not UNSET:
            field_dict["reply_to_email"] = reply_to_email
        if subject_postfix is not UNSET:
            field_dict["subject_postfix"] = subject_postfix
        if is_use_domain_keys is not UNSET:
            field_dict["is_use_domain_keys"] = is_use_domain_keys
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        profile_name: None | str | Unset = d.pop("profile_name", UNSET)

        from_name: None | str | Unset = d.pop("FromName", UNSET)

        from_email: None | str | Unset = d.pop("from_email", UNSET)

        update_date: None | str | Unset = d.pop("update_date", UNSET)

        reply_to_email: None | str | Unset = d.pop("reply_to_email", UNSET)

        subject_postfix: None | str | Unset = d.pop("subject_postfix", UNSET)

        is_use_domain_keys: bool | None | Unset = d.pop("is_use_domain_keys", UNSET)

        is_default: bool | None | Unset = d.pop("is_default", UNSET)

        account_email_sending_profile = cls(
            id=id,
            profile_name=profile_name,
            from_name=from_name,
            from_email=from_email,
            update_date=update_date,
            reply_to_email=reply_to_email,
            subject_postfix=subject_postfix,
            is_use_domain_keys=is_use_domain_keys,
            is_default=is_default,
        )

        account_email_sending_profile.additional_properties = d
        return account_email_sending_profile

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
