"""The push_campaign operations: one module per operation, its descriptor, and the `AsyncPushCampaign` and
`SyncPushCampaign` namespaces with one method per operation (what `client.push_campaign` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models import PushCampaign
    from ...models.push_campaign_list import PushCampaignList
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncPushCampaign",
    "AsyncPushCampaignWithRawResponse",
    "SyncPushCampaign",
    "SyncPushCampaignWithRawResponse",
]


_LIST_PUSH_CAMPAIGNS = op.Operation(
    name="list_push_campaigns",
    module=__name__ + ".list_push_campaigns",
    method="GET",
    path="/api/pushcampaign/Campaign",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
        op.Parameter("page_size", "PageSize", "query", op.INT, required=False),
        op.Parameter("campaign_id", "CampaignId", "query", op.INT, required=False),
        op.Parameter("filter_type", "FilterType", "query", op.STR, required=False),
        op.Parameter("page_number", "PageNumber", "query", op.INT, required=False),
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter(
            "include_deleted", "IncludeDeleted", "query", op.BOOL, required=False
        ),
        op.Parameter(
            "include_not_sent", "IncludeNotSent", "query", op.BOOL, required=False
        ),
    ),
    success="PushCampaignList",
    paging=op.PageNumberPaging("page_number", "page_size"),
    items_field="push_campaign",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_push_campaigns": _LIST_PUSH_CAMPAIGNS,
}


class AsyncPushCampaign:
    """Push-notification campaigns (not a seed section; the docs index's "Push Campaign" section, via COR).

    The push_campaign operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncPushCampaignWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncPushCampaignWithRawResponse(self._runner)

    def list_push_campaigns(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page_size: int | None = 20,
        campaign_id: int | None = None,
        filter_type: str | None = None,
        page_number: int | None = 1,
        search_term: str | None = None,
        include_deleted: bool | None = None,
        include_not_sent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_PUSH_CAMPAIGNS,
            {
                "from_date": from_date,
                "to_date": to_date,
                "page_size": page_size,
                "campaign_id": campaign_id,
                "filter_type": filter_type,
                "page_number": page_number,
                "search_term": search_term,
                "include_deleted": include_deleted,
                "include_not_sent": include_not_sent,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncPushCampaignWithRawResponse:
    """Push-notification campaigns (not a seed section; the docs index's "Push Campaign" section, via COR).

    The push_campaign operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncPushCampaign`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_push_campaigns(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page_size: int | None = 20,
        campaign_id: int | None = None,
        filter_type: str | None = None,
        page_number: int | None = 1,
        search_term: str | None = None,
        include_deleted: bool | None = None,
        include_not_sent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignList]:
        """List the account's push campaigns: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_PUSH_CAMPAIGNS,
            {
                "from_date": from_date,
                "to_date": to_date,
                "page_size": page_size,
                "campaign_id": campaign_id,
                "filter_type": filter_type,
                "page_number": page_number,
                "search_term": search_term,
                "include_deleted": include_deleted,
                "include_not_sent": include_not_sent,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncPushCampaign:
    """Push-notification campaigns (not a seed section; the docs index's "Push Campaign" section, via COR).

    The push_campaign operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncPushCampaignWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncPushCampaignWithRawResponse(self._runner)

    def list_push_campaigns(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page_size: int | None = 20,
        campaign_id: int | None = None,
        filter_type: str | None = None,
        page_number: int | None = 1,
        search_term: str | None = None,
        include_deleted: bool | None = None,
        include_not_sent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
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
        return self._runner._paginate(
            _LIST_PUSH_CAMPAIGNS,
            {
                "from_date": from_date,
                "to_date": to_date,
                "page_size": page_size,
                "campaign_id": campaign_id,
                "filter_type": filter_type,
                "page_number": page_number,
                "search_term": search_term,
                "include_deleted": include_deleted,
                "include_not_sent": include_not_sent,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncPushCampaignWithRawResponse:
    """Push-notification campaigns (not a seed section; the docs index's "Push Campaign" section, via COR).

    The push_campaign operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncPushCampaign`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_push_campaigns(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        page_size: int | None = 20,
        campaign_id: int | None = None,
        filter_type: str | None = None,
        page_number: int | None = 1,
        search_term: str | None = None,
        include_deleted: bool | None = None,
        include_not_sent: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[PushCampaignList]:
        """List the account's push campaigns: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_PUSH_CAMPAIGNS,
            {
                "from_date": from_date,
                "to_date": to_date,
                "page_size": page_size,
                "campaign_id": campaign_id,
                "filter_type": filter_type,
                "page_number": page_number,
                "search_term": search_term,
                "include_deleted": include_deleted,
                "include_not_sent": include_not_sent,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
