from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountActiveCommerceIntegration")


@_attrs_define
class AccountActiveCommerceIntegration:
    """The ActiveCommerce integration settings. **Inferred:** no source shows these field names."""

    mailing_list_id: int | None | Unset = UNSET
    """ The mailing list the integration adds customers to. """
    group_id: int | None | Unset = UNSET
    """ The group the integration adds customers to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailing_list_id: int | None | Unset
        if isinstance(self.mailing_list_id, Unset):
            mailing_list_id = UNSET
        else:
            mailing_list_id = self.mailing_list_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mailing_list_id is not UNSET:
            field_dict["mailing_list_id"] = mailing_list_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mailing_list_id: int | None | Unset = d.pop("mailing_list_id", UNSET)

        group_id: int | None | Unset = d.pop("group_id", UNSET)

        account_active_commerce_integration = cls(
            mailing_list_id=mailing_list_id,
            group_id=group_id,
        )

        account_active_commerce_integration.additional_properties = d
        return account_active_commerce_integration

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
