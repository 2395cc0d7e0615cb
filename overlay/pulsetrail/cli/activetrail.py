"""`pulsetrail activetrail ...`: contacts out to CSV (streamed) and in from CSV (validated first), campaign reports."""

from __future__ import annotations

import asyncio
import codecs
import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from activetrail_api.models import CampaignReportSummary, Contact, ContactInput, CustomerState

from .._activetrail import IMPORT_LIMIT
from .._bulk import BulkResult
from ._help import Command
from ._output import (
    ACTIVETRAIL_CREDENTIALS,
    EXIT_CODES,
    EXIT_FAILED,
    EXIT_USAGE,
    BaseUrl,
    CsvOut,
    Format,
    FormatOption,
    OutFile,
    Quiet,
    activetrail_client,
    columns_of,
    emit,
    fail,
    is_stdout,
    nothing_written,
    progress,
    row_of,
    run,
    say,
    shown_as,
)

__all__ = ["CsvFileError", "ImportTally", "app", "read_contacts", "rejected_path"]

ENV_BASE_URL = "ACTIVETRAIL_BASE_URL"
ActiveTrailBaseUrl = Annotated[str | None, BaseUrl(ENV_BASE_URL)]
CONCURRENCY = 4  # import calls in flight at once
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
DEFAULT_ENCODING = "utf-8-sig"  # UTF-8, with or without the byte order mark Excel's "CSV UTF-8" writes
DELIMITERS = (",", ";", "\t")  # what a CSV file is separated by: `;` where the decimal mark is a comma, tab from Excel
_SHOWN_DELIMITERS = {",": "','", ";": "';'", "\t": "tab"}

app = typer.Typer(
    name="activetrail",
    help=f"ActiveTrail: contacts in and out as CSV, campaign reports. {ACTIVETRAIL_CREDENTIALS} {EXIT_CODES}",
    no_args_is_help=True,
    rich_markup_mode=None,
)
contacts = typer.Typer(
    name="contacts", help="Contacts out to CSV and in from CSV.", no_args_is_help=True, rich_markup_mode=None
)
campaigns = typer.Typer(name="campaigns", help="Email campaign reports.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(contacts)
app.add_typer(campaigns)


@contacts.command("export", cls=Command)
def export_command(
    out: OutFile,
    since: Annotated[
        dt.datetime | None,
        typer.Option("--from", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="State changed on or after."),
    ] = None,
    until: Annotated[
        dt.datetime | None,
        typer.Option("--to", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="State changed on or before."),
    ] = None,
    state: Annotated[
        CustomerState | None,
        typer.Option(
            "--state",
            case_sensitive=False,
            metavar="STATE",
            help=f"Only contacts in this state: {', '.join(s.value for s in CustomerState)}.",
        ),
    ] = None,
    quiet: Quiet = False,
    base_url: ActiveTrailBaseUrl = None,
) -> None:
    """Every contact (ActiveTrail's default window: state changed in the last three months) to a CSV file, written
    as the pages arrive, so memory stays flat however many there are. The file imports back as it is. An existing
    file is replaced only when the export is complete: on an error or Ctrl-C it is left as it was."""

    async def work() -> int:
        async with activetrail_client(base_url) as at:
            stream = at.contacts.list_contacts(
                customer_states=state,
                from_date=since.date() if since is not None else None,
                to_date=until.date() if until is not None else None,
                limit=100,
            )
            with (
                CsvOut.open(out, CONTACT_COLUMNS) as sink,
                progress("contacts", total=None, quiet=quiet or is_stdout(out)) as advance,
            ):
                return await sink.write_pages(stream.pages(), advance)

    rows = run(work, stopped=lambda _why: nothing_written(out))
    say(f"{rows} contact(s) written to {shown_as(out)}", quiet=quiet)


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


class CsvFileError(ValueError):
    """A contacts file the import cannot use (its encoding, binary content, its header): one line that names the
    file, the line and what to do."""


def read_contacts(path: Path, encoding: str | None = None) -> ContactsFile:
    """Read and check every row of a contacts CSV: in `encoding` (by default UTF-8, with or without a byte order
    mark; UTF-16 when the file starts with its byte order mark), separated by `,`, `;` or tab (whichever splits the
    header into most columns). Raises `CsvFileError` for a file it cannot use."""
    text = _decoded(path, encoding)
    delimiter = max(DELIMITERS, key=lambda d: len(_first_row(text, d)))  # a tie (one column) keeps ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in next(reader, [])]
    unknown = [name for name in header if name not in INPUT_COLUMNS and name not in IGNORED_COLUMNS]
    if unknown:
        hint = ""
        if len(header) == 1:
            hint = (
                f" (the header reads as one column with {_SHOWN_DELIMITERS[delimiter]} as the separator; the file "
                "must be separated by ',', ';' or tab)"
            )
        raise CsvFileError(
            f"{path}: line 1: unknown column(s) {', '.join(map(repr, unknown))}{hint}; the columns are ActiveTrail's "
            f"contact fields: {', '.join(INPUT_COLUMNS)}"
        )
    if "email" not in header and "sms" not in header:
        raise CsvFileError(f"{path}: line 1: the header needs an email or an sms column")
    if len(set(header)) != len(header):
        raise CsvFileError(f"{path}: line 1: a column appears twice")
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


def _decoded(path: Path, encoding: str | None) -> str:
    """The file's text; `CsvFileError` for an unknown encoding, a binary file, or a byte the encoding cannot read."""
    name = encoding or DEFAULT_ENCODING
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise CsvFileError(f"unknown encoding {name!r} (--encoding): for example utf-8, cp1252, latin-1") from None
    data = path.read_bytes()
    if encoding is None and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = codec = "utf-16"  # Excel's "Unicode Text" (tab separated)
    if b"\x00" in data and not codec.startswith(("utf-16", "utf-32")):
        kind = " (a zip archive: an Excel workbook? save it as CSV)" if data.startswith(b"PK\x03\x04") else ""
        raise CsvFileError(f"{path} is a binary file, not CSV text{kind}")
    try:
        text = data.decode(name)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        shown = "UTF-8" if name == DEFAULT_ENCODING else name
        raise CsvFileError(
            f"{path}: line {line} is not {shown} text (byte 0x{data[error.start]:02x}): give the file's encoding with "
            "--encoding, for example --encoding cp1252 for a file Excel saved as 'CSV (Comma delimited)'"
        ) from None
    return text.removeprefix("\ufeff")  # a byte order mark read by an encoding that keeps it


def _first_row(text: str, delimiter: str) -> list[str]:
    return next(csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter), [])  # the header is enough


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


