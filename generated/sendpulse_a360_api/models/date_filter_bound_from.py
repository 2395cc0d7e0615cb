from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="DateFilterBoundFrom")


@_attrs_define
class DateFilterBoundFrom:
    """Statistics from this date on (inclusive)."""

    name: Literal["user_stat_date"]
    """ Always `user_stat_date`. """
    expression: Literal["gte"]
    """ Always `gte` (on or after). """
    value: datetime.date
    """ The first day, `YYYY-MM-DD`. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        expression = self.expression

        value = self.value.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "expression": expression,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = cast(Literal["user_stat_date"], d.pop("name"))
        if name != "user_stat_date":
            raise ValueError(f"name must match const 'user_stat_date', got '{name}'")

        expression = cast(Literal["gte"], d.pop("expression"))
        if expression != "gte":
            raise ValueError(f"expression must match const 'gte', got '{expression}'")

        value = datetime.date.fromisoformat(d.pop("value"))

        date_filter_bound_from = cls(
            name=name,
            expression=expression,
            value=value,
        )

        return date_filter_bound_from
