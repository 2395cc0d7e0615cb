from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignBounce")


@_attrs_define
class CampaignBounce:
    """A bounced contact (ApiCampaignBounces). **Inferred fields:** the official pages name the type but not its
    fields. The contact fields are those of the sibling report rows (ApiCampaignOpens, ApiCampaignComplaints:
    `first_name`, `last_name`, `email`); the bounce fields follow public client code (COR: "which contacts'
    emails bounced and why", filtered by hard or soft bounces) and the official contact SMS statistics
    (`bounce_reason`, `bounce_date`). Every field is optional.

    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    """ The address that bounced. """
    bounce_type: None | str | Unset = UNSET
    """ The kind of bounce (inferred; COR filters by hard or soft bounces). """
    bounce_reason: None | str | Unset = UNSET
    """ Why the email bounced, as the receiving server said (inferred). """
    bounce_date: None | str | Unset = UNSET
    """ When the bounce happened (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        bounce_type: None | str | Unset
        if isinstance(self.bounce_type, Unset):
            bounce_type = UNSET
        else:
            bounce_type = self.bounce_type

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if bounce_type is not UNSET:
            field_dict["bounce_type"] = bounce_type
        if bounce_reason is not UNSET:
            field_dict["bounce_reason"] = bounce_reason
        if bounce_date is not UNSET:
            field_dict["bounce_date"] = bounce_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        bounce_type: None | str | Unset = d.pop("bounce_type", UNSET)

        bounce_reason: None | str | Unset = d.pop("bounce_reason", UNSET)

        bounce_date: None | str | Unset = d.pop("bounce_date", UNSET)

        campaign_bounce = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            bounce_type=bounce_type,
            bounce_reason=bounce_reason,
            bounce_date=bounce_date,
        )

        campaign_bounce.additional_properties = d
        return campaign_bounce

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
