"""One paginator for every list operation of both APIs.

A list operation asks for pages either by `limit`/`offset` (A360) or by page number and size (ActiveTrail's
`Page`/`Limit`, push reports' `PageNumber`/`PageSize`). The paginator finds the items in whatever a page parsed into
(a bare list, or a wrapper's `data`/`items`/... list), stops on a short page, an empty page or a reached total, and
holds one page at a time, so memory stays flat however long the stream.

    page = await at.contacts.list_contacts(page=2, limit=50)   # one page: a Page[Contact, list[Contact]]
    page[0], len(page), list(page)                             # ... which reads as the sequence of its items
    async for contact in at.contacts.list_contacts():          # every contact of every page
        ...
    async for page in at.contacts.list_contacts().pages():     # page after page, with totals when the API gives one
        print(page.total, len(page))
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeGuard, TypeVar, overload

from typing_extensions import TypeVar as DefaultedTypeVar

from ._exceptions import InvalidInputError, NoDataError, ResponseParseError

__all__ = [
    "AsyncPaginator",
    "OffsetPaging",
    "Page",
    "PageNumberPaging",
    "Paging",
    "SyncPaginator",
    "check_page_size",
    "paging_of",
]

T = TypeVar("T")
#: what an operation parsed a page into (`list[Contact]`, `FlowList`); defaulted (PEP 696) so that `Page[Contact]`,
#: written before a page knew its answer's type, still means a page of contacts, to mypy and at run time
P = DefaultedTypeVar("P", default=Any)

MAX_PAGE_SIZE = 100  # both APIs cap a page at 100 items
_ITEM_FIELDS = ("data", "items")
_TOTAL_FIELDS = ("total", "total_items", "total_count")


@dataclass(frozen=True)
class OffsetPaging:
    """`limit` + `offset` (a 0-based item offset), starting at item `start`."""

    limit_param: str = "limit"
    offset_param: str = "offset"
    start: int = 0

    def arguments(self, index: int, size: int) -> dict[str, int]:
        return {self.limit_param: size, self.offset_param: self.start + index * size}

    def starting_at(self, arguments: Mapping[str, Any]) -> OffsetPaging:
        """This paging from the offset the caller gave (if any)."""
        start = arguments.get(self.offset_param)
        if not _is_int(start):
            return self
        if start < 0:
            raise InvalidInputError(self.offset_param, start, "must be >= 0")
        return OffsetPaging(self.limit_param, self.offset_param, start)

    @property
    def size_param(self) -> str:
        return self.limit_param


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

    def starting_at(self, arguments: Mapping[str, Any]) -> PageNumberPaging:
        """This paging from the page the caller gave (if any)."""
        start = arguments.get(self.page_param)
        if not _is_int(start):
            return self
        if start < self.first_page:
            raise InvalidInputError(self.page_param, start, f"must be >= {self.first_page}, the first page")
        return PageNumberPaging(self.page_param, self.size_param, start)


Paging = OffsetPaging | PageNumberPaging


#: The paging rule, written once: (kind, position parameter, size parameter), the first pair an operation's query
#: parameters (Python names) hold both of winning. `paging_of` applies it at run time; scripts/generate.py hands the
#: same tuple to the templates, which emit each operation's paging into its descriptor (`pulsetrail._operation`).
PAGING_RULES: tuple[tuple[str, str, str], ...] = (
    ("offset", "offset", "limit"),
    ("page_number", "page_number", "page_size"),
    ("page", "page", "limit"),
)


def paging_of(parameters: Sequence[str], *, first_page: int = 1) -> Paging | None:
    """The paging an operation's parameters (Python names) show (`PAGING_RULES`), or None when it has none."""
    for kind, position, size in PAGING_RULES:
        if position in parameters and size in parameters:
            if kind == "offset":
                return OffsetPaging(size, position)
            return PageNumberPaging(position, size, first_page)
    return None


def check_page_size(value: object, field: str = "page_size") -> None:
    if not _is_int(value) or not 1 <= value <= MAX_PAGE_SIZE:
        raise InvalidInputError(field, value, f"must be between 1 and {MAX_PAGE_SIZE}")


