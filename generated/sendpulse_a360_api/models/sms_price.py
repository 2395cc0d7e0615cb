from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsPrice")


@_attrs_define
class SmsPrice:
    """The message's price in each currency, as decimal strings. Other currencies may appear."""

    usd: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    rur: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    uah: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    eur: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    gbp: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    brl: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    byn: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    kzt: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    mxn: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    clp: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    ngn: str | Unset = UNSET
    """ A decimal number sent as a string, such as an SMS price (`"0.07900"`). Parse it as a decimal. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        rur = self.rur

        uah = self.uah

        eur = self.eur

        gbp = self.gbp

        brl = self.brl

        byn = self.byn

        kzt = self.kzt

        mxn = self.mxn

        clp = self.clp

        ngn = self.ngn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usd is not UNSET:
            field_dict["USD"] = usd
        if rur is not UNSET:
            field_dict["RUR"] = rur
        if uah is not UNSET:
            field_dict["UAH"] = uah
        if eur is not UNSET:
            field_dict["EUR"] = eur
        if gbp is not UNSET:
            field_dict["GBP"] = gbp
        if brl is not UNSET:
            field_dict["BRL"] = brl
        if byn is not UNSET:
            field_dict["BYN"] = byn
        if kzt is not UNSET:
            field_dict["KZT"] = kzt
        if mxn is not UNSET:
            field_dict["MXN"] = mxn
        if clp is not UNSET:
            field_dict["CLP"] = clp
        if ngn is not UNSET:
            field_dict["NGN"] = ngn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("USD", UNSET)

        rur = d.pop("RUR", UNSET)

        uah = d.pop("UAH", UNSET)

        eur = d.pop("EUR", UNSET)

        gbp = d.pop("GBP", UNSET)

        brl = d.pop("BRL", UNSET)

        byn = d.pop("BYN", UNSET)

        kzt = d.pop("KZT", UNSET)

        mxn = d.pop("MXN", UNSET)

        clp = d.pop("CLP", UNSET)

        ngn = d.pop("NGN", UNSET)

        sms_price = cls(
            usd=usd,
            rur=rur,
            uah=uah,
            eur=eur,
            gbp=gbp,
            brl=brl,
            byn=byn,
            kzt=kzt,
            mxn=mxn,
            clp=clp,
            ngn=ngn,
        )

        sms_price.additional_properties = d
        return sms_price

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
