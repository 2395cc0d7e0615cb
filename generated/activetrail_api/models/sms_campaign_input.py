from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_campaign_scheduling import SmsCampaignScheduling
    from ..models.sms_campaign_segment import SmsCampaignSegment


T = TypeVar("T", bound="SmsCampaignInput")


@_attrs_define
class SmsCampaignInput:
    """The body of `create_sms_campaign` and `update_sms_campaign`: the official ApiSmsCampaignInfoCampaign without
    its read-only fields. Required marks as on the official page.

    """

    name: str
    """ The campaign's name, for internal use only. """
    content: str
    """ The SMS text. """
    segment: SmsCampaignSegment
    """ Who receives an SMS campaign and the sending restrictions (`segment` on the official page
    GET-api-smscampaign-Campaign-id; `restricated_*` is the official spelling).
     """
    scheduling: SmsCampaignScheduling
    """ When an SMS campaign is sent. The official sample shows `is_sent` and is cut after it; `scheduled_date` and
    `scheduled_time_zone` are inferred from an unidentified public client (unverified).
     """
    from_name: str | Unset = UNSET
    """ The sender name: up to 11 English letters, without special characters or spaces. Required when
    `segment.sms_sending_profile_id` is not used.
     """
    unsubscribe_text: str | Unset = UNSET
    """ The text of the unsubscribe link (two clients send it always). """
    can_unsubscribe: bool | Unset = UNSET
    """ Whether an unsubscribe link is added to the SMS. """
    is_link_tracking: bool | Unset = UNSET
    """ Whether links in the SMS are tracked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content = self.content

        segment = self.segment.to_dict()

        scheduling = self.scheduling.to_dict()

        from_name = self.from_name

        unsubscribe_text = self.unsubscribe_text

        can_unsubscribe = self.can_unsubscribe

        is_link_tracking = self.is_link_tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
                "segment": segment,
                "scheduling": scheduling,
            }
        )
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text
        if can_unsubscribe is not UNSET:
            field_dict["can_unsubscribe"] = can_unsubscribe
        if is_link_tracking is not UNSET:
            field_dict["is_link_tracking"] = is_link_tracking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_campaign_scheduling import SmsCampaignScheduling
        from ..models.sms_campaign_segment import SmsCampaignSegment

        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        segment = SmsCampaignSegment.from_dict(d.pop("segment"))

        scheduling = SmsCampaignScheduling.from_dict(d.pop("scheduling"))

        from_name = d.pop("from_name", UNSET)

        unsubscribe_text = d.pop("unsubscribe_text", UNSET)

        can_unsubscribe = d.pop("can_unsubscribe", UNSET)

        is_link_tracking = d.pop("is_link_tracking", UNSET)

        sms_campaign_input = cls(
            name=name,
            content=content,
            segment=segment,
            scheduling=scheduling,
            from_name=from_name,
            unsubscribe_text=unsubscribe_text,
            can_unsubscribe=can_unsubscribe,
            is_link_tracking=is_link_tracking,
        )

        sms_campaign_input.additional_properties = d
        return sms_campaign_input

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
