"""The spec side of `pulsetrail verify`: load a spec, list its GET operations, validate answers with `jsonschema`.

Answers are validated with a real JSON Schema validator (Draft 2020-12, which OpenAPI 3.1 schemas are), against a
*derived* copy of the spec in which every object schema that lists `properties` and says nothing about other keys
gets `unevaluatedProperties: false`, so undeclared keys are reported too. `unevaluatedProperties` (not
`additionalProperties`) is used because it sees the properties declared through `$ref` and `allOf`; the members of
an `allOf` point to "loose" copies of their components, so `allOf: [A, B]` accepts the keys of both. A validator
extension checks `x-known-values` (the values the spec knows for a field the server fills) as a closed list.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import extend
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["NOTE_KINDS", "SPEC_FILES", "Operation", "Problem", "Spec", "load_spec", "spec_path"]

#: the spec of each API: its file name as shipped in the wheel (pulsetrail/_specs/) and its path in the checkout
SPEC_FILES: dict[str, tuple[str, str]] = {
    "a360": ("sendpulse-a360.yaml", "specs/sendpulse-a360.yaml"),
    "activetrail": ("activetrail.yaml", "generated/openapi/activetrail.yaml"),
}
SPEC_URI = "urn:pulsetrail:spec"
MAX_PROBLEMS_PER_ANSWER = 25
_LOOSE = "x-pulsetrail-loose"


#: problem kinds that do not contradict the spec: a value beyond a field's `x-known-values` (the spec says new
#: values may come; worth adding, and a contradiction under `--strict-values`), a call the account may not make, a
#: call that got no answer (a timeout, or 429 after the client's retries)
NOTE_KINDS = frozenset({"unknown-value", "forbidden", "no-answer", "rate-limited"})


@dataclass(frozen=True)
class Problem:
    """One way an answer differs from the spec. `where` is a JSON path into the answer (`$.data[0].id`)."""

    kind: str
    message: str
    where: str = ""

    @property
    def is_note(self) -> bool:
        return self.kind in NOTE_KINDS

    def as_dict(self) -> dict[str, str]:
        severity = "note" if self.is_note else "contradiction"
        return {"kind": self.kind, "severity": severity, "where": self.where, "message": self.message}


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Mapping[str, Any]
    example: Any
    component: str | None  # the name under components/parameters when given by $ref


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    confidence: str
    parameters: tuple[Parameter, ...]
    #: status ("200", "404", "4XX", "default") -> JSON pointer of its application/json schema, or None (no body)
    responses: Mapping[str, str | None] = field(default_factory=dict)
    order: int = 0

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    def response_pointer(self, status: int) -> tuple[bool, str | None]:
        """(declared, schema pointer) for an HTTP status: the exact code, then `4XX`, then `default`."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return True, self.responses[key]
        return False, None


def spec_path(api: str) -> Path:
    """The spec file of `api`: shipped in the wheel under `pulsetrail/_specs/`, or read from the checkout."""
    packaged_name, checkout_path = SPEC_FILES[api]
    packaged = resources.files("pulsetrail").joinpath("_specs", packaged_name)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / checkout_path


