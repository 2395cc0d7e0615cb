from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCreditBalance")


@_attrs_define
class AccountCreditBalance:
    """The credit balance of one channel (email or SMS). `credits` is required: every official sample carries it
    (GET-api-account-balance).

    """

    credits_: int
    """ The credits left. """
    percent: float | Unset = UNSET
    """ The percentage of credits left. """
    alert_type: None | str | Unset = UNSET
    """ The low-credit alert level. Only `None` is documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        percent = self.percent

        alert_type: None | str | Unset
        if isinstance(self.alert_type, Unset):
            alert_type = UNSET
        else:
            alert_type = self.alert_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
            }
        )
        if percent is not UNSET:
            field_dict["percent"] = percent
        if alert_type is not UNSET:
            field_dict["alert_type"] = alert_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credits_ = d.pop("credits")

        percent = d.pop("percent", UNSET)

        alert_type: None | str | Unset = d.pop("alert_type", UNSET)

        account_credit_balance = cls(
            credits_=credits_,
            percent=percent,
            alert_type=alert_type,
        )

        account_credit_balance.additional_properties = d
        return account_credit_balance

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
