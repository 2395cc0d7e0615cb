from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

        def _parse_type_(data: object) -> A360ElementType:
            return A360ElementType(data)

        type_ = _parse_type_(d.pop("type"))

        flow_id = d.pop("flow_id")

        def _parse_executed(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        executed = _parse_executed(d.pop("executed", UNSET))

        def _parse_deleted(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_positive(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        positive = _parse_positive(d.pop("positive", UNSET))

        def _parse_negative(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        negative = _parse_negative(d.pop("negative", UNSET))

        def _parse_stopped(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        stopped = _parse_stopped(d.pop("stopped", UNSET))

        def _parse_sent(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sent = _parse_sent(d.pop("sent", UNSET))

        def _parse_delivered(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        delivered = _parse_delivered(d.pop("delivered", UNSET))

        def _parse_opened(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        opened = _parse_opened(d.pop("opened", UNSET))

        def _parse_clicked(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        clicked = _parse_clicked(d.pop("clicked", UNSET))

        def _parse_marked_as_spam(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        marked_as_spam = _parse_marked_as_spam(d.pop("marked_as_spam", UNSET))

        def _parse_unsubscribed(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        unsubscribed = _parse_unsubscribed(d.pop("unsubscribed", UNSET))

        def _parse_errors(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_error(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_last_send(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_send = _parse_last_send(d.pop("last_send", UNSET))

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
