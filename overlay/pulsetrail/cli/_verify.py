"""`pulsetrail verify`: check the live API against the spec (see `pulsetrail.verify`)."""

from __future__ import annotations

import asyncio
import enum
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .._credentials import CredentialsError
from .._exceptions import InvalidInputError
from ..verify import DEFAULT_MAX_CALLS, Report, verify
from ._output import EXIT_USAGE, fail

__all__ = ["Api", "verify_command"]


class Api(enum.StrEnum):
    activetrail = "activetrail"
    a360 = "a360"


EPILOG = (
    "Credentials from the environment: ACTIVETRAIL_TOKEN; SENDPULSE_CLIENT_ID + SENDPULSE_CLIENT_SECRET, or "
    "SENDPULSE_API_KEY. Only GET requests are sent (and A360's OAuth token request). "
    "Exit codes: 0 nothing called contradicts the spec, 1 the live API contradicts the spec, 2 usage or credentials "
    "error."
)


def verify_command(
    api: Annotated[Api, typer.Argument(help="The API to check: activetrail or a360.", show_default=False)],
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="The API's base URL (a proxy or a mock); the production URL by default."),
    ] = None,
    max_calls: Annotated[
        int, typer.Option("--max-calls", min=1, help="At most this many API calls (the token request not counted).")
    ] = DEFAULT_MAX_CALLS,
    follow: Annotated[
        bool, typer.Option("--follow", help="Also call operations that need an ID, with IDs from earlier answers.")
    ] = False,
    report: Annotated[
        Path | None, typer.Option("--report", dir_okay=False, help="Also write the report as JSON to this file.")
    ] = None,
    record: Annotated[
        Path | None,
        typer.Option("--record", file_okay=False, help="Save each answer, personal data masked, in this folder."),
    ] = None,
    overlay: Annotated[
        Path | None,
        typer.Option(
            "--overlay",
            dir_okay=False,
            help="Also write the spec changes the answers call for, as an OpenAPI Overlay 1.0 file (make adopt).",
        ),
    ] = None,
    spec: Annotated[
        Path | None,
        typer.Option(
            "--spec", exists=True, dir_okay=False, help="Check against this spec file instead of the shipped one."
        ),
    ] = None,
    strict_values: Annotated[
        bool, typer.Option("--strict-values", help="Count values beyond a field's x-known-values as contradictions.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
) -> None:
    """Check the live API against the spec: call every GET operation it can, validate every answer, report."""
    errors = Console(stderr=True, highlight=False)
    show_progress = errors.is_terminal and not quiet
    try:
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} call(s)"),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=errors,
            disable=not show_progress,
            transient=True,
        ) as progress:
            task = progress.add_task("", total=None)
            result: Report = asyncio.run(
                verify(
                    api.value,
                    base_url=base_url,
                    max_calls=max_calls,
                    follow=follow,
                    record=record,
                    spec_file=spec,
                    strict_values=strict_values,
                    overlay=overlay,
                    on_call=lambda label: progress.update(task, advance=1, description=label),
                )
            )
    except (CredentialsError, InvalidInputError) as error:
        raise fail(f"{type(error).__name__}: {error}", EXIT_USAGE) from None
    except OSError as error:
        raise fail(f"{type(error).__name__}: {error.strerror or error}: {error.filename or ''}", EXIT_USAGE) from None
    typer.echo(result.as_markdown())
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result.as_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    raise typer.Exit(result.exit_code)


verify_command.__doc__ = f"{verify_command.__doc__}\n\n{EPILOG}"
