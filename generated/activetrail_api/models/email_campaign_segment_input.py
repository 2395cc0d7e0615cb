from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignSegmentInput")


@_attrs_define
class EmailCampaignSegmentInput:
    """The recipients and sending restrictions to set (ApiCampaignRestrictionsSegment). `group_ids` is required;
    `mailing_list_id` is required when the account has mailing lists and must be left out otherwise.

    """

    group_ids: list[int]
    """ The groups that receive the campaign (ids from `GET /api/groups`). """
    limit_amount: int | Unset = UNSET
    """ Send to at most this many contacts. """
    limit_per_hour: int | Unset = UNSET
    """ Send at most this many emails per hour. """
    last_days_not_received: int | Unset = UNSET
    """ Send only to contacts who received no email in this many days. """
    groups_excluded_ids: list[int] | Unset = UNSET
    """ Do not send to contacts of these groups (ids from `GET /api/groups`). """
    not_opened_campaign_ids: list[int] | Unset = UNSET
    """ Send only to contacts who did not open these campaigns. """
    not_received_campaign_ids: list[int] | Unset = UNSET
    """ Send only to contacts who did not receive these campaigns. """
    sub_account_id: int | Unset = UNSET
    """ Send to the contacts of this sub-account (older docs only). """
    mailing_list_id: int | Unset = UNSET
    """ The mailing list that receives the campaign (ids from `GET /api/mailinglist`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_ids = self.group_ids

        limit_amount = self.limit_amount

        limit_per_hour = self.limit_per_hour

        last_days_not_received = self.last_days_not_received

        groups_excluded_ids: list[int] | Unset = UNSET
        if not isinstance(self.groups_excluded_ids, Unset):
            groups_excluded_ids = self.groups_excluded_ids

        not_opened_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.not_opened_campaign_ids, Unset):
            not_opened_campaign_ids = self.not_opened_campaign_ids

        not_received_campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.not_received_campaign_ids, Unset):
            not_received_campaign_ids = self.not_received_campaign_ids

        sub_account_id = self.sub_account_id

        mailing_list_id = self.mailing_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_ids": group_ids,
            }
        )
        if limit_amount is not UNSET:
            field_dict["limit_amount"] = limit_amount
        if limit_per_hour is not UNSET:
            field_dict["limit_per_hour"] = limit_per_hour
        if last_days_not_received is not UNSET:
            field_dict["last_days_not_received"] = last_days_not_received
        if groups_excluded_ids is not UNSET:
            field_dict["groups_excluded_ids"] = groups_excluded_ids
        if not_opened_campaign_ids is not UNSET:
            field_dict["not_opened_campaign_ids"] = not_opened_campaign_ids
        if not_received_campaign_ids is not UNSET:
            field_dict["not_received_campaign_ids"] = not_received_campaign_ids
        if sub_account_id is not UNSET:
            field_dict["sub_account_id"] = sub_account_id
        if mailing_list_id is not UNSET:
            field_dict["mailing_list_id"] = mailing_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_ids = cast(list[int], d.pop("group_ids"))

        limit_amount = d.pop("limit_amount", UNSET)

        limit_per_hour = d.pop("limit_per_hour", UNSET)

        last_days_not_received = d.pop("last_days_not_received", UNSET)

        groups_excluded_ids = cast(list[int], d.pop("groups_excluded_ids", UNSET))

        not_opened_campaign_ids = cast(
            list[int], d.pop("not_opened_campaign_ids", UNSET)
        )

        not_received_campaign_ids = cast(
            list[int], d.pop("not_received_campaign_ids", UNSET)
        )

        sub_account_id = d.pop("sub_account_id", UNSET)

        mailing_list_id = d.pop("mailing_list_id", UNSET)

        email_campaign_segment_input = cls(
            group_ids=group_ids,
            limit_amount=limit_amount,
            limit_per_hour=limit_per_hour,
            last_days_not_received=last_days_not_received,
            groups_excluded_ids=groups_excluded_ids,
            not_opened_campaign_ids=not_opened_campaign_ids,
            not_received_campaign_ids=not_received_campaign_ids,
            sub_account_id=sub_account_id,
            mailing_list_id=mailing_list_id,
        )

        email_campaign_segment_input.additional_properties = d
        return email_campaign_segment_input

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
