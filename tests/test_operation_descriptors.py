"""The typed operation descriptors the templates emit (#23): one per spec operation, saying what the spec says."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from pulsetrail._operation import Operation
from pulsetrail._pagination import OffsetPaging, PageNumberPaging, paging_of

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "sendpulse_a360_api": ROOT / "specs" / "sendpulse-a360.yaml",
    "activetrail_api": ROOT / "generated" / "openapi" / "activetrail.yaml",
}
METHODS = ("get", "put", "post", "delete", "patch")


def _descriptors(package: str) -> dict[tuple[str, str], Operation]:
    api = importlib.import_module(f"{package}.api")
    found: dict[tuple[str, str], Operation] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        for operation in importlib.import_module(f"{package}.api.{tag.name}").OPERATIONS.values():
            found[(operation.method, re.sub(r"\{[^}]*\}", "{}", operation.path))] = operation
    return found


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@pytest.mark.parametrize("package", SPECS)
def test_every_spec_operation_has_a_descriptor_with_its_parameters(package: str) -> None:
    spec = yaml.safe_load(SPECS[package].read_text(encoding="utf-8"))
    descriptors = _descriptors(package)
    count = 0
    for url, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            count += 1
            operation = descriptors[(method.upper(), re.sub(r"\{[^}]*\}", "{}", url))]
            declared = [_resolve(spec, p) for p in item.get("parameters", []) + item[method].get("parameters", [])]
            assert sorted((p["in"], p["name"]) for p in declared) == sorted(
                (p.location, p.wire) for p in operation.parameters if p.location != "body"
            ), operation.name
            assert (operation.body is not None) == ("requestBody" in item[method]), operation.name
            assert operation.implementation().__name__ == operation.module
    assert count == len(descriptors)


@pytest.mark.parametrize("package", SPECS)
def test_the_paging_of_each_descriptor_is_the_runtime_rule(package: str) -> None:
    paged = 0
    for operation in _descriptors(package).values():
        names = [p.name for p in operation.parameters if p.location == "query"]
        rule = paging_of(names)
        if operation.paging is not None:
            paged += 1
            assert operation.paging == rule, operation.name
        assert operation.paging is None or isinstance(operation.paging, OffsetPaging | PageNumberPaging)
    assert paged > 10


def test_paging_query_speaks_the_wire() -> None:
    from activetrail_api.api.contacts import OPERATIONS as CONTACTS
    from sendpulse_a360_api.api.flows import OPERATIONS as FLOWS

    assert CONTACTS["list_contacts"].paging_query(0, 20) == {"Page": 1, "Limit": 20}
    assert CONTACTS["list_contacts"].paging_query(1, 20, first_page=0) == {"Page": 1, "Limit": 20}
    assert FLOWS["list_flows"].paging_query(2, 50) == {"limit": 50, "offset": 100}


def test_a_parameter_names_itself_when_it_refuses_a_value() -> None:
    from pulsetrail import InvalidInputError
    from sendpulse_a360_api.api.flows import OPERATIONS as FLOWS

    stats = FLOWS["get_flow_total_stats"]
    with pytest.raises(InvalidInputError) as caught:
        stats.check({"id": 42, "flow_type": FLOWS["get_flow_total_stats"].parameters[0], "deleted": 1})
    assert caught.value.field == "flow_type"
    with pytest.raises(InvalidInputError) as caught:
        stats.check({"id": 42, "deleted": 1})
    assert (caught.value.field, caught.value.value) == ("deleted", 1)
    assert "DeletedFlag" in str(caught.value)