@dataclass(frozen=True)
class Page(Generic[T, P]):
    """One page: its items (`T`), the total the server reported (if any), and what the operation parsed it into
    (`P`: `list[Contact]`, `FlowList`...; `Page[Contact]` leaves `P` as `Any`).

    What every paginator gives, awaited or not, for both APIs: it reads as the sequence of the page's items, so
    `page[0]`, `page[-1]`, `page[:3]`, `len(page)`, `bool(page)` and `for item in page` read the items. (Not a
    registered `Sequence`, nor equal to a list: its `index` field is the page's position, not `Sequence.index`.)
    `parsed` is the operation's answer as it came (what `with_raw_response` parses to), None when there was none:
    A360's 404 "no data for this request", which makes an empty page."""

    index: int
    items: Sequence[T]
    total: int | None
    parsed: P | None = field(repr=False)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


class _Walk:
    """Where a walk over the pages stands (one per iteration): which page comes next, or None when it is over (a short
    page, an empty page, a reached total, or `max_items` items)."""

    __slots__ = ("_max_items", "_next", "_page_size", "_seen")

    def __init__(self, page_size: int, max_items: int | None) -> None:
        self._page_size = page_size
        self._max_items = max_items
        self._seen = 0
        self._next: int | None = 0

    def next_index(self) -> int | None:
        return self._next

    def record(self, page: Page[Any]) -> bool:
        """Count a fetched page in; True when it is to be yielded (every page with items, and the first)."""
        self._seen += len(page.items)
        done = (
            len(page.items) < self._page_size
            or (page.total is not None and self._seen >= page.total)
            or (self._max_items is not None and self._seen >= self._max_items)
        )
        self._next = None if done else page.index + 1
        return bool(page.items) or page.index == 0


class _Items:
    """How many items of the stream are left to hand out (`max_items`), page by page."""

    __slots__ = ("_left",)

    def __init__(self, max_items: int | None) -> None:
        self._left = max_items

    def of(self, page: Page[T]) -> Sequence[T]:
        if self._left is None:
            return page.items
        items = page.items[: self._left]
        self._left -= len(items)
        return items


class PaginatorCore(Generic[T, P]):
    """What both paginators (async and sync) decide without I/O: the arguments of each page, where a page's items
    and total are, and when the walk stops (`_Walk`)."""

    def __init__(
        self,
        *,
        name: str,
        paging: Paging,
        arguments: dict[str, Any] | None = None,
        page_size: int | None = None,
        items_field: str | None = None,
        max_items: int | None = None,
    ) -> None:
        arguments = dict(arguments or {})
        given_size = arguments.get(paging.size_param)
        if page_size is None:
            page_size = given_size if _is_int(given_size) else MAX_PAGE_SIZE
        check_page_size(page_size, paging.size_param if _is_int(given_size) else "page_size")
        self._name = name
        self._paging = paging.starting_at(arguments)
        self._page_size = page_size
        self._items_field = items_field
        self._max_items: int | None = None
        self._arguments = arguments
        if max_items is not None:
            self.take(max_items)

    def take(self, max_items: int) -> Self:
        """The same stream, ending after `max_items` items (fetching no page beyond them)."""
        if not _is_int(max_items) or max_items < 0:
            raise InvalidInputError("max_items", max_items, "must be >= 0")
        self._max_items = max_items
        return self

    def _page_arguments(self, index: int) -> dict[str, Any]:
        return {**self._arguments, **self._paging.arguments(index, self._page_size)}

    def _page(self, index: int, parsed: P | None) -> Page[T, P]:
        return Page(index=index, items=self._items_of(parsed, index), total=_total_of(parsed), parsed=parsed)

    def _walk(self) -> _Walk:
        return _Walk(self._page_size, self._max_items)

    def _items_of(self, parsed: Any, index: int) -> list[T]:
        if parsed is None:
            return []
        if isinstance(parsed, list):
            return parsed
        names = (self._items_field,) if self._items_field else _ITEM_FIELDS
        for name in names:
            value = getattr(parsed, name, None)
            if isinstance(value, list):
                return value
        import attrs  # here, not at the top: importing pulsetrail builds no attrs class

        if self._items_field is None and attrs.has(type(parsed)):
            lists = [v for v in attrs.asdict(parsed, recurse=False).values() if isinstance(v, list)]
            if len(lists) == 1:  # a report wrapper with one item list beside its totals
                return lists[0]
        if self._items_field is not None or attrs.has(type(parsed)):
            return []  # the list is absent (unset): an empty page
        raise ResponseParseError(
            f"{self._name}, page {index}: cannot find the items in a {type(parsed).__name__}; pass items_field="
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._name} page_size={self._page_size}>"


