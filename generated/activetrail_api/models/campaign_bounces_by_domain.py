from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignBouncesByDomain")


@_attrs_define
class CampaignBouncesByDomain:
    """The bounces of one recipient domain (BouncesByDomain)."""

    domain_name: None | str | Unset = UNSET
    bounces: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        bounces: int | None | Unset
        if isinstance(self.bounces, Unset):
            bounces = UNSET
        else:
            bounces = self.bounces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domain_name"] = domain_name
        if bounces is not UNSET:
            field_dict["bounces"] = bounces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_name: None | str | Unset = d.pop("domain_name", UNSET)

        bounces: int | None | Unset = d.pop("bounces", UNSET)

        campaign_bounces_by_domain = cls(
            domain_name=domain_name,
            bounces=bounces,
        )

        campaign_bounces_by_domain.additional_properties = d
        return campaign_bounces_by_domain

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
