from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationContactUpdateStep")


@_attrs_define
class AutomationContactUpdateStep:
    """A "contact update" step (`ApiAutomationContactStepInfo` in the official docs)."""

    id: int | Unset = UNSET
    """ The step's id. """
    object_id: int | None | Unset = UNSET
    """ Not used by this kind of step. """
    type_: None | str | Unset = UNSET
    """ The kind of step (the official sample shows `EmailCampaign`, a generic placeholder). """
    action_type: None | str | Unset = UNSET
    entity_id: int | None | Unset = UNSET
    """ The group id or field id. """
    entity_value: None | str | Unset = UNSET
    """ The value to set. """
    is_active: bool | None | Unset = UNSET
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

        action_type: None | str | Unset
        if isinstance(self.action_type, Unset):
            action_type = UNSET
        else:
            action_type = self.action_type

        entity_id: int | None | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        entity_value: None | str | Unset
        if isinstance(self.entity_value, Unset):
            entity_value = UNSET
        else:
            entity_value = self.entity_value

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_value is not UNSET:
            field_dict["entity_value"] = entity_value
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_id: int | None | Unset = d.pop("object_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        action_type: None | str | Unset = d.pop("action_type", UNSET)

        entity_id: int | None | Unset = d.pop("entity_id", UNSET)

        entity_value: None | str | Unset = d.pop("entity_value", UNSET)

        is_active: bool | None | Unset = d.pop("is_active", UNSET)

        automation_contact_update_step = cls(
            id=id,
            object_id=object_id,
            type_=type_,
            action_type=action_type,
            entity_id=entity_id,
            entity_value=entity_value,
            is_active=is_active,
        )

        automation_contact_update_step.additional_properties = d
        return automation_contact_update_step

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
