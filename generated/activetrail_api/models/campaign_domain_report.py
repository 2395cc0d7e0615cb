from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignDomainReport")


@_attrs_define
class CampaignDomainReport:
    """A campaign's results for one recipient domain. **Inferred:** `domain_name` and `bounces` are named like the
    official BouncesByDomain rows of the bounces report; `sent`, `opens` and `clicks` are the other counters
    public client code (COR) lists for this call ("sends, opens, clicks, bounces"), with names of our own
    (`opens` as in ApiCampaignOpensList). Every field is optional.

    """

    domain_name: None | str | Unset = UNSET
    """ The recipients' email domain (for example `gmail.com`). """
    sent: int | None | Unset = UNSET
    """ Emails sent to the domain (inferred). """
    opens: int | None | Unset = UNSET
    """ Contacts of the domain who opened the email (inferred). """
    clicks: int | None | Unset = UNSET
    """ Clicks by contacts of the domain (inferred). """
    bounces: int | None | Unset = UNSET
    """ Emails to the domain that bounced (inferred; named like BouncesByDomain's `bounces`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name: None | str | Unset
        if isinstance(self.domain_name, Unset):
            domain_name = UNSET
        else:
            domain_name = self.domain_name

        sent: int | None | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        opens: int | None | Unset
        if isinstance(self.opens, Unset):
            opens = UNSET
        else:
            opens = self.opens

        clicks: int | None | Unset
        if isinstance(self.clicks, Unset):
            clicks = UNSET
        else:
            clicks = self.clicks

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
        if sent is not UNSET:
            field_dict["sent"] = sent
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if bounces is not UNSET:
            field_dict["bounces"] = bounces

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_name: None | str | Unset = d.pop("domain_name", UNSET)

        sent: int | None | Unset = d.pop("sent", UNSET)

        opens: int | None | Unset = d.pop("opens", UNSET)

        clicks: int | None | Unset = d.pop("clicks", UNSET)

        bounces: int | None | Unset = d.pop("bounces", UNSET)

        campaign_domain_report = cls(
            domain_name=domain_name,
            sent=sent,
            opens=opens,
            clicks=clicks,
            bounces=bounces,
        )

        campaign_domain_report.additional_properties = d
        return campaign_domain_report

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
