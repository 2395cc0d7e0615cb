from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationEmailStep")


@_attrs_define
class AutomationEmailStep:
    """A "send email" step. **Inferred:** the step fields plus the official email-step body's fields."""

    id: int | Unset = UNSET
    """ The step's id. """
    object_id: int | None | Unset = UNSET
    """ The step's email campaign id. """
    type_: None | str | Unset = UNSET
    email_name: None | str | Unset = UNSET
    user_profile_id: int | None | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    preheader: None | str | Unset = UNSET
    attachment_file_name: None | str | Unset = UNSET
    attachment_file_url: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    working_days: list[AutomationWorkingDay] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_id: int | None | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        email_name: None | str | Unset
        if isinstance(self.email_name, Unset):
            email_name = UNSET
        else:
            email_name = self.email_name

        user_profile_id: int | None | Unset
        if isinstance(self.user_profile_id, Unset):
            user_profile_id = UNSET
        else:
            user_profile_id = self.user_profile_id

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        preheader: None | str | Unset
        if isinstance(self.preheader, Unset):
            preheader = UNSET
        else:
            preheader = self.preheader

        attachment_file_name: None | str | Unset
        if isinstance(self.attachment_file_name, Unset):
            attachment_file_name = UNSET
        else:
            attachment_file_name = self.attachment_file_name

        attachment_file_url: None | str | Unset
        if isinstance(self.attachment_file_url, Unset):
            attachment_file_url = UNSET
        else:
            attachment_file_url = self.attachment_file_url

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        working_days: list[dict[str, Any]] | None | Unset
        if isinstance(self.working_days, Unset):
            working_days = UNSET
        elif isinstance(self.working_days, list):
            working_days = []
            for working_days_type_0_item_data in self.working_days:
                working_days_type_0_item = working_days_type_0_item_data.to_dict()
                working_days.append(working_days_type_0_item)

        else:
            working_days = self.working_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email_name is not UNSET:
            field_dict["email_name"] = email_name
        if user_profile_id is not UNSET:
            field_dict["user_profile_id"] = user_profile_id
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if attachment_file_name is not UNSET:
            field_dict["attachment_file_name"] = attachment_file_name
        if attachment_file_url is not UNSET:
            field_dict["attachment_file_url"] = attachment_file_url
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if working_days is not UNSET:
            field_dict["working_days"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_working_day import AutomationWorkingDay

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_id: int | None | Unset = d.pop("object_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        email_name: None | str | Unset = d.pop("email_name", UNSET)

        user_profile_id: int | None | Unset = d.pop("user_profile_id", UNSET)

        email_subject: None | str | Unset = d.pop("email_subject", UNSET)

        preheader: None | str | Unset = d.pop("preheader", UNSET)

        attachment_file_name: None | str | Unset = d.pop("attachment_file_name", UNSET)

        attachment_file_url: None | str | Unset = d.pop("attachment_file_url", UNSET)

        is_active: bool | None | Unset = d.pop("is_active", UNSET)

        def _parse_working_days(
            data: object,
        ) -> list[AutomationWorkingDay] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                working_days_type_0 = []
                _working_days_type_0 = data
                for working_days_type_0_item_data in _working_days_type_0:
                    working_days_type_0_item = AutomationWorkingDay.from_dict(
                        working_days_type_0_item_data
                    )

                    working_days_type_0.append(working_days_type_0_item)

                return working_days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutomationWorkingDay] | None | Unset, data)

        working_days = _parse_working_days(d.pop("working_days", UNSET))

        automation_email_step = cls(
            id=id,
            object_id=object_id,
            type_=type_,
            email_name=email_name,
            user_profile_id=user_profile_id,
            email_subject=email_subject,
            preheader=preheader,
            attachment_file_name=attachment_file_name,
            attachment_file_url=attachment_file_url,
            is_active=is_active,
            working_days=working_days,
        )

        automation_email_step.additional_properties = d
        return automation_email_step

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
