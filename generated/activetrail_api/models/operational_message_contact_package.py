from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operational_message_contact import OperationalMessageContact
    from ..models.operational_message_pair import OperationalMessagePair


T = TypeVar("T", bound="OperationalMessageContactPackage")


@_attrs_define
class OperationalMessageContactPackage:
    """One recipient contact of `send_operational_message_to_contacts` with its placeholder values."""

    contact: OperationalMessageContact
    """ The contact of one `contact_package` entry, as in the official sample. `email` is required here (the
    official
    pages say so for this endpoint).
     """
    pairs: list[OperationalMessagePair] | Unset = UNSET
    """ The placeholder values for this contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact = self.contact.to_dict()

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
                "contact": contact,
            }
        )
        if pairs is not UNSET:
            field_dict["pairs"] = pairs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.operational_message_contact import OperationalMessageContact
        from ..models.operational_message_pair import OperationalMessagePair

        d = dict(src_dict)
        contact = OperationalMessageContact.from_dict(d.pop("contact"))

        _pairs = d.pop("pairs", UNSET)
        pairs: list[OperationalMessagePair] | Unset = UNSET
        if _pairs is not UNSET:
            pairs = []
            for pairs_item_data in _pairs:
                pairs_item = OperationalMessagePair.from_dict(pairs_item_data)

                pairs.append(pairs_item)

        operational_message_contact_package = cls(
            contact=contact,
            pairs=pairs,
        )

        operational_message_contact_package.additional_properties = d
        return operational_message_contact_package

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
