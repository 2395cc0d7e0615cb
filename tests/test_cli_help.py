"""The `pulsetrail` program's help as a person reads it (#24): `--version`, usage lines and metavars in the usual
form (no `{TYPE}`, `api:<activetrail|a360>`, `<%Y-%m-%d>`, `<int range>`), and each API's help naming only its own
environment variables."""

from __future__ import annotations

import re
from importlib.metadata import version

import pulsetrail
import pytest
import typer.main
from pulsetrail.cli import app
from test_cli import cli

VALUE_OPTION = re.compile(r"^\s+(?:-\w, )?--[\w-]+ (\S+)", re.MULTILINE)  # an option row and its metavar


def commands() -> list[list[str]]:
    """Every command and group of the program, as the words that reach it."""
    found: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


def test_version() -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"pulsetrail {version('pulsetrail')}\n"
    assert pulsetrail.__version__ == version("pulsetrail")
    assert "--version" in cli("--help").stdout


def test_every_command_is_walked() -> None:
    names = {" ".join(path) for path in commands()}
    assert {"verify", "a360 recipients", "activetrail contacts import", "activetrail campaigns report"} <= names


@pytest.mark.parametrize("path", commands(), ids=lambda path: " ".join(path) or "pulsetrail")
def test_usage_lines_and_metavars_are_plain(path: list[str]) -> None:
    text = cli(*path, "--help").stdout
    usage = text.splitlines()[0]
    assert usage.startswith(f"Usage: pulsetrail {' '.join(path)}".rstrip())
    assert not re.search(r"[{}<>]|:\S", usage), usage
    metavars = VALUE_OPTION.findall(text)
    for metavar in metavars:
        assert re.fullmatch(r"[A-Z][A-Z_-]*", metavar), f"{metavar!r} in `{' '.join(path)} --help`"
    assert "<" not in text and "%Y" not in text and "int range" not in text


def test_the_commands_name_their_values() -> None:
    recipients = cli("a360", "recipients", "--help").stdout
    assert recipients.splitlines()[0] == "Usage: pulsetrail a360 recipients [OPTIONS] TYPE ELEMENT_ID"
    assert re.search(r"^\s+-o, --out FILE\s", recipients, re.MULTILINE)
    report = cli("a360", "report", "--help").stdout
    assert re.search(r"^\s+--from YYYY-MM-DD\s", report, re.MULTILINE)
    assert re.search(r"^\s+--flow ID\s", report, re.MULTILINE)
    verify = cli("verify", "--help").stdout
    assert verify.splitlines()[0] == "Usage: pulsetrail verify [OPTIONS] API"
    assert re.search(r"^\s+API\s+The API to check", verify, re.MULTILINE)


@pytest.mark.parametrize(("group", "own", "other"), [("a360", "SENDPULSE_", "ACTIVETRAIL_"),
                                                     ("activetrail", "ACTIVETRAIL_", "SENDPULSE_")])  # fmt: skip
def test_each_apis_help_names_only_its_own_variables(group: str, own: str, other: str) -> None:
    paths = [path for path in commands() if path[:1] == [group]]
    assert len(paths) >= 4
    seen_own = False
    for path in paths:
        text = cli(*path, "--help").stdout
        assert other not in text, f"`{' '.join(path)} --help` names {other}*"
        seen_own = seen_own or own in text
    assert seen_own
    assert own in cli(group, "--help").stdout
