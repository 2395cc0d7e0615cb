from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_campaign_ab_wait_time import EmailCampaignAbWaitTime
    from ..models.email_campaign_design import EmailCampaignDesign
    from ..models.email_campaign_scheduling import EmailCampaignScheduling


T = TypeVar("T", bound="EmailCampaignAbSettings")


@_attrs_define
class EmailCampaignAbSettings:
    """The A/B split settings (ApiABSettings): version B's subject, sender and design, how the test groups are
    split, how long to wait and how the winner is chosen.

    """

    scheduling: EmailCampaignScheduling | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    """ Version B's subject line. """
    user_profile_id: int | None | Unset = UNSET
    """ Version B's sending profile. """
    google_analytics_name: None | str | Unset = UNSET
    """ Version B's Google Analytics campaign name. """
    ab_percent_split_groups: float | None | Unset = UNSET
    """ The percentage of the recipients that takes part in the test. """
    wait_time: EmailCampaignAbWaitTime | None | Unset = UNSET
    winning_version_by: int | None | str | Unset = UNSET
    """ How the winning version is chosen (WinningVersionByType): 0 `Highest_ClickThrough_Rate`,
    1 `Highest_Open_Rate`, 2 `I_Will_Pick_The_Winner_Manually`, 3 `Highest_CTO_Rate`,
    4 `Highest_conversions_Number`, 5 `Highest_Profit_Number`. Sent as the number or the name.
     """
    design: EmailCampaignDesign | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.email_campaign_ab_wait_time import EmailCampaignAbWaitTime
        from ..models.email_campaign_design import EmailCampaignDesign
        from ..models.email_campaign_scheduling import EmailCampaignScheduling

        scheduling: dict[str, Any] | None | Unset
        if isinstance(self.scheduling, Unset):
            scheduling = UNSET
        elif isinstance(self.scheduling, EmailCampaignScheduling):
            scheduling = self.scheduling.to_dict()
        else:
            scheduling = self.scheduling

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

        ab_percent_split_groups: float | None | Unset
        if isinstance(self.ab_percent_split_groups, Unset):
            ab_percent_split_groups = UNSET
        else:
            ab_percent_split_groups = self.ab_percent_split_groups

        wait_time: dict[str, Any] | None | Unset
        if isinstance(self.wait_time, Unset):
            wait_time = UNSET
        elif isinstance(self.wait_time, EmailCampaignAbWaitTime):
            wait_time = self.wait_time.to_dict()
        else:
            wait_time = self.wait_time

        winning_version_by: int | None | str | Unset
        if isinstance(self.winning_version_by, Unset):
            winning_version_by = UNSET
        else:
            winning_version_by = self.winning_version_by

        design: dict[str, Any] | None | Unset
        if isinstance(self.design, Unset):
            design = UNSET
        elif isinstance(self.design, EmailCampaignDesign):
            design = self.design.to_dict()
        else:
            design = self.design

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling
        if subject is not UNSET:
            field_dict["subject"] = subject
        if user_profile_id is not UNSET:
            field_dict["user_profile_id"] = user_profile_id
        if google_analytics_name is not UNSET:
            field_dict["google_analytics_name"] = google_analytics_name
        if ab_percent_split_groups is not UNSET:
            field_dict["ab_percent_split_groups"] = ab_percent_split_groups
        if wait_time is not UNSET:
            field_dict["wait_time"] = wait_time
        if winning_version_by is not UNSET:
            field_dict["winning_version_by"] = winning_version_by
        if design is not UNSET:
            field_dict["design"] = design

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_campaign_ab_wait_time import EmailCampaignAbWaitTime
        from ..models.email_campaign_design import EmailCampaignDesign
        from ..models.email_campaign_scheduling import EmailCampaignScheduling

        d = dict(src_dict)

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

        subject: None | str | Unset = d.pop("subject", UNSET)

        user_profile_id: int | None | Unset = d.pop("user_profile_id", UNSET)

        google_analytics_name: None | str | Unset = d.pop(
            "google_analytics_name", UNSET
        )

        ab_percent_split_groups: float | None | Unset = d.pop(
            "ab_percent_split_groups", UNSET
        )

        def _parse_wait_time(data: object) -> EmailCampaignAbWaitTime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wait_time_type_0 = EmailCampaignAbWaitTime.from_dict(data)

                return wait_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailCampaignAbWaitTime | None | Unset, data)

        wait_time = _parse_wait_time(d.pop("wait_time", UNSET))

        winning_version_by: int | None | str | Unset = d.pop(
            "winning_version_by", UNSET
        )

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

        email_campaign_ab_settings = cls(
            scheduling=scheduling,
            subject=subject,
            user_profile_id=user_profile_id,
            google_analytics_name=google_analytics_name,
            ab_percent_split_groups=ab_percent_split_groups,
            wait_time=wait_time,
            winning_version_by=winning_version_by,
            design=design,
        )

        email_campaign_ab_settings.additional_properties = d
        return email_campaign_ab_settings

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
