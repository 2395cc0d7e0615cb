from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_report_contact import CampaignReportContact


T = TypeVar("T", bound="CampaignSentReport")


@_attrs_define
class CampaignSentReport:
    """The recipients of a campaign (KP reads `campaign_sent`)."""

    campaign_sent: list[CampaignReportContact] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_sent: list[dict[str, Any]] | None | Unset
        if isinstance(self.campaign_sent, Unset):
            campaign_sent = UNSET
        elif isinstance(self.campaign_sent, list):
            campaign_sent = []
            for campaign_sent_type_0_item_data in self.campaign_sent:
                campaign_sent_type_0_item = campaign_sent_type_0_item_data.to_dict()
                campaign_sent.append(campaign_sent_type_0_item)

        else:
            campaign_sent = self.campaign_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_sent is not UNSET:
            field_dict["campaign_sent"] = campaign_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_report_contact import CampaignReportContact

        d = dict(src_dict)

        def _parse_campaign_sent(
            data: object,
        ) -> list[CampaignReportContact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                campaign_sent_type_0 = []
                _campaign_sent_type_0 = data
                for campaign_sent_type_0_item_data in _campaign_sent_type_0:
                    campaign_sent_type_0_item = CampaignReportContact.from_dict(
                        campaign_sent_type_0_item_data
                    )

                    campaign_sent_type_0.append(campaign_sent_type_0_item)

                return campaign_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignReportContact] | None | Unset, data)

        campaign_sent = _parse_campaign_sent(d.pop("campaign_sent", UNSET))

        campaign_sent_report = cls(
            campaign_sent=campaign_sent,
        )

        campaign_sent_report.additional_properties = d
        return campaign_sent_report

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
