from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_campaign_scheduling import SmsCampaignScheduling
    from ..models.sms_campaign_segment import SmsCampaignSegment


T = TypeVar("T", bound="SmsCampaign")


@_attrs_define
class SmsCampaign:
    """An SMS campaign (official ApiSmsCampaignInfoCampaign, page GET-api-smscampaign-Campaign-id)."""

    id: int
    """ The SMS campaign's id. """
    name: None | str
    """ The campaign's name, for internal use only. """
    from_name: None | str | Unset = UNSET
    """ The sender name (up to 11 English letters); empty when a sending profile is used. """
    content: None | str | Unset = UNSET
    """ The SMS text. """
    unsubscribe_text: None | str | Unset = UNSET
    """ The text of the unsubscribe link. """
    can_unsubscribe: bool | None | Unset = UNSET
    """ Whether an unsubscribe link is added (the official page's description, "If the links are tracked",
    looks copied from `is_link_tracking`).
     """
    is_link_tracking: bool | None | Unset = UNSET
    """ Whether links in the SMS are tracked. """
    send_type: None | str | Unset = UNSET
    """ The kind of send (the official sample shows `Regular`; the other kinds presumably mirror the `SendType`
    filter: test and operational sends).
     """
    send_type_name: None | str | Unset = UNSET
    """ A display name for `send_type`. """
    status_id: int | None | Unset = UNSET
    """ The campaign's status code (see `status_name`). """
    status_name: None | str | Unset = UNSET
    """ The campaign's status, as a name. """
    total_sent: int | None | Unset = UNSET
    """ How many messages were sent. """
    status_date: None | str | Unset = UNSET
    """ When the status last changed. """
    handled_date: None | str | Unset = UNSET
    """ When the campaign was handled (sent). """
    segment: None | SmsCampaignSegment | Unset = UNSET
    scheduling: None | SmsCampaignScheduling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sms_campaign_scheduling import SmsCampaignScheduling
        from ..models.sms_campaign_segment import SmsCampaignSegment

        id = self.id

        name: None | str
        name = self.name

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        unsubscribe_text: None | str | Unset
        if isinstance(self.unsubscribe_text, Unset):
            unsubscribe_text = UNSET
        else:
            unsubscribe_text = self.unsubscribe_text

        can_unsubscribe: bool | None | Unset
        if isinstance(self.can_unsubscribe, Unset):
            can_unsubscribe = UNSET
        else:
            can_unsubscribe = self.can_unsubscribe

        is_link_tracking: bool | None | Unset
        if isinstance(self.is_link_tracking, Unset):
            is_link_tracking = UNSET
        else:
            is_link_tracking = self.is_link_tracking

        send_type: None | str | Unset
        if isinstance(self.send_type, Unset):
            send_type = UNSET
        else:
            send_type = self.send_type

        send_type_name: None | str | Unset
        if isinstance(self.send_type_name, Unset):
            send_type_name = UNSET
        else:
            send_type_name = self.send_type_name

        status_id: int | None | Unset
        if isinstance(self.status_id, Unset):
            status_id = UNSET
        else:
            status_id = self.status_id

        status_name: None | str | Unset
        if isinstance(self.status_name, Unset):
            status_name = UNSET
        else:
            status_name = self.status_name

        total_sent: int | None | Unset
        if isinstance(self.total_sent, Unset):
            total_sent = UNSET
        else:
            total_sent = self.total_sent

        status_date: None | str | Unset
        if isinstance(self.status_date, Unset):
            status_date = UNSET
        else:
            status_date = self.status_date

        handled_date: None | str | Unset
        if isinstance(self.handled_date, Unset):
            handled_date = UNSET
        else:
            handled_date = self.handled_date

        segment: dict[str, Any] | None | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        elif isinstance(self.segment, SmsCampaignSegment):
            segment = self.segment.to_dict()
        else:
            segment = self.segment

        scheduling: dict[str, Any] | None | Unset
        if isinstance(self.scheduling, Unset):
            scheduling = UNSET
        elif isinstance(self.scheduling, SmsCampaignScheduling):
            scheduling = self.scheduling.to_dict()
        else:
            scheduling = self.scheduling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if content is not UNSET:
            field_dict["content"] = content
        if unsubscribe_text is not UNSET:
            field_dict["unsubscribe_text"] = unsubscribe_text
        if can_unsubscribe is not UNSET:
            field_dict["can_unsubscribe"] = can_unsubscribe
        if is_link_tracking is not UNSET:
            field_dict["is_link_tracking"] = is_link_tracking
        if send_type is not UNSET:
            field_dict["send_type"] = send_type
        if send_type_name is not UNSET:
            field_dict["send_type_name"] = send_type_name
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if status_date is not UNSET:
            field_dict["status_date"] = status_date
        if handled_date is not UNSET:
            field_dict["handled_date"] = handled_date
        if segment is not UNSET:
            field_dict["segment"] = segment
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_campaign_scheduling import SmsCampaignScheduling
        from ..models.sms_campaign_segment import SmsCampaignSegment

        d = dict(src_dict)
        id = d.pop("id")

        name: None | str = d.pop("name")

        from_name: None | str | Unset = d.pop("from_name", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        unsubscribe_text: None | str | Unset = d.pop("unsubscribe_text", UNSET)

        can_unsubscribe: bool | None | Unset = d.pop("can_unsubscribe", UNSET)

        is_link_tracking: bool | None | Unset = d.pop("is_link_tracking", UNSET)

        send_type: None | str | Unset = d.pop("send_type", UNSET)

        send_type_name: None | str | Unset = d.pop("send_type_name", UNSET)

        status_id: int | None | Unset = d.pop("status_id", UNSET)

        status_name: None | str | Unset = d.pop("status_name", UNSET)

        total_sent: int | None | Unset = d.pop("total_sent", UNSET)

        status_date: None | str | Unset = d.pop("status_date", UNSET)

        handled_date: None | str | Unset = d.pop("handled_date", UNSET)

        def _parse_segment(data: object) -> None | SmsCampaignSegment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segment_type_0 = SmsCampaignSegment.from_dict(data)

                return segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmsCampaignSegment | Unset, data)

        segment = _parse_segment(d.pop("segment", UNSET))

        def _parse_scheduling(data: object) -> None | SmsCampaignScheduling | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scheduling_type_0 = SmsCampaignScheduling.from_dict(data)

                return scheduling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmsCampaignScheduling | Unset, data)

        scheduling = _parse_scheduling(d.pop("scheduling", UNSET))

        sms_campaign = cls(
            id=id,
            name=name,
            from_name=from_name,
            content=content,
            unsubscribe_text=unsubscribe_text,
            can_unsubscribe=can_unsubscribe,
            is_link_tracking=is_link_tracking,
            send_type=send_type,
            send_type_name=send_type_name,
            status_id=status_id,
            status_name=status_name,
            total_sent=total_sent,
            status_date=status_date,
            handled_date=handled_date,
            segment=segment,
            scheduling=scheduling,
        )

        sms_campaign.additional_properties = d
        return sms_campaign

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
