from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowMainData")


@_attrs_define
class FlowMainData:
    """The flow's main settings as the seed shows them for a mailing-list ("series") flow. Ids and send times are
    numeric strings here. Other flow kinds may carry other keys, which clients keep.

    """

    id: int | Unset = UNSET
    """ The flow ID. """
    type_: str | Unset = UNSET
    """ The flow kind (`series` in the seed). """
    automation_name: str | Unset = UNSET
    """ The flow's name. """
    address_book_id: str | Unset = UNSET
    """ A whole number sent as a string (`"120036"`). """
    sender_email_id: str | Unset = UNSET
    """ A whole number sent as a string (`"120036"`). """
    sender_email_address: str | Unset = UNSET
    """ The sender's email address. """
    sender_email_name: str | Unset = UNSET
    """ The sender's name. """
    sent_time_hour: str | Unset = UNSET
    """ A whole number sent as a string (`"120036"`). """
    sent_time_min: str | Unset = UNSET
    """ A whole number sent as a string (`"120036"`). """
    utm_term: str | Unset = UNSET
    utm_content: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    utm_source: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    task_lang: str | Unset = UNSET
    """ The language of the flow's messages (`ru`, `en`...). """
    a_week_days: list[int] | Unset = UNSET
    """ One flag per weekday (7 items), 1 when sending is allowed that day; the seed gives no order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        automation_name = self.automation_name

        address_book_id = self.address_book_id

        sender_email_id = self.sender_email_id

        sender_email_address = self.sender_email_address

        sender_email_name = self.sender_email_name

        sent_time_hour = self.sent_time_hour

        sent_time_min = self.sent_time_min

        utm_term = self.utm_term

        utm_content = self.utm_content

        utm_campaign = self.utm_campaign

        utm_source = self.utm_source

        utm_medium = self.utm_medium

        task_lang = self.task_lang

        a_week_days: list[int] | Unset = UNSET
        if not isinstance(self.a_week_days, Unset):
            a_week_days = self.a_week_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if automation_name is not UNSET:
            field_dict["automation_name"] = automation_name
        if address_book_id is not UNSET:
            field_dict["address_book_id"] = address_book_id
        if sender_email_id is not UNSET:
            field_dict["sender_email_id"] = sender_email_id
        if sender_email_address is not UNSET:
            field_dict["sender_email_address"] = sender_email_address
        if sender_email_name is not UNSET:
            field_dict["sender_email_name"] = sender_email_name
        if sent_time_hour is not UNSET:
            field_dict["sent_time_hour"] = sent_time_hour
        if sent_time_min is not UNSET:
            field_dict["sent_time_min"] = sent_time_min
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if task_lang is not UNSET:
            field_dict["task_lang"] = task_lang
        if a_week_days is not UNSET:
            field_dict["aWeekDays"] = a_week_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        automation_name = d.pop("automation_name", UNSET)

        address_book_id = d.pop("address_book_id", UNSET)

        sender_email_id = d.pop("sender_email_id", UNSET)

        sender_email_address = d.pop("sender_email_address", UNSET)

        sender_email_name = d.pop("sender_email_name", UNSET)

        sent_time_hour = d.pop("sent_time_hour", UNSET)

        sent_time_min = d.pop("sent_time_min", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        task_lang = d.pop("task_lang", UNSET)

        a_week_days = cast(list[int], d.pop("aWeekDays", UNSET))

        flow_main_data = cls(
            id=id,
            type_=type_,
            automation_name=automation_name,
            address_book_id=address_book_id,
            sender_email_id=sender_email_id,
            sender_email_address=sender_email_address,
            sender_email_name=sender_email_name,
            sent_time_hour=sent_time_hour,
            sent_time_min=sent_time_min,
            utm_term=utm_term,
            utm_content=utm_content,
            utm_campaign=utm_campaign,
            utm_source=utm_source,
            utm_medium=utm_medium,
            task_lang=task_lang,
            a_week_days=a_week_days,
        )

        flow_main_data.additional_properties = d
        return flow_main_data

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
