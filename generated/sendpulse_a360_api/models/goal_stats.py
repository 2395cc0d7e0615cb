from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoalStats")


@_attrs_define
class GoalStats:
    """A Goal element's statistics. Certain: `flow_id` (overall only), `executed`, `last_send`. The seed's overall
    example also shows `sent`, `delivered`, `opened`, `clicked` and `errors`, apparently copied from the SMS
    call; they are kept, optional.

    """

    flow_id: int | Unset = UNSET
    """ The element ID of the Goal element. """
    executed: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    sent: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    delivered: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    opened: int | None | str | Unset = UNSET
    clicked: int | None | str | Unset = UNSET
    errors: int | str | Unset = UNSET
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

        sent: int | str | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        delivered: int | str | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        opened: int | None | str | Unset
        if isinstance(self.opened, Unset):
            opened = UNSET
        else:
            opened = self.opened

        clicked: int | None | str | Unset
        if isinstance(self.clicked, Unset):
            clicked = UNSET
        else:
            clicked = self.clicked

        errors: int | str | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        else:
            errors = self.errors

        last_send: None | str | Unset
        if isinstance(self.last_send, Unset):
            last_send = UNSET
        else:
            last_send = self.last_send

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_id is not UNSET:
            field_dict["flow_id"] = flow_id
        if executed is not UNSET:
            field_dict["executed"] = executed
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if errors is not UNSET:
            field_dict["errors"] = errors
        if last_send is not UNSET:
            field_dict["last_send"] = last_send

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_id = d.pop("flow_id", UNSET)

        executed: int | str | Unset = d.pop("executed", UNSET)

        sent: int | str | Unset = d.pop("sent", UNSET)

        delivered: int | str | Unset = d.pop("delivered", UNSET)

        opened: int | None | str | Unset = d.pop("opened", UNSET)

        clicked: int | None | str | Unset = d.pop("clicked", UNSET)

        errors: int | str | Unset = d.pop("errors", UNSET)

        last_send: None | str | Unset = d.pop("last_send", UNSET)

        goal_stats = cls(
            flow_id=flow_id,
            executed=executed,
            sent=sent,
            delivered=delivered,
            opened=opened,
            clicked=clicked,
            errors=errors,
            last_send=last_send,
        )

        goal_stats.additional_properties = d
        return goal_stats

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
