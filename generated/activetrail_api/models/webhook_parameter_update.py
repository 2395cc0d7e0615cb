from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookParameterUpdate")


@_attrs_define
class WebhookParameterUpdate:
    """A webhook parameter in a create or update body (official `ParametersDetailsUpdate`)."""

    key: str | Unset = UNSET
    """ The name of the header, query parameter or body field. """
    value: str | Unset = UNSET
    """ The fixed value (with `event_value_type: custom_text`). """
    event_value_type: str | Unset = UNSET
    """ Where the value comes from (`custom_text` documented; `user_field` per Composio). """
    user_field: str | Unset = UNSET
    """ The contact field whose value is sent. """
    event_parameter_type: str | Unset = UNSET
    """ Where the parameter is sent (`header` documented; query and body per Composio). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        event_value_type = self.event_value_type

        user_field = self.user_field

        event_parameter_type = self.event_parameter_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if event_value_type is not UNSET:
            field_dict["event_value_type"] = event_value_type
        if user_field is not UNSET:
            field_dict["user_field"] = user_field
        if event_parameter_type is not UNSET:
            field_dict["event_parameter_type"] = event_parameter_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        event_value_type = d.pop("event_value_type", UNSET)

        user_field = d.pop("user_field", UNSET)

        event_parameter_type = d.pop("event_parameter_type", UNSET)

        webhook_parameter_update = cls(
            key=key,
            value=value,
            event_value_type=event_value_type,
            user_field=user_field,
            event_parameter_type=event_parameter_type,
        )

        webhook_parameter_update.additional_properties = d
        return webhook_parameter_update

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
