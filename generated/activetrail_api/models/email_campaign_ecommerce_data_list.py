from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ecommerce_data import EmailCampaignEcommerceData


T = TypeVar("T", bound="EmailCampaignEcommerceDataList")


@_attrs_define
class EmailCampaignEcommerceDataList:
    """The e-commerce data of an e-commerce campaign (ApiEcommerceDataList, from DF)."""

    ecommerce_data: list[EmailCampaignEcommerceData] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ecommerce_data: list[dict[str, Any]] | None | Unset
        if isinstance(self.ecommerce_data, Unset):
            ecommerce_data = UNSET
        elif isinstance(self.ecommerce_data, list):
            ecommerce_data = []
            for ecommerce_data_type_0_item_data in self.ecommerce_data:
                ecommerce_data_type_0_item = ecommerce_data_type_0_item_data.to_dict()
                ecommerce_data.append(ecommerce_data_type_0_item)

        else:
            ecommerce_data = self.ecommerce_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ecommerce_data is not UNSET:
            field_dict["ecommerce_data"] = ecommerce_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ecommerce_data import EmailCampaignEcommerceData

        d = dict(src_dict)

        def _parse_ecommerce_data(
            data: object,
        ) -> list[EmailCampaignEcommerceData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ecommerce_data_type_0 = []
                _ecommerce_data_type_0 = data
                for ecommerce_data_type_0_item_data in _ecommerce_data_type_0:
                    ecommerce_data_type_0_item = EmailCampaignEcommerceData.from_dict(
                        ecommerce_data_type_0_item_data
                    )

                    ecommerce_data_type_0.append(ecommerce_data_type_0_item)

                return ecommerce_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailCampaignEcommerceData] | None | Unset, data)

        ecommerce_data = _parse_ecommerce_data(d.pop("ecommerce_data", UNSET))

        email_campaign_ecommerce_data_list = cls(
            ecommerce_data=ecommerce_data,
        )

        email_campaign_ecommerce_data_list.additional_properties = d
        return email_campaign_ecommerce_data_list

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
