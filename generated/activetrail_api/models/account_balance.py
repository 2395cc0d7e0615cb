from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balance_coupons import AccountBalanceCoupons
    from ..models.account_credit_balance import AccountCreditBalance


T = TypeVar("T", bound="AccountBalance")


@_attrs_define
class AccountBalance:
    """The account's email and SMS credit balance (`ApiAccountinfo` in the official docs). `email` and `sms` are
    required: every version of the official sample (GET-api-account-balance) carries both.

    """

    email: AccountCreditBalance
    """ The credit balance of one channel (email or SMS). `credits` is required: every official sample carries it
    (GET-api-account-balance).
     """
    sms: AccountCreditBalance
    """ The credit balance of one channel (email or SMS). `credits` is required: every official sample carries it
    (GET-api-account-balance).
     """
    coupons: AccountBalanceCoupons | None | Unset = UNSET
    """ A coupon balance that live responses carry (a public client requires the object) but that the official
    sample does not show.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_balance_coupons import AccountBalanceCoupons

        email = self.email.to_dict()

        sms = self.sms.to_dict()

        coupons: dict[str, Any] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, AccountBalanceCoupons):
            coupons = self.coupons.to_dict()
        else:
            coupons = self.coupons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "sms": sms,
            }
        )
        if coupons is not UNSET:
            field_dict["coupons"] = coupons

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_balance_coupons import AccountBalanceCoupons
        from ..models.account_credit_balance import AccountCreditBalance

        d = dict(src_dict)
        email = AccountCreditBalance.from_dict(d.pop("email"))

        sms = AccountCreditBalance.from_dict(d.pop("sms"))

        def _parse_coupons(data: object) -> AccountBalanceCoupons | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupons_type_0 = AccountBalanceCoupons.from_dict(data)

                return coupons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountBalanceCoupons | None | Unset, data)

        coupons = _parse_coupons(d.pop("coupons", UNSET))

        account_balance = cls(
            email=email,
            sms=sms,
            coupons=coupons,
        )

        account_balance.additional_properties = d
        return account_balance

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
