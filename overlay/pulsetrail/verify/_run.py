"""The entry point of a `pulsetrail verify` run: `verify(...)` loads the spec, builds the client, and calls what it
can (the probes, then every GET that needs no ID, then, with `follow`, round by round what earlier answers give
IDs for)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from .._client import BaseClient
from .._credentials import APIS, client_from_environment
from .._exceptions import InvalidInputError
from .._verify_spec import Operation, Spec, load_spec
from ._calls import Caller
from ._follow import fill
from ._overlay import write_overlay
from ._probes import probe_error_body, probe_page_base
from ._report import OperationResult, Report, safe_url

__all__ = ["DEFAULT_MAX_CALLS", "verify"]

DEFAULT_MAX_CALLS = 200


async def _run(caller: Caller, *, follow: bool) -> Report:
    await probe_error_body(caller)
    await probe_page_base(caller)
    pending = list(caller.spec.operations)
    await caller.call_all([(op, {}) for op in pending if not op.path_parameters])
    pending = [op for op in pending if op.path_parameters]
    results = caller.results
    if not follow:
        for op in pending:
            results[op.operation_id].note = "needs an ID (run with --follow)"
        return caller.report
    attempted: set[str] = set()
    while True:  # each round calls what the answers so far give IDs for
        ready: list[tuple[Operation, dict[str, str]]] = []
        for op in pending:
            ready += [(op, values) for values in fill(caller.spec, caller.answers, op)]
        batch = ready[: max(caller.report.max_calls - caller.report.calls, 0)]
        if not batch:
            break
        attempted.update(op.operation_id for op, _ in batch)
        await caller.call_all(batch)
        pending = [op for op in pending if op.operation_id not in attempted]
    for op in pending:
        results[op.operation_id].note = (
            "no ID found in the earlier answers" if caller.budget_left() else "over --max-calls"
        )
    for result in caller.report.results:
        if result.status == "not-called" and not result.note:
            result.note = "over --max-calls"
    return caller.report


def _load(api: str, spec_file: Path | None) -> Spec:
    if spec_file is None:
        return load_spec(api)
    if not Path(spec_file).is_file():
        raise InvalidInputError("spec_file", str(spec_file), "is not a file")
    try:
        return load_spec(api, Path(spec_file))
    except (yaml.YAMLError, ValueError, KeyError, TypeError) as error:
        reason = f"is not an OpenAPI document this command can read ({type(error).__name__})"
        raise InvalidInputError("spec_file", str(spec_file), reason) from None


def _write_json(target: Path, document: Any) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _shown(source: Path) -> str:
    try:
        return str(source.relative_to(Path.cwd()))
    except ValueError:
        return source.name


async def verify(
    api: str,
    *,
    client: BaseClient[Any] | None = None,
    base_url: str | None = None,
    max_calls: int = DEFAULT_MAX_CALLS,
    follow: bool = False,
    record: Path | None = None,
    spec_file: Path | None = None,
    strict_values: bool = False,
    overlay: Path | None = None,
    environ: Mapping[str, str] | None = None,
    on_call: Callable[[str], None] | None = None,
) -> Report:
    """Check the live API against the spec of `api` (`activetrail` or `a360`) and return the report.

    `client` defaults to one built from the environment's credentials (`client_from_environment`); a client you
    pass is not closed. `overlay`: also write there, as an OpenAPI Overlay 1.0 document (JSON, which YAML reads
    too), the spec changes the answers call for (`pulsetrail.verify._overlay`). Raises `CredentialsError` without
    credentials, when they are rejected, or when the server cannot be reached; `InvalidInputError` for a bad
    argument."""
    if api not in APIS:
        raise InvalidInputError("api", api, f"must be one of {', '.join(APIS)}")
    if isinstance(max_calls, bool) or not isinstance(max_calls, int) or max_calls < 1:
        raise InvalidInputError("max_calls", max_calls, "must be a positive integer")
    own = client is None
    active = client if client is not None else client_from_environment(api, base_url=base_url, environ=environ)
    try:
        spec = await asyncio.to_thread(_load, api, spec_file)
        report = Report(
            api=spec.api,
            base_url=safe_url(active.base_url),
            spec=_shown(spec.source),
            max_calls=max_calls,
            follow=follow,
            strict_values=strict_values,
            results=[OperationResult(op) for op in spec.operations],
        )
        caller = Caller(spec, active, report, record=Path(record) if record is not None else None, on_call=on_call)
        await _run(caller, follow=follow)
        if overlay is not None:
            document = write_overlay(spec, report, caller.bodies, today=dt.datetime.now(dt.UTC).date())
            await asyncio.to_thread(_write_json, Path(overlay), document)
        return report
    finally:
        if own:
            await active.aclose()
