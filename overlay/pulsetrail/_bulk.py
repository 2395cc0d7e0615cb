"""Bulk calls of any size: split to the API's per-call limit, sent with bounded concurrency, results merged.

ActiveTrail's bulk operations take at most 1000 contacts (500 operational messages) per call and answer with a
partial success: how many went through, plus an error per contact that did not. `send_in_chunks` hides the limit
and merges those answers into one `BulkResult`, where each error points back at the caller's own item by index. A
chunk the server rejects as a whole (a 4xx, or a failure after the retries) becomes an error for each of its items,
so nothing is lost; a 401/403 stops everything, since no later chunk could succeed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
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

__all__ = ["BulkItemError", "BulkResult", "send_in_chunks", "send_in_chunks_sync"]

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


class _Ledger(Generic[T]):
    """What both shells (async tasks, threads) decide about the chunks, without I/O: where each chunk starts, and
    how its outcome (or its failure) goes into the merged result."""

    def __init__(self, items: Sequence[T], chunk_size: int, concurrency: int) -> None:
        if not 1 <= concurrency <= 32:
            raise InvalidInputError("concurrency", concurrency, "must be between 1 and 32")
        self.items = items
        self.chunk_size = chunk_size
        self.result: BulkResult[T] = BulkResult(total=len(items))

    def starts(self) -> range:
        return range(0, len(self.items), self.chunk_size)

    def chunk(self, start: int) -> Sequence[T]:
        return self.items[start : start + self.chunk_size]

    def failed(self, start: int, exc: Exception) -> None:
        """A chunk rejected as a whole: an error for each of its items. A 401/403 (and anything but an API failure)
        stops everything instead, since no later chunk could succeed."""
        if isinstance(exc, AuthenticationError | PermissionDeniedError) or not isinstance(
            exc, APIStatusError | APIConnectionError | ResponseParseError
        ):
            raise exc
        result = self.result
        result.calls += 1
        result.errors.extend(
            BulkItemError(start + offset, item, str(exc), exc) for offset, item in enumerate(self.chunk(start))
        )

    def answered(self, start: int, outcome: ChunkOutcome) -> None:
        succeeded, errors = outcome
        result = self.result
        result.calls += 1
        result.succeeded += succeeded
        chunk = self.chunk(start)
        for offset, message in errors:
            if offset is None:
                result.errors.append(BulkItemError(None, None, message))
            else:
                result.errors.append(BulkItemError(start + offset, chunk[offset], message))

    def merged(self) -> BulkResult[T]:
        self.result.errors.sort(key=lambda e: (e.index is None, e.index or 0))
        return self.result


async def send_in_chunks(
    items: Sequence[T],
    *,
    chunk_size: int,
    send: Callable[[Sequence[T]], Awaitable[ChunkOutcome]],
    concurrency: int = 4,
) -> BulkResult[T]:
    ledger = _Ledger(items, chunk_size, concurrency)
    gate = asyncio.Semaphore(concurrency)

    async def one(start: int) -> None:
        async with gate:
            try:
                with parse_failures_as(f"bulk chunk at item {start}"):
                    outcome = await send(ledger.chunk(start))
            except Exception as exc:
                ledger.failed(start, exc)
                return
        ledger.answered(start, outcome)

    try:
        async with asyncio.TaskGroup() as group:
            for start in ledger.starts():
                group.create_task(one(start))
    except* (AuthenticationError, PermissionDeniedError) as failures:
        raise failures.exceptions[0] from None
    return ledger.merged()


def send_in_chunks_sync(
    items: Sequence[T],
    *,
    chunk_size: int,
    send: Callable[[Sequence[T]], ChunkOutcome],
    concurrency: int = 4,
) -> BulkResult[T]:
    """`send_in_chunks` for sync clients: `concurrency` threads; the first 401/403 stops every chunk not started."""
    ledger = _Ledger(items, chunk_size, concurrency)
    lock = threading.Lock()
    stop = threading.Event()

    def one(start: int) -> None:
        if stop.is_set():
            return
        try:
            with parse_failures_as(f"bulk chunk at item {start}"):
                outcome = send(ledger.chunk(start))
        except Exception as exc:
            with lock:
                try:
                    ledger.failed(start, exc)
                except BaseException:
                    stop.set()
                    raise
            return
        with lock:
            ledger.answered(start, outcome)

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="pulsetrail-bulk") as pool:
        futures = [pool.submit(one, start) for start in ledger.starts()]
    for future in futures:
        future.result()  # the first chunk's fatal error (401/403), in chunk order
    return ledger.merged()


def match_index(chunk: Sequence[Any], key: Callable[[Any], Any], wanted: Any) -> int | None:
    """The position in `chunk` of the first item whose key equals `wanted` (for mapping server errors back)."""
    if wanted is None:
        return None
    for offset, item in enumerate(chunk):
        if key(item) == wanted:
            return offset
    return None
