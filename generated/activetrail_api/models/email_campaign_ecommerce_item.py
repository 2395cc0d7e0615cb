from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ecommerce_amount import EmailCampaignEcommerceAmount
    from ..models.email_campaign_ecommerce_product import EmailCampaignEcommerceProduct


T = TypeVar("T", bound="EmailCampaignEcommerceItem")


@_attrs_define
class EmailCampaignEcommerceItem:
    """A cart line (ApiItem)."""

    product: EmailCampaignEcommerceProduct | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    total_price: EmailCampaignEcommerceAmount | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_campaign_ecommerce_amount import (
            EmailCampaignEcommerceAmount,
        )
        from ..models.email_campaign_ecommerce_product import (
            EmailCampaignEcommerceProduct,
        )

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, EmailCampaignEcommerceProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        total_price: dict[str, Any] | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        elif isinstance(self.total_price, EmailCampaignEcommerceAmount):
            total_price = self.total_price.to_dict()
        else:
            total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total_price is not UNSET:
            field_dict["total_price"] = total_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ecommerce_amount import (
            EmailCampaignEcommerceAmount,
        )
        from ..models.email_campaign_ecommerce_product import (
            EmailCampaignEcommerceProduct,
        )

        d = dict(src_dict)

        def _parse_product(
            data: object,
        ) -> EmailCampaignEcommerceProduct | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = EmailCampaignEcommerceProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceProduct | None | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        quantity: int | None | Unset = d.pop("quantity", UNSET)

        def _parse_total_price(
            data: object,
        ) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_price_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return total_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        total_price = _parse_total_price(d.pop("total_price", UNSET))

        email_campaign_ecommerce_item = cls(
            product=product,
            quantity=quantity,
            total_price=total_price,
        )

        email_campaign_ecommerce_item.additional_properties = d
        return email_campaign_ecommerce_item

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
