from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversion import Conversion


T = TypeVar("T", bound="ConversionList")


@_attrs_define
class ConversionList:
    """Conversions and their total (`{total, items}`)."""

    total: int | str
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    items: list[Conversion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | str
        total = self.total

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion import Conversion

        d = dict(src_dict)
        total: int | str = d.pop("total")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Conversion.from_dict(items_item_data)

            items.append(items_item)

        conversion_list = cls(
            total=total,
            items=items,
        )

        conversion_list.additional_properties = d
        return conversion_list

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
