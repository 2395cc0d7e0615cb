from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_key_value_pair import ExternalKeyValuePair


T = TypeVar("T", bound="ExternalEmailPackage")


@_attrs_define
class ExternalEmailPackage:
    """One recipient of an operational message with its personalisation pairs (**inferred**, by analogy with the
    official `contact_package` of `POST /api/OperationalMessage/Contacts`).

    """

    email: str | Unset = UNSET
    """ The recipient's email address. """
    pairs: list[ExternalKeyValuePair] | Unset = UNSET
    """ Values replacing the message's placeholders for this recipient. """
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
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if pairs is not UNSET:
            field_dict["pairs"] = pairs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_key_value_pair import ExternalKeyValuePair

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _pairs = d.pop("pairs", UNSET)
        pairs: list[ExternalKeyValuePair] | Unset = UNSET
        if _pairs is not UNSET:
            pairs = []
            for pairs_item_data in _pairs:
                pairs_item = ExternalKeyValuePair.from_dict(pairs_item_data)

                pairs.append(pairs_item)

        external_email_package = cls(
            email=email,
            pairs=pairs,
        )

        external_email_package.additional_properties = d
        return external_email_package

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
