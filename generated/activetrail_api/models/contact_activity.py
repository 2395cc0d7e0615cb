from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactActivity")


@_attrs_define
class ContactActivity:
    """The contact's activity on one email campaign. **Inferred shape**; all fields optional."""

    campaign_id: int | None | Unset = UNSET
    """ The campaign's id. """
    campaign_name: None | str | Unset = UNSET
    """ The campaign's name. """
    send_date: None | str | Unset = UNSET
    """ When the campaign was sent to the contact. """
    opened: bool | None | Unset = UNSET
    """ Whether the contact opened the email. """
    open_date: None | str | Unset = UNSET
    """ The first open. """
    clicked: bool | None | Unset = UNSET
    """ Whether the contact clicked a link in the email. """
    click_date: None | str | Unset = UNSET
    """ The first click. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        send_date: None | str | Unset
        if isinstance(self.send_date, Unset):
            send_date = UNSET
        else:
            send_date = self.send_date

        opened: bool | None | Unset
        if isinstance(self.opened, Unset):
            opened = UNSET
        else:
            opened = self.opened

        open_date: None | str | Unset
        if isinstance(self.open_date, Unset):
            open_date = UNSET
        else:
            open_date = self.open_date

        clicked: bool | None | Unset
        if isinstance(self.clicked, Unset):
            clicked = UNSET
        else:
            clicked = self.clicked

        click_date: None | str | Unset
        if isinstance(self.click_date, Unset):
            click_date = UNSET
        else:
            click_date = self.click_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if opened is not UNSET:
            field_dict["opened"] = opened
        if open_date is not UNSET:
            field_dict["open_date"] = open_date
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if click_date is not UNSET:
            field_dict["click_date"] = click_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id: int | None | Unset = d.pop("campaign_id", UNSET)

        campaign_name: None | str | Unset = d.pop("campaign_name", UNSET)

        send_date: None | str | Unset = d.pop("send_date", UNSET)

        opened: bool | None | Unset = d.pop("opened", UNSET)

        open_date: None | str | Unset = d.pop("open_date", UNSET)

        clicked: bool | None | Unset = d.pop("clicked", UNSET)

        click_date: None | str | Unset = d.pop("click_date", UNSET)

        contact_activity = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            send_date=send_date,
            opened=opened,
            open_date=open_date,
            clicked=clicked,
            click_date=click_date,
        )

        contact_activity.additional_properties = d
        return contact_activity

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
