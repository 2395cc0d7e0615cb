"""`pulsetrail verify`: against Prism started from each spec (everything conforms), against a drifting server (each
drift reported, exit 1), the open questions (Page base, error body), masked recordings, GET only, no secret out."""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _drift_server import DriftServer
from conftest import A360_SPEC, ACTIVETRAIL_SPEC, MockServer
from pulsetrail._verify_mask import Masker
from pulsetrail._verify_spec import Problem, Spec, load_spec
from pulsetrail.cli import app
from pulsetrail.verify import OperationResult, Report
from pulsetrail.verify._overlay import write_overlay
from pulsetrail.verify._probes import shape as _shape
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
AT_TOKEN = "at-token-SECRET-7f3a9c"
SP_ID = "sp-client-id-4411"
SP_SECRET = "sp-secret-SECRET-92be"
AT_ENV = {"ACTIVETRAIL_TOKEN": AT_TOKEN, "SENDPULSE_CLIENT_ID": None, "SENDPULSE_CLIENT_SECRET": None}
A360_ENV = {"SENDPULSE_CLIENT_ID": SP_ID, "SENDPULSE_CLIENT_SECRET": SP_SECRET, "SENDPULSE_API_KEY": None}
SECRETS = (AT_TOKEN, SP_SECRET, "drift-access-token")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"(?<![\d-])(?:\+\d{3}[ -]?\d{2}[ -]?\d{3}[ -]?\d{4}|0\d{8,9})(?![\d-])")


def run(args: list[str], env: dict[str, str | None], tmp_path: Path) -> tuple[int, str, str, dict[str, Any]]:
    """Run `pulsetrail verify ARGS --report ...` in process: (exit code, stdout, stderr, JSON report)."""
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["verify", *args, "--report", str(report), "--quiet"], env=env)
    data = json.loads(report.read_text()) if report.exists() else {}
    return result.exit_code, result.stdout, result.stderr, data


def by_operation(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["operation_id"]: entry for entry in report["operations"]}


def kinds(entry: dict[str, Any]) -> set[tuple[str, str]]:
    return {(problem["kind"], problem["where"]) for problem in entry["problems"]}


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


# -- against Prism: the spec agrees with itself --------------------------------------------------------------------


def test_activetrail_against_prism_conforms(activetrail_mock: MockServer, tmp_path: Path) -> None:
    # without --follow (Prism is slow; test_only_gets_are_sent follows IDs through the same examples)
    code, out, err, report = run(["activetrail", "--base-url", activetrail_mock.url], AT_ENV, tmp_path)
    assert code == 0, out + err
    summary = report["summary"]
    assert summary["contradictions"] == 0 and summary["exit_code"] == 0
    operations = by_operation(report)
    # every GET that needs no ID was called; the others wait for --follow
    for entry in operations.values():
        if "{" not in entry["path"]:
            assert entry["status"] == "conforms", entry
        else:
            assert (entry["status"], entry["note"]) == ("not-called", "needs an ID (run with --follow)")
    assert summary["findings"]["page_base"]["verdict"] == "pages start at 1"  # Prism rejects Page=0 (minimum 1)
    assert "# pulsetrail verify: ActiveTrail" in out and "Exit code 0" in out
    # the headline counts what was called, and says nothing of what was not
    called = sum(1 for entry in operations.values() if entry["status"] != "not-called")
    assert 0 < called < len(operations) == summary["operations"]
    assert summary["operations_called"] == called
    headline = f"{called} of {len(operations)} operations called; {called} conform"
    assert summary["headline"] == headline and f"**{headline}.**" in out
    assert "everything" not in out.lower()
    assert f"{len(operations) - called} not called" in out
    # the report lists inferred operations first
    confidences = [entry["confidence"] for entry in report["operations"]]
    assert confidences.index("inferred") < confidences.index("confirmed-doc")
    assert confidences[: confidences.count("inferred")] == ["inferred"] * confidences.count("inferred")
    assert_no_secret(out, err, json.dumps(report))


def test_a360_against_prism_conforms(a360_mock: MockServer, tmp_path: Path) -> None:
    code, out, err, report = run(["a360", "--base-url", a360_mock.url, "--follow"], A360_ENV, tmp_path)
    assert code == 0, out + err
    operations = by_operation(report)
    # flows -> a flow -> its elements' statistics and address lists -> the flow's goal conversions
    for followed in ("list_flows", "get_flow", "get_email_stats", "list_email_addresses", "get_sms_stats_filtered"):
        assert operations[followed]["status"] == "conforms", operations[followed]
    assert operations["list_goal_element_conversions"]["status"] == "conforms"
    assert report["summary"]["contradictions"] == 0
    assert "page_base" not in report["summary"]["findings"]  # A360 pages by offset: nothing to settle
    assert_no_secret(out, err, json.dumps(report))


