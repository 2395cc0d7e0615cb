"""Build a call of a generated async function from its operation in the spec (examples, defaults, bounds).

The tests use it to call every operation of both APIs against Prism: a generic driver, so that no operation is left
out and a spec change needs no test change.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import json
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from check_generated import METHODS, index_modules
from openapi_python_client.strings import snake_case

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Operation:
    package: str
    method: str
    path: str
    operation_id: str
    spec: dict[str, Any]
    operation: dict[str, Any]
    path_item: dict[str, Any]
    module_name: str

    @property
    def id(self) -> str:
        return self.operation_id

    def module(self) -> types.ModuleType:
        return importlib.import_module(self.module_name)

    @property
    def paginated(self) -> bool:
        """Whether its query parameters page it (limit/offset, Page/Limit, PageNumber/PageSize)."""
        parameters = self.path_item.get("parameters", []) + self.operation.get("parameters", [])
        resolved = [resolve(self.spec, p) for p in parameters]
        names = {snake_case(p["name"]) for p in resolved if p["in"] == "query"}
        return any(pair <= names for pair in ({"limit", "offset"}, {"page", "limit"}, {"page_number", "page_size"}))


def load_operations(package: str, spec_path: Path) -> list[Operation]:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    package_dir = ROOT / "generated" / package
    modules = index_modules(package_dir)
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method not in item:
                continue
            key = (method, _anonymous(path))
            module_path = modules[key].path.relative_to(ROOT / "generated").with_suffix("")
            found.append(
                Operation(
                    package,
                    method,
                    path,
                    item[method]["operationId"],
                    spec,
                    item[method],
                    item,
                    ".".join(module_path.parts),
                )
            )
    return found


def _anonymous(path: str) -> str:
    import re

    return re.sub(r"\{[^}]*\}", "{}", path)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _example_for(spec: dict[str, Any], parameter: dict[str, Any]) -> Any:
    schema = resolve(spec, parameter.get("schema", {}))
    for source in (parameter, schema):
        if "example" in source:
            return source["example"]
        if source.get("examples"):
            examples = source["examples"]
            first = examples[0] if isinstance(examples, list) else next(iter(examples.values()))
            return first.get("value", first) if isinstance(first, dict) else first
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return max(schema.get("minimum", 1), 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date":
        return "2026-01-15"
    return "example"


def _convert(annotation: Any, value: Any) -> Any:
    """Turn a JSON example into what the generated signature takes (enums, dates, models)."""
    options = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType) else ()
    candidates = list(options) or [annotation]
    for candidate in candidates:
        if inspect.isclass(candidate) and issubclass(candidate, enum.Enum):
            return candidate(value)
        if candidate is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if candidate is dt.datetime and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
        if inspect.isclass(candidate) and hasattr(candidate, "from_dict") and isinstance(value, dict):
            return candidate.from_dict(value)
        if typing.get_origin(candidate) is list and isinstance(value, list):
            (inner,) = typing.get_args(candidate)
            return [_convert(inner, v) for v in value]
    return value


def request_body_example(op: Operation) -> Any:
    body = resolve(op.spec, op.operation.get("requestBody"))
    if body is None:
        return None
    media = body["content"]["application/json"]
    if "example" in media:
        return media["example"]
    if media.get("examples"):
        return next(iter(media["examples"].values()))["value"]
    schema = resolve(op.spec, media["schema"])
    if "example" in schema:
        return schema["example"]
    raise AssertionError(f"{op.operation_id}: the request body has no example")


def build_arguments(op: Operation) -> dict[str, Any]:
    function = op.module().asyncio_detailed
    hints = typing.get_type_hints(function)
    signature = inspect.signature(function)
    by_python_name = {}
    for parameter in op.path_item.get("parameters", []) + op.operation.get("parameters", []):
        parameter = resolve(op.spec, parameter)
        by_python_name[snake_case(parameter["name"])] = parameter
    arguments: dict[str, Any] = {}
    for name in signature.parameters:
        if name == "client":
            continue
        if name == "body":
            arguments["body"] = _convert(hints["body"], request_body_example(op))
            continue
        parameter = by_python_name.get(name.rstrip("_")) or by_python_name.get(name)
        if parameter is None:
            raise AssertionError(f"{op.operation_id}: no spec parameter for the generated argument {name!r}")
        if not parameter.get("required") and parameter["in"] == "query" and "example" not in parameter:
            schema = resolve(op.spec, parameter.get("schema", {}))
            if "example" not in schema and parameter["name"] not in {"limit", "offset", "Page", "Limit"}:
                continue  # leave optional filters out, as a user would
        arguments[name] = _convert(hints[name], _example_for(op.spec, parameter))
    return arguments


def success_status(op: Operation) -> int:
    return min(int(code) for code in op.operation["responses"] if str(code).startswith("2"))


def to_jsonable(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_jsonable(x) for x in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


def untyped_fields(parsed: Any, where: str = "") -> list[str]:
    """Fields the server sent that the model does not declare (they land in `additional_properties`)."""
    found: list[str] = []
    if isinstance(parsed, list):
        for i, item in enumerate(parsed):
            found.extend(untyped_fields(item, f"{where}[{i}]"))
        return found
    if not hasattr(parsed, "to_dict"):
        return found
    declared_map = type(parsed).__name__.endswith(("Variables", "ModelState", "Map"))
    extra = getattr(parsed, "additional_properties", {})
    if extra and not declared_map:
        found.extend(f"{where}.{key}" for key in extra)
    for attribute in getattr(type(parsed), "__attrs_attrs__", ()):
        if attribute.name != "additional_properties":
            found.extend(untyped_fields(getattr(parsed, attribute.name), f"{where}.{attribute.name}"))
    return found


def json_body(content: bytes) -> Any:
    return json.loads(content) if content else None
