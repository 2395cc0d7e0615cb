from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignClientUsage")


@_attrs_define
class CampaignClientUsage:
    """One browser or email client of a campaign's opens. **Inferred shape**; every field is optional."""

    name: None | str | Unset = UNSET
    """ The browser's or email client's name. """
    opens: int | None | Unset = UNSET
    """ Opens with this client. """
    percent: float | None | Unset = UNSET
    """ This client's share of the opens, in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        opens: int | None | Unset
        if isinstance(self.opens, Unset):
            opens = UNSET
        else:
            opens = self.opens

        percent: float | None | Unset
        if isinstance(self.percent, Unset):
            percent = UNSET
        else:
            percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if opens is not UNSET:
            field_dict["opens"] = opens
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        opens: int | None | Unset = d.pop("opens", UNSET)

        percent: float | None | Unset = d.pop("percent", UNSET)

        campaign_client_usage = cls(
            name=name,
            opens=opens,
            percent=percent,
        )

        campaign_client_usage.additional_properties = d
        return campaign_client_usage

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
