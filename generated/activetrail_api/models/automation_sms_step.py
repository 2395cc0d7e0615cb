from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automation_working_day import AutomationWorkingDay


T = TypeVar("T", bound="AutomationSmsStep")


@_attrs_define
class AutomationSmsStep:
    """A "send SMS" step. **Inferred:** the step fields plus the official SMS-step body's fields."""

    id: int | Unset = UNSET
    object_id: int | None | Unset = UNSET
    """ The step's SMS campaign id. """
    type_: None | str | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    user_sms_profile_id: int | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    is_link_tracking: bool | None | Unset = UNSET
    unsubscribe_text: None | str | Unset = UNSET
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

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        user_sms_profile_id: int | None | Unset
        if isinstance(self.user_sms_profile_id, Unset):
            user_sms_profile_id = UNSET
        else:
            user_sms_profile_id = self.user_sms_profile_id

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
        if user_sms_profile_id is not UNSET:
            field_dict["user_sms_profile_id"] = user_sms_profile_id
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automation_working_day import AutomationWorkingDay

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_id: int | None | Unset = d.pop("object_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        campaign_name: None | str | Unset = d.pop("campaign_name", UNSET)

        user_sms_profile_id: int | None | Unset = d.pop("user_sms_profile_id", UNSET)

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

        automation_sms_step = cls(
            id=id,
            object_id=object_id,
            type_=type_,
            campaign_name=campaign_name,
            user_sms_profile_id=user_sms_profile_id,
            from_name=from_name,
            content=content,
            is_link_tracking=is_link_tracking,
            unsubscribe_text=unsubscribe_text,
            is_active=is_active,
            working_days=working_days,
        )

        automation_sms_step.additional_properties = d
        return automation_sms_step

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
