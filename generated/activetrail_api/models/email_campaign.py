from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ab_settings import EmailCampaignAbSettings
    from ..models.email_campaign_design import EmailCampaignDesign
    from ..models.email_campaign_details import EmailCampaignDetails
    from ..models.email_campaign_scheduling import EmailCampaignScheduling
    from ..models.email_campaign_segment import EmailCampaignSegment
    from ..models.email_campaign_template import EmailCampaignTemplate


T = TypeVar("T", bound="EmailCampaign")


@_attrs_define
class EmailCampaign:
    """An email campaign with all its parts. Inferred: no official sample of the whole object was found; it is
    assembled from the parts each sub-resource returns (`/details`, `/design`, `/template`, `/segment`,
    `/scheduling`) and the A/B settings of the write containers. Every field is optional.

    """

    id: int | Unset = UNSET
    """ The campaign's id. """
    details: EmailCampaignDetails | None | Unset = UNSET
    design: EmailCampaignDesign | None | Unset = UNSET
    template: EmailCampaignTemplate | None | Unset = UNSET
    segment: EmailCampaignSegment | None | Unset = UNSET
    scheduling: EmailCampaignScheduling | None | Unset = UNSET
    a_b_settings: EmailCampaignAbSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_campaign_ab_settings import EmailCampaignAbSettings
        from ..models.email_campaign_design import EmailCampaignDesign
        from ..models.email_campaign_details import EmailCampaignDetails
        from ..models.email_campaign_scheduling import EmailCampaignScheduling
        from ..models.email_campaign_segment import EmailCampaignSegment
        from ..models.email_campaign_template import EmailCampaignTemplate

        id = self.id

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, EmailCampaignDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        design: dict[str, Any] | None | Unset
        if isinstance(self.design, Unset):
            design = UNSET
        elif isinstance(self.design, EmailCampaignDesign):
            design = self.design.to_dict()
        else:
            design = self.design

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, EmailCampaignTemplate):
            template = self.template.to_dict()
        else:
            template = self.template

        segment: dict[str, Any] | None | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        elif isinstance(self.segment, EmailCampaignSegment):
            segment = self.segment.to_dict()
        else:
            segment = self.segment

        scheduling: dict[str, Any] | None | Unset
        if isinstance(self.scheduling, Unset):
            scheduling = UNSET
        elif isinstance(self.scheduling, EmailCampaignScheduling):
            scheduling = self.scheduling.to_dict()
        else:
            scheduling = self.scheduling

        a_b_settings: dict[str, Any] | None | Unset
        if isinstance(self.a_b_settings, Unset):
            a_b_settings = UNSET
        elif isinstance(self.a_b_settings, EmailCampaignAbSettings):
            a_b_settings = self.a_b_settings.to_dict()
        else:
            a_b_settings = self.a_b_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if details is not UNSET:
            field_dict["details"] = details
        if design is not UNSET:
            field_dict["design"] = design
        if template is not UNSET:
            field_dict["template"] = template
        if segment is not UNSET:
            field_dict["segment"] = segment
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling
        if a_b_settings is not UNSET:
            field_dict["a_b_settings"] = a_b_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ab_settings import EmailCampaignAbSettings
        from ..models.email_campaign_design import EmailCampaignDesign
        from ..models.email_campaign_details import EmailCampaignDetails
        from ..models.email_campaign_scheduling import EmailCampaignScheduling
        from ..models.email_campaign_segment import EmailCampaignSegment
        from ..models.email_campaign_template import EmailCampaignTemplate

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_details(data: object) -> EmailCampaignDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = EmailCampaignDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignDetails | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_design(data: object) -> EmailCampaignDesign | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                design_type_0 = EmailCampaignDesign.from_dict(data)

                return design_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignDesign | None | Unset, data)

        design = _parse_design(d.pop("design", UNSET))

        def _parse_template(data: object) -> EmailCampaignTemplate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_0 = EmailCampaignTemplate.from_dict(data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignTemplate | None | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_segment(data: object) -> EmailCampaignSegment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                segment_type_0 = EmailCampaignSegment.from_dict(data)

                return segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignSegment | None | Unset, data)

        segment = _parse_segment(d.pop("segment", UNSET))

        def _parse_scheduling(data: object) -> EmailCampaignScheduling | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scheduling_type_0 = EmailCampaignScheduling.from_dict(data)

                return scheduling_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignScheduling | None | Unset, data)

        scheduling = _parse_scheduling(d.pop("scheduling", UNSET))

        def _parse_a_b_settings(data: object) -> EmailCampaignAbSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                a_b_settings_type_0 = EmailCampaignAbSettings.from_dict(data)

                return a_b_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignAbSettings | None | Unset, data)

        a_b_settings = _parse_a_b_settings(d.pop("a_b_settings", UNSET))

        email_campaign = cls(
            id=id,
            details=details,
            design=design,
            template=template,
            segment=segment,
            scheduling=scheduling,
            a_b_settings=a_b_settings,
        )

        email_campaign.additional_properties = d
        return email_campaign

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
