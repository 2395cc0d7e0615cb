from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_double_optin import MemberDoubleOptin


T = TypeVar("T", bound="MailingListContactInput")


@_attrs_define
class MailingListContactInput:
    """`MailingListContactDTO`, the official body of `add_mailing_list_member`. Unlike the rest of the API its field
    names are PascalCase, except `status` and `sms_status`. `Email` is required when `SMS` is null (and `SMS` when
    `Email` is null). The stored copy of the official page is cut off after `Ext17`: `Ext18`-`Ext25` follow its
    pattern, and `Date1`-`Date5` and `Num1`-`Num5` are inferred from the other contact bodies (public client code
    sends `date1`..`date5` and `num1`..`num5` to this endpoint).

        Example:
            {'GroupIds': [1201], 'Email': 'dana@example.com', 'FirstName': 'Dana', 'status': 'Subscribed'}

    """

    group_ids: list[int]
    """ The groups the contact is added to, besides the mailing list (group ids from `list_groups`). """
    subscribe_ip: None | str | Unset = UNSET
    """ The IP address the contact subscribed from. """
    status: None | str | Unset = UNSET
    """ The contact's email subscription status. """
    sms_status: None | str | Unset = UNSET
    """ The contact's SMS subscription status. """
    double_optin: MemberDoubleOptin | None | Unset = UNSET
    """ Send a double opt-in email instead of subscribing the contact directly. """
    id: int | None | Unset = UNSET
    """ The contact's id (an existing contact). """
    email: None | str | Unset = UNSET
    """ The email address. Required when `SMS` is null. """
    sms: None | str | Unset = UNSET
    """ The mobile number. Required when `Email` is null. """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    anniversary: None | str | Unset = UNSET
    birthday: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    phone_1: None | str | Unset = UNSET
    phone_2: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    ext_1: None | str | Unset = UNSET
    """ Custom contact field 1. """
    ext_2: None | str | Unset = UNSET
    """ Custom contact field 2. """
    ext_3: None | str | Unset = UNSET
    """ Custom contact field 3. """
    ext_4: None | str | Unset = UNSET
    """ Custom contact field 4. """
    ext_5: None | str | Unset = UNSET
    """ Custom contact field 5. """
    ext_6: None | str | Unset = UNSET
    """ Custom contact field 6. """
    ext_7: None | str | Unset = UNSET
    """ Custom contact field 7. """
    ext_8: None | str | Unset = UNSET
    """ Custom contact field 8. """
    ext_9: None | str | Unset = UNSET
    """ Custom contact field 9. """
    ext_10: None | str | Unset = UNSET
    """ Custom contact field 10. """
    ext_11: None | str | Unset = UNSET
    """ Custom contact field 11. """
    ext_12: None | str | Unset = UNSET
    """ Custom contact field 12. """
    ext_13: None | str | Unset = UNSET
    """ Custom contact field 13. """
    ext_14: None | str | Unset = UNSET
    """ Custom contact field 14. """
    ext_15: None | str | Unset = UNSET
    """ Custom contact field 15. """
    ext_16: None | str | Unset = UNSET
    """ Custom contact field 16. """
    ext_17: None | str | Unset = UNSET
    """ Custom contact field 17. """
    ext_18: None | str | Unset = UNSET
    """ Custom contact field 18. """
    ext_19: None | str | Unset = UNSET
    """ Custom contact field 19. """
    ext_20: None | str | Unset = UNSET
    """ Custom contact field 20. """
    ext_21: None | str | Unset = UNSET
    """ Custom contact field 21. """
    ext_22: None | str | Unset = UNSET
    """ Custom contact field 22. """
    ext_23: None | str | Unset = UNSET
    """ Custom contact field 23. """
    ext_24: None | str | Unset = UNSET
    """ Custom contact field 24. """
    ext_25: None | str | Unset = UNSET
    """ Custom contact field 25. """
    date_1: None | str | Unset = UNSET
    """ Custom date field 1 (inferred, see the schema's description). """
    date_2: None | str | Unset = UNSET
    """ Custom date field 2 (inferred, see the schema's description). """
    date_3: None | str | Unset = UNSET
    """ Custom date field 3 (inferred, see the schema's description). """
    date_4: None | str | Unset = UNSET
    """ Custom date field 4 (inferred, see the schema's description). """
    date_5: None | str | Unset = UNSET
    """ Custom date field 5 (inferred, see the schema's description). """
    num_1: float | None | Unset = UNSET
    """ Custom numeric field 1 (inferred, see the schema's description). """
    num_2: float | None | Unset = UNSET
    """ Custom numeric field 2 (inferred, see the schema's description). """
    num_3: float | None | Unset = UNSET
    """ Custom numeric field 3 (inferred, see the schema's description). """
    num_4: float | None | Unset = UNSET
    """ Custom numeric field 4 (inferred, see the schema's description). """
    num_5: float | None | Unset = UNSET
    """ Custom numeric field 5 (inferred, see the schema's description). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.member_double_optin import MemberDoubleOptin

        group_ids = self.group_ids

        subscribe_ip: None | str | Unset
        if isinstance(self.subscribe_ip, Unset):
            subscribe_ip = UNSET
        else:
            subscribe_ip = self.subscribe_ip

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sms_status: None | str | Unset
        if isinstance(self.sms_status, Unset):
            sms_status = UNSET
        else:
            sms_status = self.sms_status

        double_optin: dict[str, Any] | None | Unset
        if isinstance(self.double_optin, Unset):
            double_optin = UNSET
        elif isinstance(self.double_optin, MemberDoubleOptin):
            double_optin = self.double_optin.to_dict()
        else:
            double_optin = self.double_optin

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

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

        anniversary: None | str | Unset
        if isinstance(self.anniversary, Unset):
            anniversary = UNSET
        else:
            anniversary = self.anniversary

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        else:
            birthday = self.birthday

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        phone_1: None | str | Unset
        if isinstance(self.phone_1, Unset):
            phone_1 = UNSET
        else:
            phone_1 = self.phone_1

        phone_2: None | str | Unset
        if isinstance(self.phone_2, Unset):
            phone_2 = UNSET
        else:
            phone_2 = self.phone_2

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        ext_1: None | str | Unset
        if isinstance(self.ext_1, Unset):
            ext_1 = UNSET
        else:
            ext_1 = self.ext_1

        ext_2: None | str | Unset
        if isinstance(self.ext_2, Unset):
            ext_2 = UNSET
        else:
            ext_2 = self.ext_2

        ext_3: None | str | Unset
        if isinstance(self.ext_3, Unset):
            ext_3 = UNSET
        else:
            ext_3 = self.ext_3

        ext_4: None | str | Unset
        if isinstance(self.ext_4, Unset):
            ext_4 = UNSET
        else:
            ext_4 = self.ext_4

        ext_5: None | str | Unset
        if isinstance(self.ext_5, Unset):
            ext_5 = UNSET
        else:
            ext_5 = self.ext_5

        ext_6: None | str | Unset
        if isinstance(self.ext_6, Unset):
            ext_6 = UNSET
        else:
            ext_6 = self.ext_6

        ext_7: None | str | Unset
        if isinstance(self.ext_7, Unset):
            ext_7 = UNSET
        else:
            ext_7 = self.ext_7

        ext_8: None | str | Unset
        if isinstance(self.ext_8, Unset):
            ext_8 = UNSET
        else:
            ext_8 = self.ext_8

        ext_9: None | str | Unset
        if isinstance(self.ext_9, Unset):
            ext_9 = UNSET
        else:
            ext_9 = self.ext_9

        ext_10: None | str | Unset
        if isinstance(self.ext_10, Unset):
            ext_10 = UNSET
        else:
            ext_10 = self.ext_10

        ext_11: None | str | Unset
        if isinstance(self.ext_11, Unset):
            ext_11 = UNSET
        else:
            ext_11 = self.ext_11

        ext_12: None | str | Unset
        if isinstance(self.ext_12, Unset):
            ext_12 = UNSET
        else:
            ext_12 = self.ext_12

        ext_13: None | str | Unset
        if isinstance(self.ext_13, Unset):
            ext_13 = UNSET
        else:
            ext_13 = self.ext_13

        ext_14: None | str | Unset
        if isinstance(self.ext_14, Unset):
            ext_14 = UNSET
        else:
            ext_14 = self.ext_14

        ext_15: None | str | Unset
        if isinstance(self.ext_15, Unset):
            ext_15 = UNSET
        else:
            ext_15 = self.ext_15

        ext_16: None | str | Unset
        if isinstance(self.ext_16, Unset):
            ext_16 = UNSET
        else:
            ext_16 = self.ext_16

        ext_17: None | str | Unset
        if isinstance(self.ext_17, Unset):
            ext_17 = UNSET
        else:
            ext_17 = self.ext_17

        ext_18: None | str | Unset
        if isinstance(self.ext_18, Unset):
            ext_18 = UNSET
        else:
            ext_18 = self.ext_18

        ext_19: None | str | Unset
        if isinstance(self.ext_19, Unset):
            ext_19 = UNSET
        else:
            ext_19 = self.ext_19

        ext_20: None | str | Unset
        if isinstance(self.ext_20, Unset):
            ext_20 = UNSET
        else:
            ext_20 = self.ext_20

        ext_21: None | str | Unset
        if isinstance(self.ext_21, Unset):
            ext_21 = UNSET
        else:
            ext_21 = self.ext_21

        ext_22: None | str | Unset
        if isinstance(self.ext_22, Unset):
            ext_22 = UNSET
        else:
            ext_22 = self.ext_22

        ext_23: None | str | Unset
        if isinstance(self.ext_23, Unset):
            ext_23 = UNSET
        else:
            ext_23 = self.ext_23

        ext_24: None | str | Unset
        if isinstance(self.ext_24, Unset):
            ext_24 = UNSET
        else:
            ext_24 = self.ext_24

        ext_25: None | str | Unset
        if isinstance(self.ext_25, Unset):
            ext_25 = UNSET
        else:
            ext_25 = self.ext_25

        date_1: None | str | Unset
        if isinstance(self.date_1, Unset):
            date_1 = UNSET
        else:
            date_1 = self.date_1

        date_2: None | str | Unset
        if isinstance(self.date_2, Unset):
            date_2 = UNSET
        else:
            date_2 = self.date_2

        date_3: None | str | Unset
        if isinstance(self.date_3, Unset):
            date_3 = UNSET
        else:
            date_3 = self.date_3

        date_4: None | str | Unset
        if isinstance(self.date_4, Unset):
            date_4 = UNSET
        else:
            date_4 = self.date_4

        date_5: None | str | Unset
        if isinstance(self.date_5, Unset):
            date_5 = UNSET
        else:
            date_5 = self.date_5

        num_1: float | None | Unset
        if isinstance(self.num_1, Unset):
            num_1 = UNSET
        else:
            num_1 = self.num_1

        num_2: float | None | Unset
        if isinstance(self.num_2, Unset):
            num_2 = UNSET
        else:
            num_2 = self.num_2

        num_3: float | None | Unset
        if isinstance(self.num_3, Unset):
            num_3 = UNSET
        else:
            num_3 = self.num_3

        num_4: float | None | Unset
        if isinstance(self.num_4, Unset):
            num_4 = UNSET
        else:
            num_4 = self.num_4

        num_5: float | None | Unset
        if isinstance(self.num_5, Unset):
            num_5 = UNSET
        else:
            num_5 = self.num_5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "GroupIds": group_ids,
            }
        )
        if subscribe_ip is not UNSET:
            field_dict["SubscribeIp"] = subscribe_ip
        if status is not UNSET:
            field_dict["status"] = status
        if sms_status is not UNSET:
            field_dict["sms_status"] = sms_status
        if double_optin is not UNSET:
            field_dict["DoubleOptin"] = double_optin
        if id is not UNSET:
            field_dict["Id"] = id
        if email is not UNSET:
            field_dict["Email"] = email
        if sms is not UNSET:
            field_dict["SMS"] = sms
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if anniversary is not UNSET:
            field_dict["Anniversary"] = anniversary
        if birthday is not UNSET:
            field_dict["Birthday"] = birthday
        if city is not UNSET:
            field_dict["City"] = city
        if fax is not UNSET:
            field_dict["Fax"] = fax
        if phone_1 is not UNSET:
            field_dict["Phone1"] = phone_1
        if phone_2 is not UNSET:
            field_dict["Phone2"] = phone_2
        if street is not UNSET:
            field_dict["Street"] = street
        if zip_code is not UNSET:
            field_dict["ZipCode"] = zip_code
        if ext_1 is not UNSET:
            field_dict["Ext1"] = ext_1
        if ext_2 is not UNSET:
            field_dict["Ext2"] = ext_2
        if ext_3 is not UNSET:
            field_dict["Ext3"] = ext_3
        if ext_4 is not UNSET:
            field_dict["Ext4"] = ext_4
        if ext_5 is not UNSET:
            field_dict["Ext5"] = ext_5
        if ext_6 is not UNSET:
            field_dict["Ext6"] = ext_6
        if ext_7 is not UNSET:
            field_dict["Ext7"] = ext_7
        if ext_8 is not UNSET:
            field_dict["Ext8"] = ext_8
        if ext_9 is not UNSET:
            field_dict["Ext9"] = ext_9
        if ext_10 is not UNSET:
            field_dict["Ext10"] = ext_10
        if ext_11 is not UNSET:
            field_dict["Ext11"] = ext_11
        if ext_12 is not UNSET:
            field_dict["Ext12"] = ext_12
        if ext_13 is not UNSET:
            field_dict["Ext13"] = ext_13
        if ext_14 is not UNSET:
            field_dict["Ext14"] = ext_14
        if ext_15 is not UNSET:
            field_dict["Ext15"] = ext_15
        if ext_16 is not UNSET:
            field_dict["Ext16"] = ext_16
        if ext_17 is not UNSET:
            field_dict["Ext17"] = ext_17
        if ext_18 is not UNSET:
            field_dict["Ext18"] = ext_18
        if ext_19 is not UNSET:
            field_dict["Ext19"] = ext_19
        if ext_20 is not UNSET:
            field_dict["Ext20"] = ext_20
        if ext_21 is not UNSET:
            field_dict["Ext21"] = ext_21
        if ext_22 is not UNSET:
            field_dict["Ext22"] = ext_22
        if ext_23 is not UNSET:
            field_dict["Ext23"] = ext_23
        if ext_24 is not UNSET:
            field_dict["Ext24"] = ext_24
        if ext_25 is not UNSET:
            field_dict["Ext25"] = ext_25
        if date_1 is not UNSET:
            field_dict["Date1"] = date_1
        if date_2 is not UNSET:
            field_dict["Date2"] = date_2
        if date_3 is not UNSET:
            field_dict["Date3"] = date_3
        if date_4 is not UNSET:
            field_dict["Date4"] = date_4
        if date_5 is not UNSET:
            field_dict["Date5"] = date_5
        if num_1 is not UNSET:
            field_dict["Num1"] = num_1
        if num_2 is not UNSET:
            field_dict["Num2"] = num_2
        if num_3 is not UNSET:
            field_dict["Num3"] = num_3
        if num_4 is not UNSET:
            field_dict["Num4"] = num_4
        if num_5 is not UNSET:
            field_dict["Num5"] = num_5

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member_double_optin import MemberDoubleOptin

        d = dict(src_dict)
        group_ids = cast(list[int], d.pop("GroupIds"))

        subscribe_ip: None | str | Unset = d.pop("SubscribeIp", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        sms_status: None | str | Unset = d.pop("sms_status", UNSET)

        def _parse_double_optin(data: object) -> MemberDoubleOptin | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                double_optin_type_0 = MemberDoubleOptin.from_dict(data)

                return double_optin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberDoubleOptin | None | Unset, data)

        double_optin = _parse_double_optin(d.pop("DoubleOptin", UNSET))

        id: int | None | Unset = d.pop("Id", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        sms: None | str | Unset = d.pop("SMS", UNSET)

        first_name: None | str | Unset = d.pop("FirstName", UNSET)

        last_name: None | str | Unset = d.pop("LastName", UNSET)

        anniversary: None | str | Unset = d.pop("Anniversary", UNSET)

        birthday: None | str | Unset = d.pop("Birthday", UNSET)

        city: None | str | Unset = d.pop("City", UNSET)

        fax: None | str | Unset = d.pop("Fax", UNSET)

        phone_1: None | str | Unset = d.pop("Phone1", UNSET)

        phone_2: None | str | Unset = d.pop("Phone2", UNSET)

        street: None | str | Unset = d.pop("Street", UNSET)

        zip_code: None | str | Unset = d.pop("ZipCode", UNSET)

        ext_1: None | str | Unset = d.pop("Ext1", UNSET)

        ext_2: None | str | Unset = d.pop("Ext2", UNSET)

        ext_3: None | str | Unset = d.pop("Ext3", UNSET)

        ext_4: None | str | Unset = d.pop("Ext4", UNSET)

        ext_5: None | str | Unset = d.pop("Ext5", UNSET)

        ext_6: None | str | Unset = d.pop("Ext6", UNSET)

        ext_7: None | str | Unset = d.pop("Ext7", UNSET)

        ext_8: None | str | Unset = d.pop("Ext8", UNSET)

        ext_9: None | str | Unset = d.pop("Ext9", UNSET)

        ext_10: None | str | Unset = d.pop("Ext10", UNSET)

        ext_11: None | str | Unset = d.pop("Ext11", UNSET)

        ext_12: None | str | Unset = d.pop("Ext12", UNSET)

        ext_13: None | str | Unset = d.pop("Ext13", UNSET)

        ext_14: None | str | Unset = d.pop("Ext14", UNSET)

        ext_15: None | str | Unset = d.pop("Ext15", UNSET)

        ext_16: None | str | Unset = d.pop("Ext16", UNSET)

        ext_17: None | str | Unset = d.pop("Ext17", UNSET)

        ext_18: None | str | Unset = d.pop("Ext18", UNSET)

        ext_19: None | str | Unset = d.pop("Ext19", UNSET)

        ext_20: None | str | Unset = d.pop("Ext20", UNSET)

        ext_21: None | str | Unset = d.pop("Ext21", UNSET)

        ext_22: None | str | Unset = d.pop("Ext22", UNSET)

        ext_23: None | str | Unset = d.pop("Ext23", UNSET)

        ext_24: None | str | Unset = d.pop("Ext24", UNSET)

        ext_25: None | str | Unset = d.pop("Ext25", UNSET)

        date_1: None | str | Unset = d.pop("Date1", UNSET)

        date_2: None | str | Unset = d.pop("Date2", UNSET)

        date_3: None | str | Unset = d.pop("Date3", UNSET)

        date_4: None | str | Unset = d.pop("Date4", UNSET)

        date_5: None | str | Unset = d.pop("Date5", UNSET)

        num_1: float | None | Unset = d.pop("Num1", UNSET)

        num_2: float | None | Unset = d.pop("Num2", UNSET)

        num_3: float | None | Unset = d.pop("Num3", UNSET)

        num_4: float | None | Unset = d.pop("Num4", UNSET)

        num_5: float | None | Unset = d.pop("Num5", UNSET)

        mailing_list_contact_input = cls(
            group_ids=group_ids,
            subscribe_ip=subscribe_ip,
            status=status,
            sms_status=sms_status,
            double_optin=double_optin,
            id=id,
            email=email,
            sms=sms,
            first_name=first_name,
            last_name=last_name,
            anniversary=anniversary,
            birthday=birthday,
            city=city,
            fax=fax,
            phone_1=phone_1,
            phone_2=phone_2,
            street=street,
            zip_code=zip_code,
            ext_1=ext_1,
            ext_2=ext_2,
            ext_3=ext_3,
            ext_4=ext_4,
            ext_5=ext_5,
            ext_6=ext_6,
            ext_7=ext_7,
            ext_8=ext_8,
            ext_9=ext_9,
            ext_10=ext_10,
            ext_11=ext_11,
            ext_12=ext_12,
            ext_13=ext_13,
            ext_14=ext_14,
            ext_15=ext_15,
            ext_16=ext_16,
            ext_17=ext_17,
            ext_18=ext_18,
            ext_19=ext_19,
            ext_20=ext_20,
            ext_21=ext_21,
            ext_22=ext_22,
            ext_23=ext_23,
            ext_24=ext_24,
            ext_25=ext_25,
            date_1=date_1,
            date_2=date_2,
            date_3=date_3,
            date_4=date_4,
            date_5=date_5,
            num_1=num_1,
            num_2=num_2,
            num_3=num_3,
            num_4=num_4,
            num_5=num_5,
        )

        mailing_list_contact_input.additional_properties = d
        return mailing_list_contact_input

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
