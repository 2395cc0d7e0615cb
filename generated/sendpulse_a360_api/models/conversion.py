from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import A360ElementType


T = TypeVar("T", bound="Conversion")


@_attrs_define
class Conversion:
    """One contact's conversion."""

    id: int
    """ The conversion's ID. """
    conversion_type: A360ElementType
    """ `maintrigger` (the flow was stopped by an event) or `goal` (a Goal element was reached). """
    flow_id: int
    """ The element ID of the Start or Goal element the contact converted at (not a flow ID). """
    email: None | str | Unset = UNSET
    """ The contact's email address. """
    phone: None | str | Unset = UNSET
    """ The contact's phone number. """
    conversion_date: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    start_date: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversion_type = str(self.conversion_type)

        flow_id = self.flow_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        conversion_date = self.conversion_date

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "conversion_type": conversion_type,
                "flow_id": flow_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if conversion_date is not UNSET:
            field_dict["conversion_date"] = conversion_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import A360ElementType

        d = dict(src_dict)
        id = d.pop("id")

        conversion_type = A360ElementType(d.pop("conversion_type"))

        flow_id = d.pop("flow_id")

        email: None | str | Unset = d.pop("email", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        conversion_date = d.pop("conversion_date", UNSET)

        start_date = d.pop("start_date", UNSET)

        conversion = cls(
            id=id,
            conversion_type=conversion_type,
            flow_id=flow_id,
            email=email,
            phone=phone,
            conversion_date=conversion_date,
            start_date=start_date,
        )

        conversion.additional_properties = d
        return conversion

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
