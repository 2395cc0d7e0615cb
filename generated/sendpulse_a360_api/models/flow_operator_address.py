from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowOperatorAddress")


@_attrs_define
class FlowOperatorAddress:
    """A contact a flow operator was executed for."""

    event_id: str
    """ The unique identifier of the contact's run of the flow. """
    email: None | str | Unset = UNSET
    """ The contact's email address. """
    email_b64: None | str | Unset = UNSET
    """ The email address in base64. """
    phone: None | str | Unset = UNSET
    """ The contact's phone number. """
    execution_date: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_b64: None | str | Unset
        if isinstance(self.email_b64, Unset):
            email_b64 = UNSET
        else:
            email_b64 = self.email_b64

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        execution_date = self.execution_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if email_b64 is not UNSET:
            field_dict["email_b64"] = email_b64
        if phone is not UNSET:
            field_dict["phone"] = phone
        if execution_date is not UNSET:
            field_dict["execution_date"] = execution_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        email: None | str | Unset = d.pop("email", UNSET)

        email_b64: None | str | Unset = d.pop("email_b64", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        execution_date = d.pop("execution_date", UNSET)

        flow_operator_address = cls(
            event_id=event_id,
            email=email,
            email_b64=email_b64,
            phone=phone,
            execution_date=execution_date,
        )

        flow_operator_address.additional_properties = d
        return flow_operator_address

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
