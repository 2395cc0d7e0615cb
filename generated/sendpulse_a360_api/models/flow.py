from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail._enums import FlowStatus


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """A flow (an "autoresponder")."""

    id: int
    """ The flow ID. """
    name: str
    """ The flow's name. """
    status: FlowStatus
    """ The flow status: 0 New, 1 Active, 3 Pause (there is no 2). """
    created: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    changed: str | Unset = UNSET
    """ A date and time as A360 sends them, `YYYY-MM-DD HH:MM:SS`, with no zone marker. The seed says all dates are
    in GMT+00:00; treat them as naive (UTC only as a documented assumption).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = int(self.status)

        created = self.created

        changed = self.changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if changed is not UNSET:
            field_dict["changed"] = changed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from pulsetrail._enums import FlowStatus

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = FlowStatus(d.pop("status"))

        created = d.pop("created", UNSET)

        changed = d.pop("changed", UNSET)

        flow = cls(
            id=id,
            name=name,
            status=status,
            created=created,
            changed=changed,
        )

        flow.additional_properties = d
        return flow

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
