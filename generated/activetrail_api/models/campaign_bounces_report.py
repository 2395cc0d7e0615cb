from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_bounce import CampaignBounce
    from ..models.campaign_bounces_by_domain import CampaignBouncesByDomain


T = TypeVar("T", bound="CampaignBouncesReport")


@_attrs_define
class CampaignBouncesReport:
    """The bounces of a campaign (ApiCampaignBouncesList)."""

    total_bounces: int | None | Unset = UNSET
    """ The number of emails that could not be delivered. """
    total_bounce_rate: float | None | Unset = UNSET
    """ Bounces / sent. """
    selected_bounces: list[CampaignBounce] | None | Unset = UNSET
    """ The bounced contacts (ApiCampaignBounces; null in the per-domain report). """
    selected_bounces_domain: list[CampaignBouncesByDomain] | None | Unset = UNSET
    """ The number of bounces per recipient domain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_bounces: int | None | Unset
        if isinstance(self.total_bounces, Unset):
            total_bounces = UNSET
        else:
            total_bounces = self.total_bounces

        total_bounce_rate: float | None | Unset
        if isinstance(self.total_bounce_rate, Unset):
            total_bounce_rate = UNSET
        else:
            total_bounce_rate = self.total_bounce_rate

        selected_bounces: list[dict[str, Any]] | None | Unset
        if isinstance(self.selected_bounces, Unset):
            selected_bounces = UNSET
        elif isinstance(self.selected_bounces, list):
            selected_bounces = []
            for selected_bounces_type_0_item_data in self.selected_bounces:
                selected_bounces_type_0_item = (
                    selected_bounces_type_0_item_data.to_dict()
                )
                selected_bounces.append(selected_bounces_type_0_item)

        else:
            selected_bounces = self.selected_bounces

        selected_bounces_domain: list[dict[str, Any]] | None | Unset
        if isinstance(self.selected_bounces_domain, Unset):
            selected_bounces_domain = UNSET
        elif isinstance(self.selected_bounces_domain, list):
            selected_bounces_domain = []
            for (
                selected_bounces_domain_type_0_item_data
            ) in self.selected_bounces_domain:
                selected_bounces_domain_type_0_item = (
                    selected_bounces_domain_type_0_item_data.to_dict()
                )
                selected_bounces_domain.append(selected_bounces_domain_type_0_item)

        else:
            selected_bounces_domain = self.selected_bounces_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_bounces is not UNSET:
            field_dict["total_bounces"] = total_bounces
        if total_bounce_rate is not UNSET:
            field_dict["total_bounce_rate"] = total_bounce_rate
        if selected_bounces is not UNSET:
            field_dict["selected_bounces"] = selected_bounces
        if selected_bounces_domain is not UNSET:
            field_dict["selected_bounces_domain"] = selected_bounces_domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_bounce import CampaignBounce
        from ..models.campaign_bounces_by_domain import CampaignBouncesByDomain

        d = dict(src_dict)
        total_bounces: int | None | Unset = d.pop("total_bounces", UNSET)

        total_bounce_rate: float | None | Unset = d.pop("total_bounce_rate", UNSET)

        def _parse_selected_bounces(
            data: object,
        ) -> list[CampaignBounce] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_bounces_type_0 = []
                _selected_bounces_type_0 = data
                for selected_bounces_type_0_item_data in _selected_bounces_type_0:
                    selected_bounces_type_0_item = CampaignBounce.from_dict(
                        selected_bounces_type_0_item_data
                    )

                    selected_bounces_type_0.append(selected_bounces_type_0_item)

                return selected_bounces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignBounce] | None | Unset, data)

        selected_bounces = _parse_selected_bounces(d.pop("selected_bounces", UNSET))

        def _parse_selected_bounces_domain(
            data: object,
        ) -> list[CampaignBouncesByDomain] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_bounces_domain_type_0 = []
                _selected_bounces_domain_type_0 = data
                for (
                    selected_bounces_domain_type_0_item_data
                ) in _selected_bounces_domain_type_0:
                    selected_bounces_domain_type_0_item = (
                        CampaignBouncesByDomain.from_dict(
                            selected_bounces_domain_type_0_item_data
                        )
                    )

                    selected_bounces_domain_type_0.append(
                        selected_bounces_domain_type_0_item
                    )

                return selected_bounces_domain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignBouncesByDomain] | None | Unset, data)

        selected_bounces_domain = _parse_selected_bounces_domain(
            d.pop("selected_bounces_domain", UNSET)
        )

        campaign_bounces_report = cls(
            total_bounces=total_bounces,
            total_bounce_rate=total_bounce_rate,
            selected_bounces=selected_bounces,
            selected_bounces_domain=selected_bounces_domain,
        )

        campaign_bounces_report.additional_properties = d
        return campaign_bounces_report

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
