from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCampaignSegment")


@_attrs_define
class SmsCampaignSegment:
    """Who receives an SMS campaign and the sending restrictions (`segment` on the official page
    GET-api-smscampaign-Campaign-id; `restricated_*` is the official spelling).

    """

    group_ids: list[int] | None | Unset = UNSET
    """ The groups that receive the campaign (see `GET /api/groups`). """
    restricated_group_ids: list[int] | None | Unset = UNSET
    """ Do not send to contacts that are in these groups. """
    restricated_campaign_ids: list[int] | None | Unset = UNSET
    """ Do not send to contacts that received these SMS campaigns. """
    mailing_list_id: int | None | Unset = UNSET
    """ The mailing list the campaign is sent to, when the account uses mailing lists. """
    limit_amount: int | None | Unset = UNSET
    """ Send to at most this many contacts. """
    sms_sending_profile_id: int | None | Unset = UNSET
    """ The SMS sending profile to send with (see the account's SMS sending profiles); required when
    `from_name` is not given.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_ids: list[int] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = self.group_ids

        else:
            group_ids = self.group_ids

        restricated_group_ids: list[int] | None | Unset
        if isinstance(self.restricated_group_ids, Unset):
            restricated_group_ids = UNSET
        elif isinstance(self.restricated_group_ids, list):
            restricated_group_ids = self.restricated_group_ids

        else:
            restricated_group_ids = self.restricated_group_ids

        restricated_campaign_ids: list[int] | None | Unset
        if isinstance(self.restricated_campaign_ids, Unset):
            restricated_campaign_ids = UNSET
        elif isinstance(self.restricated_campaign_ids, list):
            restricated_campaign_ids = self.restricated_campaign_ids

        else:
            restricated_campaign_ids = self.restricated_campaign_ids

        mailing_list_id: int | None | Unset
        if isinstance(self.mailing_list_id, Unset):
            mailing_list_id = UNSET
        else:
            mailing_list_id = self.mailing_list_id

        limit_amount: int | None | Unset
        if isinstance(self.limit_amount, Unset):
            limit_amount = UNSET
        else:
            limit_amount = self.limit_amount

        sms_sending_profile_id: int | None | Unset
        if isinstance(self.sms_sending_profile_id, Unset):
            sms_sending_profile_id = UNSET
        else:
            sms_sending_profile_id = self.sms_sending_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_ids is not UNSET:
            field_dict["group_ids"] = group_ids
        if restricated_group_ids is not UNSET:
            field_dict["restricated_group_ids"] = restricated_group_ids
        if restricated_campaign_ids is not UNSET:
            field_dict["restricated_campaign_ids"] = restricated_campaign_ids
        if mailing_list_id is not UNSET:
            field_dict["mailing_list_id"] = mailing_list_id
        if limit_amount is not UNSET:
            field_dict["limit_amount"] = limit_amount
        if sms_sending_profile_id is not UNSET:
            field_dict["sms_sending_profile_id"] = sms_sending_profile_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        def _parse_restricated_group_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restricated_group_ids_type_0 = cast(list[int], data)

                return restricated_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        restricated_group_ids = _parse_restricated_group_ids(
            d.pop("restricated_group_ids", UNSET)
        )

        def _parse_restricated_campaign_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restricated_campaign_ids_type_0 = cast(list[int], data)

                return restricated_campaign_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        restricated_campaign_ids = _parse_restricated_campaign_ids(
            d.pop("restricated_campaign_ids", UNSET)
        )

        mailing_list_id: int | None | Unset = d.pop("mailing_list_id", UNSET)

        limit_amount: int | None | Unset = d.pop("limit_amount", UNSET)

        sms_sending_profile_id: int | None | Unset = d.pop(
            "sms_sending_profile_id", UNSET
        )

        sms_campaign_segment = cls(
            group_ids=group_ids,
            restricated_group_ids=restricated_group_ids,
            restricated_campaign_ids=restricated_campaign_ids,
            mailing_list_id=mailing_list_id,
            limit_amount=limit_amount,
            sms_sending_profile_id=sms_sending_profile_id,
        )

        sms_campaign_segment.additional_properties = d
        return sms_campaign_segment

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
