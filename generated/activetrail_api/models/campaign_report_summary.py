from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignReportSummary")


@_attrs_define
class CampaignReportSummary:
    """One campaign's report summary. `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads
    them). **The counters are inferred:** public client code (COR) says the report holds the send date, sent,
    opened, clicks, CTO, bounces, unsubscribers, complaints and unopened; their names here follow the official
    campaign report pages where one exists (`opens` of ApiCampaignOpensList, `bounces` of BouncesByDomain,
    `complaints` of the older ApiCampaignComplaintsList) and are our guess otherwise (`sent`, `clicks`, `cto`,
    `unsubscribes`, `unopened`). Every field is optional.

    """

    campaign_id: int | None | Unset = UNSET
    """ The campaign's id (KP). """
    campaign_name: None | str | Unset = UNSET
    """ The campaign's name (KP). """
    last_sent_date: None | str | Unset = UNSET
    """ When the campaign was last sent (KP). """
    sent: int | None | Unset = UNSET
    """ Emails sent (inferred name). """
    opens: int | None | Unset = UNSET
    """ Contacts who opened the email (inferred; named like ApiCampaignOpensList's `opens`). """
    clicks: int | None | Unset = UNSET
    """ Clicks on the email's links (inferred name). """
    cto: float | None | Unset = UNSET
    """ Click-to-open rate, in percent (inferred name; COR calls it CTO). """
    bounces: int | None | Unset = UNSET
    """ Emails that could not be delivered (inferred; named like BouncesByDomain's `bounces`). """
    unsubscribes: int | None | Unset = UNSET
    """ Contacts who unsubscribed through the email (inferred name). """
    complaints: int | None | Unset = UNSET
    """ Contacts who reported the email as spam (inferred; the older complaints page's `complaints`). """
    unopened: int | None | Unset = UNSET
    """ Recipients who did not open the email (inferred name). """
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

        last_sent_date: None | str | Unset
        if isinstance(self.last_sent_date, Unset):
            last_sent_date = UNSET
        else:
            last_sent_date = self.last_sent_date

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

        cto: float | None | Unset
        if isinstance(self.cto, Unset):
            cto = UNSET
        else:
            cto = self.cto

        bounces: int | None | Unset
        if isinstance(self.bounces, Unset):
            bounces = UNSET
        else:
            bounces = self.bounces

        unsubscribes: int | None | Unset
        if isinstance(self.unsubscribes, Unset):
            unsubscribes = UNSET
        else:
            unsubscribes = self.unsubscribes

        complaints: int | None | Unset
        if isinstance(self.complaints, Unset):
            complaints = UNSET
        else:
            complaints = self.complaints

        unopened: int | None | Unset
        if isinstance(self.unopened, Unset):
            unopened = UNSET
        else:
            unopened = self.unopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if last_sent_date is not UNSET:
            field_dict["last_sent_date"] = last_sent_date
        if sent is not UNSET:
            field_dict["sent"] = sent
        if opens is not UNSET:
            field_dict["opens"] = opens
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if cto is not UNSET:
            field_dict["cto"] = cto
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if unsubscribes is not UNSET:
            field_dict["unsubscribes"] = unsubscribes
        if complaints is not UNSET:
            field_dict["complaints"] = complaints
        if unopened is not UNSET:
            field_dict["unopened"] = unopened

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id: int | None | Unset = d.pop("campaign_id", UNSET)

        campaign_name: None | str | Unset = d.pop("campaign_name", UNSET)

        last_sent_date: None | str | Unset = d.pop("last_sent_date", UNSET)

        sent: int | None | Unset = d.pop("sent", UNSET)

        opens: int | None | Unset = d.pop("opens", UNSET)

        clicks: int | None | Unset = d.pop("clicks", UNSET)

        cto: float | None | Unset = d.pop("cto", UNSET)

        bounces: int | None | Unset = d.pop("bounces", UNSET)

        unsubscribes: int | None | Unset = d.pop("unsubscribes", UNSET)

        complaints: int | None | Unset = d.pop("complaints", UNSET)

        unopened: int | None | Unset = d.pop("unopened", UNSET)

        campaign_report_summary = cls(
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            last_sent_date=last_sent_date,
            sent=sent,
            opens=opens,
            clicks=clicks,
            cto=cto,
            bounces=bounces,
            unsubscribes=unsubscribes,
            complaints=complaints,
            unopened=unopened,
        )

        campaign_report_summary.additional_properties = d
        return campaign_report_summary

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
