from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignOverview")


@_attrs_define
class SmsCampaignOverview:
    """An SMS campaign's summary report. Inferred shape: an unidentified public client's ApiSmsCampaignOverviewInfo
    (unverified), plus `id` and `name` for the list's items. All fields optional.

    """

    id: int | Unset = UNSET
    """ The SMS campaign's id (list items; inferred). """
    name: None | str | Unset = UNSET
    """ The SMS campaign's name (list items; inferred). """
    sent: int | None | Unset = UNSET
    """ Messages sent. """
    delivered: int | None | Unset = UNSET
    """ Messages delivered. """
    errors: int | None | Unset = UNSET
    """ Messages that failed. """
    unsubscribed: int | None | Unset = UNSET
    """ Recipients who unsubscribed. """
    error_rate: float | None | Unset = UNSET
    """ Failed messages, in percent. """
    sum_clicks: int | None | Unset = UNSET
    """ Link clicks in total. """
    clickers: int | None | Unset = UNSET
    """ Unique clickers. """
    click_rate: float | None | Unset = UNSET
    """ Clickers, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sent: int | None | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        delivered: int | None | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        errors: int | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        else:
            errors = self.errors

        unsubscribed: int | None | Unset
        if isinstance(self.unsubscribed, Unset):
            unsubscribed = UNSET
        else:
            unsubscribed = self.unsubscribed

        error_rate: float | None | Unset
        if isinstance(self.error_rate, Unset):
            error_rate = UNSET
        else:
            error_rate = self.error_rate

        sum_clicks: int | None | Unset
        if isinstance(self.sum_clicks, Unset):
            sum_clicks = UNSET
        else:
            sum_clicks = self.sum_clicks

        clickers: int | None | Unset
        if isinstance(self.clickers, Unset):
            clickers = UNSET
        else:
            clickers = self.clickers

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
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if errors is not UNSET:
            field_dict["errors"] = errors
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if error_rate is not UNSET:
            field_dict["error_rate"] = error_rate
        if sum_clicks is not UNSET:
            field_dict["sum_clicks"] = sum_clicks
        if clickers is not UNSET:
            field_dict["clickers"] = clickers
        if click_rate is not UNSET:
            field_dict["click_rate"] = click_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        sent: int | None | Unset = d.pop("sent", UNSET)

        delivered: int | None | Unset = d.pop("delivered", UNSET)

        errors: int | None | Unset = d.pop("errors", UNSET)

        unsubscribed: int | None | Unset = d.pop("unsubscribed", UNSET)

        error_rate: float | None | Unset = d.pop("error_rate", UNSET)

        sum_clicks: int | None | Unset = d.pop("sum_clicks", UNSET)

        clickers: int | None | Unset = d.pop("clickers", UNSET)

        click_rate: float | None | Unset = d.pop("click_rate", UNSET)

        sms_campaign_overview = cls(
            id=id,
            name=name,
            sent=sent,
            delivered=delivered,
            errors=errors,
            unsubscribed=unsubscribed,
            error_rate=error_rate,
            sum_clicks=sum_clicks,
            clickers=clickers,
            click_rate=click_rate,
        )

        sms_campaign_overview.additional_properties = d
        return sms_campaign_overview

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
