from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commerce_order_product import CommerceOrderProduct


T = TypeVar("T", bound="CommerceOrderUpdate")


@_attrs_define
class CommerceOrderUpdate:
    """The changes to an order (ApiUpdateOrder). The current reference page spells the fields as below (mostly
    lowercase); an older version used `externaluserid` instead of `externalid`. Send only the fields to change.

    """

    order_name: None | str | Unset = UNSET
    """ The order's name. """
    externalid: None | str | Unset = UNSET
    """ The customer's external user id (`externaluserid` in an older version of the page). """
    externalname: None | str | Unset = UNSET
    """ The external system's name. """
    firstname: None | str | Unset = UNSET
    """ The customer's first name. """
    lastname: None | str | Unset = UNSET
    """ The customer's last name. """
    email: None | str | Unset = UNSET
    """ The customer's email address. """
    mobile: None | str | Unset = UNSET
    """ The customer's mobile number. """
    netamount: float | None | Unset = UNSET
    """ The order's net amount. """
    tax: float | None | Unset = UNSET
    """ The tax on the order. """
    coupon: None | str | Unset = UNSET
    """ The coupon code used. """
    quantity: float | None | Unset = UNSET
    """ The number of items in the order. """
    totalamount: float | None | Unset = UNSET
    """ The order's total amount. """
    address: None | str | Unset = UNSET
    """ The shipping address. """
    city: None | str | Unset = UNSET
    """ The shipping city. """
    products: list[CommerceOrderProduct] | None | Unset = UNSET
    """ The products in the order. """
    url: None | str | Unset = UNSET
    """ A link to the order. """
    purchasedate: None | str | Unset = UNSET
    """ When the order was placed. """
    lastupdate: None | str | Unset = UNSET
    """ When the order was last updated. """
    purchasetype: None | str | Unset = UNSET
    """ The type of purchase. """
    storeid: int | None | Unset = UNSET
    """ The store the order belongs to. """
    location_type: None | str | Unset = UNSET
    """ The order's location type (values not documented). """
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
        order_name: None | str | Unset
        if isinstance(self.order_name, Unset):
            order_name = UNSET
        else:
            order_name = self.order_name

        externalid: None | str | Unset
        if isinstance(self.externalid, Unset):
            externalid = UNSET
        else:
            externalid = self.externalid

        externalname: None | str | Unset
        if isinstance(self.externalname, Unset):
            externalname = UNSET
        else:
            externalname = self.externalname

        firstname: None | str | Unset
        if isinstance(self.firstname, Unset):
            firstname = UNSET
        else:
            firstname = self.firstname

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

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

        netamount: float | None | Unset
        if isinstance(self.netamount, Unset):
            netamount = UNSET
        else:
            netamount = self.netamount

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

        totalamount: float | None | Unset
        if isinstance(self.totalamount, Unset):
            totalamount = UNSET
        else:
            totalamount = self.totalamount

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

        purchasedate: None | str | Unset
        if isinstance(self.purchasedate, Unset):
            purchasedate = UNSET
        else:
            purchasedate = self.purchasedate

        lastupdate: None | str | Unset
        if isinstance(self.lastupdate, Unset):
            lastupdate = UNSET
        else:
            lastupdate = self.lastupdate

        purchasetype: None | str | Unset
        if isinstance(self.purchasetype, Unset):
            purchasetype = UNSET
        else:
            purchasetype = self.purchasetype

        storeid: int | None | Unset
        if isinstance(self.storeid, Unset):
            storeid = UNSET
        else:
            storeid = self.storeid

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
        if order_name is not UNSET:
            field_dict["orderName"] = order_name
        if externalid is not UNSET:
            field_dict["externalid"] = externalid
        if externalname is not UNSET:
            field_dict["externalname"] = externalname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if netamount is not UNSET:
            field_dict["netamount"] = netamount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if totalamount is not UNSET:
            field_dict["totalamount"] = totalamount
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if products is not UNSET:
            field_dict["products"] = products
        if url is not UNSET:
            field_dict["url"] = url
        if purchasedate is not UNSET:
            field_dict["purchasedate"] = purchasedate
        if lastupdate is not UNSET:
            field_dict["lastupdate"] = lastupdate
        if purchasetype is not UNSET:
            field_dict["purchasetype"] = purchasetype
        if storeid is not UNSET:
            field_dict["storeid"] = storeid
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
        order_name: None | str | Unset = d.pop("orderName", UNSET)

        externalid: None | str | Unset = d.pop("externalid", UNSET)

        externalname: None | str | Unset = d.pop("externalname", UNSET)

        firstname: None | str | Unset = d.pop("firstname", UNSET)

        lastname: None | str | Unset = d.pop("lastname", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        netamount: float | None | Unset = d.pop("netamount", UNSET)

        tax: float | None | Unset = d.pop("tax", UNSET)

        coupon: None | str | Unset = d.pop("coupon", UNSET)

        quantity: float | None | Unset = d.pop("quantity", UNSET)

        totalamount: float | None | Unset = d.pop("totalamount", UNSET)

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

        purchasedate: None | str | Unset = d.pop("purchasedate", UNSET)

        lastupdate: None | str | Unset = d.pop("lastupdate", UNSET)

        purchasetype: None | str | Unset = d.pop("purchasetype", UNSET)

        storeid: int | None | Unset = d.pop("storeid", UNSET)

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

        commerce_order_update = cls(
            order_name=order_name,
            externalid=externalid,
            externalname=externalname,
            firstname=firstname,
            lastname=lastname,
            email=email,
            mobile=mobile,
            netamount=netamount,
            tax=tax,
            coupon=coupon,
            quantity=quantity,
            totalamount=totalamount,
            address=address,
            city=city,
            products=products,
            url=url,
            purchasedate=purchasedate,
            lastupdate=lastupdate,
            purchasetype=purchasetype,
            storeid=storeid,
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

        commerce_order_update.additional_properties = d
        return commerce_order_update

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
