from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ab_settings import EmailCampaignAbSettings
    from ..models.email_campaign_design import EmailCampaignDesign
    from ..models.email_campaign_details import EmailCampaignDetails
    from ..models.email_campaign_ecommerce_data_list import (
        EmailCampaignEcommerceDataList,
    )
    from ..models.email_campaign_pair import EmailCampaignPair
    from ..models.email_campaign_template import EmailCampaignTemplate


T = TypeVar("T", bound="EmailCampaignUpdate")


@_attrs_define
class EmailCampaignUpdate:
    """The campaign container of `PUT /api/campaigns/{id}` and of `POST /api/campaigns/Contacts`
    (ApiCampaignUpdateContainer). COR requires `details` and `design`.

    """

    details: EmailCampaignDetails
    """ A campaign's details (ApiCampaignDetails). Reads return them; writes replace them. A new campaign needs at
    least `name`, `subject` and `user_profile_id`.
     """
    design: EmailCampaignDesign
    """ A campaign's HTML content and rendering settings (ApiCampaignDesign). """
    send_test: str | Unset = UNSET
    """ Email addresses, separated by commas, that get a test copy. """
    template: EmailCampaignTemplate | Unset = UNSET
    """ The "my templates" template a campaign is based on (ApiCampaignTemplate). """
    a_b_settings: EmailCampaignAbSettings | Unset = UNSET
    """ The A/B split settings (ApiABSettings): version B's subject, sender and design, how the test groups are
    split, how long to wait and how the winner is chosen.
     """
    carts: EmailCampaignEcommerceDataList | Unset = UNSET
    """ The e-commerce data of an e-commerce campaign (ApiEcommerceDataList, from DF). """
    pairs: list[EmailCampaignPair] | Unset = UNSET
    """ Personalisation pairs. """
    send_type: str | Unset = UNSET
    """ Seen only in COR's input schema for this call; values not documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        design = self.design.to_dict()

        send_test = self.send_test

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        a_b_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.a_b_settings, Unset):
            a_b_settings = self.a_b_settings.to_dict()

        carts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carts, Unset):
            carts = self.carts.to_dict()

        pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pairs, Unset):
            pairs = []
            for pairs_item_data in self.pairs:
                pairs_item = pairs_item_data.to_dict()
                pairs.append(pairs_item)

        send_type = self.send_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "design": design,
            }
        )
        if send_test is not UNSET:
            field_dict["send_test"] = send_test
        if template is not UNSET:
            field_dict["template"] = template
        if a_b_settings is not UNSET:
            field_dict["a_b_settings"] = a_b_settings
        if carts is not UNSET:
            field_dict["carts"] = carts
        if pairs is not UNSET:
            field_dict["pairs"] = pairs
        if send_type is not UNSET:
            field_dict["send_type"] = send_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ab_settings import EmailCampaignAbSettings
        from ..models.email_campaign_design import EmailCampaignDesign
        from ..models.email_campaign_details import EmailCampaignDetails
        from ..models.email_campaign_ecommerce_data_list import (
            EmailCampaignEcommerceDataList,
        )
        from ..models.email_campaign_pair import EmailCampaignPair
        from ..models.email_campaign_template import EmailCampaignTemplate

        d = dict(src_dict)
        details = EmailCampaignDetails.from_dict(d.pop("details"))

        design = EmailCampaignDesign.from_dict(d.pop("design"))

        send_test = d.pop("send_test", UNSET)

        _template = d.pop("template", UNSET)
        template: EmailCampaignTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = EmailCampaignTemplate.from_dict(_template)

        _a_b_settings = d.pop("a_b_settings", UNSET)
        a_b_settings: EmailCampaignAbSettings | Unset
        if isinstance(_a_b_settings, Unset):
            a_b_settings = UNSET
        else:
            a_b_settings = EmailCampaignAbSettings.from_dict(_a_b_settings)

        _carts = d.pop("carts", UNSET)
        carts: EmailCampaignEcommerceDataList | Unset
        if isinstance(_carts, Unset):
            carts = UNSET
        else:
            carts = EmailCampaignEcommerceDataList.from_dict(_carts)

        _pairs = d.pop("pairs", UNSET)
        pairs: list[EmailCampaignPair] | Unset = UNSET
        if _pairs is not UNSET:
            pairs = []
            for pairs_item_data in _pairs:
                pairs_item = EmailCampaignPair.from_dict(pairs_item_data)

                pairs.append(pairs_item)

        send_type = d.pop("send_type", UNSET)

        email_campaign_update = cls(
            details=details,
            design=design,
            send_test=send_test,
            template=template,
            a_b_settings=a_b_settings,
            carts=carts,
            pairs=pairs,
            send_type=send_type,
        )

        email_campaign_update.additional_properties = d
        return email_campaign_update

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
