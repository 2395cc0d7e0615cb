from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_report_click import SmsReportClick


T = TypeVar("T", bound="SmsCampaignClickersReport")


@_attrs_define
class SmsCampaignClickersReport:
    """The clickers of an SMS campaign's links. Inferred shape: the official clickdetails report's (the Clickers
    page is cut at its type name); fields optional.

    """

    urls_clicked: list[SmsReportClick] | None | Unset = UNSET
    """ The clicks on this page. """
    total_items: int | None | Unset = UNSET
    """ The number of items in the report (inferred name). """
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

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls_clicked is not UNSET:
            field_dict["urls_clicked"] = urls_clicked
        if total_items is not UNSET:
            field_dict["total_items"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_report_click import SmsReportClick

        d = dict(src_dict)

        def _parse_urls_clicked(data: object) -> list[SmsReportClick] | None | Unset:
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
                    urls_clicked_type_0_item = SmsReportClick.from_dict(
                        urls_clicked_type_0_item_data
                    )

                    urls_clicked_type_0.append(urls_clicked_type_0_item)

                return urls_clicked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SmsReportClick] | None | Unset, data)

        urls_clicked = _parse_urls_clicked(d.pop("urls_clicked", UNSET))

        total_items: int | None | Unset = d.pop("total_items", UNSET)

        sms_campaign_clickers_report = cls(
            urls_clicked=urls_clicked,
            total_items=total_items,
        )

        sms_campaign_clickers_report.additional_properties = d
        return sms_campaign_clickers_report

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
