from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceOrderProduct")


@_attrs_define
class CommerceOrderProduct:
    """A product line of an order (`Product` on the reference pages). **Inferred fields:** the stored pages are cut
    off before the `Product` table. The fields are the product facts of the campaign e-commerce model
    (ApiProduct and ApiItem, DF: an id, a title, `sku`, a price, a quantity, a product page and an image URL),
    spelled in camelCase like the order's own fields (ApiPostOrder). Every field is optional; any other key the
    server sends is kept by the SDK as an additional property.

    """

    product_id: None | str | Unset = UNSET
    """ The product's id in the caller's store (inferred). """
    name: None | str | Unset = UNSET
    """ The product's name (inferred). """
    sku: None | str | Unset = UNSET
    """ The product's SKU (inferred; ApiProduct has `sku`). """
    price: float | None | Unset = UNSET
    """ The unit price (inferred). """
    quantity: float | None | Unset = UNSET
    """ How many units the order has (inferred; ApiItem has `quantity`). """
    url: None | str | Unset = UNSET
    """ The product's page (inferred; ApiProduct has `product_page_url`). """
    image_url: None | str | Unset = UNSET
    """ The product's image (inferred; ApiProduct has `thumbnail_url`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if name is not UNSET:
            field_dict["name"] = name
        if sku is not UNSET:
            field_dict["sku"] = sku
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id: None | str | Unset = d.pop("productId", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        price: float | None | Unset = d.pop("price", UNSET)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        image_url: None | str | Unset = d.pop("imageUrl", UNSET)

        commerce_order_product = cls(
            product_id=product_id,
            name=name,
            sku=sku,
            price=price,
            quantity=quantity,
            url=url,
            image_url=image_url,
        )

        commerce_order_product.additional_properties = d
        return commerce_order_product

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
