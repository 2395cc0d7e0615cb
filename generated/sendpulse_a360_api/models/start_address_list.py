from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.start_address import StartAddress


T = TypeVar("T", bound="StartAddressList")


@_attrs_define
class StartAddressList:
    """A page of the contacts that started the flow, and the total."""

    data: list[StartAddress]
    total: int | str
    """ A counter. The overall statistics calls send it as a JSON integer (`2`), the "for a chosen period" calls
    mostly as a numeric string (`"2"`); clients coerce both to an integer.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total: int | str
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.start_address import StartAddress

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = StartAddress.from_dict(data_item_data)

            data.append(data_item)

        total: int | str = d.pop("total")

        start_address_list = cls(
            data=data,
            total=total,
        )

        start_address_list.additional_properties = d
        return start_address_list

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
