from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import EmailDeliveryStatus


T = TypeVar("T", bound="EmailAddress")


@_attrs_define
class EmailAddress:
    """A recipient of an Email element."""

    id: int
    """ The send's ID. """
    event_id: str
    """ The unique identifier of the contact's run of the flow. """
    delivered_status: EmailDeliveryStatus
    """ The delivery status code (not an enum: new codes may appear, and codes are never collapsed):
    0 `no_status` (Sent), 1 `delivered` (Sent), 2 `deliveryfailed` (not delivered for other reasons),
    3 `unsubscribe` (unsubscribed), 4 `rejectedyus` (rejected by the service), 5 `brokenemail` (wrong
    address), 6 `tmpanavailable` (temporarily unavailable), 7 `emailnotexist` (address does not exist),
    8 `serverspam` (rejected by the server as spam), 9 `userspam` (the user complained of spam),
    10 `mboxfull` (mailbox full), 11 `domainnotexist` (domain does not exist), 12 `no_status` (Sent),
    13 `no_status` (Sent), 14 `badrecipient` (bad recipient). Names are the seed's, typos included.
     """
    email: None | str | Unset = UNSET
    """ The recipient's email address. """
    email_b64: None | str | Unset = UNSET
    """ The email address in base64. """
    delivered_status_description: str | Unset = UNSET
    """ The server's text for the status (the seed's example pairs status 1 with `sent`); passed through. """
    is_spam: int | Unset = UNSET
    """ 1 if the recipient marked the email as spam, 0 if not. """
    is_unsubscribe: int | Unset = UNSET
    """ 1 if the recipient unsubscribed, 0 if not. """
    phone: None | str | Unset = UNSET
    """ The contact's phone number. """
    sent_date: None | str | Unset = UNSET
    delivered_date: None | str | Unset = UNSET
    """ Null while not delivered. """
    open_date: None | str | Unset = UNSET
    """ Null if the email was not opened. """
    redirect_date: None | str | Unset = UNSET
    """ Null if no link in the email was clicked. """
    updated: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_id = self.event_id

        delivered_status = int(self.delivered_status)

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

        delivered_status_description = self.delivered_status_description

        is_spam = self.is_spam

        is_unsubscribe = self.is_unsubscribe

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        else:
            sent_date = self.sent_date

        delivered_date: None | str | Unset
        if isinstance(self.delivered_date, Unset):
            delivered_date = UNSET
        else:
            delivered_date = self.delivered_date

        open_date: None | str | Unset
        if isinstance(self.open_date, Unset):
            open_date = UNSET
        else:
            open_date = self.open_date

        redirect_date: None | str | Unset
        if isinstance(self.redirect_date, Unset):
            redirect_date = UNSET
        else:
            redirect_date = self.redirect_date

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_id": event_id,
                "delivered_status": delivered_status,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if email_b64 is not UNSET:
            field_dict["email_b64"] = email_b64
        if delivered_status_description is not UNSET:
            field_dict["delivered_status_description"] = delivered_status_description
        if is_spam is not UNSET:
            field_dict["is_spam"] = is_spam
        if is_unsubscribe is not UNSET:
            field_dict["is_unsubscribe"] = is_unsubscribe
        if phone is not UNSET:
            field_dict["phone"] = phone
        if sent_date is not UNSET:
            field_dict["sent_date"] = sent_date
        if delivered_date is not UNSET:
            field_dict["delivered_date"] = delivered_date
        if open_date is not UNSET:
            field_dict["open_date"] = open_date
        if redirect_date is not UNSET:
            field_dict["redirect_date"] = redirect_date
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import EmailDeliveryStatus

        d = dict(src_dict)
        id = d.pop("id")

        event_id = d.pop("event_id")

        delivered_status = EmailDeliveryStatus(d.pop("delivered_status"))

        email: None | str | Unset = d.pop("email", UNSET)

        email_b64: None | str | Unset = d.pop("email_b64", UNSET)

        delivered_status_description = d.pop("delivered_status_description", UNSET)

        is_spam = d.pop("is_spam", UNSET)

        is_unsubscribe = d.pop("is_unsubscribe", UNSET)

        phone: None | str | Unset = d.pop("phone", UNSET)

        sent_date: None | str | Unset = d.pop("sent_date", UNSET)

        delivered_date: None | str | Unset = d.pop("delivered_date", UNSET)

        open_date: None | str | Unset = d.pop("open_date", UNSET)

        redirect_date: None | str | Unset = d.pop("redirect_date", UNSET)

        updated: None | str | Unset = d.pop("updated", UNSET)

        email_address = cls(
            id=id,
            event_id=event_id,
            delivered_status=delivered_status,
            email=email,
            email_b64=email_b64,
            delivered_status_description=delivered_status_description,
            is_spam=is_spam,
            is_unsubscribe=is_unsubscribe,
            phone=phone,
            sent_date=sent_date,
            delivered_date=delivered_date,
            open_date=open_date,
            redirect_date=redirect_date,
            updated=updated,
        )

        email_address.additional_properties = d
        return email_address

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
