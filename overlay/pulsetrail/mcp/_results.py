"""What a tool answers: the model's JSON (`to_dict()`), a page with where it stands (more pages or not, and the
arguments of the next), and a text cut to a size the server was given, saying so."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from typing import Any, TypeGuard

from .._pagination import MAX_PAGE_SIZE, OffsetPaging, Page, Paging

__all__ = ["DEFAULT_MAX_RESULT_CHARS", "page_result", "render", "to_json"]

DEFAULT_MAX_RESULT_CHARS = 40_000


def to_json(value: Any) -> Any:
    """A parsed answer (a model, a list of models, an enum, a date...) as plain JSON values."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if type(value).__name__ == "Unset":  # each generated package has its own UNSET: a field the answer left out
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json(to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def page_result(page: Page[Any], paging: Paging, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """One page of a list operation: its answer, and `paging`: how many items it held, the total when the API gave
    one, whether more pages may exist, and the arguments that fetch the next page."""
    given_size = arguments.get(paging.size_param)
    size = given_size if _is_int(given_size) else MAX_PAGE_SIZE
    count = len(page.items)
    if isinstance(paging, OffsetPaging):
        offset = arguments.get(paging.offset_param)
        start = offset if _is_int(offset) else paging.start
        here: dict[str, int] = {paging.offset_param: start, paging.size_param: size}
        following = {paging.offset_param: start + size, paging.size_param: size}
    else:
        number = arguments.get(paging.page_param)
        current = number if _is_int(number) else paging.first_page
        start = (current - paging.first_page) * size
        here = {paging.page_param: current, paging.size_param: size}
        following = {paging.page_param: current + 1, paging.size_param: size}
    more = count >= size and (page.total is None or start + count < page.total)
    return {
        "result": to_json(page.parsed),
        "paging": {
            **here,
            "items_on_this_page": count,
            "total": page.total,
            "more_pages_may_exist": more,
            "next_page_arguments": following if more else None,
        },
    }


def render(payload: Any, max_chars: int) -> tuple[str, bool]:
    """The payload as compact JSON text, cut to `max_chars` with a note saying so; (text, was cut)."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)
    if len(text) <= max_chars:
        return text, False
    note = (
        f"\n[cut: the answer is {len(text)} characters; only the first {max_chars} are shown. Ask for less: a "
        "smaller page (limit/page size), a narrower date window, or one item by its ID.]"
    )
    return text[:max_chars] + note, True
