from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationSmsCampaignsSummary")


@_attrs_define
class AutomationSmsCampaignsSummary:
    """The summary of an automation's SMS campaigns (`ApiAutomationSMSCampaignsSummary` in the official docs)."""

    total_sent: int | Unset = UNSET
    total_sent_unique: int | Unset = UNSET
    """ Messages sent, counting each contact once. """
    total_sent_calc: int | Unset = UNSET
    """ Messages sent, counting each message part (long SMS count several times). """
    total_delivered: int | Unset = UNSET
    total_delivered_unique: int | Unset = UNSET
    total_succeeded: int | Unset = UNSET
    total_failed: int | Unset = UNSET
    total_credits: int | Unset = UNSET
    """ Credits used. """
    total_unsubscribe: int | Unset = UNSET
    total_clicks: int | Unset = UNSET
    total_unique_clicks: int | Unset = UNSET
    total_revenue: float | Unset = UNSET
    purchases: int | Unset = UNSET
    credits_: int | Unset = UNSET
    failed_rate: float | Unset = UNSET
    """ Percentage of failed messages. """
    unsub_rate: float | Unset = UNSET
    """ Percentage of unsubscribes. """
    clicked_rate: float | Unset = UNSET
    """ Percentage of recipients who clicked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sent = self.total_sent

        total_sent_unique = self.total_sent_unique

        total_sent_calc = self.total_sent_calc

        total_delivered = self.total_delivered

        total_delivered_unique = self.total_delivered_unique

        total_succeeded = self.total_succeeded

        total_failed = self.total_failed

        total_credits = self.total_credits

        total_unsubscribe = self.total_unsubscribe

        total_clicks = self.total_clicks

        total_unique_clicks = self.total_unique_clicks

        total_revenue = self.total_revenue

        purchases = self.purchases

        credits_ = self.credits_

        failed_rate = self.failed_rate

        unsub_rate = self.unsub_rate

        clicked_rate = self.clicked_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if total_sent_unique is not UNSET:
            field_dict["total_sent_unique"] = total_sent_unique
        if total_sent_calc is not UNSET:
            field_dict["total_sent_calc"] = total_sent_calc
        if total_delivered is not UNSET:
            field_dict["total_delivered"] = total_delivered
        if total_delivered_unique is not UNSET:
            field_dict["total_delivered_unique"] = total_delivered_unique
        if total_succeeded is not UNSET:
            field_dict["total_succeeded"] = total_succeeded
        if total_failed is not UNSET:
            field_dict["total_failed"] = total_failed
        if total_credits is not UNSET:
            field_dict["total_credits"] = total_credits
        if total_unsubscribe is not UNSET:
            field_dict["total_unsubscribe"] = total_unsubscribe
        if total_clicks is not UNSET:
            field_dict["total_clicks"] = total_clicks
        if total_unique_clicks is not UNSET:
            field_dict["total_unique_clicks"] = total_unique_clicks
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if purchases is not UNSET:
            field_dict["purchases"] = purchases
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if failed_rate is not UNSET:
            field_dict["failed_rate"] = failed_rate
        if unsub_rate is not UNSET:
            field_dict["unsub_rate"] = unsub_rate
        if clicked_rate is not UNSET:
            field_dict["clicked_rate"] = clicked_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_sent = d.pop("total_sent", UNSET)

        total_sent_unique = d.pop("total_sent_unique", UNSET)

        total_sent_calc = d.pop("total_sent_calc", UNSET)

        total_delivered = d.pop("total_delivered", UNSET)

        total_delivered_unique = d.pop("total_delivered_unique", UNSET)

        total_succeeded = d.pop("total_succeeded", UNSET)

        total_failed = d.pop("total_failed", UNSET)

        total_credits = d.pop("total_credits", UNSET)

        total_unsubscribe = d.pop("total_unsubscribe", UNSET)

        total_clicks = d.pop("total_clicks", UNSET)

        total_unique_clicks = d.pop("total_unique_clicks", UNSET)

        total_revenue = d.pop("total_revenue", UNSET)

        purchases = d.pop("purchases", UNSET)

        credits_ = d.pop("credits", UNSET)

        failed_rate = d.pop("failed_rate", UNSET)

        unsub_rate = d.pop("unsub_rate", UNSET)

        clicked_rate = d.pop("clicked_rate", UNSET)

        automation_sms_campaigns_summary = cls(
            total_sent=total_sent,
            total_sent_unique=total_sent_unique,
            total_sent_calc=total_sent_calc,
            total_delivered=total_delivered,
            total_delivered_unique=total_delivered_unique,
            total_succeeded=total_succeeded,
            total_failed=total_failed,
            total_credits=total_credits,
            total_unsubscribe=total_unsubscribe,
            total_clicks=total_clicks,
            total_unique_clicks=total_unique_clicks,
            total_revenue=total_revenue,
            purchases=purchases,
            credits_=credits_,
            failed_rate=failed_rate,
            unsub_rate=unsub_rate,
            clicked_rate=clicked_rate,
        )

        automation_sms_campaigns_summary.additional_properties = d
        return automation_sms_campaigns_summary

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
