"""Each of our own Spectral rules (.spectral.yaml, `pulsetrail-*`) fires on a spec that breaks it, and only there.

One small spec is written to tmp_path: a good operation, then one path per broken rule, each a copy of the good
operation with one thing wrong. Spectral lints it once with the project's ruleset; every case must report its rule
(and no other of ours) and the good operation none.
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
RULESET = ROOT / ".spectral.yaml"
SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
PREFIX = "pulsetrail-"

Operation = dict[str, Any]

GOOD: Operation = {
    "operationId": "get_thing",
    "tags": ["Things"],
    "summary": "Get a thing",
    "description": "Returns a thing.",
    "x-source": ["DOC:things"],
    "x-confidence": "confirmed-doc",
    "parameters": [
        {"name": "Page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "filter", "in": "query", "schema": {"type": "string", "contentMediaType": "application/json"}},
    ],
    "responses": {
        "200": {
            "description": "The thing.",
            "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
        },
        "204": {"description": "Nothing to return (no content needed)."},
        "400": {"description": "Bad request."},
    },
}


def _without(key: str) -> Callable[[Operation], None]:
    def mutate(op: Operation) -> None:
        del op[key]

    return mutate


def _set(key: str, value: Any) -> Callable[[Operation], None]:
    def mutate(op: Operation) -> None:
        op[key] = value

    return mutate


def _responses(responses: dict[str, Any]) -> Callable[[Operation], None]:
    def mutate(op: Operation) -> None:
        op["responses"] = responses

    return mutate


def _query_parameter(parameter: dict[str, Any]) -> Callable[[Operation], None]:
    def mutate(op: Operation) -> None:
        op["parameters"].append({"name": "Bad", "in": "query", **parameter})

    return mutate


OK = {"description": "OK.", "content": {"application/json": {"schema": {"type": "string"}}}}
ERROR = {"description": "Error."}

# (case id, the rule it must trigger, how the good operation is broken)
CASES: list[tuple[str, str, Callable[[Operation], None]]] = [
    ("no-operation-id", "pulsetrail-operation-id", _without("operationId")),
    ("no-tag", "pulsetrail-operation-one-tag", _without("tags")),
    ("two-tags", "pulsetrail-operation-one-tag", _set("tags", ["Things", "Other"])),
    ("no-summary", "pulsetrail-operation-summary", _without("summary")),
    ("no-description", "pulsetrail-operation-description", _without("description")),
    ("no-x-source", "pulsetrail-operation-x-source", _without("x-source")),
    ("empty-x-source", "pulsetrail-operation-x-source", _set("x-source", [])),
    ("no-x-confidence", "pulsetrail-operation-x-confidence", _without("x-confidence")),
    ("unknown-x-confidence", "pulsetrail-operation-x-confidence", _set("x-confidence", "probably")),
    ("no-2xx", "pulsetrail-operation-success-response", _responses({"302": ERROR, "400": ERROR})),
    ("2xx-without-content", "pulsetrail-success-response-schema", _responses({"200": ERROR, "400": ERROR})),
    (
        "2xx-without-schema",
        "pulsetrail-success-response-schema",
        _responses({"201": {"description": "Created.", "content": {"application/json": {}}}, "400": ERROR}),
    ),
    ("no-4xx", "pulsetrail-operation-4xx-response", _responses({"200": OK, "500": ERROR})),
    (
        "query-content",
        "pulsetrail-query-parameter-typed",
        _query_parameter({"content": {"application/json": {"schema": {"type": "object"}}}}),
    ),
    ("query-untyped", "pulsetrail-query-parameter-typed", _query_parameter({"schema": {"minimum": 1}})),
    ("query-no-schema", "pulsetrail-query-parameter-typed", _query_parameter({"description": "No schema."})),
]


def _spec() -> dict[str, Any]:
    paths: dict[str, Any] = {"/good": {"get": copy.deepcopy(GOOD)}}
    for case, _rule, mutate in CASES:
        operation = copy.deepcopy(GOOD)
        operation["operationId"] = f"get_{case.replace('-', '_')}"
        mutate(operation)
        paths[f"/{case}"] = {"get": operation}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Rule test",
            "version": "1.0.0",
            "description": "A spec that breaks each custom rule once.",
            "contact": {"name": "pulsetrail"},
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": "https://example.com"}],
        "tags": [{"name": "Things", "description": "Things."}, {"name": "Other", "description": "Others."}],
        "paths": paths,
    }


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Our rules' codes reported under each path of the bad spec."""
    folder = tmp_path_factory.mktemp("spec-rules")
    spec = folder / "bad.yaml"
    spec.write_text(yaml.safe_dump(_spec(), sort_keys=False), encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - the pinned Spectral from node_modules
        [str(SPECTRAL), "lint", "--ruleset", str(RULESET), "--format", "json", str(spec)],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    assert result.returncode == 1, result.stdout + result.stderr  # errors found, and nothing else went wrong
    found: dict[str, set[str]] = {}
    for problem in json.loads(result.stdout):
        code, path = problem["code"], problem["path"]
        if code.startswith(PREFIX) and len(path) >= 2 and path[0] == "paths":
            found.setdefault(path[1], set()).add(code)
    return found


def test_every_custom_rule_has_a_case() -> None:
    rules = {name for name in yaml.safe_load(RULESET.read_text(encoding="utf-8"))["rules"] if name.startswith(PREFIX)}
    assert rules, "no pulsetrail-* rules in .spectral.yaml"
    assert rules == {rule for _case, rule, _mutate in CASES}


def test_good_operation_passes(findings: dict[str, set[str]]) -> None:
    assert "/good" not in findings, findings.get("/good")


@pytest.mark.parametrize(("case", "rule"), [(case, rule) for case, rule, _mutate in CASES])
def test_rule_bites(findings: dict[str, set[str]], case: str, rule: str) -> None:
    assert findings.get(f"/{case}") == {rule}