class AsyncPaginator(PaginatorCore[T, P]):
    """A list operation's pages, fetched only when asked for; each a `Page[T, P]` (items `T`, e.g. `Contact`; the
    operation's answer `P`, e.g. `list[Contact]`).

    - `await paginator`: the one page the arguments ask for, sent as they are;
    - `async for item in paginator`: every item (`T`) of every page from there on;
    - `paginator.pages()`: page after page (with the server's total when it gives one);
    - `await paginator.first_page()`, `await paginator.fetch_page(n)`: the first of those pages, the n-th.

    A360's 404 ("no data for this request") gives an empty page (`parsed` None), awaited or not.
    """

    def __init__(self, fetch: Callable[[dict[str, Any]], Awaitable[P]], **settings: Any) -> None:
        super().__init__(**settings)
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, Page[T, P]]:
        return self._page_at(0, dict(self._arguments)).__await__()

    # unasync: begin (scripts/unasync.py writes SyncPaginator's twin of what follows below)
    async def fetch_page(self, index: int) -> Page[T, P]:
        """Page `index` (0 = the first page asked for)."""
        return await self._page_at(index, self._page_arguments(index))

    async def first_page(self) -> Page[T, P]:
        return await self.fetch_page(0)

    async def _page_at(self, index: int, arguments: dict[str, Any]) -> Page[T, P]:
        parsed: P | None = None
        with contextlib.suppress(NoDataError):  # A360 answers 404 when a page has nothing in it
            parsed = await self._fetch(arguments)
        return self._page(index, parsed)

    async def pages(self) -> AsyncIterator[Page[T, P]]:
        walk = self._walk()
        while (index := walk.next_index()) is not None:
            page = await self.fetch_page(index)
            if walk.record(page):
                yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        items = _Items(self._max_items)
        async for page in self.pages():
            for item in items.of(page):
                yield item

    # unasync: end


class SyncPaginator(PaginatorCore[T, P]):
    """A list operation's pages for sync code, fetched only when asked for; each a `Page[T, P]` (items `T`, e.g.
    `Contact`; the operation's answer `P`, e.g. `list[Contact]`).

    - `paginator.get()`: the one page the arguments ask for, sent as they are;
    - `for item in paginator`: every item (`T`) of every page from there on;
    - `paginator.pages()`: page after page (with the server's total when it gives one);
    - `paginator.first_page()`, `paginator.fetch_page(n)`: the first of those pages, the n-th.

    A360's 404 ("no data for this request") gives an empty page (`parsed` None), from `get()` too.
    """

    def __init__(self, fetch: Callable[[dict[str, Any]], P], **settings: Any) -> None:
        super().__init__(**settings)
        self._fetch = fetch

    def get(self) -> Page[T, P]:
        return self._page_at(0, dict(self._arguments))

    # unasync: generated by scripts/unasync.py from AsyncPaginator's code above (edit that)
    def fetch_page(self, index: int) -> Page[T, P]:
        """Page `index` (0 = the first page asked for)."""
        return self._page_at(index, self._page_arguments(index))

    def first_page(self) -> Page[T, P]:
        return self.fetch_page(0)

    def _page_at(self, index: int, arguments: dict[str, Any]) -> Page[T, P]:
        parsed: P | None = None
        with contextlib.suppress(NoDataError):  # A360 answers 404 when a page has nothing in it
            parsed = self._fetch(arguments)
        return self._page(index, parsed)

    def pages(self) -> Iterator[Page[T, P]]:
        walk = self._walk()
        while (index := walk.next_index()) is not None:
            page = self.fetch_page(index)
            if walk.record(page):
                yield page

    def __iter__(self) -> Iterator[T]:
        items = _Items(self._max_items)
        for page in self.pages():
            yield from items.of(page)

    # unasync: end


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


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
