from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationStepInfo")


@_attrs_define
class AutomationStepInfo:
    """A step of an automation (an item of the official `stepsInfo`)."""

    id: int | Unset = UNSET
    """ The step's id within the automation. """
    type_: None | str | Unset = UNSET
    """ The kind of step. Only `EmailCampaign` is documented; other kinds (SMS, WhatsApp, push, contact
    update, social, A/B split, notify) have their own values, not documented (the other values in this
    spec's examples are illustrative).
     """
    object_id: int | None | Unset = UNSET
    """ The id of the object the step uses (for a send step, its campaign). """
    is_active: bool | None | Unset = UNSET
    """ Whether the step is active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        object_id: int | None | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        object_id: int | None | Unset = d.pop("object_id", UNSET)

        is_active: bool | None | Unset = d.pop("is_active", UNSET)

        automation_step_info = cls(
            id=id,
            type_=type_,
            object_id=object_id,
            is_active=is_active,
        )

        automation_step_info.additional_properties = d
        return automation_step_info

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
