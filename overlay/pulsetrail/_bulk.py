"""Bulk calls of any size: split to the API's per-call limit, sent with bounded concurrency, results merged.

ActiveTrail's bulk operations take at most 1000 contacts (500 operational messages) per call and answer with a
partial success: how many went through, plus an error per contact that did not. `send_in_chunks` hides the limit
and merges those answers into one `BulkResult`, where each error points back at the caller's own item by index. A
chunk the server rejects as a whole (a 4xx, or a failure after the retries) becomes an error for each of its items,
so nothing is lost; a 401/403 stops everything, since no later chunk could succeed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    InvalidInputError,
    PermissionDeniedError,
    ResponseParseError,
    parse_failures_as,
)

__all__ = ["BulkItemError", "BulkResult", "send_in_chunks"]

T = TypeVar("T")


@dataclass(frozen=True)
class BulkItemError(Generic[T]):
    """One item that failed: its index in the caller's sequence, the item, and why."""

    index: int | None  # None when the server's error names no item we can match
    item: T | None
    message: str
    exception: Exception | None = None


@dataclass
class BulkResult(Generic[T]):
    """The merged outcome of every chunk."""

    total: int
    succeeded: int = 0
    errors: list[BulkItemError[T]] = field(default_factory=list)
    calls: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


#: what a chunk's answer says: (items that went through, [(index within the chunk or None, message)])
ChunkOutcome = tuple[int, list[tuple[int | None, str]]]


async def send_in_chunks(
    items: Sequence[T],
    *,
    chunk_size: int,
    send: Callable[[Sequence[T]], Awaitable[ChunkOutcome]],
    concurrency: int = 4,
) -> BulkResult[T]:
    if not 1 <= concurrency <= 32:
        raise InvalidInputError("concurrency", concurrency, "must be between 1 and 32")
    result: BulkResult[T] = BulkResult(total=len(items))
    gate = asyncio.Semaphore(concurrency)

    async def one(start: int) -> None:
        chunk = items[start : start + chunk_size]
        async with gate:
            try:
                with parse_failures_as(f"bulk chunk at item {start}"):
                    succeeded, errors = await send(chunk)
            except (AuthenticationError, PermissionDeniedError):
                raise
            except (APIStatusError, APIConnectionError, ResponseParseError) as exc:
                result.calls += 1
                result.errors.extend(
                    BulkItemError(start + offset, item, str(exc), exc) for offset, item in enumerate(chunk)
                )
                return
        result.calls += 1
        result.succeeded += succeeded
        for offset, message in errors:
            if offset is None:
                result.errors.append(BulkItemError(None, None, message))
            else:
                result.errors.append(BulkItemError(start + offset, chunk[offset], message))

    try:
        async with asyncio.TaskGroup() as group:
            for start in range(0, len(items), chunk_size):
                group.create_task(one(start))
    except* (AuthenticationError, PermissionDeniedError) as failures:
        raise failures.exceptions[0] from None
    result.errors.sort(key=lambda e: (e.index is None, e.index or 0))
    return result


def match_index(chunk: Sequence[Any], key: Callable[[Any], Any], wanted: Any) -> int | None:
    """The position in `chunk` of the first item whose key equals `wanted` (for mapping server errors back)."""
    if wanted is None:
        return None
    for offset, item in enumerate(chunk):
        if key(item) == wanted:
            return offset
    return None
