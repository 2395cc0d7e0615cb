from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import SubscriptionStatus


T = TypeVar("T", bound="ExternalContactActivity")


@_attrs_define
class ExternalContactActivity:
    """A contact's status change, with its external mapping. **Inferred shape**; all fields optional."""

    customer_id: int | None | Unset = UNSET
    """ The contact's ActiveTrail id. """
    external_id: None | str | Unset = UNSET
    external_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    status: None | SubscriptionStatus | Unset = UNSET
    """ The contact's new status. """
    status_date: None | str | Unset = UNSET
    """ When the status changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

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

        status: None | str | Unset
        if isinstance(self.status, Unset) or self.status is None:
            status = self.status
        else:
            status = str(self.status)

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        else:
            status_date = self.status_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if email is not UNSET:
            field_dict["email"] = email
        if sms is not UNSET:
            field_dict["sms"] = sms
        if status is not UNSET:
            field_dict["status"] = status
        if status_date is not UNSET:
            field_dict["status_date"] = status_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import SubscriptionStatus

        d = dict(src_dict)

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_external_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_name = _parse_external_name(d.pop("externalName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        def _parse_status(data: object) -> None | SubscriptionStatus | Unset:
            if isinstance(data, Unset):
                return data
            if data is None:
                return data
            return SubscriptionStatus(data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_date = _parse_status_date(d.pop("status_date", UNSET))

        external_contact_activity = cls(
            customer_id=customer_id,
            external_id=external_id,
            external_name=external_name,
            email=email,
            sms=sms,
            status=status,
            status_date=status_date,
        )

        external_contact_activity.additional_properties = d
        return external_contact_activity

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
