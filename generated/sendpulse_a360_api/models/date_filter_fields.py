from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_filter_bound_from import DateFilterBoundFrom
    from ..models.date_filter_bound_to import DateFilterBoundTo


T = TypeVar("T", bound="DateFilterFields")


@_attrs_define
class DateFilterFields:
    """The date bounds; give `send_date_from`, `send_date_to` or both."""

    send_date_from: DateFilterBoundFrom | Unset = UNSET
    """ Statistics from this date on (inclusive). """
    send_date_to: DateFilterBoundTo | Unset = UNSET
    """ Statistics up to this date (inclusive). """

    def to_dict(self) -> dict[str, Any]:
        send_date_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_date_from, Unset):
            send_date_from = self.send_date_from.to_dict()

        send_date_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_date_to, Unset):
            send_date_to = self.send_date_to.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if send_date_from is not UNSET:
            field_dict["send_date_from"] = send_date_from
        if send_date_to is not UNSET:
            field_dict["send_date_to"] = send_date_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_filter_bound_from import DateFilterBoundFrom
        from ..models.date_filter_bound_to import DateFilterBoundTo

        d = dict(src_dict)
        _send_date_from = d.pop("send_date_from", UNSET)
        send_date_from: DateFilterBoundFrom | Unset
        if isinstance(_send_date_from, Unset):
            send_date_from = UNSET
        else:
            send_date_from = DateFilterBoundFrom.from_dict(_send_date_from)

        _send_date_to = d.pop("send_date_to", UNSET)
        send_date_to: DateFilterBoundTo | Unset
        if isinstance(_send_date_to, Unset):
            send_date_to = UNSET
        else:
            send_date_to = DateFilterBoundTo.from_dict(_send_date_to)

        date_filter_fields = cls(
            send_date_from=send_date_from,
            send_date_to=send_date_to,
        )

        return date_filter_fields
