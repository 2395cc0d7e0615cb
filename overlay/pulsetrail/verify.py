"""`pulsetrail verify`: where the spec and the live API disagree, for an account with credentials.

    pulsetrail verify activetrail|a360 [--base-url URL] [--max-calls N] [--follow] [--report PATH] [--record DIR]
    python -m pulsetrail.verify activetrail|a360 ...      # the same, without the `pulsetrail` program

It calls every read-only (GET) operation of the spec that needs no ID (with `--follow`, also those whose IDs it can
take from earlier answers), through the SDK's client (auth, throttle, retries), and validates each raw JSON answer
against the operation's response schema with `jsonschema`: undeclared keys, wrong types, missing required fields,
nulls where the spec allows none, undeclared values; a 404 on a path that should exist and a 405. It settles the
open questions it can without writing (ActiveTrail's `Page` base, the error body's shape) and writes a report:
Markdown on stdout, JSON with `--report`. It never sends anything but GET (and A360's OAuth token request).
Exit code: 0 when everything conforms, 1 when anything contradicts the spec, 2 on a usage or credentials error.

The library side is `verify(...)` (async) and `Report`; the command line lives in `pulsetrail.cli` (needs the
`pulsetrail[cli]` extra).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import yaml

from ._client import BaseClient
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    PulsetrailError,
)
from ._verify_mask import Masker
from ._verify_spec import Operation, Parameter, Problem, Spec, load_spec

__all__ = [
    "APIS",
    "DEFAULT_MAX_CALLS",
    "CredentialsError",
    "Finding",
    "OperationResult",
    "Report",
    "client_from_environment",
    "main",
    "verify",
]

APIS = ("activetrail", "a360")
DEFAULT_MAX_CALLS = 200
SAMPLE_PAGE_SIZE = 10  # items asked of a list: enough to validate, small enough to be quick
CONCURRENCY = 4  # calls in flight at once: quicker than one by one, gentle on the account
IMPOSSIBLE_ID = 2_147_483_647  # the largest int32: an ID no account reaches
CONFIDENCE_ORDER = {"inferred": 0, "confirmed-code": 1, "confirmed-doc": 2}

#: A360 stats path segment -> the `af_type` of the elements whose IDs it takes (from `get_flow`'s `flows[]`)
A360_ELEMENT_TYPES: dict[str, frozenset[str]] = {
    "main-trigger": frozenset({"maintrigger"}),
    "email": frozenset({"email"}),
    "push": frozenset({"push"}),
    "sms": frozenset({"sms"}),
    "messenger": frozenset({"messenger"}),
    "filter": frozenset({"filter"}),
    "trigger": frozenset({"trigger"}),
    "goal": frozenset({"goal"}),
    "action": frozenset({"action"}),
    "flow-operator": frozenset({"trigger", "goal", "action", "filter"}),
}


class CredentialsError(PulsetrailError):
    """No credentials in the environment, or the server rejected them (exit code 2)."""


@dataclass
class OperationResult:
    operation: Operation
    status: str = "not-called"  # conforms | contradicts | no-data | forbidden | unanswered | not-called
    http_status: int | None = None
    called_path: str = ""
    problems: list[Problem] = field(default_factory=list)
    note: str = ""

    def contradictions(self, *, strict_values: bool = False) -> list[Problem]:
        return [p for p in self.problems if not p.is_note or (strict_values and p.kind == "unknown-value")]

    def as_dict(self) -> dict[str, Any]:
        return {
            "operation_id": self.operation.operation_id,
            "confidence": self.operation.confidence,
            "status": self.status,
            "method": self.operation.method,
            "path": self.operation.path,
            "called_path": self.called_path,
            "http_status": self.http_status,
            "note": self.note,
            "problems": [p.as_dict() for p in self.problems],
        }


@dataclass
class Finding:
    """An open question settled (or not) by the run: `verdict`, `contradicts` the spec or not, and why."""

    question: str
    verdict: str
    detail: str
    contradicts: bool = False
    operation_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "verdict": self.verdict,
            "detail": self.detail,
            "contradicts": self.contradicts,
            "operation_id": self.operation_id,
        }


@dataclass
class Report:
    api: str
    base_url: str
    spec: str
    max_calls: int
    follow: bool
    strict_values: bool = False
    calls: int = 0
    results: list[OperationResult] = field(default_factory=list)
    findings: dict[str, Finding] = field(default_factory=dict)

    def ordered(self) -> list[OperationResult]:
        """Inferred operations first, then by how each was confirmed, then in the spec's order."""
        return sorted(self.results, key=lambda r: (CONFIDENCE_ORDER.get(r.operation.confidence, -1), r.operation.order))

    @property
    def contradicting(self) -> list[OperationResult]:
        return [r for r in self.ordered() if r.contradictions(strict_values=self.strict_values)]

    @property
    def exit_code(self) -> int:
        contradicted = bool(self.contradicting) or any(f.contradicts for f in self.findings.values())
        return 1 if contradicted else 0

    def summary(self) -> dict[str, Any]:
        by_status: dict[str, int] = {}
        for result in self.results:
            by_status[result.status] = by_status.get(result.status, 0) + 1
        return {
            "api": self.api,
            "base_url": self.base_url,
            "spec": self.spec,
            "calls": self.calls,
            "max_calls": self.max_calls,
            "follow": self.follow,
            "operations": len(self.results),
            "by_status": dict(sorted(by_status.items())),
            "contradicting_operations": len(self.contradicting),
            "contradictions": sum(len(r.contradictions(strict_values=self.strict_values)) for r in self.results),
            "notes": sum(1 for r in self.results for p in r.problems if p.is_note),
            "findings": {name: finding.as_dict() for name, finding in self.findings.items()},
            "exit_code": self.exit_code,
        }

    def as_json(self) -> dict[str, Any]:
        return {"operations": [r.as_dict() for r in self.ordered()], "summary": self.summary()}

    def as_markdown(self) -> str:
        title = {"activetrail": "ActiveTrail", "a360": "SendPulse Automation360"}.get(self.api, self.api)
        summary = self.summary()
        bad = summary["contradicting_operations"]
        verdict = (
            "**Everything the run saw conforms to the spec.**"
            if self.exit_code == 0
            else f"**The live API contradicts the spec** ({bad} operation(s); see below)."
        )
        lines = [
            f"# pulsetrail verify: {title}",
            "",
            f"Server `{self.base_url}` · spec `{self.spec}` · {self.calls} call(s) of at most {self.max_calls}"
            f"{' · --follow' if self.follow else ''}",
            "",
            f"{verdict} Exit code {self.exit_code}.",
            "",
            "| status | operations |",
            "|---|---|",
            *(f"| {status} | {count} |" for status, count in summary["by_status"].items()),
            "",
        ]
        if self.findings:
            lines += ["## Open questions", ""]
            for finding in self.findings.values():
                flag = " **(contradicts the spec)**" if finding.contradicts else ""
                where = f" (`{finding.operation_id}`)" if finding.operation_id else ""
                lines.append(f"- **{finding.question}**{where}: {finding.verdict}{flag}. {finding.detail}")
            lines.append("")
        lines += [
            "## Operations (inferred first)",
            "",
            "| operation | confidence | status | HTTP | problems |",
            "|---|---|---|---|---|",
        ]
        for result in self.ordered():
            http = str(result.http_status) if result.http_status is not None else ""
            count = len(result.problems)
            lines.append(
                f"| `{result.operation.operation_id}` | {result.operation.confidence} | {result.status} | {http} | "
                f"{count if count else ''} |"
            )
        lines.append("")
        detailed = [r for r in self.ordered() if r.problems or (r.note and r.status != "not-called")]
        if detailed:
            lines += ["## Problems", ""]
        for result in detailed:
            op = result.operation
            lines += [f"### `{op.operation_id}` ({op.confidence}): {result.status}", ""]
            lines.append(f"`GET {result.called_path or op.path}` → {result.http_status}")
            if result.note:
                lines.append(f"{result.note}")
            lines.append("")
            for problem in result.problems:
                where = f" at `{problem.where}`" if problem.where else ""
                tag = " (note)" if problem.is_note else ""
                lines.append(f"- **{problem.kind}**{tag}{where}: {_md(problem.message)}")
            lines.append("")
        not_called = [r for r in self.ordered() if r.status == "not-called"]
        if not_called:
            lines += ["## Not called", ""]
            reasons: dict[str, list[str]] = {}
            for result in not_called:
                reasons.setdefault(result.note, []).append(f"`{result.operation.operation_id}`")
            for reason, names in reasons.items():
                lines.append(f"- {reason}: {', '.join(names)}")
            lines.append("")
        return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def safe_url(url: str) -> str:
    """A URL without user info, query or fragment (no credential ever reaches the report)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def client_from_environment(
    api: str, *, base_url: str | None = None, environ: Mapping[str, str] | None = None
) -> BaseClient[Any]:
    """The SDK client of `api` with credentials from the environment (`ACTIVETRAIL_TOKEN`;
    `SENDPULSE_CLIENT_ID` + `SENDPULSE_CLIENT_SECRET` or `SENDPULSE_API_KEY`)."""
    env = os.environ if environ is None else environ
    extra: dict[str, Any] = {"base_url": base_url} if base_url else {}
    if api == "activetrail":
        token = env.get("ACTIVETRAIL_TOKEN", "").strip()
        if not token:
            raise CredentialsError("set ACTIVETRAIL_TOKEN to your ActiveTrail API token")
        from ._activetrail import ActiveTrail

        return ActiveTrail(token, **extra)
    if api == "a360":
        client_id = env.get("SENDPULSE_CLIENT_ID", "").strip()
        client_secret = env.get("SENDPULSE_CLIENT_SECRET", "").strip()
        api_key = env.get("SENDPULSE_API_KEY", "").strip()
        from ._a360 import A360

        if client_id and client_secret:
            return A360(client_id=client_id, client_secret=client_secret, **extra)
        if api_key:
            return A360(api_key=api_key, **extra)
        raise CredentialsError("set SENDPULSE_CLIENT_ID and SENDPULSE_CLIENT_SECRET, or SENDPULSE_API_KEY")
    raise CredentialsError(f"unknown API {api!r}: one of {', '.join(APIS)}")


@dataclass
class _Answer:
    status: int
    body: Any  # parsed JSON, or None
    is_json: bool
    error_name: str | None = None


_NOTHING = object()


def _items(body: Any) -> list[Any] | None:
    """The list of items in a list answer: the answer itself, or its first list of objects (depth first, 3 deep)."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for value in body.values():
            if isinstance(value, list) and (not value or isinstance(value[0], dict)):
                return value
        for value in body.values():
            found = _items(value) if isinstance(value, dict) else None
            if found is not None:
                return found
    return None


