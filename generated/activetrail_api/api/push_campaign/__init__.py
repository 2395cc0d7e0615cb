"""The push_campaign operations: one module per operation, and the `AsyncPushCampaign` and
`SyncPushCampaign` namespaces with one method per operation (what `client.push_campaign` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models import PushCampaign
    from ...models.push_campaign_list import PushCampaignList
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncPushCampaign", "SyncPushCampaign"]


class AsyncPushCampaign:
    """The push_campaign operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_push_campaigns(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page_size: int | Unset = 20,
        campaign_id: int | Unset = UNSET,
        filter_type: str | Unset = UNSET,
        page_number: int | Unset = 1,
        search_term: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        include_not_sent: bool | Unset = UNSET,
    ) -> AsyncPaginator[PushCampaign, PushCampaignList]:
        """List the account's push campaigns

        Returns the account's push-notification campaigns, optionally filtered by dates, campaign id, filter type
        and name, with deleted and unsent campaigns left out unless asked for. By default you get the last 20
        campaigns of the last **six** months (COR's description; other lists default to three). Paging uses
        `PageNumber`/`PageSize`, not `Page`/`Limit`. Not a seed line: the path and the query template come from the
        docs index via COR.

        **Inferred response:** no source shows the body. It is modelled on the sibling SMS list
        (`list_sms_campaigns`: the campaigns and `total_items`); the item fields follow the filters (id, name, send
        date, deleted, sent) and the official SMS campaign's status fields. Every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_push_campaigns as operation

        return self._runner._paginate_operation(
            operation,
            "page_number",
            "push_campaign",
            (),
            from_date=from_date,
            to_date=to_date,
            page_size=page_size,
            campaign_id=campaign_id,
            filter_type=filter_type,
            page_number=page_number,
            search_term=search_term,
            include_deleted=include_deleted,
            include_not_sent=include_not_sent,
        )


class SyncPushCampaign:
    """The push_campaign operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_push_campaigns(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        page_size: int | Unset = 20,
        campaign_id: int | Unset = UNSET,
        filter_type: str | Unset = UNSET,
        page_number: int | Unset = 1,
        search_term: str | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        include_not_sent: bool | Unset = UNSET,
    ) -> SyncPaginator[PushCampaign, PushCampaignList]:
        """List the account's push campaigns

        Returns the account's push-notification campaigns, optionally filtered by dates, campaign id, filter type
        and name, with deleted and unsent campaigns left out unless asked for. By default you get the last 20
        campaigns of the last **six** months (COR's description; other lists default to three). Paging uses
        `PageNumber`/`PageSize`, not `Page`/`Limit`. Not a seed line: the path and the query template come from the
        docs index via COR.

        **Inferred response:** no source shows the body. It is modelled on the sibling SMS list
        (`list_sms_campaigns`: the campaigns and `total_items`); the item fields follow the filters (id, name, send
        date, deleted, sent) and the official SMS campaign's status fields. Every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_push_campaigns as operation

        return self._runner._paginate_operation(
            operation,
            "page_number",
            "push_campaign",
            (),
            from_date=from_date,
            to_date=to_date,
            page_size=page_size,
            campaign_id=campaign_id,
            filter_type=filter_type,
            page_number=page_number,
            search_term=search_term,
            include_deleted=include_deleted,
            include_not_sent=include_not_sent,
        )
