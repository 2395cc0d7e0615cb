from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ecommerce_amount import EmailCampaignEcommerceAmount


T = TypeVar("T", bound="EmailCampaignEcommerceProduct")


@_attrs_define
class EmailCampaignEcommerceProduct:
    """A product shown in an e-commerce campaign (ApiProduct)."""

    id: int | None | Unset = UNSET
    real_price: EmailCampaignEcommerceAmount | None | Unset = UNSET
    new_price: EmailCampaignEcommerceAmount | None | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_txt_1: None | str | Unset = UNSET
    additional_txt_2: None | str | Unset = UNSET
    sku: None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    add_to_cart_url: None | str | Unset = UNSET
    product_page_url: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    """ The product's tags, as one string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_campaign_ecommerce_amount import (
            EmailCampaignEcommerceAmount,
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        real_price: dict[str, Any] | None | Unset
        if isinstance(self.real_price, Unset):
            real_price = UNSET
        elif isinstance(self.real_price, EmailCampaignEcommerceAmount):
            real_price = self.real_price.to_dict()
        else:
            real_price = self.real_price

        new_price: dict[str, Any] | None | Unset
        if isinstance(self.new_price, Unset):
            new_price = UNSET
        elif isinstance(self.new_price, EmailCampaignEcommerceAmount):
            new_price = self.new_price.to_dict()
        else:
            new_price = self.new_price

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        additional_txt_1: None | str | Unset
        if isinstance(self.additional_txt_1, Unset):
            additional_txt_1 = UNSET
        else:
            additional_txt_1 = self.additional_txt_1

        additional_txt_2: None | str | Unset
        if isinstance(self.additional_txt_2, Unset):
            additional_txt_2 = UNSET
        else:
            additional_txt_2 = self.additional_txt_2

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        add_to_cart_url: None | str | Unset
        if isinstance(self.add_to_cart_url, Unset):
            add_to_cart_url = UNSET
        else:
            add_to_cart_url = self.add_to_cart_url

        product_page_url: None | str | Unset
        if isinstance(self.product_page_url, Unset):
            product_page_url = UNSET
        else:
            product_page_url = self.product_page_url

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if real_price is not UNSET:
            field_dict["real_price"] = real_price
        if new_price is not UNSET:
            field_dict["new_price"] = new_price
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if additional_txt_1 is not UNSET:
            field_dict["additional_txt_1"] = additional_txt_1
        if additional_txt_2 is not UNSET:
            field_dict["additional_txt_2"] = additional_txt_2
        if sku is not UNSET:
            field_dict["sku"] = sku
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if add_to_cart_url is not UNSET:
            field_dict["add_to_cart_url"] = add_to_cart_url
        if product_page_url is not UNSET:
            field_dict["product_page_url"] = product_page_url
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ecommerce_amount import (
            EmailCampaignEcommerceAmount,
        )

        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        def _parse_real_price(
            data: object,
        ) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                real_price_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return real_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        real_price = _parse_real_price(d.pop("real_price", UNSET))

        def _parse_new_price(
            data: object,
        ) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_price_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return new_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        new_price = _parse_new_price(d.pop("new_price", UNSET))

        title: None | str | Unset = d.pop("title", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        additional_txt_1: None | str | Unset = d.pop("additional_txt_1", UNSET)

        additional_txt_2: None | str | Unset = d.pop("additional_txt_2", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        thumbnail_url: None | str | Unset = d.pop("thumbnail_url", UNSET)

        add_to_cart_url: None | str | Unset = d.pop("add_to_cart_url", UNSET)

        product_page_url: None | str | Unset = d.pop("product_page_url", UNSET)

        tags: None | str | Unset = d.pop("tags", UNSET)

        email_campaign_ecommerce_product = cls(
            id=id,
            real_price=real_price,
            new_price=new_price,
            title=title,
            description=description,
            additional_txt_1=additional_txt_1,
            additional_txt_2=additional_txt_2,
            sku=sku,
            thumbnail_url=thumbnail_url,
            add_to_cart_url=add_to_cart_url,
            product_page_url=product_page_url,
            tags=tags,
        )

        email_campaign_ecommerce_product.additional_properties = d
        return email_campaign_ecommerce_product

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
