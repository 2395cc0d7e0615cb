from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_email_task import FlowEmailTask


T = TypeVar("T", bound="EmailStats")


@_attrs_define
class EmailStats:
    """An Email element's statistics. Overall (`group-stat`): `flow_id`, `task` and integer counters. For a period
    (`group-stat-filtered`): counters as numeric strings and `last_send`, no `flow_id` or `task`.

    """

    flow_id: int | Unset = UNSET
    """ The element ID of the Email element. """
    task: FlowEmailTask | Unset = UNSET
    """ The email campaign an Email element sends. `message_title`, `sender_mail_address` and `sender_mail_name`
    are required: the seed's examples (`get_flow`, `get_email_stats`) always show them, and they tell this shape
    from the push and SMS tasks.
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
    errors: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    unsubscribed: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    marked_as_spam: int | str | Unset = UNSET
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    last_send: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

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

        errors: int | str | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        else:
            errors = self.errors

        unsubscribed: int | str | Unset
        if isinstance(self.unsubscribed, Unset):
            unsubscribed = UNSET
        else:
            unsubscribed = self.unsubscribed

        marked_as_spam: int | str | Unset
        if isinstance(self.marked_as_spam, Unset):
            marked_as_spam = UNSET
        else:
            marked_as_spam = self.marked_as_spam

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
        if task is not UNSET:
            field_dict["task"] = task
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
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if marked_as_spam is not UNSET:
            field_dict["marked_as_spam"] = marked_as_spam
        if last_send is not UNSET:
            field_dict["last_send"] = last_send

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_email_task import FlowEmailTask

        d = dict(src_dict)
        flow_id = d.pop("flow_id", UNSET)

        _task = d.pop("task", UNSET)
        task: FlowEmailTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = FlowEmailTask.from_dict(_task)

        sent: int | str | Unset = d.pop("sent", UNSET)

        delivered: int | str | Unset = d.pop("delivered", UNSET)

        opened: int | str | Unset = d.pop("opened", UNSET)

        clicked: int | str | Unset = d.pop("clicked", UNSET)

        errors: int | str | Unset = d.pop("errors", UNSET)

        unsubscribed: int | str | Unset = d.pop("unsubscribed", UNSET)

        marked_as_spam: int | str | Unset = d.pop("marked_as_spam", UNSET)

        last_send: None | str | Unset = d.pop("last_send", UNSET)

        email_stats = cls(
            flow_id=flow_id,
            task=task,
            sent=sent,
            delivered=delivered,
            opened=opened,
            clicked=clicked,
            errors=errors,
            unsubscribed=unsubscribed,
            marked_as_spam=marked_as_spam,
            last_send=last_send,
        )

        email_stats.additional_properties = d
        return email_stats

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
