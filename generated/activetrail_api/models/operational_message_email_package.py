from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operational_message_pair import OperationalMessagePair


T = TypeVar("T", bound="OperationalMessageEmailPackage")


@_attrs_define
class OperationalMessageEmailPackage:
    """One recipient address of `send_operational_message` with its placeholder values."""

    email: str
    """ The recipient's email address (created as a contact). """
    pairs: list[OperationalMessagePair] | Unset = UNSET
    """ The placeholder values for this recipient. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

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
                "email": email,
            }
        )
        if pairs is not UNSET:
            field_dict["pairs"] = pairs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.operational_message_pair import OperationalMessagePair

        d = dict(src_dict)
        email = d.pop("email")

        _pairs = d.pop("pairs", UNSET)
        pairs: list[OperationalMessagePair] | Unset = UNSET
        if _pairs is not UNSET:
            pairs = []
            for pairs_item_data in _pairs:
                pairs_item = OperationalMessagePair.from_dict(pairs_item_data)

                pairs.append(pairs_item)

        operational_message_email_package = cls(
            email=email,
            pairs=pairs,
        )

        operational_message_email_package.additional_properties = d
        return operational_message_email_package

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
