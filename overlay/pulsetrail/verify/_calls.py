"""The calls of a `pulsetrail verify` run: each GET through the SDK client's own request path (auth, throttle,
retries), its answer checked against the spec, the result kept per operation, and recorded (masked) on request."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .._client import BaseClient
from .._credentials import CredentialsError
from .._exceptions import APIConnectionError, APIStatusError, AuthenticationError
from .._verify_mask import Masker
from .._verify_spec import Operation, Parameter, Problem, Spec
from ._report import Report

__all__ = ["Answer", "Caller"]

SAMPLE_PAGE_SIZE = 10  # items asked of a list: enough to validate, small enough to be quick
CONCURRENCY = 4  # calls in flight at once: quicker than one by one, gentle on the account
_STATUS_RANK = {"not-called": 0, "unanswered": 1, "no-data": 2, "conforms": 3, "forbidden": 4, "contradicts": 5}
_NOTHING = object()


@dataclass
class Answer:
    status: int
    body: Any  # parsed JSON, or None
    is_json: bool
    error_name: str | None = None


class Caller:
    """Makes the calls of one run and keeps what they found in `report` (and the 2xx bodies in `answers`)."""

    def __init__(
        self,
        spec: Spec,
        client: BaseClient[Any],
        report: Report,
        *,
        record: Path | None,
        on_call: Callable[[str], None] | None,
    ) -> None:
        self.spec = spec
        self.client = client
        self.report = report
        self.record = record
        self.on_call = on_call
        self.no_data_404 = spec.api == "a360"  # A360 documents 404 as "no data for this request"
        self.answers: dict[str, list[tuple[dict[str, str], Any]]] = {}  # operation -> [(path values, 2xx body)]
        #: operation -> [(pointer of the response schema, JSON body)] of its 2xx answers (for the overlay writer)
        self.bodies: dict[str, list[tuple[str, Any]]] = {}
        self.results = {r.operation.operation_id: r for r in report.results}
        self.recorded: set[str] = set()
        self.reached_server = False

    def budget_left(self) -> bool:
        return self.report.calls < self.report.max_calls

    async def get(self, path: str, params: Mapping[str, Any], label: str) -> Answer | None:
        """One GET through the SDK client; None when the budget is spent. Error statuses become answers."""
        if not self.budget_left():
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
            return Answer(error.status_code, error.body, error.body is not None, error.error_name)
        except APIConnectionError as error:
            if not self.reached_server:
                raise CredentialsError(f"cannot reach the server: {error}") from None
            return Answer(0, None, False, type(error).__name__)
        self.reached_server = True
        try:
            return Answer(response.status_code, response.json(), True)
        except ValueError:
            return Answer(response.status_code, None, False)

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
            from .._filter import date_filter

            today = dt.datetime.now(dt.UTC).date()
            return date_filter(send_date_from=today - dt.timedelta(days=30), send_date_to=today)
        if param.example is not None:
            return param.example
        if "default" in param.schema:
            return param.schema["default"]
        enum = param.schema.get("enum")
        return enum[0] if isinstance(enum, list) and enum else _NOTHING

    async def call(self, op: Operation, values: Mapping[str, Any]) -> None:
        result = self.results[op.operation_id]
        query = self._query(op)
        if isinstance(query, str):
            result.note = query
            return
        path = op.path
        for name, value in values.items():  # IDs from answers: quoted, so an odd one cannot change the path
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        answer = await self.get(path, query, op.operation_id)
        if answer is None:
            if result.status == "not-called":
                result.note = "over --max-calls"
            return
        problems = self._check(op, answer, from_list=bool(values))
        if 200 <= answer.status < 300:
            self.answers.setdefault(op.operation_id, []).append(({k: str(v) for k, v in values.items()}, answer.body))
            pointer = op.response_pointer(answer.status)[1]
            if pointer is not None and answer.is_json:
                self.bodies.setdefault(op.operation_id, []).append((pointer, answer.body))
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
        self.save(op, answer)

    def _check(self, op: Operation, answer: Answer, *, from_list: bool) -> list[Problem]:
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

    def save(self, op: Operation, answer: Answer) -> None:
        """Record the answer (`--record`), personal data masked; once per operation and status."""
        suffix = "" if 200 <= answer.status < 300 else f".{answer.status}"
        if self.record is None or not answer.is_json or op.operation_id + suffix in self.recorded:
            return
        self.recorded.add(op.operation_id + suffix)
        self.record.mkdir(parents=True, exist_ok=True)
        masked = Masker(self.spec.known_literals).mask(answer.body)
        target = self.record / f"{op.operation_id}{suffix}.json"
        target.write_text(json.dumps(masked, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    async def call_all(self, calls: list[tuple[Operation, dict[str, str]]]) -> None:
        """Make these calls, `CONCURRENCY` at a time (the client's throttle still applies)."""
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(op: Operation, values: dict[str, str]) -> None:
            async with gate:
                await self.call(op, values)

        try:
            async with asyncio.TaskGroup() as group:
                for op, values in calls:
                    group.create_task(one(op, values))
        except ExceptionGroup as failed:  # the first failure as itself (CredentialsError: exit 2)
            raise failed.exceptions[0] from None


def _clamp(value: int, schema: Mapping[str, Any]) -> int:
    low = schema.get("minimum")
    high = schema.get("maximum")
    if isinstance(low, int) and value < low:
        value = low
    if isinstance(high, int) and value > high:
        value = high
    return value
