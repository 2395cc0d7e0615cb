from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_double_optin import MemberDoubleOptin


T = TypeVar("T", bound="GroupMemberOptions")


@_attrs_define
class GroupMemberOptions:
    """The fields that adding a contact to a group accepts besides the contact's own fields."""

    campaign_id: int | None | Unset = UNSET
    """ The campaign the contact subscribed through, recorded as the subscription's source. """
    is_trigger_events: bool | None | Unset = UNSET
    """ Whether joining the group fires the group's events (automations and webhooks triggered by it). """
    is_solve_merge: bool | None | Unset = UNSET
    """ Whether the server should resolve a merge conflict (email and SMS number on different contacts) itself
    instead of answering `409 ResolveMergeNeeded` (public client code, DF).
     """
    double_optin: MemberDoubleOptin | None | Unset = UNSET
    """ Send a double opt-in email instead of subscribing the contact directly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.member_double_optin import MemberDoubleOptin

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        is_trigger_events: bool | None | Unset
        if isinstance(self.is_trigger_events, Unset):
            is_trigger_events = UNSET
        else:
            is_trigger_events = self.is_trigger_events

        is_solve_merge: bool | None | Unset
        if isinstance(self.is_solve_merge, Unset):
            is_solve_merge = UNSET
        else:
            is_solve_merge = self.is_solve_merge

        double_optin: dict[str, Any] | None | Unset
        if isinstance(self.double_optin, Unset):
            double_optin = UNSET
        elif isinstance(self.double_optin, MemberDoubleOptin):
            double_optin = self.double_optin.to_dict()
        else:
            double_optin = self.double_optin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if is_trigger_events is not UNSET:
            field_dict["is_trigger_events"] = is_trigger_events
        if is_solve_merge is not UNSET:
            field_dict["is_solve_merge"] = is_solve_merge
        if double_optin is not UNSET:
            field_dict["double_optin"] = double_optin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member_double_optin import MemberDoubleOptin

        d = dict(src_dict)
        campaign_id: int | None | Unset = d.pop("campaign_id", UNSET)

        is_trigger_events: bool | None | Unset = d.pop("is_trigger_events", UNSET)

        is_solve_merge: bool | None | Unset = d.pop("is_solve_merge", UNSET)

        def _parse_double_optin(data: object) -> MemberDoubleOptin | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                double_optin_type_0 = MemberDoubleOptin.from_dict(data)

                return double_optin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberDoubleOptin | None | Unset, data)

        double_optin = _parse_double_optin(d.pop("double_optin", UNSET))

        group_member_options = cls(
            campaign_id=campaign_id,
            is_trigger_events=is_trigger_events,
            is_solve_merge=is_solve_merge,
            double_optin=double_optin,
        )

        group_member_options.additional_properties = d
        return group_member_options

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
