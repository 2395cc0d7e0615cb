"""The loop closed (#25): a drifting server, `pulsetrail verify --overlay`, `make adopt` on a copy of the repository
(which regenerates), the version bump the report asks for, and `verify` again against the same server: exit 0, and
the new field is a typed attribute of the generated model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from _drift_server import DriftServer
from _repo_copy import git, released_baseline, repo_copy
from conftest import ACTIVETRAIL_SPEC
from pulsetrail.cli import app
from typer.testing import CliRunner

TOKEN = "loop-token-SECRET-5d1e"
ENV = {"ACTIVETRAIL_TOKEN": TOKEN, "SENDPULSE_CLIENT_ID": None, "SENDPULSE_CLIENT_SECRET": None}
PERSONAL = ("dana@example.com", "0541234567", TOKEN)


def _extra_key(body: Any) -> Any:
    for item in body:
        item["surprise"] = {"nested": 1}
    return body


def _string_id(body: Any) -> Any:
    body[0]["id"] = str(body[0]["id"])
    return body


def _missing_id(body: Any) -> Any:
    del body[0]["id"]
    return body


def _unknown_status(body: Any) -> Any:
    body[0]["status"] = "Frozen"
    return body


DRIFTS = {
    "list_groups": _extra_key,
    "list_mailing_lists": _string_id,
    "list_automations": _missing_id,
    "list_contacts": _unknown_status,
}


def _verify(server: DriftServer, spec: Path, report: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    args = ["verify", "activetrail", "--base-url", server.url, "--spec", str(spec), "--strict-values", "--quiet"]
    result = CliRunner().invoke(app, [*args, "--report", str(report), *extra], env=ENV)
    return result.exit_code, json.loads(report.read_text())


def _make(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`make ARGS` in the copy, with this interpreter's venv and the checkout's node_modules (setup not remade)."""
    bin_dir = Path(sys.executable).parent
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(  # noqa: S603 - make with our own targets, no shell
        ["make", "-o", "setup", f"BIN={bin_dir}", *args],  # noqa: S607 - make from PATH, as a user runs it
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PATH": path},
    )


def test_verify_overlay_adopt_regenerate_verify(tmp_path: Path) -> None:
    repo = repo_copy(tmp_path / "repo")
    released = released_baseline(repo, "specs/activetrail/openapi.yaml", "activetrail")
    overlay = tmp_path / "drift.overlay.json"
    with DriftServer(ACTIVETRAIL_SPEC, drifts=DRIFTS, expected_auth=TOKEN) as server:
        code, before = _verify(server, ACTIVETRAIL_SPEC, tmp_path / "before.json", "--overlay", str(overlay))
        assert code == 1
        drifted = {e["operation_id"] for e in before["operations"] if e["status"] == "contradicts"}
        assert set(DRIFTS) <= drifted, drifted

        document = json.loads(overlay.read_text())
        assert document["overlay"] == "1.0.0" and document["extends"] == "specs/activetrail/openapi.yaml"
        assert all(action["description"].strip() for action in document["actions"])
        text = overlay.read_text()
        for personal in (*PERSONAL, *json.dumps(server.served).split('"')):
            if "@" in personal or personal.startswith("05"):
                assert personal not in text  # emails, phones: never in an overlay

        adopted = _make(repo, "adopt", f"OVERLAY={overlay}")
        assert adopted.returncode == 0, adopted.stdout + adopted.stderr
        out = adopted.stdout
        assert "adopt: " in out and "generate: changes since the last commit" in out
        assert "GET /api/groups (list_groups)" in out and "generate: due: specs/activetrail/openapi.yaml" in out
        diff = git(repo, "diff", "specs/")
        assert "+        surprise:" in diff and "+      x-source: [" in diff
        # the files that declare what drifted (Contact lives in the root), nothing else
        assert set(git(repo, "diff", "--name-only", "specs/").split()) == {
            f"specs/activetrail/{name}.yaml"
            for name in ("groups", "mailing-lists", "automations", "automation-triggers", "contacts", "openapi")
        }
        for name in git(repo, "diff", "--name-only", "specs/").split():  # every comment kept
            comments = [line for line in git(repo, "show", f"HEAD:{name}").splitlines() if line.strip()[:1] == "#"]
            assert comments and comments == [
                line for line in (repo / name).read_text().splitlines() if line.strip()[:1] == "#"
            ]

        code, after = _verify(server, repo / "generated/openapi/activetrail.yaml", tmp_path / "after.json")
    statuses = {e["operation_id"]: e["status"] for e in after["operations"]}
    assert code == 0, [e for e in after["operations"] if e["status"] == "contradicts"]
    assert {statuses[operation_id] for operation_id in DRIFTS} == {"conforms"}

    # what the report says is due, done as it says: the version bump, its CHANGELOG line, `make spec-version`
    due = next(line for line in out.splitlines() if line.startswith("generate: due: specs/activetrail/openapi.yaml"))
    version = due.split("set info.version to ")[1].split()[0]
    root = repo / "specs/activetrail/openapi.yaml"
    root.write_text(root.read_text().replace(f"  version: {released}\n", f"  version: {version}\n", 1))
    changelog = repo / "CHANGELOG.md"
    entry = f"Specs: `activetrail/openapi.yaml` {version}: what a live account answered (make adopt).\n"
    changelog.write_text(changelog.read_text().replace("## [Unreleased]\n", f"## [Unreleased]\n\n{entry}", 1))
    assert _make(repo, "spec-version").returncode == 0
    checked = subprocess.run(
        [sys.executable, "scripts/spec_versions.py", "--check"], cwd=repo, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr

    # the new field is a typed attribute of the regenerated model
    probe = (
        "from activetrail_api.models.group import Group; "
        "g = Group.from_dict({'id': 1, 'name': 'n', 'surprise': {'nested': 1}}); "
        "print(Group.__annotations__['surprise'], type(g.surprise).__name__, g.surprise.to_dict())"
    )
    typed = subprocess.run(  # noqa: S603 - this interpreter, the copy's generated package
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(repo / "generated")},
        cwd=tmp_path,
    )
    assert typed.stdout.split() == ["GroupSurprise", "|", "Unset", "GroupSurprise", "{'nested':", "1}"], typed.stdout


def test_the_drift_workflow_runs_verify_with_an_overlay_and_keeps_what_it_found() -> None:
    import yaml

    workflow = yaml.safe_load((Path(__file__).resolve().parent.parent / ".github/workflows/drift.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "workflow_dispatch" in triggers and triggers["schedule"][0]["cron"].endswith("* * 1")  # weekly, Mondays
    job = workflow["jobs"]["verify"]
    assert job["strategy"]["matrix"]["api"] == ["activetrail", "a360"]
    assert set(job["env"]) >= {"ACTIVETRAIL_TOKEN", "SENDPULSE_CLIENT_ID", "SENDPULSE_CLIENT_SECRET"}
    steps = {step.get("name", step.get("uses")): step for step in job["steps"]}
    run = steps["pulsetrail verify ${{ matrix.api }} --follow --overlay"]["run"]
    assert "--overlay" in run and "--record" in run and "--report" in run
    upload = steps["Keep the report, the masked answers and the overlay"]
    assert upload["uses"].startswith("actions/upload-artifact@") and upload["if"].startswith("always()")
    assert 'exit "$code"' in steps["Fail when the live API contradicts the spec"]["run"]
