from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow import Flow
    from ..models.flow_element import FlowElement


T = TypeVar("T", bound="FlowDetailsFiltered")


@_attrs_define
class FlowDetailsFiltered:
    """A flow's information for a period (`get_flow_stats_filtered`). **Assumed shape:** the seed documents no
    response for this call; this is the shape of `get_flow` (`FlowDetails`) with the totals for the period,
    possibly as numeric strings. Every field is optional; a flow or element it carries is the documented
    `Flow`/`FlowElement`.

    """

    autoresponder: Flow | Unset = UNSET
    """ A flow (an "autoresponder"). """
    flows: list[FlowElement] | Unset = UNSET
    """ The flow's elements. """
    starts: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    in_queue: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    end_count: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    send_messages: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    conversions: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autoresponder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoresponder, Unset):
            autoresponder = self.autoresponder.to_dict()

        flows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = []
            for flows_item_data in self.flows:
                flows_item = flows_item_data.to_dict()
                flows.append(flows_item)

        starts: int | str | Unset
        if isinstance(self.starts, Unset):
            starts = UNSET
        else:
            starts = self.starts

        in_queue: int | str | Unset
        if isinstance(self.in_queue, Unset):
            in_queue = UNSET
        else:
            in_queue = self.in_queue

        end_count: int | str | Unset
        if isinstance(self.end_count, Unset):
            end_count = UNSET
        else:
            end_count = self.end_count

        send_messages: int | str | Unset
        if isinstance(self.send_messages, Unset):
            send_messages = UNSET
        else:
            send_messages = self.send_messages

        conversions: int | str | Unset
        if isinstance(self.conversions, Unset):
            conversions = UNSET
        else:
            conversions = self.conversions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autoresponder is not UNSET:
            field_dict["autoresponder"] = autoresponder
        if flows is not UNSET:
            field_dict["flows"] = flows
        if starts is not UNSET:
            field_dict["starts"] = starts
        if in_queue is not UNSET:
            field_dict["in_queue"] = in_queue
        if end_count is not UNSET:
            field_dict["end_count"] = end_count
        if send_messages is not UNSET:
            field_dict["send_messages"] = send_messages
        if conversions is not UNSET:
            field_dict["conversions"] = conversions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow import Flow
        from ..models.flow_element import FlowElement

        d = dict(src_dict)
        _autoresponder = d.pop("autoresponder", UNSET)
        autoresponder: Flow | Unset
        if isinstance(_autoresponder, Unset):
            autoresponder = UNSET
        else:
            autoresponder = Flow.from_dict(_autoresponder)

        _flows = d.pop("flows", UNSET)
        flows: list[FlowElement] | Unset = UNSET
        if _flows is not UNSET:
            flows = []
            for flows_item_data in _flows:
                flows_item = FlowElement.from_dict(flows_item_data)

                flows.append(flows_item)

        starts: int | str | Unset = d.pop("starts", UNSET)

        in_queue: int | str | Unset = d.pop("in_queue", UNSET)

        end_count: int | str | Unset = d.pop("end_count", UNSET)

        send_messages: int | str | Unset = d.pop("send_messages", UNSET)

        conversions: int | str | Unset = d.pop("conversions", UNSET)

        flow_details_filtered = cls(
            autoresponder=autoresponder,
            flows=flows,
            starts=starts,
            in_queue=in_queue,
            end_count=end_count,
            send_messages=send_messages,
            conversions=conversions,
        )

        flow_details_filtered.additional_properties = d
        return flow_details_filtered

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
