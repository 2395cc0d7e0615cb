from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignReportSummary")


@_attrs_define
class CampaignReportSummary:
    """One campaign's report summary. Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP);
    the counters (opens, clicks, CTO, bounces, unsubscribes, complaints, unopened, sent) are not documented by
    name and are kept as additional properties.

    """

    campaign_id: int | None | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    last_sent_date: None | str | Unset = UNSET
    """ When the campaign was last sent. """
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

        last_sent_date: None | str | Unset
        if isinstance(self.last_sent_date, Unset):
            last_sent_date = UNSET
        else:
            last_sent_date = self.last_sent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if last_sent_date is not UNSET:
            field_dict["last_sent_date"] = last_sent_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_campaign_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_name = _parse_campaign_name(d.pop("campaign_name", UNSET))

        def _parse_last_sent_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sent_date = _parse_last_sent_date(d.pop("last_sent_date", UNSET))

        campaign_report_summary = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            last_sent_date=last_sent_date,
        )

        campaign_report_summary.additional_properties = d
        return campaign_report_summary

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
