from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ecommerce_amount import EmailCampaignEcommerceAmount
    from ..models.email_campaign_ecommerce_item import EmailCampaignEcommerceItem
    from ..models.email_campaign_ecommerce_order_status import (
        EmailCampaignEcommerceOrderStatus,
    )


T = TypeVar("T", bound="EmailCampaignEcommerceProducts")


@_attrs_define
class EmailCampaignEcommerceProducts:
    """A cart or order (ApiProducts)."""

    object_url: None | str | Unset = UNSET
    """ The link to the cart or order. """
    total: EmailCampaignEcommerceAmount | None | Unset = UNSET
    total_discount: EmailCampaignEcommerceAmount | None | Unset = UNSET
    shipping: EmailCampaignEcommerceAmount | None | Unset = UNSET
    coupon: EmailCampaignEcommerceAmount | None | Unset = UNSET
    items: list[EmailCampaignEcommerceItem] | None | Unset = UNSET
    status: EmailCampaignEcommerceOrderStatus | None | Unset = UNSET
    created_on: None | str | Unset = UNSET
    modified_on: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_campaign_ecommerce_amount import (
            EmailCampaignEcommerceAmount,
        )
        from ..models.email_campaign_ecommerce_order_status import (
            EmailCampaignEcommerceOrderStatus,
        )

        object_url: None | str | Unset
        if isinstance(self.object_url, Unset):
            object_url = UNSET
        else:
            object_url = self.object_url

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, EmailCampaignEcommerceAmount):
            total = self.total.to_dict()
        else:
            total = self.total

        total_discount: dict[str, Any] | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        elif isinstance(self.total_discount, EmailCampaignEcommerceAmount):
            total_discount = self.total_discount.to_dict()
        else:
            total_discount = self.total_discount

        shipping: dict[str, Any] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, EmailCampaignEcommerceAmount):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        coupon: dict[str, Any] | None | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        elif isinstance(self.coupon, EmailCampaignEcommerceAmount):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EmailCampaignEcommerceOrderStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        else:
            created_on = self.created_on

        modified_on: None | str | Unset
        if isinstance(self.modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = self.modified_on

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_url is not UNSET:
            field_dict["object_url"] = object_url
        if total is not UNSET:
            field_dict["total"] = total
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if items is not UNSET:
            field_dict["items"] = items
        if status is not UNSET:
            field_dict["status"] = status
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if modified_on is not UNSET:
            field_dict["modified_on"] = modified_on
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ecommerce_amount import (
            EmailCampaignEcommerceAmount,
        )
        from ..models.email_campaign_ecommerce_item import EmailCampaignEcommerceItem
        from ..models.email_campaign_ecommerce_order_status import (
            EmailCampaignEcommerceOrderStatus,
        )

        d = dict(src_dict)
        object_url: None | str | Unset = d.pop("object_url", UNSET)

        def _parse_total(data: object) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_total_discount(
            data: object,
        ) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_discount_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return total_discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        total_discount = _parse_total_discount(d.pop("total_discount", UNSET))

        def _parse_shipping(
            data: object,
        ) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        shipping = _parse_shipping(d.pop("shipping", UNSET))

        def _parse_coupon(data: object) -> EmailCampaignEcommerceAmount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coupon_type_0 = EmailCampaignEcommerceAmount.from_dict(data)

                return coupon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceAmount | None | Unset, data)

        coupon = _parse_coupon(d.pop("coupon", UNSET))

        def _parse_items(
            data: object,
        ) -> list[EmailCampaignEcommerceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = EmailCampaignEcommerceItem.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailCampaignEcommerceItem] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_status(
            data: object,
        ) -> EmailCampaignEcommerceOrderStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = EmailCampaignEcommerceOrderStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceOrderStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_on: None | str | Unset = d.pop("created_on", UNSET)

        modified_on: None | str | Unset = d.pop("modified_on", UNSET)

        order_id: None | str | Unset = d.pop("order_id", UNSET)

        email_campaign_ecommerce_products = cls(
            object_url=object_url,
            total=total,
            total_discount=total_discount,
            shipping=shipping,
            coupon=coupon,
            items=items,
            status=status,
            created_on=created_on,
            modified_on=modified_on,
            order_id=order_id,
        )

        email_campaign_ecommerce_products.additional_properties = d
        return email_campaign_ecommerce_products

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
