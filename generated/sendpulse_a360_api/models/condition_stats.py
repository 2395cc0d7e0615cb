from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionStats")


@_attrs_define
class ConditionStats:
    """A Condition element's statistics. `executed` and `last_send` cover the whole lifetime; `positive`,
    `negative` and `stopped` were added on 2020-11-30 and count from that date (the seed's examples do not
    show them).

    """

    flow_id: int
    """ The element ID of the Condition element. """
    executed: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    positive: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    negative: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    stopped: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    last_send: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        executed: int | str | Unset
        if isinstance(self.executed, Unset):
            executed = UNSET
        else:
            executed = self.executed

        positive: int | str | Unset
        if isinstance(self.positive, Unset):
            positive = UNSET
        else:
            positive = self.positive

        negative: int | str | Unset
        if isinstance(self.negative, Unset):
            negative = UNSET
        else:
            negative = self.negative

        stopped: int | str | Unset
        if isinstance(self.stopped, Unset):
            stopped = UNSET
        else:
            stopped = self.stopped

        last_send: None | str | Unset
        if isinstance(self.last_send, Unset):
            last_send = UNSET
        else:
            last_send = self.last_send

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow_id": flow_id,
            }
        )
        if executed is not UNSET:
            field_dict["executed"] = executed
        if positive is not UNSET:
            field_dict["positive"] = positive
        if negative is not UNSET:
            field_dict["negative"] = negative
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if last_send is not UNSET:
            field_dict["last_send"] = last_send

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_id = d.pop("flow_id")

        executed: int | str | Unset = d.pop("executed", UNSET)

        positive: int | str | Unset = d.pop("positive", UNSET)

        negative: int | str | Unset = d.pop("negative", UNSET)

        stopped: int | str | Unset = d.pop("stopped", UNSET)

        last_send: None | str | Unset = d.pop("last_send", UNSET)

        condition_stats = cls(
            flow_id=flow_id,
            executed=executed,
            positive=positive,
            negative=negative,
            stopped=stopped,
            last_send=last_send,
        )

        condition_stats.additional_properties = d
        return condition_stats

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
