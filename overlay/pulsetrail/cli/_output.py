"""What every data command of the `pulsetrail` program shares: clients from the environment, output formats, streamed
CSV files that replace their target only when complete, progress bars, and one-line errors with the documented exit
codes."""

from __future__ import annotations

import asyncio
import csv
import enum
import errno
import json
import os
import secrets
import shutil
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Annotated, Any, TypeVar

import attrs
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from .._a360 import A360
from .._activetrail import ActiveTrail
from .._exceptions import InvalidInputError, PulsetrailError
from .._pagination import Page
from ..verify import CredentialsError, client_from_environment

__all__ = [
    "A360_CREDENTIALS",
    "ACTIVETRAIL_CREDENTIALS",
    "EXIT_CODES",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "BaseUrl",
    "CsvOut",
    "Format",
    "FormatOption",
    "OutFile",
    "Quiet",
    "a360_client",
    "activetrail_client",
    "cell",
    "columns_of",
    "emit",
    "fail",
    "is_stdout",
    "nothing_written",
    "progress",
    "replaced_on_success",
    "row_of",
    "run",
    "say",
    "shown_as",
]

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1  # the command failed: an API or network error, or rows that were invalid or rejected
EXIT_USAGE = 2  # a usage error, an invalid argument, or no credentials in the environment
EXIT_INTERRUPTED = 130  # Ctrl-C: what a shell reports for a program ended by SIGINT (128 + 2)
EXIT_CODES = (
    "Exit codes: 0 success; 1 the command failed (an API or network error, or rows that were invalid or rejected); "
    "2 a usage error, an invalid argument, or missing credentials; 130 interrupted (Ctrl-C)."
)
# each API's help names its own variables only
A360_CREDENTIALS = (
    "Credentials come from the environment only: SENDPULSE_CLIENT_ID + SENDPULSE_CLIENT_SECRET, or SENDPULSE_API_KEY."
)
ACTIVETRAIL_CREDENTIALS = "Credentials come from the environment only: ACTIVETRAIL_TOKEN."


class Format(enum.StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help="table (for a person), csv or json (for a pipe).",
        case_sensitive=False,
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; errors only.")]
OutFile = Annotated[
    Path,
    typer.Option(
        "--out",
        "-o",
        dir_okay=False,
        allow_dash=True,
        metavar="FILE",
        help="The CSV file to write, or - for stdout. An existing file is replaced only once the export is complete.",
    ),
]


def BaseUrl(envvar: str) -> Any:
    return typer.Option("--base-url", envvar=envvar, metavar="URL", help="The API's base URL (a mock or a proxy).")


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = EXIT_FAILED) -> typer.Exit:
    """Print `pulsetrail: error: MESSAGE` as one line on stderr; return the Exit to raise."""
    _stderr().print(f"pulsetrail: error: {' '.join(message.split())}", markup=False)
    return typer.Exit(code)


def say(message: str, *, quiet: bool = False) -> None:
    """A line for the person at the terminal (a summary), on stderr so stdout stays data; silent with --quiet."""
    if not quiet:
        _stderr().print(message, markup=False)


def run(work: Callable[[], Coroutine[Any, Any, T]], *, stopped: Callable[[str], str] | None = None) -> T:
    """Run a command's coroutine; any pulsetrail error, a file error or Ctrl-C ends the command as one line with its
    exit code. `stopped(why)` (called then, with that line's message) says what became of the command's output,
    appended to the line."""
    try:
        return asyncio.run(work())
    except KeyboardInterrupt:
        message, code = "interrupted", EXIT_INTERRUPTED
    except (CredentialsError, InvalidInputError) as error:
        message, code = f"{type(error).__name__}: {error}", EXIT_USAGE
    except PulsetrailError as error:
        message, code = f"{type(error).__name__}: {error}", EXIT_FAILED
    except OSError as error:
        message = f"{type(error).__name__}: {error.strerror or error}: {error.filename or ''}"
        code = EXIT_FAILED
    raise fail(f"{message}; {stopped(message)}" if stopped is not None else message, code) from None


def a360_client(base_url: str | None) -> A360:
    client = client_from_environment("a360", base_url=base_url)
    assert isinstance(client, A360)
    return client


def activetrail_client(base_url: str | None) -> ActiveTrail:
    client = client_from_environment("activetrail", base_url=base_url)
    assert isinstance(client, ActiveTrail)
    return client


# -- where output goes -----------------------------------------------------------------------------------------------


def is_stdout(path: Path) -> bool:
    """`--out -`: standard output."""
    return str(path) == "-"


def shown_as(path: Path) -> str:
    return "stdout" if is_stdout(path) else str(path)


