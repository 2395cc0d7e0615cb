from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignSegment")


@_attrs_define
class EmailCampaignSegment:
    """A campaign's recipients and sending restrictions (ApiCampaignRestrictionsSegment), as returned by
    `GET /api/campaigns/{id}/segment`. `sub_account_id` appears only in older versions of the reference page.

    """

    limit_amount: int | None | Unset = UNSET
    """ Send to at most this many contacts. """
    limit_per_hour: int | None | Unset = UNSET
    """ Send at most this many emails per hour. """
    last_days_not_received: int | None | Unset = UNSET
    """ Send only to contacts who received no email in this many days. """
    groups_excluded_ids: list[int] | None | Unset = UNSET
    """ Do not send to contacts of these groups. """
    not_opened_campaign_ids: list[int] | None | Unset = UNSET
    """ Send only to contacts who did not open these campaigns. """
    not_received_campaign_ids: list[int] | None | Unset = UNSET
    """ Send only to contacts who did not receive these campaigns. """
    sub_account_id: int | None | Unset = UNSET
    """ Send to the contacts of this sub-account (older docs only). """
    group_ids: list[int] | None | Unset = UNSET
    """ The groups that receive the campaign. """
    mailing_list_id: int | None | Unset = UNSET
    """ The mailing list that receives the campaign (accounts with mailing lists). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_amount: int | None | Unset
        if isinstance(self.limit_amount, Unset):
            limit_amount = UNSET
        else:
            limit_amount = self.limit_amount

        limit_per_hour: int | None | Unset
        if isinstance(self.limit_per_hour, Unset):
            limit_per_hour = UNSET
        else:
            limit_per_hour = self.limit_per_hour

        last_days_not_received: int | None | Unset
        if isinstance(self.last_days_not_received, Unset):
            last_days_not_received = UNSET
        else:
            last_days_not_received = self.last_days_not_received

        groups_excluded_ids: list[int] | None | Unset
        if isinstance(self.groups_excluded_ids, Unset):
            groups_excluded_ids = UNSET
        elif isinstance(self.groups_excluded_ids, list):
            groups_excluded_ids = self.groups_excluded_ids

        else:
            groups_excluded_ids = self.groups_excluded_ids

        not_opened_campaign_ids: list[int] | None | Unset
        if isinstance(self.not_opened_campaign_ids, Unset):
            not_opened_campaign_ids = UNSET
        elif isinstance(self.not_opened_campaign_ids, list):
            not_opened_campaign_ids = self.not_opened_campaign_ids

        else:
            not_opened_campaign_ids = self.not_opened_campaign_ids

        not_received_campaign_ids: list[int] | None | Unset
        if isinstance(self.not_received_campaign_ids, Unset):
            not_received_campaign_ids = UNSET
        elif isinstance(self.not_received_campaign_ids, list):
            not_received_campaign_ids = self.not_received_campaign_ids

        else:
            not_received_campaign_ids = self.not_received_campaign_ids

        sub_account_id: int | None | Unset
        if isinstance(self.sub_account_id, Unset):
            sub_account_id = UNSET
        else:
            sub_account_id = self.sub_account_id

        group_ids: list[int] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = self.group_ids

        else:
            group_ids = self.group_ids

        mailing_list_id: int | None | Unset
        if isinstance(self.mailing_list_id, Unset):
            mailing_list_id = UNSET
        else:
            mailing_list_id = self.mailing_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if mailing_list_id is not UNSET:
            field_dict["mailing_list_id"] = mailing_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        limit_amount: int | None | Unset = d.pop("limit_amount", UNSET)

        limit_per_hour: int | None | Unset = d.pop("limit_per_hour", UNSET)

        last_days_not_received: int | None | Unset = d.pop(
            "last_days_not_received", UNSET
        )

        def _parse_groups_excluded_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_excluded_ids_type_0 = cast(list[int], data)

                return groups_excluded_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        groups_excluded_ids = _parse_groups_excluded_ids(
            d.pop("groups_excluded_ids", UNSET)
        )

        def _parse_not_opened_campaign_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_opened_campaign_ids_type_0 = cast(list[int], data)

                return not_opened_campaign_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        not_opened_campaign_ids = _parse_not_opened_campaign_ids(
            d.pop("not_opened_campaign_ids", UNSET)
        )

        def _parse_not_received_campaign_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                not_received_campaign_ids_type_0 = cast(list[int], data)

                return not_received_campaign_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        not_received_campaign_ids = _parse_not_received_campaign_ids(
            d.pop("not_received_campaign_ids", UNSET)
        )

        sub_account_id: int | None | Unset = d.pop("sub_account_id", UNSET)

        def _parse_group_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_ids_type_0 = cast(list[int], data)

                return group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        group_ids = _parse_group_ids(d.pop("group_ids", UNSET))

        mailing_list_id: int | None | Unset = d.pop("mailing_list_id", UNSET)

        email_campaign_segment = cls(
            limit_amount=limit_amount,
            limit_per_hour=limit_per_hour,
            last_days_not_received=last_days_not_received,
            groups_excluded_ids=groups_excluded_ids,
            not_opened_campaign_ids=not_opened_campaign_ids,
            not_received_campaign_ids=not_received_campaign_ids,
            sub_account_id=sub_account_id,
            group_ids=group_ids,
            mailing_list_id=mailing_list_id,
        )

        email_campaign_segment.additional_properties = d
        return email_campaign_segment

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
