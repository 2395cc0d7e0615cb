"""The open questions a `pulsetrail verify` run settles without writing: the error body's shape (a GET for an ID
that cannot exist) and ActiveTrail's `Page` base (the same list asked with `Page=1` and `Page=0`)."""

from __future__ import annotations

import json
from typing import Any

from .._verify_spec import Problem
from ._calls import Caller
from ._follow import items
from ._report import Finding

__all__ = ["probe_error_body", "probe_page_base", "shape"]

IMPOSSIBLE_ID = 2_147_483_647  # the largest int32: an ID no account reaches


def shape(body: Any, depth: int = 0) -> Any:
    """The shape of a JSON value: its keys and their types, never its values."""
    if isinstance(body, dict) and depth < 3:
        return {key: shape(value, depth + 1) for key, value in body.items()}
    if isinstance(body, list):
        return [shape(body[0], depth + 1)] if body and depth < 3 else []
    return {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}.get(
        type(body), "object"
    )


async def probe_error_body(caller: Caller) -> None:
    candidates = [
        op
        for op in caller.spec.operations
        if len(op.path_parameters) == 1
        and op.path.endswith("{" + op.path_parameters[0].name + "}")
        and op.path_parameters[0].schema.get("type") == "integer"
        and not any(p.required and p.location == "query" for p in op.parameters)
    ]
    if not candidates:
        return
    op = min(candidates, key=lambda o: (o.confidence != "confirmed-doc", o.order))
    param = op.path_parameters[0]
    path = op.path.replace("{" + param.name + "}", str(IMPOSSIBLE_ID))
    answer = await caller.get(path, {}, f"{op.operation_id} (error body)")
    if answer is None:
        return
    question = "Error body"
    findings = caller.report.findings
    if 200 <= answer.status < 300 or answer.status == 0:
        findings["error_body"] = Finding(
            question,
            "not seen",
            f"`GET {path}` (an ID that cannot exist) answered {answer.status or answer.error_name}, not an error.",
            operation_id=op.operation_id,
        )
        return
    seen = json.dumps(shape(answer.body)) if answer.is_json else "not JSON"
    declared, pointer = op.response_pointer(answer.status)
    problems = caller.spec.validate(pointer, answer.body) if (pointer and answer.is_json) else []
    if not declared:
        problems.insert(0, Problem("undeclared-status", f"the spec declares no {answer.status} answer"))
    elif pointer and not answer.is_json:
        problems.insert(0, Problem("not-json", "the error body is not JSON"))
    contradictions = [p for p in problems if not p.is_note]
    detail = f"`GET {path}` (an ID that cannot exist) answered {answer.status} with a body shaped `{seen}`"
    if contradictions:
        listed = "; ".join(f"{p.kind} {p.where} {p.message}".strip() for p in contradictions[:5])
        detail += f", which the spec's {answer.status} schema does not describe: {listed}."
    else:
        detail += f", as the spec's {answer.status} answer describes."
    findings["error_body"] = Finding(
        question, f"{answer.status} {seen}", detail, contradicts=bool(contradictions), operation_id=op.operation_id
    )
    caller.save(op, answer)


async def probe_page_base(caller: Caller) -> None:
    candidates = []
    for op in caller.spec.operations:
        names = {p.name.lower(): p.name for p in op.parameters if p.location == "query"}
        plain = not op.path_parameters and not any(p.required for p in op.parameters)
        if plain and "page" in names and "limit" in names:
            candidates.append((op, names["page"], names["limit"]))
    if not candidates:
        return
    op, page, limit = min(candidates, key=lambda c: (c[0].confidence != "confirmed-doc", c[0].order))
    first = await caller.get(op.path, {page: 1, limit: 1}, f"{op.operation_id} ({page}=1)")
    zero = await caller.get(op.path, {page: 0, limit: 1}, f"{op.operation_id} ({page}=0)")
    if first is None or zero is None:
        return

    def found(verdict: str, detail: str, contradicts: bool = False) -> None:
        caller.report.findings["page_base"] = Finding("Page base", verdict, detail, contradicts, op.operation_id)

    if not 200 <= first.status < 300:
        found("undetermined", f"`{page}=1&{limit}=1` answered {first.status}.")
        return
    if 400 <= zero.status < 500:
        found("pages start at 1", f"`{page}=0` is rejected ({zero.status}), as the spec says (minimum 1).")
        return
    one_items, zero_items = items(first.body), items(zero.body)
    zero_based = (
        f"`{page}=0` is the first page, so `{page}=1` is the second: the spec (minimum 1) and the SDK's default "
        "are wrong; use `ActiveTrail(first_page=0)` meanwhile."
    )
    if not one_items and zero_items:
        found("pages start at 0", f"`{page}=1` is empty while `{page}=0` has an item: {zero_based}", True)
    elif not one_items:
        found("undetermined", f"the list is empty (`{page}=1&{limit}=1` has no item); try on a fuller account.")
    elif not zero_items:
        found("pages start at 1", f"`{page}=0` gives an empty page and `{page}=1` the first item.")
    elif zero_items != one_items:
        found("pages start at 0", f"`{page}=0` and `{page}=1` give different items: {zero_based}", True)
    else:
        second = await caller.get(op.path, {page: 2, limit: 1}, f"{op.operation_id} ({page}=2)")
        if second is None or not 200 <= second.status < 300:
            found("undetermined", f"`{page}=0` and `{page}=1` give the same item; `{page}=2` did not answer.")
        elif items(second.body) == one_items:
            found("undetermined", "every page gives the same item (one item only, or paging is ignored).")
        else:
            found("pages start at 1", f"`{page}=0` is read as `{page}=1` (the same item); `{page}=2` differs.")
