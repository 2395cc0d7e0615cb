from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationSmsStepUpdate")


@_attrs_define
class AutomationSmsStepUpdate:
    """A "send SMS" step's settings (`ApiAutomationSmsStepUpdateInfo` in the official docs)."""

    campaign_name: str
    user_sms_profile_id: int
    """ The SMS sending profile's id (`list_sms_sending_profiles`). """
    from_name: str
    """ The sender name shown to recipients. """
    content: str
    """ The message text. """
    is_active: bool
    is_link_tracking: bool | Unset = UNSET
    """ Whether links in the message are tracked. """
    unsubscribe_text: str | Unset = UNSET
    """ The unsubscribe text added to the message. """
    working_days: list[AutomationWorkingDay] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_name = self.campaign_name

        user_sms_profile_id = self.user_sms_profile_id

        from_name = self.from_name

        content = self.content

        is_active = self.is_active

        is_link_tracking = self.is_link_tracking

        unsubscribe_text = self.unsubscribe_text

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
                "campaign_name": campaign_name,
                "user_sms_profile_id": user_sms_profile_id,
                "from_name": from_name,
                "content": content,
                "is_active": is_active,
            }
        )
        if is_link_tracking is not UNSET:
            field_dict["is_link_tracking"] = is_link_tracking
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text
        if working_days is not UNSET:
            field_dict["working_days"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_working_day import AutomationWorkingDay

        d = dict(src_dict)
        campaign_name = d.pop("campaign_name")

        user_sms_profile_id = d.pop("user_sms_profile_id")

        from_name = d.pop("from_name")

        content = d.pop("content")

        is_active = d.pop("is_active")

        is_link_tracking = d.pop("is_link_tracking", UNSET)

        unsubscribe_text = d.pop("unsubscribe_text", UNSET)

        _working_days = d.pop("working_days", UNSET)
        working_days: list[AutomationWorkingDay] | Unset = UNSET
        if _working_days is not UNSET:
            working_days = []
            for working_days_item_data in _working_days:
                working_days_item = AutomationWorkingDay.from_dict(
                    working_days_item_data
                )

                working_days.append(working_days_item)

        automation_sms_step_update = cls(
            campaign_name=campaign_name,
            user_sms_profile_id=user_sms_profile_id,
            from_name=from_name,
            content=content,
            is_active=is_active,
            is_link_tracking=is_link_tracking,
            unsubscribe_text=unsubscribe_text,
            working_days=working_days,
        )

        automation_sms_step_update.additional_properties = d
        return automation_sms_step_update

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
