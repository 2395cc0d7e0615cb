from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupEvent")


@_attrs_define
class GroupEvent:
    """One event of a group's contact. **Inferred fields:** no source shows an event. The call's filters (COR:
    `EventType`, `EventFromDate`/`EventToDate`, `CreatedFromDate`/`CreatedToDate`) imply an event type, an event
    date and the contact's creation date; COR's description names opens, clicks and unsubscribes, which belong
    to a campaign. The contact fields are named like the campaign click rows (`contact_id`, `email`,
    `first_name`, `last_name`). Every field is optional; any other key is kept by the SDK as an additional
    property.

    """

    contact_id: int | None | Unset = UNSET
    """ The contact's id (inferred). """
    email: None | str | Unset = UNSET
    """ The contact's email address (inferred). """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    """ The kind of event (inferred; the values `EventType` takes, for example an open, a click or an
    unsubscribe, are not documented).
     """
    event_date: None | str | Unset = UNSET
    """ When the event happened (what `EventFromDate`/`EventToDate` filter on; inferred). """
    campaign_id: int | None | Unset = UNSET
    """ The campaign the event belongs to, for campaign events (inferred). """
    contact_created_date: None | str | Unset = UNSET
    """ When the contact was created (what `CreatedFromDate`/`CreatedToDate` filter on; inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        else:
            event_date = self.event_date

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        contact_created_date: None | str | Unset
        if isinstance(self.contact_created_date, Unset):
            contact_created_date = UNSET
        else:
            contact_created_date = self.contact_created_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if contact_created_date is not UNSET:
            field_dict["contact_created_date"] = contact_created_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_id: int | None | Unset = d.pop("contact_id", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        event_type: None | str | Unset = d.pop("event_type", UNSET)

        event_date: None | str | Unset = d.pop("event_date", UNSET)

        campaign_id: int | None | Unset = d.pop("campaign_id", UNSET)

        contact_created_date: None | str | Unset = d.pop("contact_created_date", UNSET)

        group_event = cls(
            contact_id=contact_id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            event_type=event_type,
            event_date=event_date,
            campaign_id=campaign_id,
            contact_created_date=contact_created_date,
        )

        group_event.additional_properties = d
        return group_event

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
