from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operational_message_pair import OperationalMessagePair


T = TypeVar("T", bound="ExternalOperationalPackage")


@_attrs_define
class ExternalOperationalPackage:
    """One recipient of `send_external_operational_message` (official `ApiExternalPackage`): the contact's external
    id and name and the values that replace the message's placeholders for it.

    """

    external_id: str
    """ The contact's id in the caller's system. """
    external_name: str
    """ The name of the external system. """
    pairs: list[OperationalMessagePair] | Unset = UNSET
    """ The placeholder values for this recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        external_name = self.external_name

        pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pairs, Unset):
            pairs = []
            for pairs_item_data in self.pairs:
                pairs_item = pairs_item_data.to_dict()
                pairs.append(pairs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "externalName": external_name,
            }
        )
        if pairs is not UNSET:
            field_dict["pairs"] = pairs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.operational_message_pair import OperationalMessagePair

        d = dict(src_dict)
        external_id = d.pop("externalId")

        external_name = d.pop("externalName")

        _pairs = d.pop("pairs", UNSET)
        pairs: list[OperationalMessagePair] | Unset = UNSET
        if _pairs is not UNSET:
            pairs = []
            for pairs_item_data in _pairs:
                pairs_item = OperationalMessagePair.from_dict(pairs_item_data)

                pairs.append(pairs_item)

        external_operational_package = cls(
            external_id=external_id,
            external_name=external_name,
            pairs=pairs,
        )

        external_operational_package.additional_properties = d
        return external_operational_package

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
