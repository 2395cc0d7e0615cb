from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountExecutiveReportMonth")


@_attrs_define
class AccountExecutiveReportMonth:
    """One month of the executive report (inferred field names)."""

    month: None | str | Unset = UNSET
    """ The month (its first day). """
    is_operational: bool | None | Unset = UNSET
    """ True for operational (transactional) email, false for marketing campaigns. """
    sent: int | None | Unset = UNSET
    bounce_rate: float | None | Unset = UNSET
    open_rate: float | None | Unset = UNSET
    click_rate: float | None | Unset = UNSET
    click_to_open_rate: float | None | Unset = UNSET
    complaint_rate: float | None | Unset = UNSET
    unsubscribe_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        is_operational: bool | None | Unset
        if isinstance(self.is_operational, Unset):
            is_operational = UNSET
        else:
            is_operational = self.is_operational

        sent: int | None | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        bounce_rate: float | None | Unset
        if isinstance(self.bounce_rate, Unset):
            bounce_rate = UNSET
        else:
            bounce_rate = self.bounce_rate

        open_rate: float | None | Unset
        if isinstance(self.open_rate, Unset):
            open_rate = UNSET
        else:
            open_rate = self.open_rate

        click_rate: float | None | Unset
        if isinstance(self.click_rate, Unset):
            click_rate = UNSET
        else:
            click_rate = self.click_rate

        click_to_open_rate: float | None | Unset
        if isinstance(self.click_to_open_rate, Unset):
            click_to_open_rate = UNSET
        else:
            click_to_open_rate = self.click_to_open_rate

        complaint_rate: float | None | Unset
        if isinstance(self.complaint_rate, Unset):
            complaint_rate = UNSET
        else:
            complaint_rate = self.complaint_rate

        unsubscribe_rate: float | None | Unset
        if isinstance(self.unsubscribe_rate, Unset):
            unsubscribe_rate = UNSET
        else:
            unsubscribe_rate = self.unsubscribe_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if is_operational is not UNSET:
            field_dict["is_operational"] = is_operational
        if sent is not UNSET:
            field_dict["sent"] = sent
        if bounce_rate is not UNSET:
            field_dict["bounce_rate"] = bounce_rate
        if open_rate is not UNSET:
            field_dict["open_rate"] = open_rate
        if click_rate is not UNSET:
            field_dict["click_rate"] = click_rate
        if click_to_open_rate is not UNSET:
            field_dict["click_to_open_rate"] = click_to_open_rate
        if complaint_rate is not UNSET:
            field_dict["complaint_rate"] = complaint_rate
        if unsubscribe_rate is not UNSET:
            field_dict["unsubscribe_rate"] = unsubscribe_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        month: None | str | Unset = d.pop("month", UNSET)

        is_operational: bool | None | Unset = d.pop("is_operational", UNSET)

        sent: int | None | Unset = d.pop("sent", UNSET)

        bounce_rate: float | None | Unset = d.pop("bounce_rate", UNSET)

        open_rate: float | None | Unset = d.pop("open_rate", UNSET)

        click_rate: float | None | Unset = d.pop("click_rate", UNSET)

        click_to_open_rate: float | None | Unset = d.pop("click_to_open_rate", UNSET)

        complaint_rate: float | None | Unset = d.pop("complaint_rate", UNSET)

        unsubscribe_rate: float | None | Unset = d.pop("unsubscribe_rate", UNSET)

        account_executive_report_month = cls(
            month=month,
            is_operational=is_operational,
            sent=sent,
            bounce_rate=bounce_rate,
            open_rate=open_rate,
            click_rate=click_rate,
            click_to_open_rate=click_to_open_rate,
            complaint_rate=complaint_rate,
            unsubscribe_rate=unsubscribe_rate,
        )

        account_executive_report_month.additional_properties = d
        return account_executive_report_month

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
