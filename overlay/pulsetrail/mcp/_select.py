"""Which tools a server offers: read-only ones unless writes are allowed, and then only the operations named.

- Without `--tools`: every read-only tool (GET operations and the curated helpers).
- With `--tools PATTERNS` (comma-separated, shell-style wildcards, matched against `name` and `namespace.name`):
  the read-only tools they match, plus, with `--allow-write`, the write tools they match.
- A destructive tool (a DELETE, or an operation named `delete_...`) is offered only when a pattern names it
  exactly: a wildcard never reaches one.
- A pattern that matches nothing offered is an error (a typo would otherwise expose less, or more, than meant).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["Selectable", "SelectionError", "parse_patterns", "select"]


class Selectable(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def qualified(self) -> str: ...
    @property
    def read_only(self) -> bool: ...
    @property
    def destructive(self) -> bool: ...


T = TypeVar("T", bound=Selectable)


class SelectionError(ValueError):
    """The tool selection cannot be honoured (a pattern matching nothing, writes without names)."""


def parse_patterns(text: str | None) -> list[str] | None:
    if text is None:
        return None
    patterns = [p.strip() for p in text.split(",") if p.strip()]
    if not patterns:
        raise SelectionError(f"--tools {text!r} names no tool")
    return patterns


def _wildcard(tool: Selectable, pattern: str) -> bool:
    return fnmatch.fnmatchcase(tool.name, pattern) or fnmatch.fnmatchcase(tool.qualified, pattern)


def _matches(tool: Selectable, pattern: str) -> bool:
    if tool.destructive:
        return pattern in (tool.name, tool.qualified)
    return _wildcard(tool, pattern)


def select(tools: Sequence[T], *, allow_write: bool, patterns: list[str] | None) -> list[T]:
    """The tools to offer, in the given order."""
    if patterns is None:
        if allow_write:
            raise SelectionError("--allow-write needs --tools naming the operations to allow")
        return [t for t in tools if t.read_only]
    chosen: list[T] = []
    for tool in tools:
        if (tool.read_only or allow_write) and any(_matches(tool, p) for p in patterns):
            chosen.append(tool)
    for pattern in patterns:
        if any(_matches(t, pattern) for t in chosen):
            continue
        writes = [t for t in tools if not t.read_only and _wildcard(t, pattern)]
        near = [t.name for t in writes if t.destructive]
        if writes and not allow_write:
            raise SelectionError(f"--tools {pattern!r} matches only write operations; add --allow-write to offer them")
        if near:
            raise SelectionError(
                f"--tools {pattern!r}: a wildcard never offers a DELETE; name each exactly ({', '.join(near[:5])})"
            )
        raise SelectionError(f"--tools {pattern!r} matches no operation of this API")
    return chosen