def nothing_written(path: Path) -> str:
    """What a failed or interrupted export says about its output (`run`'s `stopped`)."""
    if is_stdout(path):
        return "the CSV on stdout is incomplete"
    return f"nothing was written ({path} is as it was)" if path.exists() else f"nothing was written to {path}"


@contextmanager
def replaced_on_success(path: Path) -> Iterator[IO[str]]:
    """A text file written beside `path` and renamed over it only when the block ends without an error: on any
    failure or Ctrl-C, `path` is exactly as it was (or still absent) and the partial file is removed."""
    if path.is_symlink():
        path = path.resolve()  # the file the link points to is the one replaced; the link stays
    if path.exists() and not os.access(path, os.W_OK):
        # a rename would replace a file its owner made read-only; writing to it in place would have failed
        raise PermissionError(errno.EACCES, "Permission denied", str(path))
    if path.parent != Path():
        path.parent.mkdir(parents=True, exist_ok=True)
    # beside the target so the rename stays on one file system (atomic); hidden, and never an existing name ("x")
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("x", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())  # on disk before it replaces the old file: a crash leaves one or the other
        if path.exists():
            shutil.copymode(path, partial)  # the file keeps the permissions its owner gave it
        os.replace(partial, path)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise


# -- rows ---------------------------------------------------------------------------------------------------------


def columns_of(model: type[Any]) -> list[str]:
    """A generated model's fields, in the spec's order (its extra, undeclared keys left out)."""
    return [f.name for f in attrs.fields(model) if f.name != "additional_properties"]


def cell(value: Any) -> Any:
    """A value as JSON can hold it: unset -> None, enums as their value, nested models as their dict."""
    if value is None or type(value).__name__ == "Unset":
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if attrs.has(type(value)):
        return value.to_dict()
    if isinstance(value, list):
        return [cell(v) for v in value]
    return value


def row_of(item: Any, columns: Sequence[str]) -> dict[str, Any]:
    return {name: cell(getattr(item, name, None)) for name in columns}


def _text(value: Any) -> str:
    """A cell as CSV or a table shows it: empty for none, true/false, JSON for nested values."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def emit(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], fmt: Format, *, title: str | None = None) -> None:
    """Write rows to stdout as a Rich table, CSV or JSON."""
    if fmt is Format.json:
        typer.echo(json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2))
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_text(r.get(c)) for c in columns] for r in rows)
        sys.stdout.flush()
    else:
        table = Table(*columns, title=title, show_lines=False)
        for row in rows:
            table.add_row(*(_text(row.get(c)) for c in columns))
        Console(highlight=False).print(table)


class CsvOut:
    """A CSV file written row by row as the rows arrive (nothing held in memory but the current row)."""

    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self.rows = 0
        self._stream = stream
        self._writer = csv.writer(stream, lineterminator="\n")
        self._writer.writerow(self.columns)

    def write(self, row: Mapping[str, Any]) -> None:
        self._writer.writerow([_text(row.get(c)) for c in self.columns])
        self.rows += 1

    async def write_pages(self, pages: AsyncIterator[Page[Any]], advance: Callable[[int], None]) -> int:
        """Every item of every page, one page at a time, the file flushed after each (rows on disk as they arrive)."""
        async for page in pages:
            for item in page.items:
                self.write(row_of(item, self.columns))
            self._stream.flush()
            advance(len(page.items))
        return self.rows

    @staticmethod
    @contextmanager
    def open(path: Path, columns: Sequence[str]) -> Iterator[CsvOut]:
        """A CSV file that replaces `path` only when complete (`replaced_on_success`); `-` is stdout."""
        if is_stdout(path):
            yield CsvOut(sys.stdout, columns)
            sys.stdout.flush()
            return
        with replaced_on_success(path) as stream:
            yield CsvOut(stream, columns)


# -- progress -----------------------------------------------------------------------------------------------------


class RateColumn(ProgressColumn):
    """Rows per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f} rows/s")


def show_progress(quiet: bool) -> bool:
    """A bar only for a person: stdout and stderr are terminals, no --quiet (and not in CI logs, TERM=dumb)."""
    return not quiet and sys.stdout.isatty() and _stderr().is_terminal and os.environ.get("TERM") != "dumb"


@contextmanager
def progress(description: str, *, total: int | None, quiet: bool) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (rows, rate, elapsed) when `show_progress`; yields `advance(n)`."""
    columns: Iterable[ProgressColumn] = (
        TextColumn("{task.description}"),
        *((BarColumn(), MofNCompleteColumn()) if total is not None else (TextColumn("{task.completed:,} rows"),)),
        RateColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_stderr(), disable=not show_progress(quiet), transient=False) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)
