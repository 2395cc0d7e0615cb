from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushCampaign")


@_attrs_define
class PushCampaign:
    """A push-notification campaign. **Inferred fields:** no source shows them. `id`, `name`, `send_date`,
    `is_deleted` and the sent status follow the list's filters (`CampaignId`, `SearchTerm`, the date window,
    `IncludeDeleted`, `IncludeNotSent`); `status_id`, `status_name` and `total_sent` follow the official SMS
    campaign (ApiSmsCampaignInfoCampaign); `title`, `content` and `url` are the parts of a push notification.
    Every field is optional.

    """

    id: int | Unset = UNSET
    """ The push campaign's id (the id of the push report paths). """
    name: None | str | Unset = UNSET
    """ The campaign's name, for internal use (what `SearchTerm` searches; inferred). """
    title: None | str | Unset = UNSET
    """ The notification's title (inferred). """
    content: None | str | Unset = UNSET
    """ The notification's text (inferred; named like the SMS campaign's `content`). """
    url: None | str | Unset = UNSET
    """ The page the notification opens when clicked (inferred). """
    status_id: int | None | Unset = UNSET
    """ The campaign's status code (inferred; see `status_name`). """
    status_name: None | str | Unset = UNSET
    """ The campaign's status, as a name (inferred; for example `Draft` or `Sent`). """
    send_date: None | str | Unset = UNSET
    """ When the campaign was sent; null when it was not sent yet (inferred). """
    total_sent: int | None | Unset = UNSET
    """ How many notifications were sent (inferred; named like the SMS campaign's `total_sent`). """
    is_deleted: bool | None | Unset = UNSET
    """ Whether the campaign was deleted (returned only with `IncludeDeleted`; inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        status_name: None | str | Unset
        if isinstance(self.status_name, Unset):
            status_name = UNSET
        else:
            status_name = self.status_name

        send_date: None | str | Unset
        if isinstance(self.send_date, Unset):
            send_date = UNSET
        else:
            send_date = self.send_date

        total_sent: int | None | Unset
        if isinstance(self.total_sent, Unset):
            total_sent = UNSET
        else:
            total_sent = self.total_sent

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if url is not UNSET:
            field_dict["url"] = url
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        status_id: int | None | Unset = d.pop("status_id", UNSET)

        status_name: None | str | Unset = d.pop("status_name", UNSET)

        send_date: None | str | Unset = d.pop("send_date", UNSET)

        total_sent: int | None | Unset = d.pop("total_sent", UNSET)

        is_deleted: bool | None | Unset = d.pop("is_deleted", UNSET)

        push_campaign = cls(
            id=id,
            name=name,
            title=title,
            content=content,
            url=url,
            status_id=status_id,
            status_name=status_name,
            send_date=send_date,
            total_sent=total_sent,
            is_deleted=is_deleted,
        )

        push_campaign.additional_properties = d
        return push_campaign

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
