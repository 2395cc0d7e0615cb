from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignReportsSummary")


@_attrs_define
class SmsCampaignReportsSummary:
    """Totals over the SMS campaigns in a date window. Inferred shape: the official sibling
    ApiAutomationSMSCampaignsSummary (page GET-api-automationreports-id-SMSCampaignSummaryReport). All fields
    optional.

    """

    total_sent: int | None | Unset = UNSET
    """ Messages sent. """
    total_sent_calc: int | None | Unset = UNSET
    """ Messages sent as counted for billing (long SMS count as several). """
    total_succeeded: int | None | Unset = UNSET
    """ Messages delivered. """
    total_failed: int | None | Unset = UNSET
    """ Messages that failed. """
    total_credits: int | None | Unset = UNSET
    """ SMS credits used. """
    total_unsubscribe: int | None | Unset = UNSET
    """ Recipients who unsubscribed. """
    total_clicks: int | None | Unset = UNSET
    """ Link clicks. """
    total_unique_clicks: int | None | Unset = UNSET
    """ Unique link clicks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sent: int | None | Unset
        if isinstance(self.total_sent, Unset):
            total_sent = UNSET
        else:
            total_sent = self.total_sent

        total_sent_calc: int | None | Unset
        if isinstance(self.total_sent_calc, Unset):
            total_sent_calc = UNSET
        else:
            total_sent_calc = self.total_sent_calc

        total_succeeded: int | None | Unset
        if isinstance(self.total_succeeded, Unset):
            total_succeeded = UNSET
        else:
            total_succeeded = self.total_succeeded

        total_failed: int | None | Unset
        if isinstance(self.total_failed, Unset):
            total_failed = UNSET
        else:
            total_failed = self.total_failed

        total_credits: int | None | Unset
        if isinstance(self.total_credits, Unset):
            total_credits = UNSET
        else:
            total_credits = self.total_credits

        total_unsubscribe: int | None | Unset
        if isinstance(self.total_unsubscribe, Unset):
            total_unsubscribe = UNSET
        else:
            total_unsubscribe = self.total_unsubscribe

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if total_sent_calc is not UNSET:
            field_dict["total_sent_calc"] = total_sent_calc
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_sent: int | None | Unset = d.pop("total_sent", UNSET)

        total_sent_calc: int | None | Unset = d.pop("total_sent_calc", UNSET)

        total_succeeded: int | None | Unset = d.pop("total_succeeded", UNSET)

        total_failed: int | None | Unset = d.pop("total_failed", UNSET)

        total_credits: int | None | Unset = d.pop("total_credits", UNSET)

        total_unsubscribe: int | None | Unset = d.pop("total_unsubscribe", UNSET)

        total_clicks: int | None | Unset = d.pop("total_clicks", UNSET)

        total_unique_clicks: int | None | Unset = d.pop("total_unique_clicks", UNSET)

        sms_campaign_reports_summary = cls(
            total_sent=total_sent,
            total_sent_calc=total_sent_calc,
            total_succeeded=total_succeeded,
            total_failed=total_failed,
            total_credits=total_credits,
            total_unsubscribe=total_unsubscribe,
            total_clicks=total_clicks,
            total_unique_clicks=total_unique_clicks,
        )

        sms_campaign_reports_summary.additional_properties = d
        return sms_campaign_reports_summary

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