@pytest.mark.parametrize("api", ["activetrail", "a360"])
def test_every_response_example_passes_the_strict_validator(api: str) -> None:
    """What Prism serves, checked without Prism: every example of every GET answer (errors too), against the
    derived schemas that reject undeclared keys. A failure names the example that contradicts its own schema."""
    spec = load_spec(api)
    checked, failures = 0, []
    for operation in spec.operations:
        for status, pointer in operation.responses.items():
            if pointer is None:
                continue
            media: Any = spec.document
            for part in pointer.split("/")[1:-1]:
                media = media[part.replace("~1", "/").replace("~0", "~")]
            examples = [media.get("example"), *(e.get("value") for e in (media.get("examples") or {}).values())]
            for example in (json.loads(json.dumps(e, default=str)) for e in examples if e is not None):
                checked += 1
                problems = [p for p in spec.validate(pointer, example) if not p.is_note]
                failures += [f"{operation.operation_id} {status}: {p.kind} {p.where} {p.message}" for p in problems]
    assert checked > 200
    assert failures == []


# -- against a drifting server ---------------------------------------------------------------------------------


def _extra_key(body: Any) -> Any:
    for item in body:
        item["surprise"] = {"nested": 1}
    body[0]["name"] = None  # required and not nullable
    return body


def _string_id(body: Any) -> Any:
    body[0]["id"] = str(body[0]["id"])
    return body


def _missing_id(body: Any) -> Any:
    del body[0]["id"]
    return body


DriftRun = tuple[int, str, str, dict[str, Any], Path, dict[str, Any]]
AT_DRIFTS = {
    "list_groups": _extra_key,
    "list_mailing_lists": _string_id,
    "list_automations": _missing_id,
    "list_webhooks": 404,
    "get_account_balance": 405,
}


@pytest.fixture(scope="module")
def drift_report(tmp_path_factory: pytest.TempPathFactory) -> DriftRun:
    tmp = tmp_path_factory.mktemp("drift")
    with DriftServer(ACTIVETRAIL_SPEC, drifts=AT_DRIFTS, expected_auth=AT_TOKEN) as server:
        code, out, err, report = run(
            ["activetrail", "--base-url", server.url, "--record", str(tmp / "rec")], AT_ENV, tmp
        )
    return code, out, err, report, tmp / "rec", server.served


def test_drift_each_problem_reported(drift_report: DriftRun) -> None:
    code, out, _, report, _, _ = drift_report
    assert code == 1
    operations = by_operation(report)
    assert ("undeclared-key", "$[0]") in kinds(operations["list_groups"])
    assert ("undeclared-key", "$[1]") in kinds(operations["list_groups"])
    assert ("null-not-nullable", "$[0].name") in kinds(operations["list_groups"])
    assert ("wrong-type", "$[0].id") in kinds(operations["list_mailing_lists"])
    assert ("missing-required", "$[0]") in kinds(operations["list_automations"])
    assert ("not-found", "") in kinds(operations["list_webhooks"])
    assert ("method-not-allowed", "") in kinds(operations["get_account_balance"])
    drifted = set(AT_DRIFTS)
    for operation_id in drifted:
        assert operations[operation_id]["status"] == "contradicts"
        assert f"`{operation_id}`" in out
    # nothing else contradicts: the drifts are the only differences from the spec's examples
    assert {entry["operation_id"] for entry in report["operations"] if entry["status"] == "contradicts"} == drifted
    assert report["summary"]["contradicting_operations"] == len(drifted)
    assert "surprise" in out and "The live API contradicts the spec" in out


def test_drift_settles_page_base_and_error_body(drift_report: DriftRun) -> None:
    findings = drift_report[3]["summary"]["findings"]
    assert findings["page_base"]["verdict"] == "pages start at 1"
    assert not findings["page_base"]["contradicts"]
    # the 404 body for an ID that cannot exist has ASP.NET's shape, which the spec declares
    assert findings["error_body"]["verdict"] == '404 {"Message": "string"}'
    assert not findings["error_body"]["contradicts"]


