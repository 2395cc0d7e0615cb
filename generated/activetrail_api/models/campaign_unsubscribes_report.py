from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_unsubscribe import CampaignUnsubscribe


T = TypeVar("T", bound="CampaignUnsubscribesReport")


@_attrs_define
class CampaignUnsubscribesReport:
    """The unsubscribes of a campaign (ApiUnsubscribeReportList). `campaign_id` and the `unsubscribes` list are
    required: both versions of the official sample carry them
    (GET-api-campaignreports-id-unsubscribed_FromDate_ToDate_Page_Limit).

    """

    campaign_id: int
    """ The campaign's id. """
    unsubscribes: list[CampaignUnsubscribe] | None
    total_items: int | None | Unset = UNSET
    """ The total number of contacts who unsubscribed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        unsubscribes: list[dict[str, Any]] | None
        if isinstance(self.unsubscribes, list):
            unsubscribes = []
            for unsubscribes_type_0_item_data in self.unsubscribes:
                unsubscribes_type_0_item = unsubscribes_type_0_item_data.to_dict()
                unsubscribes.append(unsubscribes_type_0_item)

        else:
            unsubscribes = self.unsubscribes

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "unsubscribes": unsubscribes,
            }
        )
        if total_items is not UNSET:
            field_dict["total_items"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_unsubscribe import CampaignUnsubscribe

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        def _parse_unsubscribes(data: object) -> list[CampaignUnsubscribe] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                unsubscribes_type_0 = []
                _unsubscribes_type_0 = data
                for unsubscribes_type_0_item_data in _unsubscribes_type_0:
                    unsubscribes_type_0_item = CampaignUnsubscribe.from_dict(
                        unsubscribes_type_0_item_data
                    )

                    unsubscribes_type_0.append(unsubscribes_type_0_item)

                return unsubscribes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignUnsubscribe] | None, data)

        unsubscribes = _parse_unsubscribes(d.pop("unsubscribes"))

        total_items: int | None | Unset = d.pop("total_items", UNSET)

        campaign_unsubscribes_report = cls(
            campaign_id=campaign_id,
            unsubscribes=unsubscribes,
            total_items=total_items,
        )

        campaign_unsubscribes_report.additional_properties = d
        return campaign_unsubscribes_report

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
