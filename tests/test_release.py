"""What a release is made of agrees with itself (#19): the version in pyproject.toml has its CHANGELOG.md section,
the newest release names both specs' `info.version` (specs/CONVENTIONS.md, Versions), and the workflows run what
the project's CI runs (make test on every supported Python) and publish with trusted publishing."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SPECS = {
    "sendpulse-a360.yaml": ROOT / "specs" / "sendpulse-a360.yaml",
    "activetrail": ROOT / "specs" / "activetrail" / "openapi.yaml",
}


def _releases() -> list[tuple[str, str]]:
    """(version, the section's text) for each release of CHANGELOG.md, newest first."""
    parts = re.split(r"^## \[([^\]]+)\][^\n]*$", CHANGELOG, flags=re.MULTILINE)
    return [(parts[i], parts[i + 1]) for i in range(1, len(parts), 2) if parts[i] != "Unreleased"]


def _workflow(name: str) -> dict[Any, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_changelog_has_the_pyproject_version_as_its_newest_release() -> None:
    releases = _releases()
    assert releases, "CHANGELOG.md has no release section"
    assert releases[0][0] == VERSION
    assert re.search(rf"^## \[{re.escape(VERSION)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", CHANGELOG, flags=re.MULTILINE)
    assert releases[-1][0] == "0.1.0", "the changelog goes back to the first release"


def _unreleased() -> str:
    """The text of CHANGELOG.md's "Unreleased" section ("" without one)."""
    match = re.search(r"^## \[Unreleased\][^\n]*$(.*?)(?=^## \[)", CHANGELOG, flags=re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


def test_newest_release_names_both_spec_versions() -> None:
    # A spec bumped since the last release is named in "Unreleased" until that section becomes the next release.
    newest = _unreleased() + _releases()[0][1]
    for name, spec in SPECS.items():
        version = str(yaml.safe_load(spec.read_text(encoding="utf-8"))["info"]["version"])
        assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", version), f"{name}: info.version {version} is not YYYY.MM.N"
        assert version in newest, f"CHANGELOG.md {VERSION} (or Unreleased) does not name {name} {version}"


def test_ci_runs_make_test_on_every_supported_python() -> None:
    jobs = _workflow("ci.yml")["jobs"]
    test = jobs["test"]
    assert test["strategy"]["matrix"]["python"] == ["3.11", "3.12", "3.13"]
    assert any("make test" in step.get("run", "") for step in test["steps"])


def test_release_builds_with_make_dist_then_publishes_with_trusted_publishing() -> None:
    workflow = _workflow("release.yml")
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as True
    assert on["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    assert any("make dist" in step.get("run", "") for step in jobs["build"]["steps"])
    publish = jobs["publish"]
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}  # OIDC, no stored token
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert any(u.startswith("pypa/gh-action-pypi-publish@") for u in uses)
    assert not any("password" in step.get("with", {}) for step in publish["steps"])
