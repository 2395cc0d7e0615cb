from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_price import SmsPrice
if TYPE_CHECKING:
    from pulsetrail._enums import SmsStatus


T = TypeVar("T", bound="SmsAddress")


@_attrs_define
class SmsAddress:
    """A message an SMS element sent."""

    id: int
    """ The message's ID. """
    status: SmsStatus
    """ The delivery status: 0 sent, 1 not delivered, 2 delivered, 3 incorrect or non-existent number,
    4 marked as spam by the provider, 5 duplicate (an identical message to the same number within 5 minutes),
    6 delivery timed out (72 hours without a report), 7 waiting for the delivery report, 8 unregistered
    sender name, 9 number blacklisted, 10 stop words in the message, 11 a link passed in a variable.
     """
    event_id: str
    """ The unique identifier of the contact's run of the flow. """
    phone: None | str | Unset = UNSET
    """ The recipient's phone number. """
    sender: str | Unset = UNSET
    """ The sender name. """
    body: str | Unset = UNSET
    """ The message text. """
    price: SmsPrice | Unset = UNSET
    """ The message's price in each currency, as decimal strings. Other currencies may appear. """
    cur: str | Unset = UNSET
    """ The account's currency (one of the `price` keys). """
    email: None | str | Unset = UNSET
    """ The contact's email address. """
    sent_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = int(self.status)

        event_id = self.event_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        sender = self.sender

        body = self.body

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        cur = self.cur

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "event_id": event_id,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sender is not UNSET:
            field_dict["sender"] = sender
        if body is not UNSET:
            field_dict["body"] = body
        if price is not UNSET:
            field_dict["price"] = price
        if cur is not UNSET:
            field_dict["cur"] = cur
        if email is not UNSET:
            field_dict["email"] = email
        if sent_date is not UNSET:
            field_dict["sent_date"] = sent_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import SmsStatus

        from ..models.sms_price import SmsPrice

        d = dict(src_dict)
        id = d.pop("id")

        status = SmsStatus(d.pop("status"))

        event_id = d.pop("event_id")

        phone: None | str | Unset = d.pop("phone", UNSET)

        sender = d.pop("sender", UNSET)

        body = d.pop("body", UNSET)

        _price = d.pop("price", UNSET)
        price: SmsPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = SmsPrice.from_dict(_price)

        cur = d.pop("cur", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sent_date: None | str | Unset = d.pop("sent_date", UNSET)

        sms_address = cls(
            id=id,
            status=status,
            event_id=event_id,
            phone=phone,
            sender=sender,
            body=body,
            price=price,
            cur=cur,
            email=email,
            sent_date=sent_date,
        )

        sms_address.additional_properties = d
        return sms_address

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
