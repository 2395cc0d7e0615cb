from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import SubscriptionStatus


T = TypeVar("T", bound="ContactSubscriptionStatus")


@_attrs_define
class ContactSubscriptionStatus:
    """A contact with its subscription status and the source of that status (when known). **Inferred shape**; all
    fields optional.

    """

    customer_id: int | None | Unset = UNSET
    """ The contact's id. """
    email: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    status: None | SubscriptionStatus | Unset = UNSET
    """ The subscription status. """
    status_source: None | str | Unset = UNSET
    """ Where the status came from (form, import, API, unsubscribe link...), when known. """
    status_date: None | str | Unset = UNSET
    """ When the status was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

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
        if isinstance(self.status, Unset) or self.status is None:
            status = self.status
        else:
            status = str(self.status)

        status_source: None | str | Unset
        if isinstance(self.status_source, Unset):
            status_source = UNSET
        else:
            status_source = self.status_source

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        else:
            status_date = self.status_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
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
        if status_source is not UNSET:
            field_dict["status_source"] = status_source
        if status_date is not UNSET:
            field_dict["status_date"] = status_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import SubscriptionStatus

        d = dict(src_dict)
        customer_id: int | None | Unset = d.pop("customer_id", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        sms: None | str | Unset = d.pop("sms", UNSET)

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        _status = d.pop("status", UNSET)
        status: None | SubscriptionStatus | Unset = (
            _status
            if isinstance(_status, Unset) or _status is None
            else SubscriptionStatus(_status)
        )

        status_source: None | str | Unset = d.pop("status_source", UNSET)

        status_date: None | str | Unset = d.pop("status_date", UNSET)

        contact_subscription_status = cls(
            customer_id=customer_id,
            email=email,
            sms=sms,
            first_name=first_name,
            last_name=last_name,
            status=status,
            status_source=status_source,
            status_date=status_date,
        )

        contact_subscription_status.additional_properties = d
        return contact_subscription_status

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
