from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationWhatsAppStepUpdate")


@_attrs_define
class AutomationWhatsAppStepUpdate:
    """A WhatsApp step's settings (`ApiAutomationWhatsAppStepUpdateInfo` in the official docs), the body of
    `create_automation_whatsapp_step`.

    """

    campaign_name: str
    user_whatsapp_profile_id: int
    """ The WhatsApp sending profile's id. """
    from_name: str
    """ The sender name shown to recipients. """
    content: str
    """ The message text. """
    is_active: bool
    """ Whether the step is active. """
    is_link_tracking: bool | Unset = UNSET
    """ Whether links in the message are tracked. """
    unsubscribe_text: str | Unset = UNSET
    """ The unsubscribe text added to the message. """
    working_days: list[AutomationWorkingDay] | Unset = UNSET
    """ The days and hours in which the step sends. """
    template_id: str | Unset = UNSET
    """ The WhatsApp template's id. """
    campaign_id: UUID | Unset = UNSET
    """ The WhatsApp campaign's id (a GUID). """
    campaign_type: int | Unset = UNSET
    """ The campaign kind, as a number in JSON; the official XML sample shows `1` as `Template`. Other values
    are not documented.
     """
    file_path: str | Unset = UNSET
    """ The media file sent with the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_name = self.campaign_name

        user_whatsapp_profile_id = self.user_whatsapp_profile_id

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

        template_id = self.template_id

        campaign_id: str | Unset = UNSET
        if not isinstance(self.campaign_id, Unset):
            campaign_id = str(self.campaign_id)

        campaign_type = self.campaign_type

        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_name": campaign_name,
                "user_whatsapp_profile_id": user_whatsapp_profile_id,
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
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if file_path is not UNSET:
            field_dict["file_path"] = file_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_working_day import AutomationWorkingDay

        d = dict(src_dict)
        campaign_name = d.pop("campaign_name")

        user_whatsapp_profile_id = d.pop("user_whatsapp_profile_id")

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

        template_id = d.pop("template_id", UNSET)

        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id: UUID | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = UUID(_campaign_id)

        campaign_type = d.pop("campaign_type", UNSET)

        file_path = d.pop("file_path", UNSET)

        automation_whats_app_step_update = cls(
            campaign_name=campaign_name,
            user_whatsapp_profile_id=user_whatsapp_profile_id,
            from_name=from_name,
            content=content,
            is_active=is_active,
            is_link_tracking=is_link_tracking,
            unsubscribe_text=unsubscribe_text,
            working_days=working_days,
            template_id=template_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            file_path=file_path,
        )

        automation_whats_app_step_update.additional_properties = d
        return automation_whats_app_step_update

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
