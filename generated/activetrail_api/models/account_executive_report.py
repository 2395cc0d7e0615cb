from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_executive_report_month import AccountExecutiveReportMonth


T = TypeVar("T", bound="AccountExecutiveReport")


@_attrs_define
class AccountExecutiveReport:
    """The executive report. **Inferred:** a public client describes monthly email statistics for marketing
    campaigns and operational email; the field names here are our guess.

    """

    months: list[AccountExecutiveReportMonth] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        months: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.months, Unset):
            months = []
            for months_item_data in self.months:
                months_item = months_item_data.to_dict()
                months.append(months_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if months is not UNSET:
            field_dict["months"] = months

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_executive_report_month import AccountExecutiveReportMonth

        d = dict(src_dict)
        _months = d.pop("months", UNSET)
        months: list[AccountExecutiveReportMonth] | Unset = UNSET
        if _months is not UNSET:
            months = []
            for months_item_data in _months:
                months_item = AccountExecutiveReportMonth.from_dict(months_item_data)

                months.append(months_item)

        account_executive_report = cls(
            months=months,
        )

        account_executive_report.additional_properties = d
        return account_executive_report

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
