from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactMerge")


@_attrs_define
class ContactMerge:
    """A merge conflict: the email and the SMS number of a write belong to two different contacts. **Inferred
    shape** (no source shows one); all fields optional.

    """

    id: int | Unset = UNSET
    """ The conflict's id. """
    email: None | str | Unset = UNSET
    """ The email address in conflict. """
    sms: None | str | Unset = UNSET
    """ The SMS number in conflict. """
    email_contact_id: int | None | Unset = UNSET
    """ The contact that owns the email address. """
    sms_contact_id: int | None | Unset = UNSET
    """ The contact that owns the SMS number. """
    state: None | str | Unset = UNSET
    """ The conflict's state (the `StateType` filter's values). """
    date_created_utc: None | str | Unset = UNSET
    """ When the conflict occurred (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

        email_contact_id: int | None | Unset
        if isinstance(self.email_contact_id, Unset):
            email_contact_id = UNSET
        else:
            email_contact_id = self.email_contact_id

        sms_contact_id: int | None | Unset
        if isinstance(self.sms_contact_id, Unset):
            sms_contact_id = UNSET
        else:
            sms_contact_id = self.sms_contact_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        date_created_utc: None | str | Unset
        if isinstance(self.date_created_utc, Unset):
            date_created_utc = UNSET
        else:
            date_created_utc = self.date_created_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email_contact_id is not UNSET:
            field_dict["email_contact_id"] = email_contact_id
        if sms_contact_id is not UNSET:
            field_dict["sms_contact_id"] = sms_contact_id
        if state is not UNSET:
            field_dict["state"] = state
        if date_created_utc is not UNSET:
            field_dict["date_created_utc"] = date_created_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        email_contact_id: int | None | Unset = d.pop("email_contact_id", UNSET)

        sms_contact_id: int | None | Unset = d.pop("sms_contact_id", UNSET)

        state: None | str | Unset = d.pop("state", UNSET)

        date_created_utc: None | str | Unset = d.pop("date_created_utc", UNSET)

        contact_merge = cls(
            id=id,
            email=email,
            sms=sms,
            email_contact_id=email_contact_id,
            sms_contact_id=sms_contact_id,
            state=state,
            date_created_utc=date_created_utc,
        )

        contact_merge.additional_properties = d
        return contact_merge

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
