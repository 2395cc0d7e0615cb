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

        def _parse_order_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_name = _parse_order_name(d.pop("orderName", UNSET))

        def _parse_externalid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        externalid = _parse_externalid(d.pop("externalid", UNSET))

        def _parse_externalname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        externalname = _parse_externalname(d.pop("externalname", UNSET))

        def _parse_firstname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        firstname = _parse_firstname(d.pop("firstname", UNSET))

        def _parse_lastname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lastname = _parse_lastname(d.pop("lastname", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_netamount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        netamount = _parse_netamount(d.pop("netamount", UNSET))

        def _parse_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        def _parse_coupon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon = _parse_coupon(d.pop("coupon", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_totalamount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        totalamount = _parse_totalamount(d.pop("totalamount", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

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

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_purchasedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchasedate = _parse_purchasedate(d.pop("purchasedate", UNSET))

        def _parse_lastupdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lastupdate = _parse_lastupdate(d.pop("lastupdate", UNSET))

        def _parse_purchasetype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchasetype = _parse_purchasetype(d.pop("purchasetype", UNSET))

        def _parse_storeid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storeid = _parse_storeid(d.pop("storeid", UNSET))

        def _parse_location_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_type = _parse_location_type(d.pop("locationType", UNSET))

        def _parse_ext1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext1 = _parse_ext1(d.pop("ext1", UNSET))

        def _parse_ext2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext2 = _parse_ext2(d.pop("ext2", UNSET))

        def _parse_ext3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext3 = _parse_ext3(d.pop("ext3", UNSET))

        def _parse_ext4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext4 = _parse_ext4(d.pop("ext4", UNSET))

        def _parse_ext5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext5 = _parse_ext5(d.pop("ext5", UNSET))

        def _parse_ext6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext6 = _parse_ext6(d.pop("ext6", UNSET))

        def _parse_ext7(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext7 = _parse_ext7(d.pop("ext7", UNSET))

        def _parse_ext8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext8 = _parse_ext8(d.pop("ext8", UNSET))

        def _parse_ext9(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext9 = _parse_ext9(d.pop("ext9", UNSET))

        def _parse_ext10(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext10 = _parse_ext10(d.pop("ext10", UNSET))

        def _parse_num1(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        num1 = _parse_num1(d.pop("num1", UNSET))

        def _parse_num2(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        num2 = _parse_num2(d.pop("num2", UNSET))

        def _parse_num3(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        num3 = _parse_num3(d.pop("num3", UNSET))

        def _parse_num4(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        num4 = _parse_num4(d.pop("num4", UNSET))

        def _parse_num5(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        num5 = _parse_num5(d.pop("num5", UNSET))

        def _parse_date1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date1 = _parse_date1(d.pop("date1", UNSET))

        def _parse_date2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date2 = _parse_date2(d.pop("date2", UNSET))

        def _parse_date3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date3 = _parse_date3(d.pop("date3", UNSET))

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
