from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_parameter_update import WebhookParameterUpdate


T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """The body of `create_webhook` (official `UserApiEventCreate`)."""

    name: str
    """ The webhook's name. """
    url: str | Unset = UNSET
    """ The URL the webhook will call. """
    event_type: str | Unset = UNSET
    """ The event that triggers the webhook. """
    format_: str | Unset = UNSET
    """ The format of the call's payload. """
    is_active: bool | Unset = UNSET
    """ Whether the webhook is active. """
    stateid: int | Unset = UNSET
    """ The webhook's state. Deprecated; use `is_active`. """
    parameters: list[WebhookParameterUpdate] | Unset = UNSET
    """ Parameters to send with the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        event_type = self.event_type

        format_ = self.format_

        is_active = self.is_active

        stateid = self.stateid

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if stateid is not UNSET:
            field_dict["stateid"] = stateid
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_parameter_update import WebhookParameterUpdate

        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url", UNSET)

        event_type = d.pop("event_type", UNSET)

        format_ = d.pop("format", UNSET)

        is_active = d.pop("is_active", UNSET)

        stateid = d.pop("stateid", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[WebhookParameterUpdate] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = WebhookParameterUpdate.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        webhook_create = cls(
            name=name,
            url=url,
            event_type=event_type,
            format_=format_,
            is_active=is_active,
            stateid=stateid,
            parameters=parameters,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