def _id_keys(name: str) -> list[str]:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return [name, snake, "id", "Id", "ID"]


def _ids(body: Any, name: str) -> list[Any]:
    """The IDs of the items of a list answer, in order (the key named like the parameter, or `id`)."""
    found = []
    for item in _items(body) or []:
        if not isinstance(item, dict):
            continue
        for key in _id_keys(name):
            value = item.get(key)
            if isinstance(value, int | str) and not isinstance(value, bool) and str(value).strip():
                found.append(value)
                break
    return found


def _elements(body: Any, af_types: frozenset[str]) -> list[Any]:
    """The element IDs of the types `af_types` in an A360 `get_flow` answer (`flows[]`)."""
    flows = body.get("flows") if isinstance(body, dict) else None
    return [
        element["id"]
        for element in (flows if isinstance(flows, list) else [])
        if isinstance(element, dict) and element.get("af_type") in af_types and element.get("id") is not None
    ]


def _conversion_goal(body: Any) -> list[Any]:
    """The goal element IDs in an A360 `get_flow_conversions` answer (`data.goals[].id`)."""
    data = body.get("data") if isinstance(body, dict) else None
    goals = data.get("goals") if isinstance(data, dict) else None
    return _ids(goals, "id") if isinstance(goals, list) else []


def _shape(body: Any, depth: int = 0) -> Any:
    """The shape of a JSON value: its keys and their types, never its values."""
    if isinstance(body, dict) and depth < 3:
        return {key: _shape(value, depth + 1) for key, value in body.items()}
    if isinstance(body, list):
        return [_shape(body[0], depth + 1)] if body and depth < 3 else []
    return {bool: "boolean", int: "integer", float: "number", str: "string", type(None): "null"}.get(
        type(body), "object"
    )


