from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalMapping")


@_attrs_define
class ExternalMapping:
    """A contact's mapping to an external id and name (official `MappingExternalContact`). `customerId` is the
    contact's ActiveTrail id (from `list_unmapped_contacts`); it is needed to map, and optional to unmap.

    """

    external_id: str
    """ The contact's id in the caller's system. """
    external_name: str
    """ The name of the external system. """
    customer_id: int | Unset = UNSET
    """ The contact's ActiveTrail id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        external_name = self.external_name

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "externalName": external_name,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        external_name = d.pop("externalName")

        customer_id = d.pop("customerId", UNSET)

        external_mapping = cls(
            external_id=external_id,
            external_name=external_name,
            customer_id=customer_id,
        )

        external_mapping.additional_properties = d
        return external_mapping

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
