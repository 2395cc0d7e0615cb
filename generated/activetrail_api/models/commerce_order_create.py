from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commerce_order_product import CommerceOrderProduct


T = TypeVar("T", bound="CommerceOrderCreate")


@_attrs_define
class CommerceOrderCreate:
    """One order to add (ApiPostOrder, an item of the `POST /api/commerce/Order` body). The reference page marks
    no field required; send `orderId` so the order can be read and modified later.

    """

    order_id: None | str | Unset = UNSET
    """ The order's id in the caller's store. """
    order_name: None | str | Unset = UNSET
    """ The order's name. """
    external_id: None | str | Unset = UNSET
    """ The customer's external user id (see the External section). """
    external_name: None | str | Unset = UNSET
    """ The external system's name. """
    first_name: None | str | Unset = UNSET
    """ The customer's first name. """
    last_name: None | str | Unset = UNSET
    """ The customer's last name. """
    email: None | str | Unset = UNSET
    """ The customer's email address. """
    mobile: None | str | Unset = UNSET
    """ The customer's mobile number. """
    net_amount: float | None | Unset = UNSET
    """ The order's net amount. """
    tax: float | None | Unset = UNSET
    """ The tax on the order. """
    coupon: None | str | Unset = UNSET
    """ The coupon code used. """
    quantity: float | None | Unset = UNSET
    """ The number of items in the order. """
    total_amount: float | None | Unset = UNSET
    """ The order's total amount. """
    address: None | str | Unset = UNSET
    """ The shipping address. """
    city: None | str | Unset = UNSET
    """ The shipping city. """
    products: list[CommerceOrderProduct] | None | Unset = UNSET
    """ The products in the order. """
    url: None | str | Unset = UNSET
    """ A link to the order. """
    purchase_date: None | str | Unset = UNSET
    """ When the order was placed. """
    last_update: None | str | Unset = UNSET
    """ When the order was last updated. """
    purchase_type: None | str | Unset = UNSET
    """ The type of purchase (for example online or in store). """
    store_id: int | None | Unset = UNSET
    """ The store the order belongs to. """
    location_type: None | str | Unset = UNSET
    """ The order's location type (for example delivery or pick-up). An enum whose values and wire form are not
    documented.
     """
    ext1: None | str | Unset = UNSET
    """ Extra text property 1. """
    ext2: None | str | Unset = UNSET
    """ Extra text property 2. """
    ext3: None | str | Unset = UNSET
    """ Extra text property 3. """
    ext4: None | str | Unset = UNSET
    """ Extra text property 4. """
    ext5: None | str | Unset = UNSET
    """ Extra text property 5. """
    ext6: None | str | Unset = UNSET
    """ Extra text property 6. """
    ext7: None | str | Unset = UNSET
    """ Extra text property 7. """
    ext8: None | str | Unset = UNSET
    """ Extra text property 8. """
    ext9: None | str | Unset = UNSET
    """ Extra text property 9. """
    ext10: None | str | Unset = UNSET
    """ Extra text property 10. """
    num1: float | None | Unset = UNSET
    """ Extra numeric property 1 (name inferred). """
    num2: float | None | Unset = UNSET
    """ Extra numeric property 2 (name inferred). """
    num3: float | None | Unset = UNSET
    """ Extra numeric property 3 (name inferred). """
    num4: float | None | Unset = UNSET
    """ Extra numeric property 4 (name inferred). """
    num5: float | None | Unset = UNSET
    """ Extra numeric property 5 (name inferred). """
    date1: None | str | Unset = UNSET
    """ Extra date property 1 (name inferred). """
    date2: None | str | Unset = UNSET
    """ Extra date property 2 (name inferred). """
    date3: None | str | Unset = UNSET
    """ Extra date property 3 (name inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        order_name: None | str | Unset
        if isinstance(self.order_name, Unset):
            order_name = UNSET
        else:
            order_name = self.order_name

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_name: None | str | Unset
        if isinstance(self.external_name, Unset):
            external_name = UNSET
        else:
            external_name = self.external_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        net_amount: float | None | Unset
        if isinstance(self.net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = self.net_amount

        tax: float | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        total_amount: float | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        products: list[dict[str, Any]] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = []
            for products_type_0_item_data in self.products:
                products_type_0_item = products_type_0_item_data.to_dict()
                products.append(products_type_0_item)

        else:
            products = self.products

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        purchase_date: None | str | Unset
        if isinstance(self.purchase_date, Unset):
            purchase_date = UNSET
        else:
            purchase_date = self.purchase_date

        last_update: None | str | Unset
        if isinstance(self.last_update, Unset):
            last_update = UNSET
        else:
            last_update = self.last_update

        purchase_type: None | str | Unset
        if isinstance(self.purchase_type, Unset):
            purchase_type = UNSET
        else:
            purchase_type = self.purchase_type

        store_id: int | None | Unset
        if isinstance(self.store_id, Unset):
            store_id = UNSET
        else:
            store_id = self.store_id

        location_type: None | str | Unset
        if isinstance(self.location_type, Unset):
            location_type = UNSET
        else:
            location_type = self.location_type

        ext1: None | str | Unset
        if isinstance(self.ext1, Unset):
            ext1 = UNSET
        else:
            ext1 = self.ext1

        ext2: None | str | Unset
        if isinstance(self.ext2, Unset):
            ext2 = UNSET
        else:
            ext2 = self.ext2

        ext3: None | str | Unset
        if isinstance(self.ext3, Unset):
            ext3 = UNSET
        else:
            ext3 = self.ext3

        ext4: None | str | Unset
        if isinstance(self.ext4, Unset):
            ext4 = UNSET
        else:
            ext4 = self.ext4

        ext5: None | str | Unset
        if isinstance(self.ext5, Unset):
            ext5 = UNSET
        else:
            ext5 = self.ext5

        ext6: None | str | Unset
        if isinstance(self.ext6, Unset):
            ext6 = UNSET
        else:
            ext6 = self.ext6

        ext7: None | str | Unset
        if isinstance(self.ext7, Unset):
            ext7 = UNSET
        else:
            ext7 = self.ext7

        ext8: None | str | Unset
        if isinstance(self.ext8, Unset):
            ext8 = UNSET
        else:
            ext8 = self.ext8

        ext9: None | str | Unset
        if isinstance(self.ext9, Unset):
            ext9 = UNSET
        else:
            ext9 = self.ext9

        ext10: None | str | Unset
        if isinstance(self.ext10, Unset):
            ext10 = UNSET
        else:
            ext10 = self.ext10

        num1: float | None | Unset
        if isinstance(self.num1, Unset):
            num1 = UNSET
        else:
            num1 = self.num1

        num2: float | None | Unset
        if isinstance(self.num2, Unset):
            num2 = UNSET
        else:
            num2 = self.num2

        num3: float | None | Unset
        if isinstance(self.num3, Unset):
            num3 = UNSET
        else:
            num3 = self.num3

        num4: float | None | Unset
        if isinstance(self.num4, Unset):
            num4 = UNSET
        else:
            num4 = self.num4

        num5: float | None | Unset
        if isinstance(self.num5, Unset):
            num5 = UNSET
        else:
            num5 = self.num5

        date1: None | str | Unset
        if isinstance(self.date1, Unset):
            date1 = UNSET
        else:
            date1 = self.date1

        date2: None | str | Unset
        if isinstance(self.date2, Unset):
            date2 = UNSET
        else:
            date2 = self.date2

        date3: None | str | Unset
        if isinstance(self.date3, Unset):
            date3 = UNSET
        else:
            date3 = self.date3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_name is not UNSET:
            field_dict["orderName"] = order_name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if net_amount is not UNSET:
            field_dict["netAmount"] = net_amount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if products is not UNSET:
            field_dict["products"] = products
        if url is not UNSET:
            field_dict["url"] = url
        if purchase_date is not UNSET:
            field_dict["purchaseDate"] = purchase_date
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if purchase_type is not UNSET:
            field_dict["purchaseType"] = purchase_type
        if store_id is not UNSET:
            field_dict["storeId"] = store_id
        if location_type is not UNSET:
            field_dict["locationType"] = location_type
        if ext1 is not UNSET:
            field_dict["ext1"] = ext1
        if ext2 is not UNSET:
            field_dict["ext2"] = ext2
        if ext3 is not UNSET:
            field_dict["ext3"] = ext3
        if ext4 is not UNSET:
            field_dict["ext4"] = ext4
        if ext5 is not UNSET:
            field_dict["ext5"] = ext5
        if ext6 is not UNSET:
            field_dict["ext6"] = ext6
        if ext7 is not UNSET:
            field_dict["ext7"] = ext7
        if ext8 is not UNSET:
            field_dict["ext8"] = ext8
        if ext9 is not UNSET:
            field_dict["ext9"] = ext9
        if ext10 is not UNSET:
            field_dict["ext10"] = ext10
        if num1 is not UNSET:
            field_dict["num1"] = num1
        if num2 is not UNSET:
            field_dict["num2"] = num2
        if num3 is not UNSET:
            field_dict["num3"] = num3
        if num4 is not UNSET:
            field_dict["num4"] = num4
        if num5 is not UNSET:
            field_dict["num5"] = num5
        if date1 is not UNSET:
            field_dict["date1"] = date1
        if date2 is not UNSET:
            field_dict["date2"] = date2
        if date3 is not UNSET:
            field_dict["date3"] = date3

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commerce_order_product import CommerceOrderProduct

        d = dict(src_dict)
        order_id: None | str | Unset = d.pop("orderId", UNSET)

        order_name: None | str | Unset = d.pop("orderName", UNSET)

        external_id: None | str | Unset = d.pop("externalId", UNSET)

        external_name: None | str | Unset = d.pop("externalName", UNSET)

        first_name: None | str | Unset = d.pop("firstName", UNSET)

        last_name: None | str | Unset = d.pop("lastName", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        net_amount: float | None | Unset = d.pop("netAmount", UNSET)

        tax: float | None | Unset = d.pop("tax", UNSET)

        coupon: None | str | Unset = d.pop("coupon", UNSET)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        total_amount: float | None | Unset = d.pop("totalAmount", UNSET)

        address: None | str | Unset = d.pop("address", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        def _parse_products(data: object) -> list[CommerceOrderProduct] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                products_type_0 = []
                _products_type_0 = data
                for products_type_0_item_data in _products_type_0:
                    products_type_0_item = CommerceOrderProduct.from_dict(
                        products_type_0_item_data
                    )

                    products_type_0.append(products_type_0_item)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommerceOrderProduct] | None | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        url: None | str | Unset = d.pop("url", UNSET)

        purchase_date: None | str | Unset = d.pop("purchaseDate", UNSET)

        last_update: None | str | Unset = d.pop("lastUpdate", UNSET)

        purchase_type: None | str | Unset = d.pop("purchaseType", UNSET)

        store_id: int | None | Unset = d.pop("storeId", UNSET)

        location_type: None | str | Unset = d.pop("locationType", UNSET)

        ext1: None | str | Unset = d.pop("ext1", UNSET)

        ext2: None | str | Unset = d.pop("ext2", UNSET)

        ext3: None | str | Unset = d.pop("ext3", UNSET)

        ext4: None | str | Unset = d.pop("ext4", UNSET)

        ext5: None | str | Unset = d.pop("ext5", UNSET)

        ext6: None | str | Unset = d.pop("ext6", UNSET)

        ext7: None | str | Unset = d.pop("ext7", UNSET)

        ext8: None | str | Unset = d.pop("ext8", UNSET)

        ext9: None | str | Unset = d.pop("ext9", UNSET)

        ext10: None | str | Unset = d.pop("ext10", UNSET)

        num1: float | None | Unset = d.pop("num1", UNSET)

        num2: float | None | Unset = d.pop("num2", UNSET)

        num3: float | None | Unset = d.pop("num3", UNSET)

        num4: float | None | Unset = d.pop("num4", UNSET)

        num5: float | None | Unset = d.pop("num5", UNSET)

        date1: None | str | Unset = d.pop("date1", UNSET)

        date2: None | str | Unset = d.pop("date2", UNSET)

        date3: None | str | Unset = d.pop("date3", UNSET)

        commerce_order_create = cls(
            order_id=order_id,
            order_name=order_name,
            external_id=external_id,
            external_name=external_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            mobile=mobile,
            net_amount=net_amount,
            tax=tax,
            coupon=coupon,
            quantity=quantity,
            total_amount=total_amount,
            address=address,
            city=city,
            products=products,
            url=url,
            purchase_date=purchase_date,
            last_update=last_update,
            purchase_type=purchase_type,
            store_id=store_id,
            location_type=location_type,
            ext1=ext1,
            ext2=ext2,
            ext3=ext3,
            ext4=ext4,
            ext5=ext5,
            ext6=ext6,
            ext7=ext7,
            ext8=ext8,
            ext9=ext9,
            ext10=ext10,
            num1=num1,
            num2=num2,
            num3=num3,
            num4=num4,
            num5=num5,
            date1=date1,
            date2=date2,
            date3=date3,
        )

        commerce_order_create.additional_properties = d
        return commerce_order_create

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
