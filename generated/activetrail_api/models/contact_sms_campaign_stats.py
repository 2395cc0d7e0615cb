from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSmsCampaignStats")


@_attrs_define
class ContactSmsCampaignStats:
    """A contact's statistics for one operational SMS (official `ContactSmsCampaignStatsDTO`). The page types the
    dates as `date` without nullability; they are nullable here because they are unset when nothing happened.

    """

    customer_id: int | None
    """ The contact's id. """
    bounce: bool | None | Unset = UNSET
    """ Whether the SMS bounced. """
    bounce_reason: None | str | Unset = UNSET
    """ Why the SMS bounced. """
    bounce_date: None | str | Unset = UNSET
    """ When the SMS bounced. """
    unsubscribe: bool | None | Unset = UNSET
    """ Whether the contact unsubscribed through this SMS. """
    unsubscribe_date: None | str | Unset = UNSET
    """ When the contact unsubscribed. """
    status: None | str | Unset = UNSET
    """ The SMS's delivery status (values not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: int | None
        customer_id = self.customer_id

        bounce: bool | None | Unset
        if isinstance(self.bounce, Unset):
            bounce = UNSET
        else:
            bounce = self.bounce

        bounce_reason: None | str | Unset
        if isinstance(self.bounce_reason, Unset):
            bounce_reason = UNSET
        else:
            bounce_reason = self.bounce_reason

        bounce_date: None | str | Unset
        if isinstance(self.bounce_date, Unset):
            bounce_date = UNSET
        else:
            bounce_date = self.bounce_date

        unsubscribe: bool | None | Unset
        if isinstance(self.unsubscribe, Unset):
            unsubscribe = UNSET
        else:
            unsubscribe = self.unsubscribe

        unsubscribe_date: None | str | Unset
        if isinstance(self.unsubscribe_date, Unset):
            unsubscribe_date = UNSET
        else:
            unsubscribe_date = self.unsubscribe_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if bounce_reason is not UNSET:
            field_dict["bounce_reason"] = bounce_reason
        if bounce_date is not UNSET:
            field_dict["bounce_date"] = bounce_date
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if unsubscribe_date is not UNSET:
            field_dict["unsubscribe_date"] = unsubscribe_date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: int | None = d.pop("customer_id")

        bounce: bool | None | Unset = d.pop("bounce", UNSET)

        bounce_reason: None | str | Unset = d.pop("bounce_reason", UNSET)

        bounce_date: None | str | Unset = d.pop("bounce_date", UNSET)

        unsubscribe: bool | None | Unset = d.pop("unsubscribe", UNSET)

        unsubscribe_date: None | str | Unset = d.pop("unsubscribe_date", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        contact_sms_campaign_stats = cls(
            customer_id=customer_id,
            bounce=bounce,
            bounce_reason=bounce_reason,
            bounce_date=bounce_date,
            unsubscribe=unsubscribe,
            unsubscribe_date=unsubscribe_date,
            status=status,
        )

        contact_sms_campaign_stats.additional_properties = d
        return contact_sms_campaign_stats

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
