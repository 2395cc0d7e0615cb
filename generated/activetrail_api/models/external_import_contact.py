from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalImportContact")


@_attrs_define
class ExternalImportContact:
    """A contact to import: its external id and name next to the contact fields. **Inferred shape** (the import body
    is not documented).

    """

    external_id: None | str | Unset = UNSET
    """ The contact's id in the caller's system. """
    external_name: None | str | Unset = UNSET
    """ The name of the external system. """
    email: None | str | Unset = UNSET
    """ The email address (lowercase identifies the contact). """
    sms: None | str | Unset = UNSET
    """ The mobile number for SMS. """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    """ The email subscription status. """
    sms_status: None | str | Unset = UNSET
    """ The SMS subscription status. """
    is_optined: bool | None | Unset = UNSET
    """ Whether the contact confirmed a double opt-in. """
    is_do_not_mail: bool | None | Unset = UNSET
    """ Never mail this contact; while true its status cannot change (`MethodNotAllowedDoNotMail`). """
    is_deleted: bool | None | Unset = UNSET
    street: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    phone1: None | str | Unset = UNSET
    phone2: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    birthday: None | str | Unset = UNSET
    anniversary: None | str | Unset = UNSET
    subscribe_ip: None | str | Unset = UNSET
    """ The IP the contact subscribed from. """
    ext1: None | str | Unset = UNSET
    ext2: None | str | Unset = UNSET
    ext3: None | str | Unset = UNSET
    ext4: None | str | Unset = UNSET
    ext5: None | str | Unset = UNSET
    ext6: None | str | Unset = UNSET
    ext7: None | str | Unset = UNSET
    ext8: None | str | Unset = UNSET
    ext9: None | str | Unset = UNSET
    ext10: None | str | Unset = UNSET
    ext11: None | str | Unset = UNSET
    ext12: None | str | Unset = UNSET
    ext13: None | str | Unset = UNSET
    ext14: None | str | Unset = UNSET
    ext15: None | str | Unset = UNSET
    ext16: None | str | Unset = UNSET
    ext17: None | str | Unset = UNSET
    ext18: None | str | Unset = UNSET
    ext19: None | str | Unset = UNSET
    ext20: None | str | Unset = UNSET
    ext21: None | str | Unset = UNSET
    ext22: None | str | Unset = UNSET
    ext23: None | str | Unset = UNSET
    ext24: None | str | Unset = UNSET
    ext25: None | str | Unset = UNSET
    date1: None | str | Unset = UNSET
    date2: None | str | Unset = UNSET
    date3: None | str | Unset = UNSET
    date4: None | str | Unset = UNSET
    date5: None | str | Unset = UNSET
    num1: float | None | Unset = UNSET
    num2: float | None | Unset = UNSET
    num3: float | None | Unset = UNSET
    num4: float | None | Unset = UNSET
    num5: float | None | Unset = UNSET
    encryptedext1: None | str | Unset = UNSET
    encryptedext2: None | str | Unset = UNSET
    encryptedext3: None | str | Unset = UNSET
    encryptedext4: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        is_optined: bool | None | Unset
        if isinstance(self.is_optined, Unset):
            is_optined = UNSET
        else:
            is_optined = self.is_optined

        is_do_not_mail: bool | None | Unset
        if isinstance(self.is_do_not_mail, Unset):
            is_do_not_mail = UNSET
        else:
            is_do_not_mail = self.is_do_not_mail

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

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

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        phone1: None | str | Unset
        if isinstance(self.phone1, Unset):
            phone1 = UNSET
        else:
            phone1 = self.phone1

        phone2: None | str | Unset
        if isinstance(self.phone2, Unset):
            phone2 = UNSET
        else:
            phone2 = self.phone2

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        else:
            birthday = self.birthday

        anniversary: None | str | Unset
        if isinstance(self.anniversary, Unset):
            anniversary = UNSET
        else:
            anniversary = self.anniversary

        subscribe_ip: None | str | Unset
        if isinstance(self.subscribe_ip, Unset):
            subscribe_ip = UNSET
        else:
            subscribe_ip = self.subscribe_ip

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

        ext11: None | str | Unset
        if isinstance(self.ext11, Unset):
            ext11 = UNSET
        else:
            ext11 = self.ext11

        ext12: None | str | Unset
        if isinstance(self.ext12, Unset):
            ext12 = UNSET
        else:
            ext12 = self.ext12

        ext13: None | str | Unset
        if isinstance(self.ext13, Unset):
            ext13 = UNSET
        else:
            ext13 = self.ext13

        ext14: None | str | Unset
        if isinstance(self.ext14, Unset):
            ext14 = UNSET
        else:
            ext14 = self.ext14

        ext15: None | str | Unset
        if isinstance(self.ext15, Unset):
            ext15 = UNSET
        else:
            ext15 = self.ext15

        ext16: None | str | Unset
        if isinstance(self.ext16, Unset):
            ext16 = UNSET
        else:
            ext16 = self.ext16

        ext17: None | str | Unset
        if isinstance(self.ext17, Unset):
            ext17 = UNSET
        else:
            ext17 = self.ext17

        ext18: None | str | Unset
        if isinstance(self.ext18, Unset):
            ext18 = UNSET
        else:
            ext18 = self.ext18

        ext19: None | str | Unset
        if isinstance(self.ext19, Unset):
            ext19 = UNSET
        else:
            ext19 = self.ext19

        ext20: None | str | Unset
        if isinstance(self.ext20, Unset):
            ext20 = UNSET
        else:
            ext20 = self.ext20

        ext21: None | str | Unset
        if isinstance(self.ext21, Unset):
            ext21 = UNSET
        else:
            ext21 = self.ext21

        ext22: None | str | Unset
        if isinstance(self.ext22, Unset):
            ext22 = UNSET
        else:
            ext22 = self.ext22

        ext23: None | str | Unset
        if isinstance(self.ext23, Unset):
            ext23 = UNSET
        else:
            ext23 = self.ext23

        ext24: None | str | Unset
        if isinstance(self.ext24, Unset):
            ext24 = UNSET
        else:
            ext24 = self.ext24

        ext25: None | str | Unset
        if isinstance(self.ext25, Unset):
            ext25 = UNSET
        else:
            ext25 = self.ext25

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

        date4: None | str | Unset
        if isinstance(self.date4, Unset):
            date4 = UNSET
        else:
            date4 = self.date4

        date5: None | str | Unset
        if isinstance(self.date5, Unset):
            date5 = UNSET
        else:
            date5 = self.date5

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

        encryptedext1: None | str | Unset
        if isinstance(self.encryptedext1, Unset):
            encryptedext1 = UNSET
        else:
            encryptedext1 = self.encryptedext1

        encryptedext2: None | str | Unset
        if isinstance(self.encryptedext2, Unset):
            encryptedext2 = UNSET
        else:
            encryptedext2 = self.encryptedext2

        encryptedext3: None | str | Unset
        if isinstance(self.encryptedext3, Unset):
            encryptedext3 = UNSET
        else:
            encryptedext3 = self.encryptedext3

        encryptedext4: None | str | Unset
        if isinstance(self.encryptedext4, Unset):
            encryptedext4 = UNSET
        else:
            encryptedext4 = self.encryptedext4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if status is not UNSET:
            field_dict["status"] = status
        if sms_status is not UNSET:
            field_dict["sms_status"] = sms_status
        if is_optined is not UNSET:
            field_dict["is_optined"] = is_optined
        if is_do_not_mail is not UNSET:
            field_dict["is_do_not_mail"] = is_do_not_mail
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if street is not UNSET:
            field_dict["street"] = street
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if phone1 is not UNSET:
            field_dict["phone1"] = phone1
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if fax is not UNSET:
            field_dict["fax"] = fax
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if anniversary is not UNSET:
            field_dict["anniversary"] = anniversary
        if subscribe_ip is not UNSET:
            field_dict["subscribe_ip"] = subscribe_ip
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
        if ext11 is not UNSET:
            field_dict["ext11"] = ext11
        if ext12 is not UNSET:
            field_dict["ext12"] = ext12
        if ext13 is not UNSET:
            field_dict["ext13"] = ext13
        if ext14 is not UNSET:
            field_dict["ext14"] = ext14
        if ext15 is not UNSET:
            field_dict["ext15"] = ext15
        if ext16 is not UNSET:
            field_dict["ext16"] = ext16
        if ext17 is not UNSET:
            field_dict["ext17"] = ext17
        if ext18 is not UNSET:
            field_dict["ext18"] = ext18
        if ext19 is not UNSET:
            field_dict["ext19"] = ext19
        if ext20 is not UNSET:
            field_dict["ext20"] = ext20
        if ext21 is not UNSET:
            field_dict["ext21"] = ext21
        if ext22 is not UNSET:
            field_dict["ext22"] = ext22
        if ext23 is not UNSET:
            field_dict["ext23"] = ext23
        if ext24 is not UNSET:
            field_dict["ext24"] = ext24
        if ext25 is not UNSET:
            field_dict["ext25"] = ext25
        if date1 is not UNSET:
            field_dict["date1"] = date1
        if date2 is not UNSET:
            field_dict["date2"] = date2
        if date3 is not UNSET:
            field_dict["date3"] = date3
        if date4 is not UNSET:
            field_dict["date4"] = date4
        if date5 is not UNSET:
            field_dict["date5"] = date5
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
        if encryptedext1 is not UNSET:
            field_dict["encryptedext1"] = encryptedext1
        if encryptedext2 is not UNSET:
            field_dict["encryptedext2"] = encryptedext2
        if encryptedext3 is not UNSET:
            field_dict["encryptedext3"] = encryptedext3
        if encryptedext4 is not UNSET:
            field_dict["encryptedext4"] = encryptedext4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_id: None | str | Unset = d.pop("externalId", UNSET)

        external_name: None | str | Unset = d.pop("externalName", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        sms_status: None | str | Unset = d.pop("sms_status", UNSET)

        is_optined: bool | None | Unset = d.pop("is_optined", UNSET)

        is_do_not_mail: bool | None | Unset = d.pop("is_do_not_mail", UNSET)

        is_deleted: bool | None | Unset = d.pop("is_deleted", UNSET)

        street: None | str | Unset = d.pop("street", UNSET)

        zip_code: None | str | Unset = d.pop("zip_code", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        phone1: None | str | Unset = d.pop("phone1", UNSET)

        phone2: None | str | Unset = d.pop("phone2", UNSET)

        fax: None | str | Unset = d.pop("fax", UNSET)

        birthday: None | str | Unset = d.pop("birthday", UNSET)

        anniversary: None | str | Unset = d.pop("anniversary", UNSET)

        subscribe_ip: None | str | Unset = d.pop("subscribe_ip", UNSET)

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

        ext11: None | str | Unset = d.pop("ext11", UNSET)

        ext12: None | str | Unset = d.pop("ext12", UNSET)

        ext13: None | str | Unset = d.pop("ext13", UNSET)

        ext14: None | str | Unset = d.pop("ext14", UNSET)

        ext15: None | str | Unset = d.pop("ext15", UNSET)

        ext16: None | str | Unset = d.pop("ext16", UNSET)

        ext17: None | str | Unset = d.pop("ext17", UNSET)

        ext18: None | str | Unset = d.pop("ext18", UNSET)

        ext19: None | str | Unset = d.pop("ext19", UNSET)

        ext20: None | str | Unset = d.pop("ext20", UNSET)

        ext21: None | str | Unset = d.pop("ext21", UNSET)

        ext22: None | str | Unset = d.pop("ext22", UNSET)

        ext23: None | str | Unset = d.pop("ext23", UNSET)

        ext24: None | str | Unset = d.pop("ext24", UNSET)

        ext25: None | str | Unset = d.pop("ext25", UNSET)

        date1: None | str | Unset = d.pop("date1", UNSET)

        date2: None | str | Unset = d.pop("date2", UNSET)

        date3: None | str | Unset = d.pop("date3", UNSET)

        date4: None | str | Unset = d.pop("date4", UNSET)

        date5: None | str | Unset = d.pop("date5", UNSET)

        num1: float | None | Unset = d.pop("num1", UNSET)

        num2: float | None | Unset = d.pop("num2", UNSET)

        num3: float | None | Unset = d.pop("num3", UNSET)

        num4: float | None | Unset = d.pop("num4", UNSET)

        num5: float | None | Unset = d.pop("num5", UNSET)

        encryptedext1: None | str | Unset = d.pop("encryptedext1", UNSET)

        encryptedext2: None | str | Unset = d.pop("encryptedext2", UNSET)

        encryptedext3: None | str | Unset = d.pop("encryptedext3", UNSET)

        encryptedext4: None | str | Unset = d.pop("encryptedext4", UNSET)

        external_import_contact = cls(
            external_id=external_id,
            external_name=external_name,
            email=email,
            sms=sms,
            first_name=first_name,
            last_name=last_name,
            status=status,
            sms_status=sms_status,
            is_optined=is_optined,
            is_do_not_mail=is_do_not_mail,
            is_deleted=is_deleted,
            street=street,
            zip_code=zip_code,
            city=city,
            phone1=phone1,
            phone2=phone2,
            fax=fax,
            birthday=birthday,
            anniversary=anniversary,
            subscribe_ip=subscribe_ip,
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
            ext11=ext11,
            ext12=ext12,
            ext13=ext13,
            ext14=ext14,
            ext15=ext15,
            ext16=ext16,
            ext17=ext17,
            ext18=ext18,
            ext19=ext19,
            ext20=ext20,
            ext21=ext21,
            ext22=ext22,
            ext23=ext23,
            ext24=ext24,
            ext25=ext25,
            date1=date1,
            date2=date2,
            date3=date3,
            date4=date4,
            date5=date5,
            num1=num1,
            num2=num2,
            num3=num3,
            num4=num4,
            num5=num5,
            encryptedext1=encryptedext1,
            encryptedext2=encryptedext2,
            encryptedext3=encryptedext3,
            encryptedext4=encryptedext4,
        )

        external_import_contact.additional_properties = d
        return external_import_contact

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
