from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_email_task import FlowEmailTask
    from ..models.flow_push_task import FlowPushTask
    from ..models.flow_sms_task import FlowSmsTask
if TYPE_CHECKING:
    from pulsetrail._enums import A360ElementType


T = TypeVar("T", bound="FlowElement")


@_attrs_define
class FlowElement:
    """An element of a flow. `id` is the element ID for the `/a360/stats/<type>/{ID}` calls; `af_type` tells the
    type and so the shape of `task`.

    """

    id: int
    """ The element ID. """
    af_type: A360ElementType
    """ An element type: `maintrigger` (Start), `trigger` (Condition), `email`, `sms`, `push`, `messenger`,
    `action`, `filter`, `goal`. The seed's table omits `messenger`, whose statistics calls exist.
     """
    main_id: int | Unset = UNSET
    """ The flow ID of the flow the element belongs to. """
    created: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    last_send: None | str | Unset = UNSET
    """ When the element last ran; null if never. """
    task: FlowEmailTask | FlowPushTask | FlowSmsTask | None | Unset = UNSET
    """ The message the element sends: an email task (`af_type: email`), a push task (`push`) or an SMS task
    (`sms`); null for elements that send nothing (Start, Filter, Condition, Goal, Action in the seed).
    The shapes share `id`, `created` (and email and SMS share `address_book_id`), so each shape requires
    the fields only it has, as the seed's example shows them: `message_title`, `sender_mail_address` and
    `sender_mail_name` (email), `website_id`, `title` and `body` (push), `sms_body` and `sms_sender_name`
    (SMS). A parser that tries the shapes in turn therefore picks the one that matches; a task with none of
    these sets is kept as raw JSON. `af_type` still tells the shape without trying.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_email_task import FlowEmailTask
        from ..models.flow_push_task import FlowPushTask
        from ..models.flow_sms_task import FlowSmsTask

        id = self.id

        af_type = str(self.af_type)

        main_id = self.main_id

        created = self.created

        last_send: None | str | Unset
        if isinstance(self.last_send, Unset):
            last_send = UNSET
        else:
            last_send = self.last_send

        task: dict[str, Any] | None | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif (
            isinstance(self.task, FlowPushTask)
            or isinstance(self.task, FlowSmsTask)
            or isinstance(self.task, FlowEmailTask)
        ):
            task = self.task.to_dict()
        else:
            task = self.task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "af_type": af_type,
            }
        )
        if main_id is not UNSET:
            field_dict["main_id"] = main_id
        if created is not UNSET:
            field_dict["created"] = created
        if last_send is not UNSET:
            field_dict["last_send"] = last_send
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import A360ElementType

        from ..models.flow_email_task import FlowEmailTask
        from ..models.flow_push_task import FlowPushTask
        from ..models.flow_sms_task import FlowSmsTask

        d = dict(src_dict)
        id = d.pop("id")

        af_type = A360ElementType(d.pop("af_type"))

        main_id = d.pop("main_id", UNSET)

        created = d.pop("created", UNSET)

        last_send: None | str | Unset = d.pop("last_send", UNSET)

        def _parse_task(
            data: object,
        ) -> FlowEmailTask | FlowPushTask | FlowSmsTask | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_type_0 = FlowPushTask.from_dict(data)

                return task_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_type_1 = FlowSmsTask.from_dict(data)

                return task_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_type_2 = FlowEmailTask.from_dict(data)

                return task_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowEmailTask | FlowPushTask | FlowSmsTask | None | Unset, data)

        task = _parse_task(d.pop("task", UNSET))

        flow_element = cls(
            id=id,
            af_type=af_type,
            main_id=main_id,
            created=created,
            last_send=last_send,
            task=task,
        )

        flow_element.additional_properties = d
        return flow_element

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
