from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import A360ElementType


T = TypeVar("T", bound="FlowElementTotalStats")


@_attrs_define
class FlowElementTotalStats:
    """One element's lifetime counters. Which counters appear depends on `type`: `maintrigger` executed, deleted;
    `filter` executed, positive, negative, stopped; `goal`, `action` (and `trigger`) executed; `sms` executed,
    sent, delivered, errors; `email` sent, error (singular), opened, clicked, marked_as_spam, unsubscribed,
    delivered; `push` sent, delivered, clicked, errors. The counters are optional; `type` and `flow_id` are in
    every row.

    """

    type_: A360ElementType
    """ An element type: `maintrigger` (Start), `trigger` (Condition), `email`, `sms`, `push`, `messenger`,
    `action`, `filter`, `goal`. The seed's table omits `messenger`, whose statistics calls exist.
     """
    flow_id: int
    """ The element ID. """
    executed: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    deleted: int | str | Unset = UNSET
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
    sent: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    delivered: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    opened: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    clicked: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    marked_as_spam: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    unsubscribed: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    errors: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    error: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    last_send: None | str | Unset = UNSET
    """ When the element last ran; null if never. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        flow_id = self.flow_id

        executed: int | str | Unset
        if isinstance(self.executed, Unset):
            executed = UNSET
        else:
            executed = self.executed

        deleted: int | str | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

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

        opened: int | str | Unset
        if isinstance(self.opened, Unset):
            opened = UNSET
        else:
            opened = self.opened

        clicked: int | str | Unset
        if isinstance(self.clicked, Unset):
            clicked = UNSET
        else:
            clicked = self.clicked

        marked_as_spam: int | str | Unset
        if isinstance(self.marked_as_spam, Unset):
            marked_as_spam = UNSET
        else:
            marked_as_spam = self.marked_as_spam

        unsubscribed: int | str | Unset
        if isinstance(self.unsubscribed, Unset):
            unsubscribed = UNSET
        else:
            unsubscribed = self.unsubscribed

        errors: int | str | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        else:
            errors = self.errors

        error: int | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        last_send: None | str | Unset
        if isinstance(self.last_send, Unset):
            last_send = UNSET
        else:
            last_send = self.last_send

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "flow_id": flow_id,
            }
        )
        if executed is not UNSET:
            field_dict["executed"] = executed
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if positive is not UNSET:
            field_dict["positive"] = positive
        if negative is not UNSET:
            field_dict["negative"] = negative
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if opened is not UNSET:
            field_dict["opened"] = opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if marked_as_spam is not UNSET:
            field_dict["marked_as_spam"] = marked_as_spam
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error is not UNSET:
            field_dict["error"] = error
        if last_send is not UNSET:
            field_dict["last_send"] = last_send

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import A360ElementType

        d = dict(src_dict)
        type_ = A360ElementType(d.pop("type"))

        flow_id = d.pop("flow_id")

        executed: int | str | Unset = d.pop("executed", UNSET)

        deleted: int | str | Unset = d.pop("deleted", UNSET)

        positive: int | str | Unset = d.pop("positive", UNSET)

        negative: int | str | Unset = d.pop("negative", UNSET)

        stopped: int | str | Unset = d.pop("stopped", UNSET)

        sent: int | str | Unset = d.pop("sent", UNSET)

        delivered: int | str | Unset = d.pop("delivered", UNSET)

        opened: int | str | Unset = d.pop("opened", UNSET)

        clicked: int | str | Unset = d.pop("clicked", UNSET)

        marked_as_spam: int | str | Unset = d.pop("marked_as_spam", UNSET)

        unsubscribed: int | str | Unset = d.pop("unsubscribed", UNSET)

        errors: int | str | Unset = d.pop("errors", UNSET)

        error: int | str | Unset = d.pop("error", UNSET)

        last_send: None | str | Unset = d.pop("last_send", UNSET)

        flow_element_total_stats = cls(
            type_=type_,
            flow_id=flow_id,
            executed=executed,
            deleted=deleted,
            positive=positive,
            negative=negative,
            stopped=stopped,
            sent=sent,
            delivered=delivered,
            opened=opened,
            clicked=clicked,
            marked_as_spam=marked_as_spam,
            unsubscribed=unsubscribed,
            errors=errors,
            error=error,
            last_send=last_send,
        )

        flow_element_total_stats.additional_properties = d
        return flow_element_total_stats

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
