from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_report_contact import CampaignReportContact


T = TypeVar("T", bound="CampaignOpensReport")


@_attrs_define
class CampaignOpensReport:
    """The opens of a campaign (ApiCampaignOpensList). The `campaign_opens` list is required: both versions of
    the official sample carry it (GET-api-campaignreports-id-opens_Groupid_FromDate_ToDate_Page_Limit).

    """

    campaign_opens: list[CampaignReportContact] | None
    """ The contacts who opened. """
    opens: int | None | Unset = UNSET
    """ The number of contacts who opened the email. """
    total_open: int | None | Unset = UNSET
    """ The number of opens (a contact who opened three times counts three). """
    open_rate: float | None | Unset = UNSET
    """ Opens / delivered, where delivered = sent - bounces. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_opens: list[dict[str, Any]] | None
        if isinstance(self.campaign_opens, list):
            campaign_opens = []
            for campaign_opens_type_0_item_data in self.campaign_opens:
                campaign_opens_type_0_item = campaign_opens_type_0_item_data.to_dict()
                campaign_opens.append(campaign_opens_type_0_item)

        else:
            campaign_opens = self.campaign_opens

        opens: int | None | Unset
        if isinstance(self.opens, Unset):
            opens = UNSET
        else:
            opens = self.opens

        total_open: int | None | Unset
        if isinstance(self.total_open, Unset):
            total_open = UNSET
        else:
            total_open = self.total_open

        open_rate: float | None | Unset
        if isinstance(self.open_rate, Unset):
            open_rate = UNSET
        else:
            open_rate = self.open_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_opens": campaign_opens,
            }
        )
        if opens is not UNSET:
            field_dict["opens"] = opens
        if total_open is not UNSET:
            field_dict["total_open"] = total_open
        if open_rate is not UNSET:
            field_dict["open_rate"] = open_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_report_contact import CampaignReportContact

        d = dict(src_dict)

        def _parse_campaign_opens(data: object) -> list[CampaignReportContact] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                campaign_opens_type_0 = []
                _campaign_opens_type_0 = data
                for campaign_opens_type_0_item_data in _campaign_opens_type_0:
                    campaign_opens_type_0_item = CampaignReportContact.from_dict(
                        campaign_opens_type_0_item_data
                    )

                    campaign_opens_type_0.append(campaign_opens_type_0_item)

                return campaign_opens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignReportContact] | None, data)

        campaign_opens = _parse_campaign_opens(d.pop("campaign_opens"))

        opens: int | None | Unset = d.pop("opens", UNSET)

        total_open: int | None | Unset = d.pop("total_open", UNSET)

        open_rate: float | None | Unset = d.pop("open_rate", UNSET)

        campaign_opens_report = cls(
            campaign_opens=campaign_opens,
            opens=opens,
            total_open=total_open,
            open_rate=open_rate,
        )

        campaign_opens_report.additional_properties = d
        return campaign_opens_report

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
