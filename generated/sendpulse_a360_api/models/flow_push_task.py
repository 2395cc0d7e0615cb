from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowPushTask")


@_attrs_define
class FlowPushTask:
    """The web push notification a Push element sends. `website_id`, `title` and `body` are required: the seed's
    example shows them, and they tell this shape from the email and SMS tasks.

    """

    website_id: int
    """ The push website's ID. """
    title: str
    """ The notification's title. """
    body: str
    """ The notification's text. """
    id: int | Unset = UNSET
    """ The push task ID. """
    icon: str | Unset = UNSET
    """ The icon's path on SendPulse's file server. """
    url_for_click: str | Unset = UNSET
    """ The URL opened when the notification is clicked. """
    created: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        website_id = self.website_id

        title = self.title

        body = self.body

        id = self.id

        icon = self.icon

        url_for_click = self.url_for_click

        created = self.created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "website_id": website_id,
                "title": title,
                "body": body,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if icon is not UNSET:
            field_dict["icon"] = icon
        if url_for_click is not UNSET:
            field_dict["url_for_click"] = url_for_click
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        website_id = d.pop("website_id")

        title = d.pop("title")

        body = d.pop("body")

        id = d.pop("id", UNSET)

        icon = d.pop("icon", UNSET)

        url_for_click = d.pop("url_for_click", UNSET)

        created = d.pop("created", UNSET)

        flow_push_task = cls(
            website_id=website_id,
            title=title,
            body=body,
            id=id,
            icon=icon,
            url_for_click=url_for_click,
            created=created,
        )

        flow_push_task.additional_properties = d
        return flow_push_task

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
