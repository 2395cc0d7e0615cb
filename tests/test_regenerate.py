"""`make generate` as someone changing a spec runs it, on a copy of the repository: the change report against the
last commit, what else is due (an `info.version` bump, a CHANGELOG.md entry, `make spec-version`) and the check that
fails until it is done; a broken spec as one readable line per problem, the generator's noise in a log file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _repo_copy import VERSION_LINE, git, released_baseline, repo_copy, run_script

A360 = "specs/sendpulse-a360.yaml"
NEW_FIELD = """        expires_in:
          type: integer
          description: Seconds until the token expires (3600).
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return repo_copy(tmp_path / "repo")


def _edit(repo: Path, path: str, old: str, new: str) -> None:
    text = (repo / path).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (repo / path).write_text(text.replace(old, new), encoding="utf-8")


def test_a_new_field_is_reported_and_the_version_bump_is_enforced(repo: Path) -> None:
    released = released_baseline(repo, A360, "a360")
    _edit(repo, A360, NEW_FIELD, NEW_FIELD + "        scope:\n          type: string\n          description: Scope.\n")
    generated = run_script(repo, "generate.py")
    assert generated.returncode == 0, generated.stderr
    out = generated.stdout
    assert "generate: changes since the last commit (scripts/spec_diff.py), per operation:" in out
    assert re.search(r"a360: POST /oauth/access_token \(get_access_token\): non-breaking: .*scope", out), out
    assert "1 operation(s) or path(s): 0 added, 0 removed, 0 breaking, 1 non-breaking" in out
    due = [line for line in out.splitlines() if line.startswith("generate: due: ")]
    assert len(due) == 1 and f"info.version {released} is already released" in due[0], out
    bumped = re.search(r"set info\.version to (\d{4}\.\d{2}\.\d+)", due[0])
    assert bumped is not None and "make spec-version" in due[0]
    assert "scope" in (repo / "generated/sendpulse_a360_api/models/access_token.py").read_text()

    # make check's step fails, saying what to do, until it is done
    check = run_script(repo, "spec_versions.py", "--check")
    assert check.returncode == 1 and "specs/sendpulse-a360.yaml" in check.stderr
    record = run_script(repo, "spec_versions.py", "--record")
    assert record.returncode == 1 and "set it to" in record.stderr  # recording does not stand in for a bump

    version = bumped.group(1)
    (repo / A360).write_text(VERSION_LINE.sub(f"  version: {version}", (repo / A360).read_text(), count=1))
    still = run_script(repo, "spec_versions.py", "--check")
    assert still.returncode == 1 and "CHANGELOG.md: name sendpulse-a360.yaml" in still.stderr
    _edit(repo, "CHANGELOG.md", "## [Unreleased]\n", f"## [Unreleased]\n\nSpecs: `sendpulse-a360.yaml` {version}.\n")
    assert run_script(repo, "spec_versions.py", "--check").returncode == 1  # not recorded yet
    assert run_script(repo, "spec_versions.py", "--record").returncode == 0
    assert run_script(repo, "spec_versions.py", "--check").returncode == 0
    assert "scripts/spec-versions.json" in git(repo, "status", "--short")

    # wording alone changes nothing that needs a bump
    _edit(repo, A360, "description: Scope.", "description: The token's scope.")
    assert run_script(repo, "spec_versions.py", "--check").returncode == 0


def test_a_broken_ref_is_one_line_and_nothing_is_written(repo: Path) -> None:
    _edit(repo, A360, "$ref: '#/components/schemas/AccessToken'", "$ref: '#/components/schemas/AccessTokn'")
    generated = run_script(repo, "generate.py")
    assert generated.returncode == 1
    lines = generated.stderr.strip().splitlines()
    assert lines == [
        "generate: specs/sendpulse-a360.yaml: #/paths/~1oauth~1access_token/post/responses/200/content/"
        "application~1json/schema/$ref: $ref '#/components/schemas/AccessTokn' does not resolve "
        "(no such 'components/schemas/AccessTokn')",
        "generate: nothing written; the generator's own output is in build/generate.log",
    ]
    assert git(repo, "status", "--short", "generated") == ""


def test_a_schema_the_generator_refuses_is_one_line_per_node(repo: Path) -> None:
    text = (repo / A360).read_text(encoding="utf-8")
    start = text.index("    FlowListLimit:")
    end = text.index("type: integer", start)
    (repo / A360).write_text(text[:end] + "type: integr" + text[end + len("type: integer") :], encoding="utf-8")
    generated = run_script(repo, "generate.py")
    assert generated.returncode == 1
    lines = generated.stderr.strip().splitlines()
    assert len(lines) == 2, generated.stderr
    assert lines[0].startswith(
        "generate: specs/sendpulse-a360.yaml: #/components/parameters/FlowListLimit/schema/type:"
    )
    assert "input_value='integr'" in lines[0] and "UntrustedString" not in generated.stderr
    log = (repo / "build" / "generate.log").read_text()
    assert "validation errors for OpenAPI" in log and "please open an issue" in log
    assert git(repo, "status", "--short", "generated") == ""


def test_adopt_refuses_an_overlay_the_spec_no_longer_matches(repo: Path, tmp_path: Path) -> None:
    overlay = tmp_path / "stale.overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\n"
        "info: {title: stale, version: '1'}\n"
        "extends: specs/activetrail/openapi.yaml\n"
        "actions:\n"
        "  - target: \"$['components']['schemas']['NoSuchSchema']['properties']\"\n"
        "    description: seen live\n"
        "    update: {x: {type: string}}\n"
    )
    adopted = run_script(repo, "adopt.py", str(overlay))
    assert adopted.returncode == 1
    assert adopted.stderr.splitlines() == [
        f"adopt: {overlay}: #/actions/0: target $['components']['schemas']['NoSuchSchema']['properties'] matches "
        "nothing in specs/activetrail/openapi.yaml: the spec changed since the overlay was written; run verify again",
        "adopt: nothing written",
    ]
    assert git(repo, "status", "--short") == ""
    overlay.write_text("overlay: 1.0.0\nactions: []\n")
    refused = run_script(repo, "adopt.py", str(overlay))
    assert refused.returncode == 1 and "not an OpenAPI Overlay 1.0" in refused.stderr


def test_generator_warning_blocks_become_one_line_each() -> None:
    import generator_errors

    output = (
        "Generating /tmp/x/sendpulse_a360_api\n\n"
        "Warning(s) encountered while generating. Client was generated, but some pieces may be missing\n\n"
        "WARNING parsing POST /oauth/access_token within authentication.\n\n"
        "Cannot parse response for status code <openapi_python_client.schema.untrusted_string.UntrustedString object "
        "at 0x7f78c4dd7850> (Could not find reference in parsed models or enums), response will be omitted from "
        "generated client\n\n"
        '{\n  "$ref": "#/components/schemas/AccessTokn"\n}\n\n'
        "If you believe this was a mistake or this tool is missing a feature you need, please open an issue at "
        "https://github.com/openapi-generators/openapi-python-client/issues/new/choose\n"
    )
    assert generator_errors.problems(output) == [
        "#/paths/~1oauth~1access_token/post: Cannot parse response for status code ? (Could not find reference in "
        "parsed models or enums), response will be omitted from generated client; the schema "
        '{"$ref":"#/components/schemas/AccessTokn"}'
    ]
