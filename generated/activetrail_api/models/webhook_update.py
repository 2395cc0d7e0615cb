from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdate")


@_attrs_define
class WebhookUpdate:
    """The body of `update_webhook`. **Inferred shape:** the create body's fields plus `typeid`, which only
    Composio's parameter list shows.

    """

    name: str | Unset = UNSET
    """ The webhook's name. """
    url: str | Unset = UNSET
    """ The URL the webhook calls. """
    event_type: str | Unset = UNSET
    """ The event that triggers the webhook. """
    format_: str | Unset = UNSET
    """ The format of the call's payload. """
    is_active: bool | Unset = UNSET
    """ Whether the webhook is active. """
    stateid: int | Unset = UNSET
    """ The webhook's state. Deprecated; use `is_active`. """
    typeid: int | Unset = UNSET
    """ A type id seen only in Composio's parameter list (meaning undocumented; probably the target type). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        event_type = self.event_type

        format_ = self.format_

        is_active = self.is_active

        stateid = self.stateid

        typeid = self.typeid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if typeid is not UNSET:
            field_dict["typeid"] = typeid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        event_type = d.pop("event_type", UNSET)

        format_ = d.pop("format", UNSET)

        is_active = d.pop("is_active", UNSET)

        stateid = d.pop("stateid", UNSET)

        typeid = d.pop("typeid", UNSET)

        webhook_update = cls(
            name=name,
            url=url,
            event_type=event_type,
            format_=format_,
            is_active=is_active,
            stateid=stateid,
            typeid=typeid,
        )

        webhook_update.additional_properties = d
        return webhook_update

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
