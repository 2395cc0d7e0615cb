from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_campaign_contacts import EmailCampaignContacts
    from ..models.email_campaign_update import EmailCampaignUpdate


T = TypeVar("T", bound="EmailCampaignContactsCreate")


@_attrs_define
class EmailCampaignContactsCreate:
    """The body of `POST /api/campaigns/Contacts` (ApiCampaignContactPost)."""

    campaign: EmailCampaignUpdate
    """ The campaign container of `PUT /api/campaigns/{id}` and of `POST /api/campaigns/Contacts`
    (ApiCampaignUpdateContainer). COR requires `details` and `design`.
     """
    campaign_contacts: EmailCampaignContacts
    """ The contacts a campaign goes to (ApiCampaignContact), by id and/or by email. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        campaign_contacts = self.campaign_contacts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "campaign_contacts": campaign_contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_contacts import EmailCampaignContacts
        from ..models.email_campaign_update import EmailCampaignUpdate

        d = dict(src_dict)
        campaign = EmailCampaignUpdate.from_dict(d.pop("campaign"))

        campaign_contacts = EmailCampaignContacts.from_dict(d.pop("campaign_contacts"))

        email_campaign_contacts_create = cls(
            campaign=campaign,
            campaign_contacts=campaign_contacts,
        )

        email_campaign_contacts_create.additional_properties = d
        return email_campaign_contacts_create

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
