from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignUnsubscribe")


@_attrs_define
class CampaignUnsubscribe:
    """A contact who unsubscribed through the campaign (ApiUnsubscribeReport). `id` (the contact's id) is
    required: every official sample row carries it.

    """

    id: int
    """ The contact's id. """
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    resone_id: int | None | Unset = UNSET
    """ The unsubscribe reason's id (`resone_id` is the official spelling). """
    customer_reason: None | str | Unset = UNSET
    """ The reason the contact wrote, if any. """
    email: None | str | Unset = UNSET
    state_id: int | None | Unset = UNSET
    """ The contact's state id (meanings not documented). """
    unsubscribe_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        resone_id: int | None | Unset
        if isinstance(self.resone_id, Unset):
            resone_id = UNSET
        else:
            resone_id = self.resone_id

        customer_reason: None | str | Unset
        if isinstance(self.customer_reason, Unset):
            customer_reason = UNSET
        else:
            customer_reason = self.customer_reason

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        state_id: int | None | Unset
        if isinstance(self.state_id, Unset):
            state_id = UNSET
        else:
            state_id = self.state_id

        unsubscribe_date: None | str | Unset
        if isinstance(self.unsubscribe_date, Unset):
            unsubscribe_date = UNSET
        else:
            unsubscribe_date = self.unsubscribe_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if resone_id is not UNSET:
            field_dict["resone_id"] = resone_id
        if customer_reason is not UNSET:
            field_dict["customer_reason"] = customer_reason
        if email is not UNSET:
            field_dict["email"] = email
        if state_id is not UNSET:
            field_dict["state_id"] = state_id
        if unsubscribe_date is not UNSET:
            field_dict["unsubscribe_date"] = unsubscribe_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        resone_id: int | None | Unset = d.pop("resone_id", UNSET)

        customer_reason: None | str | Unset = d.pop("customer_reason", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        state_id: int | None | Unset = d.pop("state_id", UNSET)

        unsubscribe_date: None | str | Unset = d.pop("unsubscribe_date", UNSET)

        campaign_unsubscribe = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            resone_id=resone_id,
            customer_reason=customer_reason,
            email=email,
            state_id=state_id,
            unsubscribe_date=unsubscribe_date,
        )

        campaign_unsubscribe.additional_properties = d
        return campaign_unsubscribe

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