@dataclass
class ImportTally:
    """Where every row of an import went, at any moment: imported + rejected + not sent = total. The rejected file
    lists each row that was not imported (rejected or not sent) with its line and the reason."""

    total: int
    to_send: list[Row]  # the valid rows, in file order
    rejected: list[Row] = field(default_factory=list)  # invalid (with --skip-invalid) or refused by the server
    not_sent: list[Row] = field(default_factory=list)
    imported: int = 0
    started: bool = False  # an import call was made
    answered_lines: set[int] = field(default_factory=set)

    def answered(self, part: Sequence[Row], result: BulkResult[Any]) -> None:
        """The server's answer for the rows of one call: the rows it named as failed are rejected, with its
        reason; the others went through. A failure that names no row of the file (the server matched a contact we
        did not send) is kept with the server's message, and counted against this call's rows."""
        named: dict[int, str] = {}
        unnamed: list[str] = []
        for error in result.errors:
            if error.index is None:
                unnamed.append(error.message)
            else:
                named.setdefault(error.index, error.message)
        self.rejected.extend(Row(part[i].line, part[i].values, reason=named[i]) for i in sorted(named))
        self.rejected.extend(Row(0, {}, reason=f"server: {message}") for message in unnamed)
        self.imported += max(0, len(part) - len(named) - len(unnamed))
        self.answered_lines.update(row.line for row in part)

    def stopped(self, why: str) -> None:
        """The import ended early (`why`): every row without an answer is not sent (or its answer was lost)."""
        self.not_sent.extend(
            Row(r.line, r.values, reason=f"not sent: {why}") for r in self.to_send if r.line not in self.answered_lines
        )

    @property
    def failed(self) -> list[Row]:
        return [*self.rejected, *self.not_sent]

    def summary(self) -> str:
        return (
            f"{self.imported} of {self.total} row(s) imported, {len(self.rejected)} rejected, "
            f"{len(self.not_sent)} not sent"
        )


