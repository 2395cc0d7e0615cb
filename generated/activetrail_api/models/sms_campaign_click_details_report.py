from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_report_click import SmsReportClick


T = TypeVar("T", bound="SmsCampaignClickDetailsReport")


@_attrs_define
class SmsCampaignClickDetailsReport:
    """The clickers of one link (official ApiReportSmsCampaignClickDetailsList, page
    GET-api-smscampaignreport-id-clickdetails-linkId_...). `urls_clicked` is in the official sample.

    """

    urls_clicked: list[SmsReportClick] | None
    """ The clicks on this page. """
    total_items: int | None | Unset = UNSET
    """ "Number of items" on the official page, whose field name the stored copy lost; `total_items` (the name
    ActiveTrail uses elsewhere) is inferred.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls_clicked: list[dict[str, Any]] | None
        if isinstance(self.urls_clicked, list):
            urls_clicked = []
            for urls_clicked_type_0_item_data in self.urls_clicked:
                urls_clicked_type_0_item = urls_clicked_type_0_item_data.to_dict()
                urls_clicked.append(urls_clicked_type_0_item)

        else:
            urls_clicked = self.urls_clicked

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls_clicked": urls_clicked,
            }
        )
        if total_items is not UNSET:
            field_dict["total_items"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_report_click import SmsReportClick

        d = dict(src_dict)

        def _parse_urls_clicked(data: object) -> list[SmsReportClick] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                urls_clicked_type_0 = []
                _urls_clicked_type_0 = data
                for urls_clicked_type_0_item_data in _urls_clicked_type_0:
                    urls_clicked_type_0_item = SmsReportClick.from_dict(
                        urls_clicked_type_0_item_data
                    )

                    urls_clicked_type_0.append(urls_clicked_type_0_item)

                return urls_clicked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SmsReportClick] | None, data)

        urls_clicked = _parse_urls_clicked(d.pop("urls_clicked"))

        total_items: int | None | Unset = d.pop("total_items", UNSET)

        sms_campaign_click_details_report = cls(
            urls_clicked=urls_clicked,
            total_items=total_items,
        )

        sms_campaign_click_details_report.additional_properties = d
        return sms_campaign_click_details_report

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
