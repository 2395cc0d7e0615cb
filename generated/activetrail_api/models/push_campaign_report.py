from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushCampaignReport")


@_attrs_define
class PushCampaignReport:
    """The report of one push campaign: its counters and rates. Inferred: public client code (COR) describes "sent,
    delivered, opened, clicked counts, open rate, click rate and delivery status"; the field names follow the SMS
    report pages. Every field is optional.

    """

    id: int | Unset = UNSET
    """ The push campaign's id. """
    name: None | str | Unset = UNSET
    """ The campaign's name. """
    status: None | str | Unset = UNSET
    """ The campaign's sending status (values not documented). """
    send_date: None | str | Unset = UNSET
    """ When the campaign was sent. """
    total_sent: int | None | Unset = UNSET
    """ Notifications sent. """
    total_delivered: int | None | Unset = UNSET
    """ Notifications delivered. """
    total_failed: int | None | Unset = UNSET
    """ Notifications that failed to deliver. """
    total_opens: int | None | Unset = UNSET
    """ Notifications opened. """
    total_clicks: int | None | Unset = UNSET
    """ Clicks on the notifications. """
    open_rate: float | None | Unset = UNSET
    """ Opens as a percentage of deliveries. """
    click_rate: float | None | Unset = UNSET
    """ Clicks as a percentage of deliveries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        total_delivered: int | None | Unset
        if isinstance(self.total_delivered, Unset):
            total_delivered = UNSET
        else:
            total_delivered = self.total_delivered

        total_failed: int | None | Unset
        if isinstance(self.total_failed, Unset):
            total_failed = UNSET
        else:
            total_failed = self.total_failed

        total_opens: int | None | Unset
        if isinstance(self.total_opens, Unset):
            total_opens = UNSET
        else:
            total_opens = self.total_opens

        total_clicks: int | None | Unset
        if isinstance(self.total_clicks, Unset):
            total_clicks = UNSET
        else:
            total_clicks = self.total_clicks

        open_rate: float | None | Unset
        if isinstance(self.open_rate, Unset):
            open_rate = UNSET
        else:
            open_rate = self.open_rate

        click_rate: float | None | Unset
        if isinstance(self.click_rate, Unset):
            click_rate = UNSET
        else:
            click_rate = self.click_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if total_delivered is not UNSET:
            field_dict["total_delivered"] = total_delivered
        if total_failed is not UNSET:
            field_dict["total_failed"] = total_failed
        if total_opens is not UNSET:
            field_dict["total_opens"] = total_opens
        if total_clicks is not UNSET:
            field_dict["total_clicks"] = total_clicks
        if open_rate is not UNSET:
            field_dict["open_rate"] = open_rate
        if click_rate is not UNSET:
            field_dict["click_rate"] = click_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        send_date: None | str | Unset = d.pop("send_date", UNSET)

        total_sent: int | None | Unset = d.pop("total_sent", UNSET)

        total_delivered: int | None | Unset = d.pop("total_delivered", UNSET)

        total_failed: int | None | Unset = d.pop("total_failed", UNSET)

        total_opens: int | None | Unset = d.pop("total_opens", UNSET)

        total_clicks: int | None | Unset = d.pop("total_clicks", UNSET)

        open_rate: float | None | Unset = d.pop("open_rate", UNSET)

        click_rate: float | None | Unset = d.pop("click_rate", UNSET)

        push_campaign_report = cls(
            id=id,
            name=name,
            status=status,
            send_date=send_date,
            total_sent=total_sent,
            total_delivered=total_delivered,
            total_failed=total_failed,
            total_opens=total_opens,
            total_clicks=total_clicks,
            open_rate=open_rate,
            click_rate=click_rate,
        )

        push_campaign_report.additional_properties = d
        return push_campaign_report

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
