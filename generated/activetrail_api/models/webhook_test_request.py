from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_parameter_update import WebhookParameterUpdate


T = TypeVar("T", bound="WebhookTestRequest")


@_attrs_define
class WebhookTestRequest:
    """The body of `test_webhook_url`. **Inferred shape** from Composio's parameter list; only `url` is marked
    required here.

    """

    url: str
    """ The URL to call. """
    event_type: str | Unset = UNSET
    """ The event to simulate. """
    target_type: str | Unset = UNSET
    """ The webhook target to simulate. """
    format_: str | Unset = UNSET
    """ The payload format (Composio types it as a number; the webhook DTO sends `json`). """
    user_id: int | Unset = UNSET
    """ An account user id (meaning undocumented). """
    parameters: list[WebhookParameterUpdate] | Unset = UNSET
    """ Parameters to send with the test call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_type = self.event_type

        target_type = self.target_type

        format_ = self.format_

        user_id = self.user_id

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
                "url": url,
            }
        )
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_parameter_update import WebhookParameterUpdate

        d = dict(src_dict)
        url = d.pop("url")

        event_type = d.pop("event_type", UNSET)

        target_type = d.pop("target_type", UNSET)

        format_ = d.pop("format", UNSET)

        user_id = d.pop("user_id", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[WebhookParameterUpdate] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = WebhookParameterUpdate.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        webhook_test_request = cls(
            url=url,
            event_type=event_type,
            target_type=target_type,
            format_=format_,
            user_id=user_id,
            parameters=parameters,
        )

        webhook_test_request.additional_properties = d
        return webhook_test_request

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
