"""`pulsetrail a360 ...`: SendPulse Automation360 flows, a statistics report, and an element's recipients as CSV."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer

from .._a360_ops import ADDRESSES, STATS
from .._enums import A360ElementType
from ._help import Command
from ._output import (
    A360_CREDENTIALS,
    EXIT_CODES,
    BaseUrl,
    CsvOut,
    Format,
    FormatOption,
    OutFile,
    Quiet,
    a360_client,
    cell,
    columns_of,
    emit,
    is_stdout,
    nothing_written,
    progress,
    row_of,
    run,
    say,
    shown_as,
)

__all__ = ["app"]

ENV_BASE_URL = "SENDPULSE_BASE_URL"
A360BaseUrl = Annotated[str | None, BaseUrl(ENV_BASE_URL)]

app = typer.Typer(
    name="a360",
    help=f"SendPulse Automation360: flows, statistics, recipients. {A360_CREDENTIALS} {EXIT_CODES}",
    no_args_is_help=True,
    rich_markup_mode=None,
)

_ADDRESS_MODELS = {
    A360ElementType.START: "StartAddress",
    A360ElementType.EMAIL: "EmailAddress",
    A360ElementType.SMS: "SmsAddress",
    A360ElementType.PUSH: "PushAddress",
}
FLOW_COLUMNS = ["id", "name", "status", "created", "changed"]
REPORT_COLUMNS = ["flow_id", "flow_name", "element_id", "element_type"]


def _type_name(kind: A360ElementType) -> str:
    """pulsetrail's word for an element type (`start`, `condition`, ...): the enum's name, lowercased."""
    return kind.name.lower()


#: the element types `recipients` takes, as the help lists them
RECIPIENT_TYPES = ", ".join(_type_name(kind) for kind in ADDRESSES)


def _element_type(value: str) -> A360ElementType:
    # A360ElementType takes both spellings (`start` and A360's `maintrigger`)
    kind = A360ElementType(value.strip().lower())
    if kind not in ADDRESSES:
        raise typer.BadParameter(f"{value!r} has no recipient list; one of: {RECIPIENT_TYPES}", param_hint="TYPE")
    return kind


@app.command("flows", cls=Command)
def flows_command(fmt: FormatOption = Format.table, base_url: A360BaseUrl = None) -> None:
    """Every automation flow of the account: ID, name, status, created, changed."""

    async def work() -> list[dict[str, Any]]:
        async with a360_client(base_url) as a360:
            rows = []
            async for flow in a360.flows():
                row = row_of(flow, FLOW_COLUMNS)
                row["status"] = flow.status.name.lower()  # a FlowStatus; an unknown code reads as `unknown_<n>`
                rows.append(row)
            return rows

    emit(run(work), FLOW_COLUMNS, fmt, title="A360 flows")


@app.command("report", cls=Command)
def report_command(
    since: Annotated[
        dt.datetime, typer.Option("--from", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="The first day.")
    ],
    until: Annotated[
        dt.datetime, typer.Option("--to", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="The last day.")
    ],
    flow: Annotated[int | None, typer.Option("--flow", min=1, metavar="ID", help="Only this flow (its ID).")] = None,
    fmt: FormatOption = Format.table,
    quiet: Quiet = False,
    base_url: A360BaseUrl = None,
) -> None:
    """Every element of every flow (or of one) with its statistics for the window; empty counters mean no data."""
    if until < since:
        raise typer.BadParameter(f"--to {until.date()} is before --from {since.date()}", param_hint="--to")

    async def work() -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        async with a360_client(base_url) as a360:
            flow_ids = [flow] if flow is not None else [f.id async for f in a360.flows()]
            with progress("flows", total=len(flow_ids), quiet=quiet) as advance:
                for flow_id in flow_ids:
                    details = await a360.flow(flow_id)
                    name = getattr(details.autoresponder, "name", None)
                    for element in details.flows:
                        kind = A360ElementType(element.af_type)
                        if kind not in STATS:
                            continue  # an element type this SDK does not know has no statistics call
                        stats = await a360.stats(
                            kind, element.id, send_date_from=since.date(), send_date_to=until.date()
                        )
                        row: dict[str, Any] = {
                            "flow_id": flow_id,
                            "flow_name": cell(name),
                            "element_id": element.id,
                            "element_type": _type_name(kind),
                        }
                        data = getattr(stats, "data", None)
                        if data is not None:
                            counters = data.to_dict()
                            row.update((k, v) for k, v in counters.items() if k not in {"flow_id", "task", "id"})
                        rows.append(row)
                    advance(1)
        return rows

    rows = run(work)
    title = f"A360 statistics {since.date()} to {until.date()}"
    if fmt is Format.table:  # for a person: the counters of each element in one column, so the table fits
        compact = [
            {**{c: row[c] for c in REPORT_COLUMNS}, "statistics": _counters(row, REPORT_COLUMNS)} for row in rows
        ]
        emit(compact, [*REPORT_COLUMNS, "statistics"], fmt, title=title)
        return
    columns = list(REPORT_COLUMNS)  # for a pipe: one column per counter (an element type lacks some: empty)
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    emit(rows, columns, fmt, title=title)


def _counters(row: dict[str, Any], skip: list[str]) -> str:
    counters = [f"{k}={v}" for k, v in row.items() if k not in skip and v is not None]
    return " ".join(counters) if counters else "no data"


@app.command("recipients", cls=Command)
def recipients_command(
    element_type: Annotated[str, typer.Argument(metavar="TYPE", help=f"The element's type: {RECIPIENT_TYPES}.")],
    element_id: Annotated[
        int, typer.Argument(min=1, metavar="ELEMENT_ID", help="The element's ID (see `pulsetrail a360 report`).")
    ],
    out: OutFile,
    quiet: Quiet = False,
    base_url: A360BaseUrl = None,
) -> None:
    """Every contact that passed the element, written to a CSV file as the pages arrive (memory stays flat). An
    existing file is replaced only when the export is complete: on an error or Ctrl-C it is left as it was."""
    kind = _element_type(element_type)
    import sendpulse_a360_api.models as models

    columns = columns_of(getattr(models, _ADDRESS_MODELS.get(kind, "FlowOperatorAddress")))

    async def work() -> int:
        async with a360_client(base_url) as a360:
            with (
                CsvOut.open(out, columns) as sink,
                progress("recipients", total=None, quiet=quiet or is_stdout(out)) as advance,
            ):
                return await sink.write_pages(a360.addresses(kind, element_id).pages(), advance)

    rows = run(work, stopped=lambda _why: nothing_written(out))
    say(f"{rows} recipient(s) of {_type_name(kind)} element {element_id} written to {shown_as(out)}", quiet=quiet)
