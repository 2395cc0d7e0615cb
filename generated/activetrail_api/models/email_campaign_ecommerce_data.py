from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ecommerce_products import (
        EmailCampaignEcommerceProducts,
    )
    from ..models.email_campaign_ecommerce_recommendations import (
        EmailCampaignEcommerceRecommendations,
    )


T = TypeVar("T", bound="EmailCampaignEcommerceData")


@_attrs_define
class EmailCampaignEcommerceData:
    """One cart or order and its recommended products (ApiEcommerceData)."""

    products: EmailCampaignEcommerceProducts | None | Unset = UNSET
    recommendations: EmailCampaignEcommerceRecommendations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_campaign_ecommerce_products import (
            EmailCampaignEcommerceProducts,
        )
        from ..models.email_campaign_ecommerce_recommendations import (
            EmailCampaignEcommerceRecommendations,
        )

        products: dict[str, Any] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, EmailCampaignEcommerceProducts):
            products = self.products.to_dict()
        else:
            products = self.products

        recommendations: dict[str, Any] | None | Unset
        if isinstance(self.recommendations, Unset):
            recommendations = UNSET
        elif isinstance(self.recommendations, EmailCampaignEcommerceRecommendations):
            recommendations = self.recommendations.to_dict()
        else:
            recommendations = self.recommendations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if products is not UNSET:
            field_dict["products"] = products
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ecommerce_products import (
            EmailCampaignEcommerceProducts,
        )
        from ..models.email_campaign_ecommerce_recommendations import (
            EmailCampaignEcommerceRecommendations,
        )

        d = dict(src_dict)

        def _parse_products(
            data: object,
        ) -> EmailCampaignEcommerceProducts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                products_type_0 = EmailCampaignEcommerceProducts.from_dict(data)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceProducts | None | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        def _parse_recommendations(
            data: object,
        ) -> EmailCampaignEcommerceRecommendations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendations_type_0 = (
                    EmailCampaignEcommerceRecommendations.from_dict(data)
                )

                return recommendations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignEcommerceRecommendations | None | Unset, data)

        recommendations = _parse_recommendations(d.pop("recommendations", UNSET))

        email_campaign_ecommerce_data = cls(
            products=products,
            recommendations=recommendations,
        )

        email_campaign_ecommerce_data.additional_properties = d
        return email_campaign_ecommerce_data

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