@contacts.command("import", cls=Command)
def import_command(
    file: Annotated[
        Path,
        typer.Argument(
            exists=True,
            dir_okay=False,
            readable=True,
            metavar="FILE",
            help="A CSV file with a header of contact fields, separated by ',', ';' or tab.",
        ),
    ],
    group: Annotated[int, typer.Option("--group", min=1, metavar="ID", help="The group to import into (its ID).")],
    mailing_list: Annotated[
        int | None, typer.Option("--mailing-list", min=1, metavar="ID", help="Also into this mailing list (its ID).")
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="NAME",
            help="The file's encoding, e.g. cp1252 for what Excel saves as 'CSV (Comma delimited)'. By default "
            "UTF-8 (with or without a byte order mark), or UTF-16 when the file starts with its byte order mark.",
        ),
    ] = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Import the valid rows even when some are invalid.")
    ] = False,
    quiet: Quiet = False,
    base_url: ActiveTrailBaseUrl = None,
) -> None:
    """Import contacts from a CSV file into a group, 1,000 per call.

    Every row is checked first (an email or an sms, a valid email, true/false and number columns); invalid rows are
    reported with their line numbers and, unless --skip-invalid, nothing is sent. Every row is accounted for:
    imported, rejected (invalid, or refused by the server) or not sent (the import stopped: an error, Ctrl-C).
    Every row not imported is written, with its line and the reason, to FILE.rejected.csv (which imports back once
    fixed: its source_line and reject_reason columns are skipped, as are an export's id, state and date columns).
    Exit code 1 when any row was not imported.
    """
    try:
        contacts_file = read_contacts(file, encoding)
    except CsvFileError as error:
        raise fail(str(error), EXIT_USAGE) from None
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
    tally = ImportTally(total=len(contacts_file.rows), to_send=valid, rejected=list(invalid))
    calls = [valid[start : start + IMPORT_LIMIT] for start in range(0, len(valid), IMPORT_LIMIT)]

    async def work() -> None:
        async with activetrail_client(base_url) as at:

            async def send(part: list[Row]) -> BulkResult[Any]:
                contacts = [r.contact for r in part if r.contact is not None]
                return await at.import_contacts(contacts, group_id=group, mailing_list_id=mailing_list)

            with progress("import", total=len(valid), quiet=quiet) as advance:
                # CONCURRENCY calls at a time, each answer tallied on its own: when one call fails (a 401, the
                # network), the rows of the calls that were answered still count as what the server said
                for first in range(0, len(calls), CONCURRENCY):
                    batch = calls[first : first + CONCURRENCY]
                    tally.started = True
                    answers = await asyncio.gather(*(send(part) for part in batch), return_exceptions=True)
                    for part, answer in zip(batch, answers, strict=True):
                        if not isinstance(answer, BaseException):
                            tally.answered(part, answer)
                            advance(len(part))
                    failure = next((a for a in answers if isinstance(a, BaseException)), None)
                    if failure is not None:
                        raise failure

    def stopped(why: str) -> str:
        # a 401/403, a network failure after the retries, Ctrl-C...: the rows not answered are not sent (or their
        # answer is lost), and go to the rejected file with the rest
        if not tally.started:
            return "nothing was sent"
        tally.stopped(why)
        _write_rejected(rejected_file, contacts_file.header, tally.failed)
        return f"{tally.summary()} (every row not imported is in {rejected_file})"

    run(work, stopped=stopped)
    failed = tally.failed
    if failed:
        _write_rejected(rejected_file, contacts_file.header, failed)
    into = f"group {group}" + (f" and mailing list {mailing_list}" if mailing_list is not None else "")
    if not failed:
        say(f"{tally.imported} of {tally.total} row(s) imported into {into}", quiet=quiet)
        return
    say(f"{tally.summary()} (into {into}); every row not imported is in {rejected_file}", quiet=quiet)
    raise typer.Exit(EXIT_FAILED)


@campaigns.command("report", cls=Command)
def campaign_report_command(
    campaign_id: Annotated[int, typer.Argument(min=1, metavar="CAMPAIGN_ID", help="The campaign's ID.")],
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
