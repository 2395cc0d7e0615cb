"""`pulsetrail.ActiveTrail`: the ActiveTrail REST API client."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from activetrail_api import Client as GeneratedActiveTrailClient

from ._auth import ActiveTrailAuth
from ._client import DEFAULT_TIMEOUT, BaseClient
from ._exceptions import InvalidInputError
from ._pagination import MAX_PAGE_SIZE, AsyncPaginator, PageNumberPaging, Paging
from ._retry import RetryPolicy

__all__ = ["ActiveTrail"]

ACTIVETRAIL_BASE_URL = "https://webapi.mymarketing.co.il"


class ActiveTrail(BaseClient[GeneratedActiveTrailClient]):
    """An async client of the ActiveTrail REST API. The token is sent raw in `Authorization` (no scheme).

    `first_page` is the number of ActiveTrail's first page: 1 per the official reference pages (some sources say
    0; the paginator never sends a page below `first_page`). No rate limit is documented; set `rate_limit` (requests
    per second) to throttle anyway.
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str = ACTIVETRAIL_BASE_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        first_page: int = 1,
    ) -> None:
        if first_page not in (0, 1):
            raise InvalidInputError("first_page", first_page, "must be 1 (documented) or 0")
        self.first_page = first_page
        super().__init__(
            base_url=base_url,
            auth=ActiveTrailAuth(token),
            generated=GeneratedActiveTrailClient(base_url=base_url),
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            transport=transport,
            http_client=http_client,
        )

    def paginate(
        self,
        operation: Callable[..., Awaitable[Any]],
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        items_field: str | None = None,
        max_items: int | None = None,
        paging: Paging | None = None,
        **arguments: Any,
    ) -> AsyncPaginator[Any]:
        """Every item of a `Page`/`Limit` list operation (or `PageNumber`/`PageSize`, found from its signature)."""
        if paging is None:
            parameters = inspect.signature(operation).parameters
            if "page_number" in parameters:
                paging = PageNumberPaging("page_number", "page_size", self.first_page)
            else:
                paging = PageNumberPaging("page", "limit", self.first_page)
        return super().paginate(
            operation, paging=paging, page_size=page_size, items_field=items_field, max_items=max_items, **arguments
        )