def test_zero_based_pages_and_another_error_body_contradict(tmp_path: Path) -> None:
    odd_error = {"error": {"code": 404, "text": "not here"}}
    with DriftServer(ACTIVETRAIL_SPEC, paging="zero", error_body=odd_error) as server:
        code, _, _, report = run(["activetrail", "--base-url", server.url, "--max-calls", "3"], AT_ENV, tmp_path)
    findings = report["summary"]["findings"]
    assert code == 1
    assert findings["page_base"]["verdict"] == "pages start at 0" and findings["page_base"]["contradicts"]
    assert findings["error_body"]["contradicts"]
    assert "undeclared-key" in findings["error_body"]["detail"]
    assert report["summary"]["calls"] == 3


def test_record_masks_personal_data(drift_report: DriftRun) -> None:
    record, served = drift_report[4], drift_report[5]
    files = sorted(record.glob("*.json"))
    assert len(files) > 40
    text = json.dumps(served)
    emails, phones = set(EMAIL.findall(text)), set(PHONE.findall(text))
    assert "dana@example.com" in emails and "0541234567" in phones  # the answers do hold personal data
    for path in files:
        recorded = path.read_text()
        for value in emails | phones:
            assert value not in recorded, (path.name, value)
        assert_no_secret(recorded)
    # each recording keeps the answer's shape and types, so it can become the operation's example
    contacts = json.loads((record / "list_contacts.json").read_text())
    assert _shape(contacts) == _shape(served["list_contacts"])
    assert contacts[0]["status"] == served["list_contacts"][0]["status"]  # a declared value, kept
    assert contacts[0]["date_created_utc"] == served["list_contacts"][0]["date_created_utc"]


def test_masker_placeholders() -> None:
    masker = Masker(keep={"Subscribed"})
    masked = masker.mask(
        {
            "email": "dana@example.org",
            "cc": "dana@example.org",
            "sms": "+972 54-123-4567",
            "phone": 972541234567,
            "first_name": "Dana",
            "api_token": "abc",
            "status": "Subscribed",
            "note": "Call me after 5",
            "count": 12,
            "created": "2026-01-05T08:12:00",
            "birthday": "1985-04-12T00:00:00",
            "flags": [True, None],
        }
    )
    assert masked["birthday"] == "2000-01-01T00:00:00"
    assert masked["email"] == masked["cc"] == "person1@example.com"
    assert masked["sms"] == "0500000001" and isinstance(masked["phone"], int) and masked["phone"] != 972541234567
    assert masked["first_name"] == "Name 1" and masked["api_token"] == "REDACTED"
    assert masked["status"] == "Subscribed" and masked["note"] == "Text 1"
    assert (masked["count"], masked["created"], masked["flags"]) == (12, "2026-01-05T08:12:00", [True, None])


# -- never writes, bounded, no secret --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("api", "spec", "env", "error_body"),
    [
        ("activetrail", ACTIVETRAIL_SPEC, AT_ENV, {"Message": "ResourceNotFound"}),
        ("a360", A360_SPEC, A360_ENV, {"error_code": 8, "message": "No data"}),
    ],
)
def test_only_gets_are_sent(
    api: str, spec: Path, env: dict[str, str | None], error_body: dict[str, Any], tmp_path: Path
) -> None:
    with DriftServer(spec, error_body=error_body) as server:
        code, out, err, report = run([api, "--base-url", server.url, "--follow"], env, tmp_path)
    assert code == 0, out + err
    methods = [(method, path) for method, path in server.requests if method != "GET"]
    if api == "a360":  # the OAuth token request, which is auth, not a write
        assert methods == [("POST", "/oauth/access_token")]
    else:
        assert methods == []
    gets = [path for method, path in server.requests if method == "GET"]
    assert len(gets) == report["summary"]["calls"] > 25
    operations = by_operation(report)
    followed = ("get_group_member", "get_automation_step") if api == "activetrail" else ("get_flow", "get_sms_stats")
    for operation_id in followed:  # --follow took IDs from earlier answers
        assert operations[operation_id]["status"] == "conforms", operations[operation_id]
    assert_no_secret(out, err, json.dumps(report))


def test_max_calls_bounds_the_run(tmp_path: Path) -> None:
    with DriftServer(ACTIVETRAIL_SPEC) as server:
        code, out, _, report = run(["activetrail", "--base-url", server.url, "--max-calls", "7"], AT_ENV, tmp_path)
    assert code == 0, out
    assert len(server.requests) == report["summary"]["calls"] == 7
    assert report["summary"]["by_status"]["not-called"] == len(report["operations"]) - sum(
        1 for entry in report["operations"] if entry["http_status"] is not None
    )
    assert "over --max-calls" in out


