from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_click_detail import CampaignClickDetail


T = TypeVar("T", bound="CampaignClickDetailsReport")


@_attrs_define
class CampaignClickDetailsReport:
    """The clicks of a campaign (KP reads `urls_clicked`)."""

    urls_clicked: list[CampaignClickDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls_clicked: list[dict[str, Any]] | None | Unset
        if isinstance(self.urls_clicked, Unset):
            urls_clicked = UNSET
        elif isinstance(self.urls_clicked, list):
            urls_clicked = []
            for urls_clicked_type_0_item_data in self.urls_clicked:
                urls_clicked_type_0_item = urls_clicked_type_0_item_data.to_dict()
                urls_clicked.append(urls_clicked_type_0_item)

        else:
            urls_clicked = self.urls_clicked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls_clicked is not UNSET:
            field_dict["urls_clicked"] = urls_clicked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_click_detail import CampaignClickDetail

        d = dict(src_dict)

        def _parse_urls_clicked(
            data: object,
        ) -> list[CampaignClickDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                urls_clicked_type_0 = []
                _urls_clicked_type_0 = data
                for urls_clicked_type_0_item_data in _urls_clicked_type_0:
                    urls_clicked_type_0_item = CampaignClickDetail.from_dict(
                        urls_clicked_type_0_item_data
                    )

                    urls_clicked_type_0.append(urls_clicked_type_0_item)

                return urls_clicked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignClickDetail] | None | Unset, data)

        urls_clicked = _parse_urls_clicked(d.pop("urls_clicked", UNSET))

        campaign_click_details_report = cls(
            urls_clicked=urls_clicked,
        )

        campaign_click_details_report.additional_properties = d
        return campaign_click_details_report

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
