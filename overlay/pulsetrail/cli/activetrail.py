"""`pulsetrail activetrail ...`: contacts out to CSV (streamed) and in from CSV (validated first), campaign reports."""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from activetrail_api.models import CampaignReportSummary, Contact, ContactInput, CustomerState
from activetrail_api.types import UNSET

from .._activetrail import IMPORT_LIMIT
from .._exceptions import PulsetrailError
from ._output import (
    CREDENTIALS,
    EXIT_CODES,
    EXIT_FAILED,
    BaseUrl,
    CsvOut,
    Format,
    FormatOption,
    Quiet,
    activetrail_client,
    columns_of,
    emit,
    fail,
    progress,
    row_of,
    run,
    say,
)

__all__ = ["app", "read_contacts", "rejected_path"]

ENV_BASE_URL = "ACTIVETRAIL_BASE_URL"
ActiveTrailBaseUrl = Annotated[str | None, BaseUrl(ENV_BASE_URL)]
CONCURRENCY = 4  # import calls in flight at once
SLICE = IMPORT_LIMIT * CONCURRENCY  # rows handed to import_contacts at a time (the progress bar's step)
SHOWN_ERRORS = 20  # invalid rows printed on stderr; all of them are in the rejected file

CONTACT_COLUMNS = columns_of(Contact)
REPORT_COLUMNS = columns_of(CampaignReportSummary)
INPUT_COLUMNS = columns_of(ContactInput)
BOOL_COLUMNS = {"is_optined", "is_do_not_mail", "is_deleted"}
NUMBER_COLUMNS = {f"num{i}" for i in range(1, 6)}
LINE_COLUMN = "source_line"
REASON_COLUMN = "reject_reason"
#: columns an import reads past: what the server sets on a contact (an export has them) and the rejected file's own
IGNORED_COLUMNS = (set(CONTACT_COLUMNS) - set(INPUT_COLUMNS)) | {LINE_COLUMN, REASON_COLUMN}
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

app = typer.Typer(
    name="activetrail",
    help=f"ActiveTrail: contacts in and out as CSV, campaign reports. {CREDENTIALS} {EXIT_CODES}",
    no_args_is_help=True,
    rich_markup_mode=None,
)
contacts = typer.Typer(
    name="contacts", help="Contacts out to CSV and in from CSV.", no_args_is_help=True, rich_markup_mode=None
)
campaigns = typer.Typer(name="campaigns", help="Email campaign reports.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(contacts)
app.add_typer(campaigns)


@contacts.command("export")
def export_command(
    out: Annotated[Path, typer.Option("--out", "-o", dir_okay=False, help="The CSV file to write.")],
    since: Annotated[
        dt.datetime | None,
        typer.Option("--from", formats=["%Y-%m-%d"], help="State changed on or after (YYYY-MM-DD)."),
    ] = None,
    until: Annotated[
        dt.datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="State changed on or before.")
    ] = None,
    state: Annotated[
        CustomerState | None, typer.Option("--state", case_sensitive=False, help="Only contacts in this state.")
    ] = None,
    quiet: Quiet = False,
    base_url: ActiveTrailBaseUrl = None,
) -> None:
    """Every contact (ActiveTrail's default window: state changed in the last three months) to a CSV file, written
    as the pages arrive, so memory stays flat however many there are. The file imports back as it is."""

    async def work() -> int:
        async with activetrail_client(base_url) as at:
            stream = at.contacts.list_contacts(
                customer_states=state if state is not None else UNSET,
                from_date=since.date() if since is not None else UNSET,
                to_date=until.date() if until is not None else UNSET,
                limit=100,
            )
            with CsvOut.open(out, CONTACT_COLUMNS) as sink, progress("contacts", total=None, quiet=quiet) as advance:
                return await sink.write_pages(stream.pages(), advance)

    rows = run(work)
    say(f"{rows} contact(s) written to {out}", quiet=quiet)


