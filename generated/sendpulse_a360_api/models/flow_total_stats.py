from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow import Flow
    from ..models.flow_element_total_stats import FlowElementTotalStats


T = TypeVar("T", bound="FlowTotalStats")


@_attrs_define
class FlowTotalStats:
    """A flow and the lifetime counters of each of its elements (`get_flow_total_stats`)."""

    autoresponder: Flow
    """ A flow (an "autoresponder"). """
    flows: list[FlowElementTotalStats]
    """ One row per element (of the requested `flow_type`, or deleted ones with `deleted=1`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autoresponder = self.autoresponder.to_dict()

        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoresponder": autoresponder,
                "flows": flows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow import Flow
        from ..models.flow_element_total_stats import FlowElementTotalStats

        d = dict(src_dict)
        autoresponder = Flow.from_dict(d.pop("autoresponder"))

        flows = []
        _flows = d.pop("flows")
        for flows_item_data in _flows:
            flows_item = FlowElementTotalStats.from_dict(flows_item_data)

            flows.append(flows_item)

        flow_total_stats = cls(
            autoresponder=autoresponder,
            flows=flows,
        )

        flow_total_stats.additional_properties = d
        return flow_total_stats

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
