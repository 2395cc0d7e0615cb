from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_campaign import SmsCampaign


T = TypeVar("T", bound="SmsCampaignList")


@_attrs_define
class SmsCampaignList:
    """A page of SMS campaigns. Inferred shape: an unidentified public client's `ApiSmsCampaignInfoCampaignList`
    (unverified); fields optional.

    """

    sms_campaign: list[SmsCampaign] | None | Unset = UNSET
    """ The campaigns on this page. """
    total_items: int | None | Unset = UNSET
    """ The number of campaigns matching the filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_campaign: list[dict[str, Any]] | None | Unset
        if isinstance(self.sms_campaign, Unset):
            sms_campaign = UNSET
        elif isinstance(self.sms_campaign, list):
            sms_campaign = []
            for sms_campaign_type_0_item_data in self.sms_campaign:
                sms_campaign_type_0_item = sms_campaign_type_0_item_data.to_dict()
                sms_campaign.append(sms_campaign_type_0_item)

        else:
            sms_campaign = self.sms_campaign

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms_campaign is not UNSET:
            field_dict["sms_campaign"] = sms_campaign
        if total_items is not UNSET:
            field_dict["total_items"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_campaign import SmsCampaign

        d = dict(src_dict)

        def _parse_sms_campaign(data: object) -> list[SmsCampaign] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sms_campaign_type_0 = []
                _sms_campaign_type_0 = data
                for sms_campaign_type_0_item_data in _sms_campaign_type_0:
                    sms_campaign_type_0_item = SmsCampaign.from_dict(
                        sms_campaign_type_0_item_data
                    )

                    sms_campaign_type_0.append(sms_campaign_type_0_item)

                return sms_campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SmsCampaign] | None | Unset, data)

        sms_campaign = _parse_sms_campaign(d.pop("sms_campaign", UNSET))

        total_items: int | None | Unset = d.pop("total_items", UNSET)

        sms_campaign_list = cls(
            sms_campaign=sms_campaign,
            total_items=total_items,
        )

        sms_campaign_list.additional_properties = d
        return sms_campaign_list

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
