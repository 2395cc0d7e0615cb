from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationTriggerInfo")


@_attrs_define
class AutomationTriggerInfo:
    """What starts an automation. **Inferred:** no source shows the body; these are the trigger fields of the
    official automation object.

    """

    trigger_type_id: None | str | Unset = UNSET
    """ The trigger type (see `list_automation_triggers`). """
    trigger_object_id: int | None | Unset = UNSET
    """ The id of the object that fires the trigger. """
    segmentation_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_type_id: None | str | Unset
        if isinstance(self.trigger_type_id, Unset):
            trigger_type_id = UNSET
        else:
            trigger_type_id = self.trigger_type_id

        trigger_object_id: int | None | Unset
        if isinstance(self.trigger_object_id, Unset):
            trigger_object_id = UNSET
        else:
            trigger_object_id = self.trigger_object_id

        segmentation_id: int | None | Unset
        if isinstance(self.segmentation_id, Unset):
            segmentation_id = UNSET
        else:
            segmentation_id = self.segmentation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger_type_id is not UNSET:
            field_dict["trigger_type_id"] = trigger_type_id
        if trigger_object_id is not UNSET:
            field_dict["trigger_object_id"] = trigger_object_id
        if segmentation_id is not UNSET:
            field_dict["segmentation_id"] = segmentation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trigger_type_id: None | str | Unset = d.pop("trigger_type_id", UNSET)

        trigger_object_id: int | None | Unset = d.pop("trigger_object_id", UNSET)

        segmentation_id: int | None | Unset = d.pop("segmentation_id", UNSET)

        automation_trigger_info = cls(
            trigger_type_id=trigger_type_id,
            trigger_object_id=trigger_object_id,
            segmentation_id=segmentation_id,
        )

        automation_trigger_info.additional_properties = d
        return automation_trigger_info

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
