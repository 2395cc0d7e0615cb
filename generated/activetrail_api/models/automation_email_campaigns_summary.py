from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationEmailCampaignsSummary")


@_attrs_define
class AutomationEmailCampaignsSummary:
    """The summary of an automation's email campaigns. **Inferred:** no source shows the body; the metrics come
    from a public client's description and are named like the official SMS summary's fields.

    """

    total_sent: int | None | Unset = UNSET
    total_opens: int | None | Unset = UNSET
    total_unique_opens: int | None | Unset = UNSET
    total_clicks: int | None | Unset = UNSET
    total_unique_clicks: int | None | Unset = UNSET
    total_bounces: int | None | Unset = UNSET
    total_unsubscribe: int | None | Unset = UNSET
    total_complaints: int | None | Unset = UNSET
    """ Spam complaints. """
    total_revenue: float | None | Unset = UNSET
    """ Revenue attributed to the campaigns (conversions). """
    purchases: int | None | Unset = UNSET
    open_rate: float | None | Unset = UNSET
    clicked_rate: float | None | Unset = UNSET
    click_to_open_rate: float | None | Unset = UNSET
    bounce_rate: float | None | Unset = UNSET
    unsub_rate: float | None | Unset = UNSET
    complaint_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sent: int | None | Unset
        if isinstance(self.total_sent, Unset):
            total_sent = UNSET
        else:
            total_sent = self.total_sent

        total_opens: int | None | Unset
        if isinstance(self.total_opens, Unset):
            total_opens = UNSET
        else:
            total_opens = self.total_opens

        total_unique_opens: int | None | Unset
        if isinstance(self.total_unique_opens, Unset):
            total_unique_opens = UNSET
        else:
            total_unique_opens = self.total_unique_opens

        total_clicks: int | None | Unset
        if isinstance(self.total_clicks, Unset):
            total_clicks = UNSET
        else:
            total_clicks = self.total_clicks

        total_unique_clicks: int | None | Unset
        if isinstance(self.total_unique_clicks, Unset):
            total_unique_clicks = UNSET
        else:
            total_unique_clicks = self.total_unique_clicks

        total_bounces: int | None | Unset
        if isinstance(self.total_bounces, Unset):
            total_bounces = UNSET
        else:
            total_bounces = self.total_bounces

        total_unsubscribe: int | None | Unset
        if isinstance(self.total_unsubscribe, Unset):
            total_unsubscribe = UNSET
        else:
            total_unsubscribe = self.total_unsubscribe

        total_complaints: int | None | Unset
        if isinstance(self.total_complaints, Unset):
            total_complaints = UNSET
        else:
            total_complaints = self.total_complaints

        total_revenue: float | None | Unset
        if isinstance(self.total_revenue, Unset):
            total_revenue = UNSET
        else:
            total_revenue = self.total_revenue

        purchases: int | None | Unset
        if isinstance(self.purchases, Unset):
            purchases = UNSET
        else:
            purchases = self.purchases

        open_rate: float | None | Unset
        if isinstance(self.open_rate, Unset):
            open_rate = UNSET
        else:
            open_rate = self.open_rate

        clicked_rate: float | None | Unset
        if isinstance(self.clicked_rate, Unset):
            clicked_rate = UNSET
        else:
            clicked_rate = self.clicked_rate

        click_to_open_rate: float | None | Unset
        if isinstance(self.click_to_open_rate, Unset):
            click_to_open_rate = UNSET
        else:
            click_to_open_rate = self.click_to_open_rate

        bounce_rate: float | None | Unset
        if isinstance(self.bounce_rate, Unset):
            bounce_rate = UNSET
        else:
            bounce_rate = self.bounce_rate

        unsub_rate: float | None | Unset
        if isinstance(self.unsub_rate, Unset):
            unsub_rate = UNSET
        else:
            unsub_rate = self.unsub_rate

        complaint_rate: float | None | Unset
        if isinstance(self.complaint_rate, Unset):
            complaint_rate = UNSET
        else:
            complaint_rate = self.complaint_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if total_opens is not UNSET:
            field_dict["total_opens"] = total_opens
        if total_unique_opens is not UNSET:
            field_dict["total_unique_opens"] = total_unique_opens
        if total_clicks is not UNSET:
            field_dict["total_clicks"] = total_clicks
        if total_unique_clicks is not UNSET:
            field_dict["total_unique_clicks"] = total_unique_clicks
        if total_bounces is not UNSET:
            field_dict["total_bounces"] = total_bounces
        if total_unsubscribe is not UNSET:
            field_dict["total_unsubscribe"] = total_unsubscribe
        if total_complaints is not UNSET:
            field_dict["total_complaints"] = total_complaints
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if purchases is not UNSET:
            field_dict["purchases"] = purchases
        if open_rate is not UNSET:
            field_dict["open_rate"] = open_rate
        if clicked_rate is not UNSET:
            field_dict["clicked_rate"] = clicked_rate
        if click_to_open_rate is not UNSET:
            field_dict["click_to_open_rate"] = click_to_open_rate
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        if unsub_rate is not UNSET:
            field_dict["unsub_rate"] = unsub_rate
        if complaint_rate is not UNSET:
            field_dict["complaint_rate"] = complaint_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_sent: int | None | Unset = d.pop("total_sent", UNSET)

        total_opens: int | None | Unset = d.pop("total_opens", UNSET)

        total_unique_opens: int | None | Unset = d.pop("total_unique_opens", UNSET)

        total_clicks: int | None | Unset = d.pop("total_clicks", UNSET)

        total_unique_clicks: int | None | Unset = d.pop("total_unique_clicks", UNSET)

        total_bounces: int | None | Unset = d.pop("total_bounces", UNSET)

        total_unsubscribe: int | None | Unset = d.pop("total_unsubscribe", UNSET)

        total_complaints: int | None | Unset = d.pop("total_complaints", UNSET)

        total_revenue: float | None | Unset = d.pop("total_revenue", UNSET)

        purchases: int | None | Unset = d.pop("purchases", UNSET)

        open_rate: float | None | Unset = d.pop("open_rate", UNSET)

        clicked_rate: float | None | Unset = d.pop("clicked_rate", UNSET)

        click_to_open_rate: float | None | Unset = d.pop("click_to_open_rate", UNSET)

        bounce_rate: float | None | Unset = d.pop("bounce_rate", UNSET)

        unsub_rate: float | None | Unset = d.pop("unsub_rate", UNSET)

        complaint_rate: float | None | Unset = d.pop("complaint_rate", UNSET)

        automation_email_campaigns_summary = cls(
            total_sent=total_sent,
            total_opens=total_opens,
            total_unique_opens=total_unique_opens,
            total_clicks=total_clicks,
            total_unique_clicks=total_unique_clicks,
            total_bounces=total_bounces,
            total_unsubscribe=total_unsubscribe,
            total_complaints=total_complaints,
            total_revenue=total_revenue,
            purchases=purchases,
            open_rate=open_rate,
            clicked_rate=clicked_rate,
            click_to_open_rate=click_to_open_rate,
            bounce_rate=bounce_rate,
            unsub_rate=unsub_rate,
            complaint_rate=complaint_rate,
        )

        automation_email_campaigns_summary.additional_properties = d
        return automation_email_campaigns_summary

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