def test_strict_values_turns_unknown_values_into_contradictions(drift_report: DriftRun, tmp_path: Path) -> None:
    # the spec's own example of list_automation_triggers holds a trigger name beyond its x-known-values: a note
    entry = by_operation(drift_report[3])["list_automation_triggers"]
    assert ("unknown-value", "$[1].name") in kinds(entry) and entry["status"] == "conforms"
    assert entry["problems"][0]["severity"] == "note"
    with DriftServer(ACTIVETRAIL_SPEC) as server:
        lenient = run(["activetrail", "--base-url", server.url], AT_ENV, tmp_path)
        strict = run(["activetrail", "--base-url", server.url, "--strict-values"], AT_ENV, tmp_path)
    assert lenient[0] == 0
    assert strict[0] == 1 and by_operation(strict[3])["list_automation_triggers"]["status"] == "contradicts"


# -- usage and credentials errors: exit 2 ------------------------------------------------------------------------


def test_missing_credentials_exit_2(tmp_path: Path) -> None:
    env = {"ACTIVETRAIL_TOKEN": None, "SENDPULSE_CLIENT_ID": None, "SENDPULSE_CLIENT_SECRET": None}
    code, out, err, _ = run(["activetrail"], env, tmp_path)
    # the CLI's one-line error format, however narrow the terminal
    assert (code, out) == (2, "")
    assert err == "pulsetrail: error: CredentialsError: set ACTIVETRAIL_TOKEN to your ActiveTrail API token\n"
    code, _, err, _ = run(["a360"], {**env, "SENDPULSE_API_KEY": None}, tmp_path)
    assert code == 2 and err.startswith("pulsetrail: error: CredentialsError: ") and "SENDPULSE_API_KEY" in err
    assert err.count("\n") == 1


def test_unreadable_spec_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x\n")
    code, out, err, _ = run(["activetrail", "--spec", str(bad), "--base-url", "http://127.0.0.1:9"], AT_ENV, tmp_path)
    assert code == 2 and err.startswith("pulsetrail: error: InvalidInputError: ") and "spec_file" in err and out == ""


def test_rejected_credentials_exit_2(tmp_path: Path) -> None:
    with DriftServer(ACTIVETRAIL_SPEC, expected_auth="another-token") as server:
        code, out, err, report = run(["activetrail", "--base-url", server.url], AT_ENV, tmp_path)
    assert code == 2 and "rejected the credentials" in err and report == {}
    assert len(server.requests) == 1
    assert_no_secret(out, err)


def test_unreachable_server_exit_2(tmp_path: Path) -> None:
    # a port bound by us but not listening: it refuses connections and stays ours for the whole test (a port closed
    # and then reused could meanwhile be taken by any other process on a shared machine)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        code, _, err, _ = run(["activetrail", "--base-url", url, "--max-calls", "1"], AT_ENV, tmp_path)
    assert code == 2 and "cannot reach" in err


def test_console_entry_points_and_usage_errors() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACTIVETRAIL_", "SENDPULSE_"))}
    as_module = subprocess.run(
        [sys.executable, "-m", "pulsetrail.verify", "nope"], capture_output=True, text=True, env=env, check=False
    )
    assert as_module.returncode == 2 and "nope" in as_module.stderr
    script = Path(sys.executable).parent / "pulsetrail"
    helped = subprocess.run(  # noqa: S603 - our own console script, no shell
        [str(script), "verify", "--help"], capture_output=True, text=True, env=env, check=False
    )
    assert helped.returncode == 0 and "--follow" in helped.stdout and "Exit codes" in helped.stdout


# run at exit of the interpreter under test: the source files loaded as more than one module (a file run by `-m`
# and imported again by what it imports would be two modules with two copies of every class)
TWICE = """
import atexit, sys

def _twice():
    names = {}
    for name, module in list(sys.modules.items()):
        source = getattr(module, "__file__", None) or ""
        if "pulsetrail" in source:
            names.setdefault(source, []).append(name)
    print("LOADED TWICE:", sorted(found for found in names.values() if len(found) > 1), file=sys.stderr)

atexit.register(_twice)
"""


def test_verify_package_loads_each_module_once_and_never_the_cli(tmp_path: Path) -> None:
    """`python -m pulsetrail.verify` loads each module once (no warning either); the library side of verify never
    imports the CLI, which imports it (no cycle)."""
    (tmp_path / "sitecustomize.py").write_text(TWICE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ACTIVETRAIL_", "SENDPULSE_"))}
    as_module = subprocess.run(
        [sys.executable, "-W", "error", "-m", "pulsetrail.verify", "--help"],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(tmp_path)},
        check=False,
    )
    assert as_module.returncode == 0, as_module.stderr
    assert as_module.stderr.strip() == "LOADED TWICE: []"
    assert "--follow" in as_module.stdout
    probe = "import sys, pulsetrail.verify; print(sorted(m for m in sys.modules if m.startswith('pulsetrail.cli')))"
    library = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert library.stdout.strip() == "[]"
    package = ROOT / "overlay" / "pulsetrail" / "verify"
    sizes = {path.name: len(path.read_text().splitlines()) for path in package.glob("*.py")}
    assert {"_run.py", "_calls.py", "_follow.py", "_probes.py", "_report.py"} <= set(sizes)
    assert max(sizes.values()) <= 300, sizes


