from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailCampaignDetails")


@_attrs_define
class EmailCampaignDetails:
    """A campaign's details (ApiCampaignDetails). Reads return them; writes replace them. A new campaign needs at
    least `name`, `subject` and `user_profile_id`.

    """

    name: None | str | Unset = UNSET
    """ The campaign's name (internal; recipients do not see it). """
    subject: None | str | Unset = UNSET
    """ The email's subject line. """
    user_profile_id: int | None | Unset = UNSET
    """ The sending profile (from name and address), from `GET /api/account/sendingprofiles`. """
    google_analytics_name: None | str | Unset = UNSET
    """ The campaign name added to links for Google Analytics tracking. """
    sub_account_id: int | None | Unset = UNSET
    """ The sub-account the campaign belongs to. """
    content_category_id: int | None | Unset = UNSET
    """ The content category, from `GET /api/account/contentCategories`. """
    preheader: None | str | Unset = UNSET
    """ The preview text shown after the subject in most inboxes. """
    predictive_delivery: bool | None | Unset = UNSET
    """ Deliver to each contact at the time they usually open emails. """
    segmentation_id: int | None | Unset = UNSET
    """ A segmentation that narrows the recipients (see the Automations' Segmentations section). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        user_profile_id: int | None | Unset
        if isinstance(self.user_profile_id, Unset):
            user_profile_id = UNSET
        else:
            user_profile_id = self.user_profile_id

        google_analytics_name: None | str | Unset
        if isinstance(self.google_analytics_name, Unset):
            google_analytics_name = UNSET
        else:
            google_analytics_name = self.google_analytics_name

        sub_account_id: int | None | Unset
        if isinstance(self.sub_account_id, Unset):
            sub_account_id = UNSET
        else:
            sub_account_id = self.sub_account_id

        content_category_id: int | None | Unset
        if isinstance(self.content_category_id, Unset):
            content_category_id = UNSET
        else:
            content_category_id = self.content_category_id

        preheader: None | str | Unset
        if isinstance(self.preheader, Unset):
            preheader = UNSET
        else:
            preheader = self.preheader

        predictive_delivery: bool | None | Unset
        if isinstance(self.predictive_delivery, Unset):
            predictive_delivery = UNSET
        else:
            predictive_delivery = self.predictive_delivery

        segmentation_id: int | None | Unset
        if isinstance(self.segmentation_id, Unset):
            segmentation_id = UNSET
        else:
            segmentation_id = self.segmentation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if user_profile_id is not UNSET:
            field_dict["user_profile_id"] = user_profile_id
        if google_analytics_name is not UNSET:
            field_dict["google_analytics_name"] = google_analytics_name
        if sub_account_id is not UNSET:
            field_dict["sub_account_id"] = sub_account_id
        if content_category_id is not UNSET:
            field_dict["content_category_id"] = content_category_id
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if predictive_delivery is not UNSET:
            field_dict["predictive_delivery"] = predictive_delivery
        if segmentation_id is not UNSET:
            field_dict["segmentation_id"] = segmentation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        user_profile_id: int | None | Unset = d.pop("user_profile_id", UNSET)

        google_analytics_name: None | str | Unset = d.pop(
            "google_analytics_name", UNSET
        )

        sub_account_id: int | None | Unset = d.pop("sub_account_id", UNSET)

        content_category_id: int | None | Unset = d.pop("content_category_id", UNSET)

        preheader: None | str | Unset = d.pop("preheader", UNSET)

        predictive_delivery: bool | None | Unset = d.pop("predictive_delivery", UNSET)

        segmentation_id: int | None | Unset = d.pop("segmentation_id", UNSET)

        email_campaign_details = cls(
            name=name,
            subject=subject,
            user_profile_id=user_profile_id,
            google_analytics_name=google_analytics_name,
            sub_account_id=sub_account_id,
            content_category_id=content_category_id,
            preheader=preheader,
            predictive_delivery=predictive_delivery,
            segmentation_id=segmentation_id,
        )

        email_campaign_details.additional_properties = d
        return email_campaign_details

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
