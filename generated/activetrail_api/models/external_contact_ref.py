from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalContactRef")


@_attrs_define
class ExternalContactRef:
    """A contact given by its external id and external name (official `ExternalBase`). Both are needed in request
    bodies.

    """

    external_id: None | str | Unset = UNSET
    """ The contact's id in the caller's system. """
    external_name: None | str | Unset = UNSET
    """ The name of the external system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        external_name: None | str | Unset
        if isinstance(self.external_name, Unset):
            external_name = UNSET
        else:
            external_name = self.external_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if external_name is not UNSET:
            field_dict["externalName"] = external_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_id: None | str | Unset = d.pop("externalId", UNSET)

        external_name: None | str | Unset = d.pop("externalName", UNSET)

        external_contact_ref = cls(
            external_id=external_id,
            external_name=external_name,
        )

        external_contact_ref.additional_properties = d
        return external_contact_ref

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
