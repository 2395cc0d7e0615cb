"""Every operation of the API, one package per tag; `AsyncNamespaces` (`SyncNamespaces`) gives a pulsetrail async
(sync) client one attribute per tag (`client.account`), each imported on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from typing import Unpack

    from pulsetrail import RawResponse
    from pulsetrail._operation import CallOptions, Operation

    from .account import AsyncAccount, SyncAccount
    from .automation_reports import AsyncAutomationReports, SyncAutomationReports
    from .automation_triggers import AsyncAutomationTriggers, SyncAutomationTriggers
    from .automations import AsyncAutomations, SyncAutomations
    from .automations_segmentations import (
        AsyncAutomationsSegmentations,
        SyncAutomationsSegmentations,
    )
    from .campaign_reports import AsyncCampaignReports, SyncCampaignReports
    from .campaign_templates import AsyncCampaignTemplates, SyncCampaignTemplates
    from .campaigns import AsyncCampaigns, SyncCampaigns
    from .commerce import AsyncCommerce, SyncCommerce
    from .contacts import AsyncContacts, SyncContacts
    from .external import AsyncExternal, SyncExternal
    from .groups import AsyncGroups, SyncGroups
    from .mailing_list import AsyncMailingList, SyncMailingList
    from .operational_message import AsyncOperationalMessage, SyncOperationalMessage
    from .push_campaign import AsyncPushCampaign, SyncPushCampaign
    from .push_campaign_report import AsyncPushCampaignReport, SyncPushCampaignReport
    from .signup_forms import AsyncSignupForms, SyncSignupForms
    from .smart_code_site import AsyncSmartCodeSite, SyncSmartCodeSite
    from .sms_campaign import AsyncSmsCampaign, SyncSmsCampaign
    from .sms_campaign_report import AsyncSmsCampaignReport, SyncSmsCampaignReport
    from .user_social import AsyncUserSocial, SyncUserSocial
    from .web_hooks import AsyncWebHooks, SyncWebHooks

__all__ = ["AsyncNamespaces", "AsyncRunner", "SyncNamespaces", "SyncRunner"]


class AsyncRunner(Protocol):
    """What a namespace needs from the client that holds it (pulsetrail's clients implement it): the one request
    path, handed each operation's descriptor, its arguments and the call's options."""

    async def _call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...

    async def _call_raw(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Any]: ...

    def _paginate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...


class AsyncNamespaces:
    """One attribute per tag of the API, each the tag's namespace bound to this client (built on first use)."""

    @cached_property
    def account(self) -> AsyncAccount:
        """Account settings, credit balance, sending profiles, content categories and executive reports."""
        from .account import AsyncAccount

        return AsyncAccount(self)

    @cached_property
    def automation_reports(self) -> AsyncAutomationReports:
        """Reports on automations (contacts that started or finished, per-channel statistics)."""
        from .automation_reports import AsyncAutomationReports

        return AsyncAutomationReports(self)

    @cached_property
    def automation_triggers(self) -> AsyncAutomationTriggers:
        """Start-trigger options for automations."""
        from .automation_triggers import AsyncAutomationTriggers

        return AsyncAutomationTriggers(self)

    @cached_property
    def automations(self) -> AsyncAutomations:
        """Automations, their details, design, steps and activation."""
        from .automations import AsyncAutomations

        return AsyncAutomations(self)

    @cached_property
    def automations_segmentations(self) -> AsyncAutomationsSegmentations:
        """Segmentations used by automations and their rule dictionaries."""
        from .automations_segmentations import AsyncAutomationsSegmentations

        return AsyncAutomationsSegmentations(self)

    @cached_property
    def campaign_reports(self) -> AsyncCampaignReports:
        """Reports on sent email campaigns (opens, clicks, bounces, unsubscribes...)."""
        from .campaign_reports import AsyncCampaignReports

        return AsyncCampaignReports(self)

    @cached_property
    def campaign_templates(self) -> AsyncCampaignTemplates:
        """The account's "my templates" and template categories."""
        from .campaign_templates import AsyncCampaignTemplates

        return AsyncCampaignTemplates(self)

    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """Email campaigns."""
        from .campaigns import AsyncCampaigns

        return AsyncCampaigns(self)

    @cached_property
    def commerce(self) -> AsyncCommerce:
        """Commerce orders."""
        from .commerce import AsyncCommerce

        return AsyncCommerce(self)

    @cached_property
    def contacts(self) -> AsyncContacts:
        """Contacts, their groups, activity, subscription status and merge conflicts."""
        from .contacts import AsyncContacts

        return AsyncContacts(self)

    @cached_property
    def external(self) -> AsyncExternal:
        """Contacts addressed by an external id and name from the caller's own system."""
        from .external import AsyncExternal

        return AsyncExternal(self)

    @cached_property
    def groups(self) -> AsyncGroups:
        """Groups and group members."""
        from .groups import AsyncGroups

        return AsyncGroups(self)

    @cached_property
    def mailing_list(self) -> AsyncMailingList:
        """Mailing lists and their members."""
        from .mailing_list import AsyncMailingList

        return AsyncMailingList(self)

    @cached_property
    def operational_message(self) -> AsyncOperationalMessage:
        """Transactional (operational) email messages."""
        from .operational_message import AsyncOperationalMessage

        return AsyncOperationalMessage(self)

    @cached_property
    def push_campaign(self) -> AsyncPushCampaign:
        """Push-notification campaigns (not a seed section; the docs index's "Push Campaign" section, via COR)."""
        from .push_campaign import AsyncPushCampaign

        return AsyncPushCampaign(self)

    @cached_property
    def push_campaign_report(self) -> AsyncPushCampaignReport:
        """Reports on push-notification campaigns."""
        from .push_campaign_report import AsyncPushCampaignReport

        return AsyncPushCampaignReport(self)

    @cached_property
    def signup_forms(self) -> AsyncSignupForms:
        """Sign-up forms and landing pages."""
        from .signup_forms import AsyncSignupForms

        return AsyncSignupForms(self)

    @cached_property
    def smart_code_site(self) -> AsyncSmartCodeSite:
        """Smart Code sites (the tracking snippet's sites)."""
        from .smart_code_site import AsyncSmartCodeSite

        return AsyncSmartCodeSite(self)

    @cached_property
    def sms_campaign(self) -> AsyncSmsCampaign:
        """SMS campaigns and operational SMS messages."""
        from .sms_campaign import AsyncSmsCampaign

        return AsyncSmsCampaign(self)

    @cached_property
    def sms_campaign_report(self) -> AsyncSmsCampaignReport:
        """Reports on SMS campaigns."""
        from .sms_campaign_report import AsyncSmsCampaignReport

        return AsyncSmsCampaignReport(self)

    @cached_property
    def user_social(self) -> AsyncUserSocial:
        """The account's social accounts."""
        from .user_social import AsyncUserSocial

        return AsyncUserSocial(self)

    @cached_property
    def web_hooks(self) -> AsyncWebHooks:
        """Webhooks and their parameters."""
        from .web_hooks import AsyncWebHooks

        return AsyncWebHooks(self)


class SyncRunner(Protocol):
    """What a sync namespace needs from the sync client that holds it (pulsetrail's sync clients implement it)."""

    def _call(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...

    def _call_raw(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Any]: ...

    def _paginate(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        /,
        **options: Unpack[CallOptions],
    ) -> Any: ...


class SyncNamespaces:
    """One attribute per tag of the API, each the tag's sync namespace bound to this client (built on first use)."""

    @cached_property
    def account(self) -> SyncAccount:
        """Account settings, credit balance, sending profiles, content categories and executive reports."""
        from .account import SyncAccount

        return SyncAccount(self)

    @cached_property
    def automation_reports(self) -> SyncAutomationReports:
        """Reports on automations (contacts that started or finished, per-channel statistics)."""
        from .automation_reports import SyncAutomationReports

        return SyncAutomationReports(self)

    @cached_property
    def automation_triggers(self) -> SyncAutomationTriggers:
        """Start-trigger options for automations."""
        from .automation_triggers import SyncAutomationTriggers

        return SyncAutomationTriggers(self)

    @cached_property
    def automations(self) -> SyncAutomations:
        """Automations, their details, design, steps and activation."""
        from .automations import SyncAutomations

        return SyncAutomations(self)

    @cached_property
    def automations_segmentations(self) -> SyncAutomationsSegmentations:
        """Segmentations used by automations and their rule dictionaries."""
        from .automations_segmentations import SyncAutomationsSegmentations

        return SyncAutomationsSegmentations(self)

    @cached_property
    def campaign_reports(self) -> SyncCampaignReports:
        """Reports on sent email campaigns (opens, clicks, bounces, unsubscribes...)."""
        from .campaign_reports import SyncCampaignReports

        return SyncCampaignReports(self)

    @cached_property
    def campaign_templates(self) -> SyncCampaignTemplates:
        """The account's "my templates" and template categories."""
        from .campaign_templates import SyncCampaignTemplates

        return SyncCampaignTemplates(self)

    @cached_property
    def campaigns(self) -> SyncCampaigns:
        """Email campaigns."""
        from .campaigns import SyncCampaigns

        return SyncCampaigns(self)

    @cached_property
    def commerce(self) -> SyncCommerce:
        """Commerce orders."""
        from .commerce import SyncCommerce

        return SyncCommerce(self)

    @cached_property
    def contacts(self) -> SyncContacts:
        """Contacts, their groups, activity, subscription status and merge conflicts."""
        from .contacts import SyncContacts

        return SyncContacts(self)

    @cached_property
    def external(self) -> SyncExternal:
        """Contacts addressed by an external id and name from the caller's own system."""
        from .external import SyncExternal

        return SyncExternal(self)

    @cached_property
    def groups(self) -> SyncGroups:
        """Groups and group members."""
        from .groups import SyncGroups

        return SyncGroups(self)

    @cached_property
    def mailing_list(self) -> SyncMailingList:
        """Mailing lists and their members."""
        from .mailing_list import SyncMailingList

        return SyncMailingList(self)

    @cached_property
    def operational_message(self) -> SyncOperationalMessage:
        """Transactional (operational) email messages."""
        from .operational_message import SyncOperationalMessage

        return SyncOperationalMessage(self)

    @cached_property
    def push_campaign(self) -> SyncPushCampaign:
        """Push-notification campaigns (not a seed section; the docs index's "Push Campaign" section, via COR)."""
        from .push_campaign import SyncPushCampaign

        return SyncPushCampaign(self)

    @cached_property
    def push_campaign_report(self) -> SyncPushCampaignReport:
        """Reports on push-notification campaigns."""
        from .push_campaign_report import SyncPushCampaignReport

        return SyncPushCampaignReport(self)

    @cached_property
    def signup_forms(self) -> SyncSignupForms:
        """Sign-up forms and landing pages."""
        from .signup_forms import SyncSignupForms

        return SyncSignupForms(self)

    @cached_property
    def smart_code_site(self) -> SyncSmartCodeSite:
        """Smart Code sites (the tracking snippet's sites)."""
        from .smart_code_site import SyncSmartCodeSite

        return SyncSmartCodeSite(self)

    @cached_property
    def sms_campaign(self) -> SyncSmsCampaign:
        """SMS campaigns and operational SMS messages."""
        from .sms_campaign import SyncSmsCampaign

        return SyncSmsCampaign(self)

    @cached_property
    def sms_campaign_report(self) -> SyncSmsCampaignReport:
        """Reports on SMS campaigns."""
        from .sms_campaign_report import SyncSmsCampaignReport

        return SyncSmsCampaignReport(self)

    @cached_property
    def user_social(self) -> SyncUserSocial:
        """The account's social accounts."""
        from .user_social import SyncUserSocial

        return SyncUserSocial(self)

    @cached_property
    def web_hooks(self) -> SyncWebHooks:
        """Webhooks and their parameters."""
        from .web_hooks import SyncWebHooks

        return SyncWebHooks(self)
