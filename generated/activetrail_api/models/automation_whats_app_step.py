from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationWhatsAppStep")


@_attrs_define
class AutomationWhatsAppStep:
    """A WhatsApp step. **Inferred:** the step fields plus the fields of the official WhatsApp-step body
    (`ApiAutomationWhatsAppStepUpdateInfo`).

    """

    id: int | Unset = UNSET
    object_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    user_whatsapp_profile_id: int | None | Unset = UNSET
    """ The WhatsApp sending profile's id. """
    from_name: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    is_link_tracking: bool | None | Unset = UNSET
    unsubscribe_text: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    working_days: list[AutomationWorkingDay] | None | Unset = UNSET
    template_id: None | str | Unset = UNSET
    """ The WhatsApp template's id. """
    campaign_id: None | Unset | UUID = UNSET
    """ The WhatsApp campaign's id (a GUID). """
    campaign_type: int | None | Unset = UNSET
    """ The campaign kind, as a number in JSON; the official XML sample shows `1` as `Template`. """
    file_path: None | str | Unset = UNSET
    """ The media file sent with the message. """
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

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        user_whatsapp_profile_id: int | None | Unset
        if isinstance(self.user_whatsapp_profile_id, Unset):
            user_whatsapp_profile_id = UNSET
        else:
            user_whatsapp_profile_id = self.user_whatsapp_profile_id

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        is_link_tracking: bool | None | Unset
        if isinstance(self.is_link_tracking, Unset):
            is_link_tracking = UNSET
        else:
            is_link_tracking = self.is_link_tracking

        unsubscribe_text: None | str | Unset
        if isinstance(self.unsubscribe_text, Unset):
            unsubscribe_text = UNSET
        else:
            unsubscribe_text = self.unsubscribe_text

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

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        elif isinstance(self.campaign_id, UUID):
            campaign_id = str(self.campaign_id)
        else:
            campaign_id = self.campaign_id

        campaign_type: int | None | Unset
        if isinstance(self.campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = self.campaign_type

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if user_whatsapp_profile_id is not UNSET:
            field_dict["user_whatsapp_profile_id"] = user_whatsapp_profile_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if content is not UNSET:
            field_dict["content"] = content
        if is_link_tracking is not UNSET:
            field_dict["is_link_tracking"] = is_link_tracking
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        id = d.pop("id", UNSET)

        object_id: int | None | Unset = d.pop("object_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        campaign_name: None | str | Unset = d.pop("campaign_name", UNSET)

        user_whatsapp_profile_id: int | None | Unset = d.pop(
            "user_whatsapp_profile_id", UNSET
        )

        from_name: None | str | Unset = d.pop("from_name", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        is_link_tracking: bool | None | Unset = d.pop("is_link_tracking", UNSET)

        unsubscribe_text: None | str | Unset = d.pop("unsubscribe_text", UNSET)

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

        template_id: None | str | Unset = d.pop("template_id", UNSET)

        def _parse_campaign_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_id_type_0 = UUID(data)

                return campaign_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        campaign_type: int | None | Unset = d.pop("campaign_type", UNSET)

        file_path: None | str | Unset = d.pop("file_path", UNSET)

        automation_whats_app_step = cls(
            id=id,
            object_id=object_id,
            type_=type_,
            campaign_name=campaign_name,
            user_whatsapp_profile_id=user_whatsapp_profile_id,
            from_name=from_name,
            content=content,
            is_link_tracking=is_link_tracking,
            unsubscribe_text=unsubscribe_text,
            is_active=is_active,
            working_days=working_days,
            template_id=template_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            file_path=file_path,
        )

        automation_whats_app_step.additional_properties = d
        return automation_whats_app_step

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
