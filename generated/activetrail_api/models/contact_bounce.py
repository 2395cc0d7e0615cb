from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBounce")


@_attrs_define
class ContactBounce:
    """A bounce recorded for the contact. **Inferred shape**; all fields optional."""

    campaign_id: int | None | Unset = UNSET
    """ The campaign that bounced. """
    campaign_name: None | str | Unset = UNSET
    """ The campaign's name. """
    bounce_type: None | str | Unset = UNSET
    """ The kind of bounce. """
    bounce_reason: None | str | Unset = UNSET
    """ The reason given by the receiving server. """
    bounce_date: None | str | Unset = UNSET
    """ When the bounce happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

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
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
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
        campaign_id: int | None | Unset = d.pop("campaign_id", UNSET)

        campaign_name: None | str | Unset = d.pop("campaign_name", UNSET)

        bounce_type: None | str | Unset = d.pop("bounce_type", UNSET)

        bounce_reason: None | str | Unset = d.pop("bounce_reason", UNSET)

        bounce_date: None | str | Unset = d.pop("bounce_date", UNSET)

        contact_bounce = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            bounce_type=bounce_type,
            bounce_reason=bounce_reason,
            bounce_date=bounce_date,
        )

        contact_bounce.additional_properties = d
        return contact_bounce

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
