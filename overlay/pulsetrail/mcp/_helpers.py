"""Hand-written tools beside the generated ones: the questions an agent asks most, answered in one call through the
SDK's own helpers (A360: a flow's statistics for a date range across its elements; ActiveTrail: a campaign's report
summary with its rates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._a360_ops import STATS
from .._enums import A360ElementType
from .._exceptions import InvalidInputError
from ._arguments import to_declared
from ._results import to_json

__all__ = ["HelperTool", "helpers"]

Run = Callable[[Any, Mapping[str, Any]], Awaitable[Any]]


@dataclass(frozen=True)
class HelperTool:
    """A curated tool: read-only, described for a model, run against the SDK client."""

    name: str
    description: str
    input_schema: Mapping[str, Any]
    run: Run
    namespace: str = "helpers"
    read_only: bool = True
    destructive: bool = False
    paged: bool = False

    @property
    def qualified(self) -> str:
        return f"{self.namespace}.{self.name}"


def _date(arguments: Mapping[str, Any], name: str) -> dt.date | None:
    value = arguments.get(name)
    return None if value is None else to_declared(name, value, dt.date)


def _window(arguments: Mapping[str, Any], first: str, last: str) -> tuple[dt.date | None, dt.date | None]:
    since, until = _date(arguments, first), _date(arguments, last)
    if since is not None and until is not None and until < since:
        raise InvalidInputError(last, arguments[last], f"is before {first} {since.isoformat()}")
    return since, until


_DATE = {"type": "string", "format": "date", "description": "YYYY-MM-DD"}


async def _flow_statistics(a360: Any, arguments: Mapping[str, Any]) -> dict[str, Any]:
    flow_id = arguments["flow_id"]
    since, until = _window(arguments, "date_from", "date_to")
    details = await a360.flow(flow_id)
    elements: list[dict[str, Any]] = []
    for element in details.flows:
        kind = A360ElementType(element.af_type)
        row: dict[str, Any] = {"element_id": element.id, "element_type": kind.name.lower()}
        if kind not in STATS:  # a type this SDK does not know: A360 has no statistics call we could make
            elements.append({**row, "statistics": None, "note": f"no statistics call for type {element.af_type!r}"})
            continue
        stats = await a360.stats(kind, element.id, send_date_from=since, send_date_to=until)
        data = to_json(getattr(stats, "data", None))
        counters = {k: v for k, v in data.items() if k not in {"flow_id", "task", "id"}} if data else None
        elements.append({**row, "statistics": counters})
    totals = {k: to_json(getattr(details, k, None)) for k in ("starts", "in_queue", "end_count", "send_messages")}
    return {
        "flow_id": flow_id,
        "flow_name": to_json(getattr(details.autoresponder, "name", None)),
        "from": since.isoformat() if since else None,
        "to": until.isoformat() if until else None,
        "flow_totals_all_time": totals,
        "elements": elements,
    }


FLOW_STATISTICS = HelperTool(
    name="flow_statistics",
    description=(
        "Statistics of one SendPulse Automation360 flow for a date range, element by element, in one call.\n\n"
        "Give the flow ID (`list_flows` lists them: `data[].id`) and the first and last day. The answer lists every "
        "element of the flow (start, email, sms, push, messenger, condition, filter, goal, action) with its "
        "counters for the range (sent, delivered, opened, clicked, passed... as A360 names them for that type), "
        "or `statistics: null` when A360 has no data for it, plus the flow's all-time totals. Compare the "
        "counters of consecutive elements to see where recipients drop out. Leave a date out for an open-ended "
        "range; leave both out for all time."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "flow_id": {"type": "integer", "minimum": 1, "description": "The flow ID (not an element ID)."},
            "date_from": {**_DATE, "description": "First day of the range (YYYY-MM-DD), inclusive."},
            "date_to": {**_DATE, "description": "Last day of the range (YYYY-MM-DD), inclusive."},
        },
        "required": ["flow_id"],
        "additionalProperties": False,
    },
    run=_flow_statistics,
)


def _percent(part: object, whole: object) -> float | None:
    ok = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (part, whole))
    return round(100.0 * part / whole, 2) if ok and whole else None  # type: ignore[operator]


async def _campaign_report_summary(activetrail: Any, arguments: Mapping[str, Any]) -> dict[str, Any]:
    campaign_id = arguments["campaign_id"]
    since, until = _window(arguments, "from_date", "to_date")
    window = {k: v for k, v in (("from_date", since), ("to_date", until)) if v is not None}
    report = to_json(await activetrail.campaign_reports.get_campaign_report(campaign_id, **window))
    counters = report if isinstance(report, dict) else {}
    sent, opens = counters.get("sent"), counters.get("opens")
    rates = {
        "open_rate": _percent(opens, sent),
        "click_rate": _percent(counters.get("clicks"), sent),
        "click_to_open_rate": _percent(counters.get("clicks"), opens),
        "bounce_rate": _percent(counters.get("bounces"), sent),
        "unsubscribe_rate": _percent(counters.get("unsubscribes"), sent),
        "complaint_rate": _percent(counters.get("complaints"), sent),
    }
    return {"campaign_id": campaign_id, "report": report, "rates_percent": rates}


CAMPAIGN_REPORT_SUMMARY = HelperTool(
    name="campaign_report_summary",
    description=(
        "The overview report of one ActiveTrail email campaign, with its rates worked out.\n\n"
        "Give the campaign ID (`list_campaign_reports` lists the campaigns with theirs). The answer has the "
        "campaign's counters as ActiveTrail reports them (sent, opens, clicks, bounces, unsubscribes, complaints, "
        "unopened, last sent date) and `rates_percent`: open, click, click-to-open, bounce, unsubscribe and "
        "complaint rates in percent of the sent (click-to-open: of the opens), null where a counter is missing. "
        "ActiveTrail looks for the campaign among those updated in the last three months unless you give "
        "`from_date`/`to_date`; a campaign not sent in the window is an error from ActiveTrail. The counters' "
        "field names are inferred from client code, so some may be absent."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "campaign_id": {"type": "integer", "minimum": 1, "description": "The email campaign's ID."},
            "from_date": {**_DATE, "description": "Start of the search window (YYYY-MM-DD)."},
            "to_date": {**_DATE, "description": "End of the search window (YYYY-MM-DD)."},
        },
        "required": ["campaign_id"],
        "additionalProperties": False,
    },
    run=_campaign_report_summary,
)


def helpers(api: str) -> tuple[HelperTool, ...]:
    """The curated tools of `api`."""
    return (FLOW_STATISTICS,) if api == "a360" else (CAMPAIGN_REPORT_SUMMARY,)
