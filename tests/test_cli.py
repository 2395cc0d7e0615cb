"""The `pulsetrail` program's data commands: every command against Prism (through Typer's runner, and once as the
installed console script), a CSV round trip, invalid rows, a server rejecting some rows, and no secret in any output."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from conftest import MockServer
from pulsetrail.cli import app
from pulsetrail.cli._output import show_progress
from typer.testing import CliRunner, Result

SECRETS = {
    "SENDPULSE_CLIENT_ID": "cli-client-id-SECRET-7f3a",
    "SENDPULSE_CLIENT_SECRET": "cli-client-secret-SECRET-91bc",
    "ACTIVETRAIL_TOKEN": "0Xcli-activetrail-token-SECRET-44de",
}
ENV: dict[str, str | None] = {**SECRETS, "SENDPULSE_API_KEY": None, "SENDPULSE_BASE_URL": None}
ENV["ACTIVETRAIL_BASE_URL"] = None
AT = "http://activetrail.test"


def scan(*texts: str) -> None:
    """The secrets scan of CLI output: no credential, not even its first 12 characters, in any output or file."""
    for text in texts:
        for name, secret in SECRETS.items():
            assert secret[:12] not in text, f"{name} in the output"


def cli(*args: str, env: dict[str, str | None] | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), env={**ENV, **(env or {})})
    scan(result.stdout, result.stderr)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    scan(text)
    return list(csv.DictReader(text.splitlines()))


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def one_line_error(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("pulsetrail: error: ")
    return lines[0]


# -- A360 against Prism ---------------------------------------------------------------------------------------------


def test_a360_flows_in_every_format(a360_mock: MockServer) -> None:
    as_csv = cli("a360", "flows", "--format", "csv", "--base-url", a360_mock.url)
    assert as_csv.exit_code == 0, as_csv.stderr
    rows = list(csv.DictReader(as_csv.stdout.splitlines()))
    assert rows and set(rows[0]) == {"id", "name", "status", "created", "changed"}
    assert all(row["id"].isdigit() for row in rows)
    as_json = cli("a360", "flows", "-f", "json", "--base-url", a360_mock.url)
    assert [str(flow["id"]) for flow in json.loads(as_json.stdout)] == [row["id"] for row in rows]
    table = cli("a360", "flows", "--base-url", a360_mock.url)
    assert table.exit_code == 0 and rows[0]["name"] in table.stdout
    assert "\x1b[" not in table.stdout  # no colour when stdout is not a terminal


def test_a360_report_lists_every_element_with_its_statistics(a360_mock: MockServer) -> None:
    result = cli(
        "a360", "report", "--from", "2026-10-01", "--to", "2026-10-31", "-f", "json", "--base-url", a360_mock.url
    )
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and {"flow_id", "flow_name", "element_id", "element_type"} <= set(rows[0])
    assert {"start", "email"} <= {row["element_type"] for row in rows}
    email = next(row for row in rows if row["element_type"] == "email")
    assert isinstance(email["sent"], int)  # the counters of the window, as numbers
    one_flow = cli("a360", "report", "--from", "2026-10-01", "--to", "2026-10-31", "--flow", str(rows[0]["flow_id"]),
                   "-f", "csv", "--base-url", a360_mock.url)  # fmt: skip
    assert one_flow.exit_code == 0
    assert len(list(csv.DictReader(one_flow.stdout.splitlines()))) == len(rows)


def test_a360_report_rejects_a_window_that_ends_before_it_starts(a360_mock: MockServer) -> None:
    result = cli("a360", "report", "--from", "2026-10-31", "--to", "2026-10-01", "--base-url", a360_mock.url)
    assert result.exit_code == 2
    assert "before --from 2026-10-31" in result.stderr


def test_a360_recipients_to_csv(a360_mock: MockServer, tmp_path: Path) -> None:
    out = tmp_path / "recipients.csv"
    result = cli("a360", "recipients", "email", "467511", "--out", str(out), "--base-url", a360_mock.url)
    assert result.exit_code == 0, result.stderr
    rows = read_csv(out)
    assert rows and all("@" in row["email"] for row in rows)
    assert f"{len(rows)} recipient(s)" in result.stderr
    start = cli("a360", "recipients", "maintrigger", "467510", "-o", str(tmp_path / "s.csv"), "--base-url",
                a360_mock.url, "--quiet")  # fmt: skip
    assert start.exit_code == 0 and start.stderr == ""


def test_a360_recipients_of_a_type_without_a_list_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("a360", "recipients", "messenger", "5", "--out", str(tmp_path / "m.csv"))
    assert result.exit_code == 2
    assert "'messenger' has no recipient list" in result.stderr
    assert not (tmp_path / "m.csv").exists()


# -- ActiveTrail against Prism --------------------------------------------------------------------------------------


def test_activetrail_campaign_report(activetrail_mock: MockServer) -> None:
    as_json = cli("activetrail", "campaigns", "report", "4521", "-f", "json", "--base-url", activetrail_mock.url)
    assert as_json.exit_code == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert isinstance(report["sent"], int) and report["campaign_id"] == 4521
    as_csv = cli("activetrail", "campaigns", "report", "4521", "-f", "csv", "--base-url", activetrail_mock.url)
    assert next(csv.DictReader(as_csv.stdout.splitlines()))["sent"] == str(report["sent"])
    table = cli("activetrail", "campaigns", "report", "4521", "--base-url", activetrail_mock.url)
    assert "campaign_name" in table.stdout and str(report["campaign_name"]) in table.stdout


def test_activetrail_export_and_import_against_prism(activetrail_mock: MockServer, tmp_path: Path) -> None:
    out = tmp_path / "contacts.csv"
    exported = cli("activetrail", "contacts", "export", "--out", str(out), "--from", "2026-01-01", "--to",
                   "2026-03-31", "--state", "active", "--base-url", activetrail_mock.url)  # fmt: skip
    assert exported.exit_code == 0, exported.stderr
    rows = read_csv(out)
    assert rows and all(row["id"] and row["email"] for row in rows)
    # Prism validates the import request against the spec; its example answer rejects one contact (whose sms
    # matches no row of ours), which the rejected file keeps with the server's reason
    imported = cli("activetrail", "contacts", "import", str(out), "--group", "12", "--base-url", activetrail_mock.url)
    assert imported.exit_code == 1, imported.stderr
    rejected = read_csv(tmp_path / "contacts.rejected.csv")
    assert [row["reject_reason"] for row in rejected] == ["server: The sms field is not a valid mobile number."]


# -- ActiveTrail with respx: exact wire checks ----------------------------------------------------------------------


def contact(i: int) -> dict[str, Any]:
    return {"id": i, "email": f"c{i}@example.com", "first_name": f"Name {i}", "is_optined": i % 2 == 0,
            "num1": i, "state": "ACTIVE"}  # fmt: skip


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=AT, assert_all_called=False) as mock:
        yield mock


def serve_contacts(router: respx.MockRouter, total: int, out: Path | None = None) -> list[int]:
    """`GET /api/contacts` with `total` contacts; records, per page, how many rows the output's partial file (beside
    it, renamed over it once complete) held already."""
    on_disk: list[int] = []

    def page(request: httpx.Request) -> httpx.Response:
        number, size = int(request.url.params["Page"]), int(request.url.params["Limit"])
        partial = list(out.parent.glob(f".{out.name}.*.partial")) if out is not None else []
        if partial:
            assert len(partial) == 1 and out is not None and not out.exists()
            text = partial[0].read_text(encoding="utf-8")
            on_disk.append(max(0, len(text.splitlines()) - 1))  # rows under the header
        first = (number - 1) * size
        return httpx.Response(200, json=[contact(i) for i in range(first + 1, min(first + size, total) + 1)])

    router.get("/api/contacts").mock(side_effect=page)
    return on_disk


def test_export_writes_each_page_before_asking_for_the_next(router: respx.MockRouter, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    on_disk = serve_contacts(router, 250, out)
    result = cli("activetrail", "contacts", "export", "-o", str(out), "--base-url", AT)
    assert result.exit_code == 0, result.stderr
    assert on_disk == [0, 100, 200]  # page 2 was asked for with page 1's rows in the file, and so on
    assert [row["email"] for row in read_csv(out)] == [f"c{i}@example.com" for i in range(1, 251)]


def test_csv_round_trip_export_then_import(router: respx.MockRouter, tmp_path: Path) -> None:
    serve_contacts(router, 30)
    sent: list[dict[str, Any]] = []

    def accept(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        return httpx.Response(200, json={"success": len(body["contacts"]), "contact_errors": []})

    router.post("/api/contacts/Import").mock(side_effect=accept)
    out = tmp_path / "round.csv"
    assert cli("activetrail", "contacts", "export", "-o", str(out), "--base-url", AT).exit_code == 0
    result = cli("activetrail", "contacts", "import", str(out), "--group", "7", "--mailing-list", "3", "--base-url", AT)
    assert result.exit_code == 0, result.stderr
    assert "30 of 30 row(s) imported into group 7 and mailing list 3" in result.stderr
    assert [(b["group"], b["mailing_list"]) for b in sent] == [(7, 3)]
    expected = [{k: v for k, v in contact(i).items() if k not in {"id", "state"}} for i in range(1, 31)]
    assert sent[0]["contacts"] == [{**c, "num1": float(c["num1"])} for c in expected]
    assert not (tmp_path / "round.rejected.csv").exists()


def test_invalid_rows_are_reported_by_line_and_nothing_is_sent(router: respx.MockRouter, tmp_path: Path) -> None:
    route = router.post("/api/contacts/Import").mock(return_value=httpx.Response(200, json={"success": 1}))
    file = write_csv(tmp_path / "in.csv", ["email", "sms", "first_name", "is_optined", "num2"], [
        ["good@example.com", "", "Good", "true", "1.5"],
        ["not-an-email", "", "Bad", "", ""],
        ["", "", "Nobody", "", ""],
        ["ok@example.com", "", "Flag", "maybe", "x"],
        ["", "0541234567", "Sms only", "no", ""],
    ])  # fmt: skip
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", AT)
    assert result.exit_code == 1
    assert route.call_count == 0
    assert "invalid: line 3: email 'not-an-email' is not an email address" in result.stderr
    assert "invalid: line 4: a contact needs an email or an sms number" in result.stderr
    assert "invalid: line 5: is_optined 'maybe' is not true or false; num2 'x' is not a number" in result.stderr
    assert "nothing was sent" in result.stderr
    rejected = read_csv(tmp_path / "in.rejected.csv")
    assert [(row["source_line"], row["first_name"]) for row in rejected] == [
        ("3", "Bad"),
        ("4", "Nobody"),
        ("5", "Flag"),
    ]
    assert all(row["reject_reason"].startswith(f"line {row['source_line']}: ") for row in rejected)

    skipped = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--skip-invalid", "--base-url", AT)
    assert skipped.exit_code == 1  # rows failed, even though the valid ones went through
    assert route.call_count == 1
    body = json.loads(route.calls[0].request.content)
    assert body["contacts"] == [
        {"email": "good@example.com", "first_name": "Good", "is_optined": True, "num2": 1.5},
        {"sms": "0541234567", "first_name": "Sms only", "is_optined": False},
    ]
    assert len(read_csv(tmp_path / "in.rejected.csv")) == 3


def test_a_header_with_an_unknown_column_is_a_usage_error(router: respx.MockRouter, tmp_path: Path) -> None:
    route = router.post("/api/contacts/Import")
    file = write_csv(tmp_path / "x.csv", ["email", "favourite_colour"], [["a@example.com", "blue"]])
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", AT)
    assert result.exit_code == 2
    assert "line 1: unknown column(s) 'favourite_colour'" in result.stderr
    assert route.call_count == 0


def test_rows_the_server_rejects_land_in_the_rejected_file(router: respx.MockRouter, tmp_path: Path) -> None:
    total = 2500
    refused = {5: "Invalid email domain", 1234: "Contact is blocked", 2499: "Duplicate contact"}  # row indexes

    def answer(request: httpx.Request) -> httpx.Response:
        contacts = json.loads(request.content)["contacts"]
        errors = [
            {"message": refused[int(c["first_name"])], "contact_error": {"email": c["email"]}}
            for c in contacts
            if int(c["first_name"]) in refused
        ]
        return httpx.Response(200, json={"success": len(contacts) - len(errors), "contact_errors": errors})

    route = router.post("/api/contacts/Import").mock(side_effect=answer)
    file = write_csv(tmp_path / "big.csv", ["email", "first_name"],
                     [[f"row{i}@example.com", str(i)] for i in range(total)])  # fmt: skip
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", AT)
    assert result.exit_code == 1
    sizes = sorted(len(json.loads(call.request.content)["contacts"]) for call in route.calls)
    assert sizes == [500, 1000, 1000]
    assert f"{total - len(refused)} of {total} row(s) imported" in result.stderr
    rejected = read_csv(tmp_path / "big.rejected.csv")
    assert [(row["source_line"], row["email"], row["reject_reason"]) for row in rejected] == [
        (str(i + 2), f"row{i}@example.com", reason) for i, reason in sorted(refused.items())
    ]
    # the rejected file imports back as it is (its source_line and reject_reason columns are skipped)
    again = cli("activetrail", "contacts", "import", str(tmp_path / "big.rejected.csv"), "--group", "12",
                "--base-url", AT)  # fmt: skip
    assert again.exit_code == 1 and route.call_count == 4


def test_a_rejected_token_keeps_every_unsent_row(router: respx.MockRouter, tmp_path: Path) -> None:
    router.post("/api/contacts/Import").mock(return_value=httpx.Response(401, json={"Message": "Unauthorized"}))
    file = write_csv(tmp_path / "t.csv", ["email"], [[f"r{i}@example.com"] for i in range(3)])
    result = cli("activetrail", "contacts", "import", str(file), "--group", "12", "--base-url", AT)
    assert result.exit_code == 1
    error = one_line_error(result)
    assert error.startswith("pulsetrail: error: AuthenticationError: ")
    assert "0 of 3 row(s) imported, 0 rejected, 3 not sent" in error
    rejected = read_csv(tmp_path / "t.rejected.csv")
    assert [row["source_line"] for row in rejected] == ["2", "3", "4"]
    assert all(row["reject_reason"].startswith("not sent: AuthenticationError") for row in rejected)


def test_api_errors_are_one_line_with_exit_code_1(router: respx.MockRouter) -> None:
    router.get("/api/campaignreports/9").mock(return_value=httpx.Response(404, json={"Message": "No campaign 9"}))
    result = cli("activetrail", "campaigns", "report", "9", "--base-url", AT)
    assert result.exit_code == 1
    assert one_line_error(result).startswith("pulsetrail: error: NotFoundError: ")
    assert result.stdout == ""


def test_missing_credentials_exit_2(tmp_path: Path) -> None:
    no_at = cli("activetrail", "contacts", "export", "-o", str(tmp_path / "x.csv"), env={"ACTIVETRAIL_TOKEN": None})
    assert no_at.exit_code == 2
    assert "set ACTIVETRAIL_TOKEN" in one_line_error(no_at)
    no_a360 = cli("a360", "flows", env={"SENDPULSE_CLIENT_ID": None, "SENDPULSE_CLIENT_SECRET": None})
    assert no_a360.exit_code == 2
    assert "SENDPULSE_API_KEY" in one_line_error(no_a360)


def test_help_documents_the_exit_codes_and_takes_no_secret_option() -> None:
    for group in ("a360", "activetrail"):
        text = cli(group, "--help").stdout
        assert "Exit codes: 0 success; 1 the command failed" in " ".join(text.split())
    for command in (["a360", "flows"], ["activetrail", "contacts", "import"], ["activetrail", "contacts", "export"]):
        text = cli(*command, "--help").stdout.lower()
        assert "--base-url" in text and "token" not in text and "secret" not in text


def test_no_progress_bar_when_not_a_terminal(router: respx.MockRouter, tmp_path: Path) -> None:
    assert not show_progress(quiet=False)  # the runner's stdout is not a terminal
    serve_contacts(router, 150)
    result = cli("activetrail", "contacts", "export", "-o", str(tmp_path / "p.csv"), "--base-url", AT)
    assert result.exit_code == 0
    assert "rows/s" not in result.stderr and "\x1b[" not in result.stderr
    quiet = cli("activetrail", "contacts", "export", "-o", str(tmp_path / "p.csv"), "-q", "--base-url", AT)
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == ""


def test_the_console_script_runs_as_a_subprocess(a360_mock: MockServer) -> None:
    script = Path(sys.executable).with_name("pulsetrail")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SENDPULSE_", "ACTIVETRAIL_"))}
    env.update(SECRETS)
    done = subprocess.run(  # noqa: S603 - our own console script, fixed arguments
        [str(script), "a360", "flows", "--format", "csv", "--base-url", a360_mock.url],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    scan(done.stdout, done.stderr)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("id,name,status,created,changed\n")


def test_the_secrets_scan_finds_a_secret() -> None:
    with pytest.raises(AssertionError, match="ACTIVETRAIL_TOKEN"):
        scan(f"pulsetrail: error: {SECRETS['ACTIVETRAIL_TOKEN']}")


def test_no_secret_in_output_when_the_server_refuses_or_is_unreachable(router: respx.MockRouter) -> None:
    # every call of every test here is scanned; these are the paths where a secret is likeliest to leak
    router.post(f"{AT}/api/contacts/Import")
    a360 = "http://a360.test"
    router.post(f"{a360}/oauth/access_token").mock(
        return_value=httpx.Response(401, json={"error": "invalid_client", "message": "Client authentication failed"})
    )
    refused = cli("a360", "flows", "--base-url", a360)
    assert refused.exit_code == 1
    assert one_line_error(refused).startswith("pulsetrail: error: AuthenticationError: ")
    router.get(f"{AT}/api/contacts").mock(side_effect=httpx.ConnectError("refused"))
    down = cli("activetrail", "contacts", "export", "-o", "/dev/null", "--base-url", AT)
    assert down.exit_code == 1
    assert one_line_error(down).startswith("pulsetrail: error: APIConnectionError: ")
