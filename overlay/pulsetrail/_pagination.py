"""One paginator for every list operation of both APIs.

It re-calls a generated `asyncio_detailed` function page after page, asking for pages either by `limit`/`offset`
(A360) or by page number and size (ActiveTrail's `Page`/`Limit`, push reports' `PageNumber`/`PageSize`). It finds
the items in whatever the page parsed into (a bare list, or a wrapper's `data`/`items`/... list), stops on a short
page, an empty page or a reached total, and holds one page at a time, so memory stays flat however long the stream.

    async for row in client.paginate(list_email_addresses.asyncio_detailed, id=42):
        ...
    async for page in client.paginate(...).pages():
        print(page.total, len(page.items))
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import attrs

from ._exceptions import InvalidInputError, NoDataError, parse_failures_as

__all__ = ["AsyncPaginator", "OffsetPaging", "Page", "PageNumberPaging", "Paging"]

T = TypeVar("T")

MAX_PAGE_SIZE = 100  # both APIs cap a page at 100 items
_ITEM_FIELDS = ("data", "items")
_TOTAL_FIELDS = ("total", "total_items", "total_count")


@dataclass(frozen=True)
class OffsetPaging:
    """`limit` + `offset` (0-based item offset)."""

    limit_param: str = "limit"
    offset_param: str = "offset"

    def arguments(self, index: int, size: int) -> dict[str, int]:
        return {self.limit_param: size, self.offset_param: index * size}


@dataclass(frozen=True)
class PageNumberPaging:
    """A page number starting at `first_page` + a page size (ActiveTrail: `Page`/`Limit`, 1-based)."""

    page_param: str = "page"
    size_param: str = "limit"
    first_page: int = 1

    def __post_init__(self) -> None:
        if self.first_page < 0:
            raise InvalidInputError("first_page", self.first_page, "must be >= 0")

    def arguments(self, index: int, size: int) -> dict[str, int]:
        return {self.size_param: size, self.page_param: self.first_page + index}


Paging = OffsetPaging | PageNumberPaging


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the total the server reported (if any), and the parsed response it came from."""

    index: int
    items: Sequence[T]
    total: int | None
    parsed: Any = field(repr=False)


class AsyncPaginator(Generic[T]):
    """`async for item in paginator` streams items; `paginator.pages()` streams pages; `await paginator.first_page()`
    fetches one page."""

    def __init__(
        self,
        operation: Callable[..., Awaitable[Any]],
        *,
        client: Any,
        paging: Paging,
        page_size: int = MAX_PAGE_SIZE,
        items_field: str | None = None,
        max_items: int | None = None,
        arguments: dict[str, Any] | None = None,
    ) -> None:
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise InvalidInputError("page_size", page_size, f"must be between 1 and {MAX_PAGE_SIZE}")
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise InvalidInputError("max_items", max_items, "must be >= 0")
        self._operation = operation
        self._client = client
        self._paging = paging
        self._page_size = page_size
        self._items_field = items_field
        self._max_items = max_items
        self._arguments = arguments or {}

    async def fetch_page(self, index: int) -> Page[T]:
        arguments = {**self._arguments, **self._paging.arguments(index, self._page_size)}
        with parse_failures_as(f"{_name_of(self._operation)}, page {index}"):
            try:
                response = await self._operation(client=self._client, **arguments)
            except NoDataError:  # A360 answers 404 when a page has nothing in it
                return Page(index=index, items=[], total=None, parsed=None)
            parsed = getattr(response, "parsed", response)
            return Page(index=index, items=self._items_of(parsed), total=_total_of(parsed), parsed=parsed)

    async def first_page(self) -> Page[T]:
        return await self.fetch_page(0)

    async def pages(self) -> AsyncIterator[Page[T]]:
        seen = 0
        index = 0
        while True:
            page = await self.fetch_page(index)
            if page.items or index == 0:
                yield page
            seen += len(page.items)
            if (
                len(page.items) < self._page_size
                or (page.total is not None and seen >= page.total)
                or (self._max_items is not None and seen >= self._max_items)
            ):
                return
            index += 1

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._max_items
        async for page in self.pages():
            for item in page.items:
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item

    def _items_of(self, parsed: Any) -> list[T]:
        if parsed is None:
            return []
        if isinstance(parsed, list):
            return parsed
        names = (self._items_field,) if self._items_field else _ITEM_FIELDS
        for name in names:
            value = getattr(parsed, name, None)
            if isinstance(value, list):
                return value
        if self._items_field is None and attrs.has(type(parsed)):
            lists = [v for v in attrs.asdict(parsed, recurse=False).values() if isinstance(v, list)]
            if len(lists) == 1:  # a report wrapper with one item list beside its totals
                return lists[0]
        if self._items_field is not None or attrs.has(type(parsed)):
            return []  # the list is absent (unset): an empty page
        raise TypeError(f"cannot find the items in a {type(parsed).__name__}; pass items_field=")


def _name_of(operation: Callable[..., Any]) -> str:
    return str(getattr(operation, "__module__", "") or getattr(operation, "__name__", "operation")).rsplit(".", 1)[-1]


def _total_of(parsed: Any) -> int | None:
    for name in _TOTAL_FIELDS:
        value = getattr(parsed, name, None)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
    return None
