from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_campaign import PushCampaign


T = TypeVar("T", bound="PushCampaignList")


@_attrs_define
class PushCampaignList:
    """A page of push campaigns. **Inferred shape:** no source shows the body; it mirrors the SMS campaign list
    (`SmsCampaignList`: the campaigns and `total_items`). Every field is optional.

    """

    total_items: int | None | Unset = UNSET
    """ The number of campaigns matching the filters (inferred). """
    push_campaign: list[PushCampaign] | None | Unset = UNSET
    """ The campaigns on this page (inferred name, after the SMS list's `sms_campaign`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        push_campaign: list[dict[str, Any]] | None | Unset
        if isinstance(self.push_campaign, Unset):
            push_campaign = UNSET
        elif isinstance(self.push_campaign, list):
            push_campaign = []
            for push_campaign_type_0_item_data in self.push_campaign:
                push_campaign_type_0_item = push_campaign_type_0_item_data.to_dict()
                push_campaign.append(push_campaign_type_0_item)

        else:
            push_campaign = self.push_campaign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if push_campaign is not UNSET:
            field_dict["push_campaign"] = push_campaign

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.push_campaign import PushCampaign

        d = dict(src_dict)
        total_items: int | None | Unset = d.pop("total_items", UNSET)

        def _parse_push_campaign(data: object) -> list[PushCampaign] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                push_campaign_type_0 = []
                _push_campaign_type_0 = data
                for push_campaign_type_0_item_data in _push_campaign_type_0:
                    push_campaign_type_0_item = PushCampaign.from_dict(
                        push_campaign_type_0_item_data
                    )

                    push_campaign_type_0.append(push_campaign_type_0_item)

                return push_campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PushCampaign] | None | Unset, data)

        push_campaign = _parse_push_campaign(d.pop("push_campaign", UNSET))

        push_campaign_list = cls(
            total_items=total_items,
            push_campaign=push_campaign,
        )

        push_campaign_list.additional_properties = d
        return push_campaign_list

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
