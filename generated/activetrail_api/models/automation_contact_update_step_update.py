from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationContactUpdateStepUpdate")


@_attrs_define
class AutomationContactUpdateStepUpdate:
    """A "contact update" step's settings (`ApiAutomationContactStepUpdateInfo` in the official docs)."""

    is_active: bool
    action_type: str | Unset = UNSET
    """ The kind of update (see `list_automation_update_actions`), e.g. `AddToGroup`. """
    entity_id: int | Unset = UNSET
    """ The group id or field id the update applies to. """
    entity_value: str | Unset = UNSET
    """ The value to set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        action_type = self.action_type

        entity_id = self.entity_id

        entity_value = self.entity_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_active": is_active,
            }
        )
        if action_type is not UNSET:
            field_dict["action_type"] = action_type
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if entity_value is not UNSET:
            field_dict["entity_value"] = entity_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_active = d.pop("is_active")

        action_type = d.pop("action_type", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        entity_value = d.pop("entity_value", UNSET)

        automation_contact_update_step_update = cls(
            is_active=is_active,
            action_type=action_type,
            entity_id=entity_id,
            entity_value=entity_value,
        )

        automation_contact_update_step_update.additional_properties = d
        return automation_contact_update_step_update

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