def test_import_pulsetrail_stays_cheap() -> None:
    """The clients load none of the CLI's libraries. httpx itself imports click, rich and pygments when all three are
    installed (for its own command line), so what counts is what pulsetrail loads beyond `import httpx`."""

    def loaded(code: str) -> set[str]:
        probe = f"import sys; {code}; print(sorted({{m.split('.')[0] for m in sys.modules}}))"
        result = subprocess.run(  # noqa: S603 - this interpreter, our own code
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        )
        return set(ast.literal_eval(result.stdout.strip()))

    extra = loaded("import pulsetrail; from pulsetrail import A360, ActiveTrail") - loaded("import httpx")
    assert extra & {"typer", "rich", "click", "jsonschema", "yaml"} == set()


def _three_flows(body: Any) -> Any:
    body["data"] = [{**body["data"][0], "id": flow_id} for flow_id in (101, 102, 103)]
    return body


def _every_element(body: Any) -> Any:
    kinds = ("trigger", "goal", "action", "filter", "messenger")
    body["flows"] += [{**body["flows"][0], "id": 9000 + n, "af_type": kind} for n, kind in enumerate(kinds)]
    return body


def test_follow_reads_several_flows_and_every_element_type(tmp_path: Path) -> None:
    drifts = {"list_flows": _three_flows, "get_flow": _every_element}
    with DriftServer(A360_SPEC, drifts=drifts, error_body={"error_code": 8, "message": "No data"}) as server:
        code, out, err, report = run(["a360", "--base-url", server.url, "--follow"], A360_ENV, tmp_path)
    assert code == 0, out + err
    flow_calls = {path for method, path in server.requests if re.fullmatch(r"/a360/autoresponders/\d+", path)}
    assert flow_calls == {f"/a360/autoresponders/{n}" for n in (101, 102, 103, 2147483647)}
    operations = by_operation(report)
    assert all(entry["status"] == "conforms" for entry in operations.values()), out
    assert operations["get_goal_stats"]["called_path"] == "/a360/stats/goal/9001/group-stat"
    assert operations["list_flow_operator_addresses"]["called_path"].startswith("/a360/stats/flow-operator/900")


def test_overlay_holds_types_and_codes_never_values(tmp_path: Path) -> None:
    item = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "status": {"type": "string", "enum": ["Active"]},
        },
    }
    schema = {"type": "array", "items": item}
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list_things",
                    "responses": {"200": {"description": "", "content": {"application/json": {"schema": schema}}}},
                }
            }
        },
    }
    spec = Spec("activetrail", document, tmp_path / "spec.yaml")
    body = [{"id": "id-4417", "status": "Frozen", "dana@example.com": 1, "note": "call Dana on 0541234567"}]
    result = OperationResult(spec.operations[0], status="contradicts", problems=[Problem("wrong-type", "", "$[0].id")])
    report = Report("activetrail", "http://x", "spec.yaml", 10, False, results=[result])
    pointer = "/paths/~1things/get/responses/200/content/application~1json/schema"
    overlay = write_overlay(spec, report, {"list_things": [(pointer, body)]}, today=dt.date(2026, 12, 3))
    text = json.dumps(overlay)
    for value in ("id-4417", "dana@example.com", "0541234567", "call Dana"):
        assert value not in text
    base = "$['paths']['/things']['get']['responses']['200']['content']['application/json']['schema']['items']"
    actions = {
        (action["target"], json.dumps(action.get("update", action.get("remove")))) for action in overlay["actions"]
    }
    assert actions == {
        (f"{base}['required'][?(@ == 'name')]", "true"),
        (f"{base}['properties']['id']", '{"type": ["integer", "string"]}'),
        (f"{base}['properties']['status']", '{"enum": ["Frozen"]}'),
        (
            f"{base}['properties']",
            '{"note": {"description": "Seen in live answers (pulsetrail verify); not documented yet.", '
            '"type": "string"}}',
        ),
        ("$['paths']['/things']['get']", '{"x-source": ["LIVE:2026-12-03"]}'),
    }
    assert all(action["description"] for action in overlay["actions"])