_Source = tuple[str, Callable[[Any], list[Any]]]
#: operations called for several IDs, not one: A360's get_flow for several flows, since one flow rarely has an
#: element of every type (whose statistics calls take the element IDs get_flow lists)
FAN_OUT = {"get_flow": 5}
_STATUS_RANK = {"not-called": 0, "unanswered": 1, "no-data": 2, "conforms": 3, "forbidden": 4, "contradicts": 5}


class _Verifier:
    def __init__(
        self,
        spec: Spec,
        client: BaseClient[Any],
        *,
        max_calls: int,
        follow: bool,
        record: Path | None,
        strict_values: bool,
        on_call: Callable[[str], None] | None,
    ) -> None:
        self.spec = spec
        self.client = client
        self.follow = follow
        self.record = record
        self.on_call = on_call
        self.no_data_404 = spec.api == "a360"  # A360 documents 404 as "no data for this request"
        self.answers: dict[str, list[tuple[dict[str, str], Any]]] = {}  # operation -> [(path values, 2xx body)]
        self.recorded: set[str] = set()
        self.results = {op.operation_id: OperationResult(op) for op in spec.operations}
        source = spec.source
        try:
            source_name = str(source.relative_to(Path.cwd()))
        except ValueError:
            source_name = source.name
        self.report = Report(
            api=spec.api,
            base_url=safe_url(client.base_url),
            spec=source_name,
            max_calls=max_calls,
            follow=follow,
            strict_values=strict_values,
            results=list(self.results.values()),
        )
        self.reached_server = False

    # -- calls -------------------------------------------------------------------------------------------------

    def _budget_left(self) -> bool:
        return self.report.calls < self.report.max_calls

    async def _get(self, path: str, params: Mapping[str, Any], label: str) -> _Answer | None:
        """One GET through the SDK client; None when the budget is spent. Error statuses become answers."""
        if not self._budget_left():
            return None
        self.report.calls += 1
        if self.on_call is not None:
            self.on_call(label)
        try:
            response = await self.client.http.get(path, params=dict(params))
        except AuthenticationError as error:
            raise CredentialsError(f"the server rejected the credentials ({error.status_code})") from None
        except APIStatusError as error:
            self.reached_server = True
            return _Answer(error.status_code, error.body, error.body is not None, error.error_name)
        except APIConnectionError as error:
            if not self.reached_server:
                raise CredentialsError(f"cannot reach the server: {error}") from None
            return _Answer(0, None, False, type(error).__name__)
        self.reached_server = True
        try:
            return _Answer(response.status_code, response.json(), True)
        except ValueError:
            return _Answer(response.status_code, None, False)

    def _query(self, op: Operation) -> dict[str, Any] | str:
        """The query of a sample call, or the reason it cannot be made."""
        query: dict[str, Any] = {}
        for param in op.parameters:
            if param.location != "query":
                continue
            lower = param.name.lower()
            if lower in ("limit", "pagesize"):
                query[param.name] = _clamp(SAMPLE_PAGE_SIZE, param.schema)
            elif lower == "offset":
                query[param.name] = 0
            elif param.required:
                value = self._required_value(param)
                if value is _NOTHING:
                    return f"needs a value for the required query parameter {param.name!r}"
                query[param.name] = value
        return query

    def _required_value(self, param: Parameter) -> Any:
        if self.spec.api == "a360" and param.name == "filter":
            from ._filter import date_filter

            today = dt.datetime.now(dt.UTC).date()
            return date_filter(send_date_from=today - dt.timedelta(days=30), send_date_to=today)
        if param.example is not None:
            return param.example
        if "default" in param.schema:
            return param.schema["default"]
        enum = param.schema.get("enum")
        return enum[0] if isinstance(enum, list) and enum else _NOTHING

    async def _call(self, op: Operation, values: Mapping[str, Any]) -> None:
        result = self.results[op.operation_id]
        query = self._query(op)
        if isinstance(query, str):
            result.note = query
            return
        path = op.path
        for name, value in values.items():  # IDs from answers: quoted, so an odd one cannot change the path
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        answer = await self._get(path, query, op.operation_id)
        if answer is None:
            if result.status == "not-called":
                result.note = "over --max-calls"
            return
        problems = self._check(op, answer, from_list=bool(values))
        if 200 <= answer.status < 300:
            self.answers.setdefault(op.operation_id, []).append(({k: str(v) for k, v in values.items()}, answer.body))
        if answer.status in (0, 429):
            status = "unanswered"
        elif answer.status == 403:
            status = "forbidden"
        elif self.no_data_404 and answer.status == 404 and not problems:
            status = "no-data"
        elif any(not p.is_note or (self.report.strict_values and p.kind == "unknown-value") for p in problems):
            status = "contradicts"
        else:
            status = "conforms"
        if result.status == "not-called":  # the first answer
            result.called_path, result.http_status, result.note = path, answer.status, ""
        result.problems += [problem for problem in problems if problem not in result.problems]
        if _STATUS_RANK[status] > _STATUS_RANK[result.status]:
            result.status = status
        self._record(op, answer)

    def _check(self, op: Operation, answer: _Answer, *, from_list: bool) -> list[Problem]:
        status = answer.status
        if status == 0:
            return [Problem("no-answer", f"no answer ({answer.error_name})")]
        problems: list[Problem] = []
        declared, pointer = op.response_pointer(status)
        if status == 405:
            problems.append(Problem("method-not-allowed", "405: the server does not take GET on this path"))
        elif status == 404 and not self.no_data_404:
            why = "an ID taken from a list answer" if from_list else "no ID"
            problems.append(Problem("not-found", f"404 on a path that should exist ({why}): the path may be wrong"))
        elif status == 403:
            problems.append(Problem("forbidden", "403: the account may not make this call"))
        elif status == 429:
            return [Problem("rate-limited", "429 after the client's retries: run again later, or with fewer calls")]
        elif status >= 500:
            problems.append(Problem("server-error", f"{status} from the server (after the client's retries)"))
        elif status >= 400 and status != 404:
            name = f" ({answer.error_name})" if answer.error_name else ""
            problems.append(Problem("rejected", f"{status}{name}: the server rejected a call the spec allows"))
        if not declared:
            problems.append(Problem("undeclared-status", f"the spec declares no {status} answer"))
            return problems
        if pointer is None:
            if answer.is_json and answer.body is not None and 200 <= status < 300:
                problems.append(Problem("undeclared-body", f"a JSON body where the spec declares none for {status}"))
            return problems
        if not answer.is_json:
            problems.append(Problem("not-json", f"the {status} answer is not JSON"))
            return problems
        return problems + self.spec.validate(pointer, answer.body)

    def _record(self, op: Operation, answer: _Answer) -> None:
        suffix = "" if 200 <= answer.status < 300 else f".{answer.status}"
        if self.record is None or not answer.is_json or op.operation_id + suffix in self.recorded:
            return
        self.recorded.add(op.operation_id + suffix)
        self.record.mkdir(parents=True, exist_ok=True)
        masked = Masker(self.spec.known_literals).mask(answer.body)
        target = self.record / f"{op.operation_id}{suffix}.json"
        target.write_text(json.dumps(masked, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    async def _call_all(self, calls: list[tuple[Operation, dict[str, str]]]) -> None:
        """Make these calls, `CONCURRENCY` at a time (the client's throttle still applies)."""
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(op: Operation, values: dict[str, str]) -> None:
            async with gate:
                await self._call(op, values)

        try:
            async with asyncio.TaskGroup() as group:
                for op, values in calls:
                    group.create_task(one(op, values))
        except ExceptionGroup as failed:  # the first failure as itself (CredentialsError: exit 2)
            raise failed.exceptions[0] from None

    # -- IDs for --follow --------------------------------------------------------------------------------------

    def _sources(self, op: Operation, param: Parameter, filled: Mapping[str, str]) -> list[_Source]:
        sources: list[_Source] = []
        if self.spec.api == "a360":
            # element IDs are not in a sibling list: they are `flows[].id` of get_flow, by `af_type`
            match = re.match(r"^/a360/stats/([^/]+)/", op.path)
            if match and param.component == "ElementId" and match.group(1) in A360_ELEMENT_TYPES:
                kinds = A360_ELEMENT_TYPES[match.group(1)]
                return [("get_flow", lambda body: _elements(body, kinds))]
            if param.name == "goalId":
                return [
                    ("get_flow", lambda body: _elements(body, frozenset({"goal"}))),
                    ("get_flow_conversions", _conversion_goal),
                ]
        sibling = self._sibling(op.path, param.name, filled)
        if sibling is not None:
            sources.append((sibling, functools.partial(_ids, name=param.name)))
        if param.component is not None:
            for other in self.spec.operations:
                if other is op or not any(p.component == param.component for p in other.path_parameters):
                    continue
                other_param = next(p for p in other.path_parameters if p.component == param.component)
                candidate = self._sibling(other.path, other_param.name, {})
                if candidate is not None:
                    sources.append((candidate, functools.partial(_ids, name=param.name)))
                    break
        noun = re.sub(r"(_id|Id|ID)$", "", param.name).lower()
        if noun and noun != param.name.lower():
            for other in self.spec.operations:
                last = other.path.rstrip("/").rsplit("/", 1)[-1].lower()
                if not other.path_parameters and last in (noun, noun + "s"):
                    sources.append((other.operation_id, functools.partial(_ids, name=param.name)))
                    break
        return sources

    def _sibling(self, path: str, name: str, filled: Mapping[str, str]) -> str | None:
        """The list operation next to `{name}` in `path`: at the path before it, or one static segment below."""
        prefix = path[: path.index("{" + name + "}")].rstrip("/")
        best: str | None = None
        for other in self.spec.operations:
            names = {p.name for p in other.path_parameters}
            if not names <= set(filled) or not other.path.startswith(prefix):
                continue
            rest = other.path[len(prefix) :]
            if rest == "":
                return other.operation_id
            if best is None and re.fullmatch(r"/[^/{}]+", rest):
                best = other.operation_id
        return best

    def _fill(self, op: Operation) -> list[dict[str, str]]:
        """The path values to call `op` with (one set, or several for a FAN_OUT operation); [] when unknown."""
        values: dict[str, str] = {}
        parameters = op.path_parameters
        for position, param in enumerate(parameters):
            candidates: list[str] = []
            for source_id, select in self._sources(op, param, values):
                for source_values, body in self.answers.get(source_id, []):
                    if any(values.get(k, v) != v for k, v in source_values.items()):
                        continue  # an answer about another parent
                    candidates += [str(value) for value in select(body) if str(value) not in candidates]
                if candidates:
                    break
            if not candidates:
                return []
            if position == len(parameters) - 1:
                return [{**values, param.name: value} for value in candidates[: FAN_OUT.get(op.operation_id, 1)]]
            values[param.name] = candidates[0]
        return [values]

    # -- open questions ----------------------------------------------------------------------------------------

    async def _probe_error_body(self) -> None:
        candidates = [
            op
            for op in self.spec.operations
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
        answer = await self._get(path, {}, f"{op.operation_id} (error body)")
        if answer is None:
            return
        question = "Error body"
        if 200 <= answer.status < 300 or answer.status == 0:
            self.report.findings["error_body"] = Finding(
                question,
                "not seen",
                f"`GET {path}` (an ID that cannot exist) answered {answer.status or answer.error_name}, not an error.",
                operation_id=op.operation_id,
            )
            return
        shape = json.dumps(_shape(answer.body)) if answer.is_json else "not JSON"
        declared, pointer = op.response_pointer(answer.status)
        problems = self.spec.validate(pointer, answer.body) if (pointer and answer.is_json) else []
        if not declared:
            problems.insert(0, Problem("undeclared-status", f"the spec declares no {answer.status} answer"))
        elif pointer and not answer.is_json:
            problems.insert(0, Problem("not-json", "the error body is not JSON"))
        contradictions = [p for p in problems if not p.is_note]
        detail = f"`GET {path}` (an ID that cannot exist) answered {answer.status} with a body shaped `{shape}`"
        if contradictions:
            listed = "; ".join(f"{p.kind} {p.where} {p.message}".strip() for p in contradictions[:5])
            detail += f", which the spec's {answer.status} schema does not describe: {listed}."
        else:
            detail += f", as the spec's {answer.status} answer describes."
        verdict = f"{answer.status} {shape}"
        self.report.findings["error_body"] = Finding(
            question, verdict, detail, contradicts=bool(contradictions), operation_id=op.operation_id
        )
        self._record(op, answer)

    async def _probe_page_base(self) -> None:
        candidates = []
        for op in self.spec.operations:
            names = {p.name.lower(): p.name for p in op.parameters if p.location == "query"}
            plain = not op.path_parameters and not any(p.required for p in op.parameters)
            if plain and "page" in names and "limit" in names:
                candidates.append((op, names["page"], names["limit"]))
        if not candidates:
            return
        op, page, limit = min(candidates, key=lambda c: (c[0].confidence != "confirmed-doc", c[0].order))
        question = "Page base"
        first = await self._get(op.path, {page: 1, limit: 1}, f"{op.operation_id} ({page}=1)")
        zero = await self._get(op.path, {page: 0, limit: 1}, f"{op.operation_id} ({page}=0)")
        if first is None or zero is None:
            return

        def found(verdict: str, detail: str, contradicts: bool = False) -> None:
            self.report.findings["page_base"] = Finding(question, verdict, detail, contradicts, op.operation_id)

        if not 200 <= first.status < 300:
            found("undetermined", f"`{page}=1&{limit}=1` answered {first.status}.")
            return
        if 400 <= zero.status < 500:
            found("pages start at 1", f"`{page}=0` is rejected ({zero.status}), as the spec says (minimum 1).")
            return
        one_items, zero_items = _items(first.body), _items(zero.body)
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
            second = await self._get(op.path, {page: 2, limit: 1}, f"{op.operation_id} ({page}=2)")
            if second is None or not 200 <= second.status < 300:
                found("undetermined", f"`{page}=0` and `{page}=1` give the same item; `{page}=2` did not answer.")
            elif _items(second.body) == one_items:
                found("undetermined", "every page gives the same item (one item only, or paging is ignored).")
            else:
                found("pages start at 1", f"`{page}=0` is read as `{page}=1` (the same item); `{page}=2` differs.")

    # -- the run -----------------------------------------------------------------------------------------------

    async def run(self) -> Report:
        await self._probe_error_body()
        await self._probe_page_base()
        pending = list(self.spec.operations)
        await self._call_all([(op, {}) for op in pending if not op.path_parameters])
        pending = [op for op in pending if op.path_parameters]
        if not self.follow:
            for op in pending:
                self.results[op.operation_id].note = "needs an ID (run with --follow)"
            return self.report
        attempted: set[str] = set()
        while True:  # each round calls what the answers so far give IDs for
            ready: list[tuple[Operation, dict[str, str]]] = []
            for op in pending:
                ready += [(op, values) for values in self._fill(op)]
            batch = ready[: max(self.report.max_calls - self.report.calls, 0)]
            if not batch:
                break
            attempted.update(op.operation_id for op, _ in batch)
            await self._call_all(batch)
            pending = [op for op in pending if op.operation_id not in attempted]
        for op in pending:
            result = self.results[op.operation_id]
            if not self._budget_left():
                result.note = "over --max-calls"
            else:
                result.note = "no ID found in the earlier answers"
        for result in self.report.results:
            if result.status == "not-called" and not result.note:
                result.note = "over --max-calls"
        return self.report


def _clamp(value: int, schema: Mapping[str, Any]) -> int:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if isinstance(low, int) and value < low:
        value = low
    if isinstance(high, int) and value > high:
        value = high
    return value


def _load(api: str, spec_file: Path | None) -> Spec:
    from ._exceptions import InvalidInputError

    if spec_file is None:
        return load_spec(api)
    if not Path(spec_file).is_file():
        raise InvalidInputError("spec_file", str(spec_file), "is not a file")
    try:
        return load_spec(api, Path(spec_file))
    except (yaml.YAMLError, ValueError, KeyError, TypeError) as error:
        reason = f"is not an OpenAPI document this command can read ({type(error).__name__})"
        raise InvalidInputError("spec_file", str(spec_file), reason) from None


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
    environ: Mapping[str, str] | None = None,
    on_call: Callable[[str], None] | None = None,
) -> Report:
    """Check the live API against the spec of `api` (`activetrail` or `a360`) and return the report.

    `client` defaults to one built from the environment's credentials (`client_from_environment`); a client you
    pass is not closed. Raises `CredentialsError` without credentials, when they are rejected, or when the server
    cannot be reached; `InvalidInputError` for a bad argument."""
    from ._exceptions import InvalidInputError

    if api not in APIS:
        raise InvalidInputError("api", api, f"must be one of {', '.join(APIS)}")
    if isinstance(max_calls, bool) or not isinstance(max_calls, int) or max_calls < 1:
        raise InvalidInputError("max_calls", max_calls, "must be a positive integer")
    own = client is None
    active = client if client is not None else client_from_environment(api, base_url=base_url, environ=environ)
    try:
        spec = await asyncio.to_thread(_load, api, spec_file)
        verifier = _Verifier(
            spec,
            active,
            max_calls=max_calls,
            follow=follow,
            record=Path(record) if record is not None else None,
            strict_values=strict_values,
            on_call=on_call,
        )
        return await verifier.run()
    finally:
        if own:
            await active.aclose()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m pulsetrail.verify ...`: the `pulsetrail verify` command on its own."""
    try:
        from .cli import verify_app
    except ImportError as error:  # the cli extra is missing
        print(f"pulsetrail verify needs the cli extra: pip install 'pulsetrail[cli]' ({error.name})", file=sys.stderr)
        return 2
    return verify_app(list(argv) if argv is not None else sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
