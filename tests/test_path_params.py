"""scripts/check_path_params.py (run by `make spec-lint`): one spelling per path parameter within a spec.

The check runs as `make spec-lint` runs it, on small specs written to tmp_path: it fails (exit 1, naming both
spellings) on `{ID}` beside `{id}`, on `{goalId}` beside `{goal_id}` and on a `$ref`'d parameter named unlike the
path; it passes a spec that spells each parameter one way, and both of the project's specs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_path_params.py"
SPECS = (ROOT / "specs" / "sendpulse-a360.yaml", ROOT / "generated" / "openapi" / "activetrail.yaml")


def _operation(*parameters: dict[str, Any]) -> dict[str, Any]:
    return {"get": {"parameters": list(parameters), "responses": {"200": {"description": "ok"}}}}


def _path(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}


def _spec(paths: dict[str, Any], parameters: dict[str, Any] | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths}
    if parameters:
        spec["components"] = {"parameters": parameters}
    return spec


def _check(tmp_path: Path, spec: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    file = tmp_path / "spec.yaml"
    file.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(SCRIPT), str(file)], capture_output=True, text=True, check=False
    )


GOOD = _spec(
    {
        "/flows/{ID}": _operation(_path("ID")),
        "/flows/{ID}/conversions": _operation({"$ref": "#/components/parameters/FlowId"}),
        "/flows/{ID}/goals/{goalId}": _operation(_path("ID"), _path("goalId")),
    },
    {"FlowId": _path("ID")},
)


def test_one_spelling_passes(tmp_path: Path) -> None:
    result = _check(tmp_path, GOOD)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("spec", "spellings"),
    [
        (  # the A360 case: {ID} on most paths, {id} on one
            _spec({"/flows/{ID}": _operation(_path("ID")), "/flows/{id}/conversions": _operation(_path("id"))}),
            ("{ID}", "{id}"),
        ),
        (  # case and separator both differ
            _spec({"/a/{goalId}": _operation(_path("goalId")), "/b/{goal_id}": _operation(_path("goal_id"))}),
            ("{goalId}", "{goal_id}"),
        ),
        (  # the template says {ID}, a referenced parameter names it `id`
            _spec({"/flows/{ID}": _operation({"$ref": "#/components/parameters/FlowId"})}, {"FlowId": _path("id")}),
            ("{ID}", "{id}"),
        ),
    ],
    ids=["ID-vs-id", "goalId-vs-goal_id", "ref-name-vs-template"],
)
def test_mixed_spellings_fail(tmp_path: Path, spec: dict[str, Any], spellings: tuple[str, str]) -> None:
    result = _check(tmp_path, spec)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "several spellings" in result.stderr
    for spelling in spellings:
        assert spelling in result.stderr


def test_the_projects_specs_pass() -> None:
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(SCRIPT), *map(str, SPECS)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
