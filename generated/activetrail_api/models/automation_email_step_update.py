from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationEmailStepUpdate")


@_attrs_define
class AutomationEmailStepUpdate:
    """A "send email" step's settings (`ApiAutomationEmailStepUpdateInfo` in the official docs)."""

    email_name: str
    """ The email's name. """
    user_profile_id: int
    """ The email sending profile's id (`list_email_sending_profiles`). """
    email_subject: str
    """ The email's subject. """
    is_active: bool
    """ Whether the step is active. """
    preheader: str | Unset = UNSET
    """ The preview text shown after the subject. """
    attachment_file_name: str | Unset = UNSET
    attachment_file_url: str | Unset = UNSET
    """ The URL of the file to attach. """
    working_days: list[AutomationWorkingDay] | Unset = UNSET
    """ The days and hours in which the step sends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_name = self.email_name

        user_profile_id = self.user_profile_id

        email_subject = self.email_subject

        is_active = self.is_active

        preheader = self.preheader

        attachment_file_name = self.attachment_file_name

        attachment_file_url = self.attachment_file_url

        working_days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.working_days, Unset):
            working_days = []
            for working_days_item_data in self.working_days:
                working_days_item = working_days_item_data.to_dict()
                working_days.append(working_days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_name": email_name,
                "user_profile_id": user_profile_id,
                "email_subject": email_subject,
                "is_active": is_active,
            }
        )
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if attachment_file_name is not UNSET:
            field_dict["attachment_file_name"] = attachment_file_name
        if attachment_file_url is not UNSET:
            field_dict["attachment_file_url"] = attachment_file_url
        if working_days is not UNSET:
            field_dict["working_days"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_working_day import AutomationWorkingDay

        d = dict(src_dict)
        email_name = d.pop("email_name")

        user_profile_id = d.pop("user_profile_id")

        email_subject = d.pop("email_subject")

        is_active = d.pop("is_active")

        preheader = d.pop("preheader", UNSET)

        attachment_file_name = d.pop("attachment_file_name", UNSET)

        attachment_file_url = d.pop("attachment_file_url", UNSET)

        _working_days = d.pop("working_days", UNSET)
        working_days: list[AutomationWorkingDay] | Unset = UNSET
        if _working_days is not UNSET:
            working_days = []
            for working_days_item_data in _working_days:
                working_days_item = AutomationWorkingDay.from_dict(
                    working_days_item_data
                )

                working_days.append(working_days_item)

        automation_email_step_update = cls(
            email_name=email_name,
            user_profile_id=user_profile_id,
            email_subject=email_subject,
            is_active=is_active,
            preheader=preheader,
            attachment_file_name=attachment_file_name,
            attachment_file_url=attachment_file_url,
            working_days=working_days,
        )

        automation_email_step_update.additional_properties = d
        return automation_email_step_update

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
