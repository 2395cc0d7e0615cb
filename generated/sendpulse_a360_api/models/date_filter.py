from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.date_filter_fields import DateFilterFields


T = TypeVar("T", bound="DateFilter")


@_attrs_define
class DateFilter:
    """The date filter of every `group-stat-filtered` call, sent as compact JSON in the `filter` query parameter.
    Exactly this structure: `type` "group", `expression` "and", and `fields` with one or both date bounds.

        Example:
            {'type': 'group', 'expression': 'and', 'fields': {'send_date_from': {'name': 'user_stat_date', 'expression':
                'gte', 'value': '2020-10-01'}, 'send_date_to': {'name': 'user_stat_date', 'expression': 'lte', 'value':
                '2020-10-31'}}}

    """

    type_: Literal["group"]
    """ Always `group`. """
    expression: Literal["and"]
    """ Always `and` (both bounds apply). """
    fields: DateFilterFields
    """ The date bounds; give `send_date_from`, `send_date_to` or both. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        expression = self.expression

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "expression": expression,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_filter_fields import DateFilterFields

        d = dict(src_dict)
        type_ = cast(Literal["group"], d.pop("type"))
        if type_ != "group":
            raise ValueError(f"type must match const 'group', got '{type_}'")

        expression = cast(Literal["and"], d.pop("expression"))
        if expression != "and":
            raise ValueError(f"expression must match const 'and', got '{expression}'")

        fields = DateFilterFields.from_dict(d.pop("fields"))

        date_filter = cls(
            type_=type_,
            expression=expression,
            fields=fields,
        )

        return date_filter
