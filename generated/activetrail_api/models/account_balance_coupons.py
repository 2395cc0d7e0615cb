from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalanceCoupons")


@_attrs_define
class AccountBalanceCoupons:
    """The coupon part of the balance. **Inferred fields:** a public client (open-connector) requires `coupons` as
    an object and calls it the coupon balance, but no source shows its keys. They are assumed to be those of
    the official `email` and `sms` balances (`credits`, `percent`, `alert_type`), all optional and nullable;
    any other key the server sends is kept by the SDK as an additional property.

    """

    credits_: int | None | Unset = UNSET
    """ The coupon credits left (inferred from the `email`/`sms` balances). """
    percent: float | None | Unset = UNSET
    """ The percentage of coupon credits left (inferred from the `email`/`sms` balances). """
    alert_type: None | str | Unset = UNSET
    """ The low-credit alert level (inferred from the `email`/`sms` balances; `None` is the known value). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_: int | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = self.credits_

        percent: float | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        alert_type: None | str | Unset
        if isinstance(self.alert_type, Unset):
            alert_type = UNSET
        else:
            alert_type = self.alert_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if percent is not UNSET:
            field_dict["percent"] = percent
        if alert_type is not UNSET:
            field_dict["alert_type"] = alert_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credits_: int | None | Unset = d.pop("credits", UNSET)

        percent: float | None | Unset = d.pop("percent", UNSET)

        alert_type: None | str | Unset = d.pop("alert_type", UNSET)

        account_balance_coupons = cls(
            credits_=credits_,
            percent=percent,
            alert_type=alert_type,
        )

        account_balance_coupons.additional_properties = d
        return account_balance_coupons

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
