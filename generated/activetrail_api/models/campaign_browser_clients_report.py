from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_client_usage import CampaignClientUsage


T = TypeVar("T", bound="CampaignBrowserClientsReport")


@_attrs_define
class CampaignBrowserClientsReport:
    """The browser and email-client statistics of a campaign. **Inferred shape:** no source shows the body (the
    path itself is inferred); the seed's wording ("browser clients statistics") suggests the opens per browser
    and per email client, modelled as two lists of `CampaignClientUsage`. Every field is optional.

    """

    browsers: list[CampaignClientUsage] | None | Unset = UNSET
    """ Opens per web browser (inferred). """
    email_clients: list[CampaignClientUsage] | None | Unset = UNSET
    """ Opens per email client (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        browsers: list[dict[str, Any]] | None | Unset
        if isinstance(self.browsers, Unset):
            browsers = UNSET
        elif isinstance(self.browsers, list):
            browsers = []
            for browsers_type_0_item_data in self.browsers:
                browsers_type_0_item = browsers_type_0_item_data.to_dict()
                browsers.append(browsers_type_0_item)

        else:
            browsers = self.browsers

        email_clients: list[dict[str, Any]] | None | Unset
        if isinstance(self.email_clients, Unset):
            email_clients = UNSET
        elif isinstance(self.email_clients, list):
            email_clients = []
            for email_clients_type_0_item_data in self.email_clients:
                email_clients_type_0_item = email_clients_type_0_item_data.to_dict()
                email_clients.append(email_clients_type_0_item)

        else:
            email_clients = self.email_clients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if browsers is not UNSET:
            field_dict["browsers"] = browsers
        if email_clients is not UNSET:
            field_dict["email_clients"] = email_clients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_client_usage import CampaignClientUsage

        d = dict(src_dict)

        def _parse_browsers(data: object) -> list[CampaignClientUsage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                browsers_type_0 = []
                _browsers_type_0 = data
                for browsers_type_0_item_data in _browsers_type_0:
                    browsers_type_0_item = CampaignClientUsage.from_dict(
                        browsers_type_0_item_data
                    )

                    browsers_type_0.append(browsers_type_0_item)

                return browsers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignClientUsage] | None | Unset, data)

        browsers = _parse_browsers(d.pop("browsers", UNSET))

        def _parse_email_clients(
            data: object,
        ) -> list[CampaignClientUsage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_clients_type_0 = []
                _email_clients_type_0 = data
                for email_clients_type_0_item_data in _email_clients_type_0:
                    email_clients_type_0_item = CampaignClientUsage.from_dict(
                        email_clients_type_0_item_data
                    )

                    email_clients_type_0.append(email_clients_type_0_item)

                return email_clients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignClientUsage] | None | Unset, data)

        email_clients = _parse_email_clients(d.pop("email_clients", UNSET))

        campaign_browser_clients_report = cls(
            browsers=browsers,
            email_clients=email_clients,
        )

        campaign_browser_clients_report.additional_properties = d
        return campaign_browser_clients_report

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
