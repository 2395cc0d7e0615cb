from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_report_contact import CampaignReportContact


T = TypeVar("T", bound="CampaignComplaintsReport")


@_attrs_define
class CampaignComplaintsReport:
    """The spam complaints of a campaign (ApiCampaignComplaintsList, current version). The older version of the
    reference page named the fields `complaints`, `complaints_rate` and `campaign_complaints`.

    """

    total_complaints: int | None | Unset = UNSET
    """ The number of contacts who reported the email as spam, for the whole campaign. """
    total_complaint_rate: float | None | Unset = UNSET
    """ Total complaints / total delivered, for the whole campaign. """
    selected_complaints: list[CampaignReportContact] | None | Unset = UNSET
    """ The complaining contacts that match the search (group, dates, page). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_complaints: int | None | Unset
        if isinstance(self.total_complaints, Unset):
            total_complaints = UNSET
        else:
            total_complaints = self.total_complaints

        total_complaint_rate: float | None | Unset
        if isinstance(self.total_complaint_rate, Unset):
            total_complaint_rate = UNSET
        else:
            total_complaint_rate = self.total_complaint_rate

        selected_complaints: list[dict[str, Any]] | None | Unset
        if isinstance(self.selected_complaints, Unset):
            selected_complaints = UNSET
        elif isinstance(self.selected_complaints, list):
            selected_complaints = []
            for selected_complaints_type_0_item_data in self.selected_complaints:
                selected_complaints_type_0_item = (
                    selected_complaints_type_0_item_data.to_dict()
                )
                selected_complaints.append(selected_complaints_type_0_item)

        else:
            selected_complaints = self.selected_complaints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_complaints is not UNSET:
            field_dict["total_complaints"] = total_complaints
        if total_complaint_rate is not UNSET:
            field_dict["total_complaint_rate"] = total_complaint_rate
        if selected_complaints is not UNSET:
            field_dict["selected_complaints"] = selected_complaints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_report_contact import CampaignReportContact

        d = dict(src_dict)
        total_complaints: int | None | Unset = d.pop("total_complaints", UNSET)

        total_complaint_rate: float | None | Unset = d.pop(
            "total_complaint_rate", UNSET
        )

        def _parse_selected_complaints(
            data: object,
        ) -> list[CampaignReportContact] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_complaints_type_0 = []
                _selected_complaints_type_0 = data
                for selected_complaints_type_0_item_data in _selected_complaints_type_0:
                    selected_complaints_type_0_item = CampaignReportContact.from_dict(
                        selected_complaints_type_0_item_data
                    )

                    selected_complaints_type_0.append(selected_complaints_type_0_item)

                return selected_complaints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignReportContact] | None | Unset, data)

        selected_complaints = _parse_selected_complaints(
            d.pop("selected_complaints", UNSET)
        )

        campaign_complaints_report = cls(
            total_complaints=total_complaints,
            total_complaint_rate=total_complaint_rate,
            selected_complaints=selected_complaints,
        )

        campaign_complaints_report.additional_properties = d
        return campaign_complaints_report

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
