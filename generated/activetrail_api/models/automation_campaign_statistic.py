from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationCampaignStatistic")


@_attrs_define
class AutomationCampaignStatistic:
    """The statistics of one campaign (SMS, WhatsApp or push step) of an automation. **Inferred:** no source shows
    the body; the counters are named like the official SMS summary report's.

    """

    campaign_id: int | None | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    step_id: int | None | Unset = UNSET
    """ The automation step that sends the campaign. """
    total_sent: int | None | Unset = UNSET
    total_delivered: int | None | Unset = UNSET
    total_failed: int | None | Unset = UNSET
    total_clicks: int | None | Unset = UNSET
    total_unique_clicks: int | None | Unset = UNSET
    total_unsubscribe: int | None | Unset = UNSET
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

        step_id: int | None | Unset
        if isinstance(self.step_id, Unset):
            step_id = UNSET
        else:
            step_id = self.step_id

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

        total_unsubscribe: int | None | Unset
        if isinstance(self.total_unsubscribe, Unset):
            total_unsubscribe = UNSET
        else:
            total_unsubscribe = self.total_unsubscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if step_id is not UNSET:
            field_dict["step_id"] = step_id
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if total_delivered is not UNSET:
            field_dict["total_delivered"] = total_delivered
        if total_failed is not UNSET:
            field_dict["total_failed"] = total_failed
        if total_clicks is not UNSET:
            field_dict["total_clicks"] = total_clicks
        if total_unique_clicks is not UNSET:
            field_dict["total_unique_clicks"] = total_unique_clicks
        if total_unsubscribe is not UNSET:
            field_dict["total_unsubscribe"] = total_unsubscribe

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id: int | None | Unset = d.pop("campaign_id", UNSET)

        campaign_name: None | str | Unset = d.pop("campaign_name", UNSET)

        step_id: int | None | Unset = d.pop("step_id", UNSET)

        total_sent: int | None | Unset = d.pop("total_sent", UNSET)

        total_delivered: int | None | Unset = d.pop("total_delivered", UNSET)

        total_failed: int | None | Unset = d.pop("total_failed", UNSET)

        total_clicks: int | None | Unset = d.pop("total_clicks", UNSET)

        total_unique_clicks: int | None | Unset = d.pop("total_unique_clicks", UNSET)

        total_unsubscribe: int | None | Unset = d.pop("total_unsubscribe", UNSET)

        automation_campaign_statistic = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            step_id=step_id,
            total_sent=total_sent,
            total_delivered=total_delivered,
            total_failed=total_failed,
            total_clicks=total_clicks,
            total_unique_clicks=total_unique_clicks,
            total_unsubscribe=total_unsubscribe,
        )

        automation_campaign_statistic.additional_properties = d
        return automation_campaign_statistic

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