@dataclass
class Row:
    line: int  # the file line the row starts on (the header is line 1)
    values: dict[str, str]
    contact: ContactInput | None = None
    reason: str = ""


@dataclass
class ContactsFile:
    header: list[str]
    rows: list[Row] = field(default_factory=list)

    @property
    def valid(self) -> list[Row]:
        return [r for r in self.rows if r.contact is not None]

    @property
    def invalid(self) -> list[Row]:
        return [r for r in self.rows if r.contact is None]


def rejected_path(path: Path) -> Path:
    """`contacts.csv` -> `contacts.rejected.csv` (next to it)."""
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.rejected.csv")


def read_contacts(path: Path) -> ContactsFile:
    """Read and check every row of a contacts CSV; raises `typer.BadParameter` for a header it cannot use."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = [name.strip() for name in next(reader, [])]
        unknown = [name for name in header if name not in INPUT_COLUMNS and name not in IGNORED_COLUMNS]
        if unknown:
            raise typer.BadParameter(
                f"line 1: unknown column(s) {', '.join(map(repr, unknown))}; the columns are ActiveTrail's contact "
                f"fields: {', '.join(INPUT_COLUMNS)}",
                param_hint="FILE",
            )
        if "email" not in header and "sms" not in header:
            raise typer.BadParameter("line 1: the header needs an email or an sms column", param_hint="FILE")
        if len(set(header)) != len(header):
            raise typer.BadParameter("line 1: a column appears twice", param_hint="FILE")
        result = ContactsFile(header)
        line = 2
        for fields in reader:
            start, line = line, reader.line_num + 1
            if not any(value.strip() for value in fields):
                continue  # a blank line
            values = dict(zip(header, fields, strict=False))
            row = Row(start, values)
            if len(fields) != len(header):
                row.reason = f"line {start}: {len(fields)} field(s), the header has {len(header)}"
            else:
                _check(row)
            result.rows.append(row)
    return result


def _check(row: Row) -> None:
    body: dict[str, Any] = {}
    problems: list[str] = []
    for name, raw in row.values.items():
        value = raw.strip()
        if name in IGNORED_COLUMNS or not value:
            continue
        if name in BOOL_COLUMNS:
            if value.lower() not in _TRUE | _FALSE:
                problems.append(f"{name} {value!r} is not true or false")
                continue
            body[name] = value.lower() in _TRUE
        elif name in NUMBER_COLUMNS:
            try:
                number = float(value)
            except ValueError:
                number = math.nan
            if not math.isfinite(number):
                problems.append(f"{name} {value!r} is not a number")
                continue
            body[name] = number
        else:
            body[name] = value
    if not body.get("email") and not body.get("sms"):
        problems.append("a contact needs an email or an sms number")
    if "email" in body and not _EMAIL.fullmatch(body["email"]):
        problems.append(f"email {body['email']!r} is not an email address")
    if problems:
        row.reason = f"line {row.line}: {'; '.join(problems)}"
    else:
        row.contact = ContactInput.from_dict(body)


def _write_rejected(path: Path, header: Sequence[str], rejected: Sequence[Row]) -> None:
    columns = [LINE_COLUMN, *(c for c in header if c not in (LINE_COLUMN, REASON_COLUMN)), REASON_COLUMN]
    with CsvOut.open(path, columns) as sink:
        for row in sorted(rejected, key=lambda r: r.line):
            sink.write({**row.values, LINE_COLUMN: row.line or "", REASON_COLUMN: row.reason})


@contacts.command("import")
def import_command(
    file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            readable=True,
            metavar="FILE",
            help="A CSV file with a header of contact fields (UTF-8).",
        ),
    ],
    group: Annotated[int, typer.Option("--group", min=1, help="The group to import into (its ID).")],
    mailing_list: Annotated[
        int | None, typer.Option("--mailing-list", min=1, help="Also into this mailing list (its ID).")
    ] = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Import the valid rows even when some are invalid.")
    ] = False,
    quiet: Quiet = False,
    base_url: ActiveTrailBaseUrl = None,
) -> None:
    """Import contacts from a CSV file into a group, 1,000 per call.

    Every row is checked first (an email or an sms, a valid email, true/false and number columns); invalid rows are
    reported with their line numbers and, unless --skip-invalid, nothing is sent. Every row that was invalid or that
    the server rejected is written, with its line and the reason, to FILE.rejected.csv (which imports back once
    fixed: its source_line and reject_reason columns are skipped, as are an export's id, state and date columns).
    Exit code 1 when any row failed.
    """
    contacts_file = read_contacts(file)
    rejected_file = rejected_path(file)
    invalid = contacts_file.invalid
    for row in invalid[:SHOWN_ERRORS]:
        say(f"invalid: {row.reason}")
    if len(invalid) > SHOWN_ERRORS:
        say(f"... and {len(invalid) - SHOWN_ERRORS} more invalid row(s), all in {rejected_file}")
    if invalid and not skip_invalid:
        _write_rejected(rejected_file, contacts_file.header, invalid)
        raise fail(
            f"{len(invalid)} invalid row(s) of {len(contacts_file.rows)} (listed in {rejected_file}); nothing was "
            "sent: fix them, or pass --skip-invalid to import the valid rows",
            EXIT_FAILED,
        )
    valid = contacts_file.valid
    rejected: list[Row] = list(invalid)

    async def work() -> int:
        imported = 0
        async with activetrail_client(base_url) as at:
            with progress("import", total=len(valid), quiet=quiet) as advance:
                for start in range(0, len(valid), SLICE):
                    part = valid[start : start + SLICE]
                    try:
                        result = await at.import_contacts(
                            [r.contact for r in part if r.contact is not None],
                            group_id=group,
                            mailing_list_id=mailing_list,
                            concurrency=CONCURRENCY,
                        )
                    except PulsetrailError as error:  # a 401/403 stops everything: keep what was not sent
                        reason = f"not imported: {type(error).__name__}: {error}"
                        rejected.extend(Row(r.line, r.values, reason=reason) for r in valid[start:])
                        _write_rejected(rejected_file, contacts_file.header, rejected)
                        raise
                    imported += result.succeeded
                    for item_error in result.errors:
                        if item_error.index is None:  # the server named a contact that matches no row
                            failed = Row(0, {}, reason=f"server: {item_error.message}")
                        else:
                            source = part[item_error.index]
                            failed = Row(source.line, source.values, reason=item_error.message)
                        rejected.append(failed)
                    advance(len(part))
        return imported

    imported = run(work)
    if rejected:
        _write_rejected(rejected_file, contacts_file.header, rejected)
    say(
        f"{imported} of {len(contacts_file.rows)} row(s) imported into group {group}"
        + (f" and mailing list {mailing_list}" if mailing_list is not None else "")
        + (f"; {len(rejected)} rejected, written to {rejected_file}" if rejected else ""),
        quiet=quiet,
    )
    if rejected:
        raise typer.Exit(EXIT_FAILED)


@campaigns.command("report")
def campaign_report_command(
    campaign_id: Annotated[int, typer.Argument(min=1, help="The campaign's ID.")],
    fmt: FormatOption = Format.table,
    base_url: ActiveTrailBaseUrl = None,
) -> None:
    """An email campaign's overview: sent, opens, clicks, bounces, unsubscribes, complaints..."""

    async def work() -> dict[str, Any]:
        async with activetrail_client(base_url) as at:
            return row_of(await at.campaign_reports.get_campaign_report(campaign_id), REPORT_COLUMNS)

    row = run(work)
    if fmt is Format.table:
        emit(
            [{"field": k, "value": v} for k, v in row.items() if v is not None],
            ["field", "value"],
            fmt,
            title=f"Campaign {campaign_id}",
        )
    elif fmt is Format.json:
        typer.echo(json.dumps(row, ensure_ascii=False, indent=2))
    else:
        emit([row], REPORT_COLUMNS, fmt)
