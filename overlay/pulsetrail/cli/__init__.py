"""The `pulsetrail` program: `pulsetrail a360 ...`, `pulsetrail activetrail ...`, `pulsetrail verify ...`.

Needs the `pulsetrail[cli]` extra (Typer, Rich, jsonschema, PyYAML); `import pulsetrail` never imports this package,
and the console script (`pulsetrail.__main__`) checks the extra is installed before it does. Each command lives in
its own module and is registered on `app` here, with `cls=Command` (`_help`); a group of commands (`a360`,
`activetrail`) is a `typer.Typer()` added with `app.add_typer(group)`. Exit codes: 0 success, 1 the command's own
failure (for `verify`: the live API contradicts the spec), 2 a usage or credentials error, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import typer

from .. import __version__
from ..mcp._command import mcp_command
from . import a360, activetrail
from ._help import Command
from ._verify import verify_command

__all__ = ["app", "main", "verify_app"]

app = typer.Typer(
    name="pulsetrail",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.command("verify", cls=Command)(verify_command)
app.add_typer(a360.app)
app.add_typer(activetrail.app)
app.command("mcp", cls=Command)(mcp_command)  # needs the mcp extra, imported when it runs


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"pulsetrail {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_show_version, help="Print the version and exit."),
    ] = False,
) -> None:
    """pulsetrail: the ActiveTrail and SendPulse Automation360 APIs from the command line.

    Credentials come from the environment, never from the command line: ACTIVETRAIL_TOKEN, and
    SENDPULSE_CLIENT_ID + SENDPULSE_CLIENT_SECRET or SENDPULSE_API_KEY. Exit codes: 0 success, 1 the command
    found a failure, 2 a usage or credentials error, 130 interrupted.
    """


def main() -> None:
    """The `pulsetrail` console script."""
    app(prog_name="pulsetrail")


def verify_app(argv: Sequence[str]) -> int:
    """`python -m pulsetrail.verify ARGS`: the verify command alone; returns its exit code."""
    single = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)
    single.command(cls=Command)(verify_command)
    try:
        single(args=list(argv), prog_name="python -m pulsetrail.verify")
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else 2)
    return 0
