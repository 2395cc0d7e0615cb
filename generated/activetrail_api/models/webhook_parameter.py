from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookParameter")


@_attrs_define
class WebhookParameter:
    """A parameter sent with a webhook call (official `ParametersDetailsItem`)."""

    id: int | Unset = UNSET
    """ The parameter's id. """
    key: None | str | Unset = UNSET
    """ The name of the header, query parameter or body field. """
    value: None | str | Unset = UNSET
    """ The fixed value (when `event_value_type` is `custom_text`). """
    event_parameter_type: None | str | Unset = UNSET
    """ Where the parameter is sent. `header` is documented; Composio also names query and body parameters. """
    event_value_type: None | str | Unset = UNSET
    """ Where the value comes from: `custom_text` (the fixed `value`) is documented; a contact field (`user_field`)
    is the other kind Composio describes.
     """
    user_field: None | str | Unset = UNSET
    """ The contact field whose value is sent (create bodies show it; listings may omit it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        event_parameter_type: None | str | Unset
        if isinstance(self.event_parameter_type, Unset):
            event_parameter_type = UNSET
        else:
            event_parameter_type = self.event_parameter_type

        event_value_type: None | str | Unset
        if isinstance(self.event_value_type, Unset):
            event_value_type = UNSET
        else:
            event_value_type = self.event_value_type

        user_field: None | str | Unset
        if isinstance(self.user_field, Unset):
            user_field = UNSET
        else:
            user_field = self.user_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if event_parameter_type is not UNSET:
            field_dict["event_parameter_type"] = event_parameter_type
        if event_value_type is not UNSET:
            field_dict["event_value_type"] = event_value_type
        if user_field is not UNSET:
            field_dict["user_field"] = user_field

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        key: None | str | Unset = d.pop("key", UNSET)

        value: None | str | Unset = d.pop("value", UNSET)

        event_parameter_type: None | str | Unset = d.pop("event_parameter_type", UNSET)

        event_value_type: None | str | Unset = d.pop("event_value_type", UNSET)

        user_field: None | str | Unset = d.pop("user_field", UNSET)

        webhook_parameter = cls(
            id=id,
            key=key,
            value=value,
            event_parameter_type=event_parameter_type,
            event_value_type=event_value_type,
            user_field=user_field,
        )

        webhook_parameter.additional_properties = d
        return webhook_parameter

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