def _pointer(*parts: str) -> str:
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _loose_refs(node: Any) -> Any:
    """The same schema with `$ref`s into components/schemas pointing to the loose copies (for allOf members)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            node = {**node, "$ref": f"#/components/{_LOOSE}/{ref.rsplit('/', 1)[1]}"}
    return node


def _strict(node: Any, *, loose: bool = False) -> Any:
    """A copy of a schema that rejects undeclared keys (see the module docstring); `loose` for an allOf member."""
    if isinstance(node, list):
        return [_strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas") and isinstance(value, dict):
            result[key] = {name: _strict(schema) for name, schema in value.items()}
        elif key in ("items", "additionalProperties", "unevaluatedProperties", "not", "contains", "propertyNames"):
            result[key] = _strict(value)
        elif key == "prefixItems" and isinstance(value, list):
            result[key] = [_strict(item) for item in value]
        elif key == "allOf" and isinstance(value, list):
            result[key] = [_loose_refs(_strict(item, loose=True)) for item in value]
        elif key in ("anyOf", "oneOf") and isinstance(value, list):
            members_loose = loose or "properties" in node
            result[key] = [_loose_refs(_strict(item, loose=True)) if members_loose else _strict(item) for item in value]
        elif key in ("if", "then", "else"):
            result[key] = _strict(value, loose=True)
        elif key == "$ref" and loose:
            result[key] = _loose_refs({"$ref": value})["$ref"]
        else:
            result[key] = value
    declares_others = any(k in node for k in ("additionalProperties", "patternProperties", "unevaluatedProperties"))
    if not loose and not declares_others and ("properties" in node or "allOf" in node):
        result["unevaluatedProperties"] = False
    return result


def _known_values(validator: Validator, known: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    plain = isinstance(instance, str | int) and not isinstance(instance, bool)
    if isinstance(known, list) and plain and instance not in known:
        yield ValidationError(f"{instance!r} is not one of the values the spec knows ({known!r})")


StrictValidator: type[Validator] = extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"x-known-values": _known_values}
)


def _json_path(error: ValidationError) -> str:
    where = "$"
    for part in error.absolute_path:
        where += f"[{part}]" if isinstance(part, int) else f".{part}"
    return where


_UNEXPECTED = re.compile(r"\((.*) (?:was|were) unexpected\)")


def classify(error: ValidationError) -> Problem:
    """A validation error as a Problem of a stable kind."""
    keyword = str(error.validator)
    if keyword in ("anyOf", "oneOf") and error.instance is not None and error.context:
        deepest = best_match(error.context)
        if deepest is not None:
            inner = classify(deepest)
            return Problem(inner.kind, inner.message, _json_path(error) if not inner.where else inner.where)
    where = _json_path(error)
    if error.instance is None and keyword in ("type", "anyOf", "oneOf", "enum", "const"):
        return Problem("null-not-nullable", "null where the spec does not allow null", where)
    if keyword in ("unevaluatedProperties", "additionalProperties"):
        match = _UNEXPECTED.search(error.message)
        keys = match.group(1) if match else error.message
        return Problem("undeclared-key", f"key(s) the spec does not declare: {keys}", where)
    if keyword == "required":
        return Problem("missing-required", error.message, where)
    if keyword == "type":
        return Problem(
            "wrong-type", f"{type(error.instance).__name__} where the spec says {error.validator_value}", where
        )
    if keyword == "x-known-values":
        return Problem("unknown-value", error.message, where)
    if keyword in ("enum", "const"):
        return Problem("undeclared-value", error.message, where)
    return Problem(f"schema-{keyword}", error.message[:300], where)


class Spec:
    """One API's spec: its GET operations and a validator per response schema."""

    def __init__(self, api: str, document: Mapping[str, Any], source: Path) -> None:
        self.api = api
        self.source = source
        self.document = document
        self.operations = list(self._operations())
        self.known_literals = self._literals()
        derived = copy.copy(dict(document))
        components = dict(document.get("components", {}))
        schemas = components.get("schemas", {})
        components["schemas"] = {name: _strict(schema) for name, schema in schemas.items()}
        components["responses"] = _strict_responses({"responses": components.get("responses", {})})["responses"]
        components[_LOOSE] = {name: _strict(schema, loose=True) for name, schema in schemas.items()}
        derived["components"] = components
        derived["paths"] = {
            path: {method: _strict_responses(op) if isinstance(op, dict) else op for method, op in item.items()}
            for path, item in document.get("paths", {}).items()
        }
        self.derived = derived
        resource: Resource[Any] = Resource.from_contents(derived, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Validator] = {}

    def validate(self, pointer: str, instance: Any) -> list[Problem]:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = StrictValidator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=self._registry)
            self._validators[pointer] = validator
        problems = [classify(error) for error in validator.iter_errors(instance)]
        problems.sort(key=lambda p: (p.where, p.kind))
        if len(problems) > MAX_PROBLEMS_PER_ANSWER:
            more = len(problems) - MAX_PROBLEMS_PER_ANSWER
            problems = [*problems[:MAX_PROBLEMS_PER_ANSWER], Problem("more", f"{more} more problem(s) not listed")]
        return problems

    def _resolve(self, node: Any, kind: str) -> tuple[Any, tuple[str, ...] | None]:
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str) and ref.startswith(f"#/components/{kind}/"):
            name = ref.rsplit("/", 1)[1]
            return self.document["components"][kind][name], ("components", kind, name)
        return node, None

    def _operations(self) -> Iterator[Operation]:
        order = 0
        for path, item in self.document.get("paths", {}).items():
            operation = item.get("get")
            if not isinstance(operation, dict):
                continue
            parameters = []
            for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
                resolved, where = self._resolve(raw, "parameters")
                parameters.append(
                    Parameter(
                        name=resolved["name"],
                        location=resolved["in"],
                        required=bool(resolved.get("required", False)),
                        schema=resolved.get("schema", {}),
                        example=resolved.get("example"),
                        component=where[2] if where else None,
                    )
                )
            responses: dict[str, str | None] = {}
            for status, raw in operation.get("responses", {}).items():
                resolved, where = self._resolve(raw, "responses")
                base = where or ("paths", path, "get", "responses", str(status))
                media = resolved.get("content", {}).get("application/json")
                responses[str(status)] = _pointer(*base, "content", "application/json", "schema") if media else None
            yield Operation(
                operation_id=operation.get("operationId", f"get {path}"),
                method="GET",
                path=path,
                confidence=str(operation.get("x-confidence", "unknown")),
                parameters=tuple(parameters),
                responses=responses,
                order=order,
            )
            order += 1

    def _literals(self) -> frozenset[str]:
        """Every string the spec declares as an enum, const or known value (kept as is when masking recordings)."""
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key in ("enum", "x-known-values") and isinstance(value, list):
                        found.update(v for v in value if isinstance(v, str))
                    elif key == "const" and isinstance(value, str):
                        found.add(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.document.get("components", {}))
        walk(self.document.get("paths", {}))
        return frozenset(found)


def _strict_responses(operation: dict[str, Any]) -> dict[str, Any]:
    responses = operation.get("responses")
    if not isinstance(responses, dict):
        return operation
    strict: dict[str, Any] = {}
    for status, response in responses.items():
        media = response.get("content", {}).get("application/json") if isinstance(response, dict) else None
        if isinstance(media, dict) and "schema" in media:
            content = {**response["content"], "application/json": {**media, "schema": _strict(media["schema"])}}
            response = {**response, "content": content}
        strict[str(status)] = response
    return {**operation, "responses": strict}


def load_spec(api: str, path: Path | None = None) -> Spec:
    """Read and index the spec of `api` (`a360` or `activetrail`), or the spec file at `path` (cached per process
    while the file is unchanged)."""
    source = (path if path is not None else spec_path(api)).resolve()
    return _load_spec(api, source, source.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _load_spec(api: str, source: Path, mtime_ns: int) -> Spec:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with source.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader (the C one when available)
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{source} is not an OpenAPI document")
    return Spec(api, document, source)
