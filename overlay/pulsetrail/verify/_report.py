"""What a `pulsetrail verify` run found: per operation (`OperationResult`), the open questions (`Finding`), and the
`Report` as Markdown and as JSON (`operations[]` with `operation_id`, `confidence`, `status`, `problems`: users'
scripts read that shape, so keys are only ever added)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._verify_spec import Operation, Problem

__all__ = ["Finding", "OperationResult", "Report", "safe_url"]

CONFIDENCE_ORDER = {"inferred": 0, "confirmed-code": 1, "confirmed-doc": 2}
#: how the headline counts operations of each status, in this order ("12 conform, 1 contradicts")
_COUNTED = (
    ("conforms", "conform", "conforms"),
    ("contradicts", "contradict", "contradicts"),
    ("forbidden", "forbidden", "forbidden"),
    ("no-data", "had no data", "had no data"),
    ("unanswered", "unanswered", "unanswered"),
)


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
    def called(self) -> list[OperationResult]:
        return [r for r in self.results if r.status != "not-called"]

    @property
    def contradicting(self) -> list[OperationResult]:
        return [r for r in self.ordered() if r.contradictions(strict_values=self.strict_values)]

    @property
    def exit_code(self) -> int:
        contradicted = bool(self.contradicting) or any(f.contradicts for f in self.findings.values())
        return 1 if contradicted else 0

    def headline(self) -> str:
        """What the run saw, counted: "12 of 37 operations called; 12 conform". Never a verdict on what it did
        not call."""
        called = self.called
        counts = {status: sum(1 for r in called if r.status == status) for status, _, _ in _COUNTED}
        parts = [
            f"{counts[status]} {one if counts[status] == 1 else many}"
            for status, many, one in _COUNTED
            if counts[status] or status == "conforms"
        ]
        text = f"{len(called)} of {len(self.results)} operations called; {', '.join(parts)}"
        questions = [f.question for f in self.findings.values() if f.contradicts]
        if questions:
            text += f"; the spec is contradicted on: {', '.join(questions)}"
        return text

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
            "operations_called": len(self.called),
            "headline": self.headline(),
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
        if self.exit_code == 0:
            verdict = f"**{self.headline()}.** Nothing the run called contradicts the spec."
        else:
            verdict = (
                f"**The live API contradicts the spec** ({summary['contradicting_operations']} operation(s); "
                f"see below): {self.headline()}."
            )
        not_called = len(self.results) - len(self.called)
        if not_called:
            verdict += f' {not_called} not called: see "Not called" for why.'
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
        lines += self._operations_table() + self._problems() + self._not_called()
        return "\n".join(lines)

    def _operations_table(self) -> list[str]:
        lines = [
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
        return [*lines, ""]

    def _problems(self) -> list[str]:
        detailed = [r for r in self.ordered() if r.problems or (r.note and r.status != "not-called")]
        lines = ["## Problems", ""] if detailed else []
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
        return lines

    def _not_called(self) -> list[str]:
        not_called = [r for r in self.ordered() if r.status == "not-called"]
        if not not_called:
            return []
        lines = ["## Not called", ""]
        reasons: dict[str, list[str]] = {}
        for result in not_called:
            reasons.setdefault(result.note, []).append(f"`{result.operation.operation_id}`")
        for reason, names in reasons.items():
            lines.append(f"- {reason}: {', '.join(names)}")
        return [*lines, ""]


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def safe_url(url: str) -> str:
    """A URL without user info, query or fragment (no credential ever reaches the report)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))
