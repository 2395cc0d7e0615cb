from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_parameter import WebhookParameter


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook (official `UserApiEventItem`; `create_webhook` answers the same fields as `UserApiEventInfo`)."""

    id: int
    """ The webhook's (event's) id. """
    name: None | str
    """ The webhook's name. """
    url: None | str | Unset = UNSET
    """ The URL the webhook calls and sends its parameters to. """
    event_type: None | str | Unset = UNSET
    """ The event that triggers the webhook (`TypesUserApiEventTypes`). """
    format_: None | str | Unset = UNSET
    """ The format of the call's payload. """
    stateid: int | None | Unset = UNSET
    """ The state (`TypesStateTypes`). Deprecated; read `is_active`. """
    parameters: list[WebhookParameter] | None | Unset = UNSET
    """ The parameters sent with the call (absent when listed with `IsIgnoreParameters=true`). """
    is_active: bool | None | Unset = UNSET
    """ Whether the webhook is active. """
    target_type_id: None | str | Unset = UNSET
    """ The webhook's target. """
    date_updated_utc: None | str | Unset = UNSET
    date_created_utc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        stateid: int | None | Unset
        if isinstance(self.stateid, Unset):
            stateid = UNSET
        else:
            stateid = self.stateid

        parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for parameters_type_0_item_data in self.parameters:
                parameters_type_0_item = parameters_type_0_item_data.to_dict()
                parameters.append(parameters_type_0_item)

        else:
            parameters = self.parameters

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        target_type_id: None | str | Unset
        if isinstance(self.target_type_id, Unset):
            target_type_id = UNSET
        else:
            target_type_id = self.target_type_id

        date_updated_utc: None | str | Unset
        if isinstance(self.date_updated_utc, Unset):
            date_updated_utc = UNSET
        else:
            date_updated_utc = self.date_updated_utc

        date_created_utc: None | str | Unset
        if isinstance(self.date_created_utc, Unset):
            date_created_utc = UNSET
        else:
            date_created_utc = self.date_created_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if stateid is not UNSET:
            field_dict["stateid"] = stateid
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if target_type_id is not UNSET:
            field_dict["target_type_id"] = target_type_id
        if date_updated_utc is not UNSET:
            field_dict["date_updated_utc"] = date_updated_utc
        if date_created_utc is not UNSET:
            field_dict["date_created_utc"] = date_created_utc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_parameter import WebhookParameter

        d = dict(src_dict)
        id = d.pop("id")

        name: None | str = d.pop("name")

        url: None | str | Unset = d.pop("url", UNSET)

        event_type: None | str | Unset = d.pop("event_type", UNSET)

        format_: None | str | Unset = d.pop("format", UNSET)

        stateid: int | None | Unset = d.pop("stateid", UNSET)

        def _parse_parameters(data: object) -> list[WebhookParameter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameters_type_0 = []
                _parameters_type_0 = data
                for parameters_type_0_item_data in _parameters_type_0:
                    parameters_type_0_item = WebhookParameter.from_dict(
                        parameters_type_0_item_data
                    )

                    parameters_type_0.append(parameters_type_0_item)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WebhookParameter] | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        is_active: bool | None | Unset = d.pop("is_active", UNSET)

        target_type_id: None | str | Unset = d.pop("target_type_id", UNSET)

        date_updated_utc: None | str | Unset = d.pop("date_updated_utc", UNSET)

        date_created_utc: None | str | Unset = d.pop("date_created_utc", UNSET)

        webhook = cls(
            id=id,
            name=name,
            url=url,
            event_type=event_type,
            format_=format_,
            stateid=stateid,
            parameters=parameters,
            is_active=is_active,
            target_type_id=target_type_id,
            date_updated_utc=date_updated_utc,
            date_created_utc=date_created_utc,
        )

        webhook.additional_properties = d
        return webhook

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
