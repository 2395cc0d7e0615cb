"""The operations of an API as MCP tools: read from the bundled spec (names, words, parameter and body schemas) and
matched to the generated code (the namespace method each tool calls, and the declared type of each argument).

The spec gives what a model needs to read (operationId, summary, description, `x-confidence`, JSON Schemas); each
operation's descriptor (`pulsetrail._operation.Operation`, the tag module's `OPERATIONS`) gives its namespace, each
parameter's Python name by its name on the wire, whether it is required, and whether the operation pages; the
generated `_get_kwargs` gives each argument's declared Python type, so a tool's arguments are converted to exactly
what the typed namespace method takes. A spec and generated code that disagree (an operation or a parameter without
its counterpart) fail loudly here, not in a call.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .._operation import Operation
from .._verify_spec import load_spec

__all__ = ["PACKAGES", "Argument", "OperationTool", "catalog", "json_schema"]

#: the generated package of each API
PACKAGES = {"a360": "sendpulse_a360_api", "activetrail": "activetrail_api"}
#: namespaces never offered as tools: the client authenticates by itself, and an access token is not for an agent
HIDDEN_NAMESPACES = frozenset({"authentication"})
WRITE_METHODS = ("post", "put", "patch", "delete")
_COMPONENT_REF = re.compile(r"^#/components/schemas/(.+)$")


@dataclass(frozen=True)
class Argument:
    """One argument of a tool: its Python name (the tool's property), where it goes, and its declared type."""

    name: str
    location: str  # path | query | body
    annotation: Any
    required: bool
    json_document: bool = False  # a JSON document the API takes as a string (`contentMediaType: application/json`)


@dataclass(frozen=True)
class OperationTool:
    """One operation of the spec, offered as one tool named by its operationId."""

    name: str
    namespace: str
    http_method: str
    path: str
    summary: str
    description: str
    confidence: str
    input_schema: Mapping[str, Any]
    arguments: tuple[Argument, ...]
    paged: bool
    defaults: Mapping[str, Any]

    @property
    def qualified(self) -> str:
        """`namespace.method`, as in `client.<namespace>.<method>(...)` (what `--tools` patterns match too)."""
        return f"{self.namespace}.{self.name}"

    @property
    def read_only(self) -> bool:
        return self.http_method == "GET"

    @property
    def destructive(self) -> bool:
        """A DELETE, or an operation named for deleting (A360's `delete_event_logs` is a POST)."""
        return self.http_method == "DELETE" or self.name.startswith("delete_")


def _descriptors(package: str) -> dict[str, tuple[str, Operation]]:
    """operationId -> (namespace, descriptor) of every operation of `package` (each tag module's `OPERATIONS`)."""
    api = importlib.import_module(f"{package}.api")
    found: dict[str, tuple[str, Operation]] = {}
    for namespace in pkgutil.iter_modules(api.__path__):
        operations: Mapping[str, Operation] = importlib.import_module(f"{package}.api.{namespace.name}").OPERATIONS
        for name, operation in operations.items():
            found[name] = (namespace.name, operation)
    return found


def json_schema(node: Any, document: Mapping[str, Any], defs: dict[str, Any]) -> Any:
    """A spec schema as a self-contained JSON Schema: `x-*` keys dropped, component references pointing into `$defs`
    (collected in `defs`, with the components they reach)."""
    if isinstance(node, list):
        return [json_schema(item, document, defs) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        if key == "$ref" and isinstance(value, str) and (match := _COMPONENT_REF.match(value)):
            name = match.group(1)
            result[key] = f"#/$defs/{name}"
            if name not in defs:
                defs[name] = {}  # reserved first: a schema that refers to itself ends here
                defs[name] = json_schema(document["components"]["schemas"][name], document, defs)
        elif key in ("properties", "patternProperties", "$defs") and isinstance(value, dict):
            result[key] = {name: json_schema(schema, document, defs) for name, schema in value.items()}
        else:
            result[key] = json_schema(value, document, defs)
    return result


def _resolve(node: Mapping[str, Any], document: Mapping[str, Any], kind: str) -> Mapping[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(f"#/components/{kind}/"):
        resolved: Mapping[str, Any] = document["components"][kind][ref.rsplit("/", 1)[1]]
        return resolved
    return node


def _describe(operation: Mapping[str, Any], method: str, paged: bool) -> str:
    summary = str(operation.get("summary", "")).strip()
    description = str(operation.get("description", "")).strip()
    parts = [p for p in (summary, description) if p]
    confidence = str(operation.get("x-confidence", "unknown"))
    if confidence == "inferred":
        parts.append(
            "Inferred: this operation's path or shape is inferred (not confirmed by the vendor's documentation or "
            "code); fields may be missing or named otherwise in the answer."
        )
    elif confidence == "confirmed-code":
        parts.append("Confirmed from client code rather than the vendor's documentation.")
    if paged:
        parts.append(
            "Paged: give the page arguments to move on; the result's `paging` says whether more pages may exist "
            "and which arguments fetch the next one."
        )
    if method != "GET":
        parts.append(f"Writes: this {method} changes data in the account.")
    return "\n\n".join(parts)


def _tool(
    document: Mapping[str, Any],
    path: str,
    method: str,
    operation: Mapping[str, Any],
    path_parameters: list[Any],
    namespace: str,
    descriptor: Operation,
) -> OperationTool:
    name = str(operation["operationId"])
    module = descriptor.implementation()
    signature = inspect.signature(module._get_kwargs)
    by_wire = {p.wire: p for p in descriptor.parameters if p.location != "body"}
    properties: dict[str, Any] = {}
    defs: dict[str, Any] = {}
    arguments: list[Argument] = []
    for raw in [*path_parameters, *operation.get("parameters", [])]:
        parameter = _resolve(raw, document, "parameters")
        location = str(parameter["in"])
        if location not in ("path", "query"):
            continue  # headers and cookies are the client's (auth)
        described = by_wire.pop(str(parameter["name"]), None)
        if described is None:
            raise RuntimeError(f"{name}: parameter {parameter['name']!r} has no argument in {module.__name__}")
        python_name = described.name
        raw_schema = dict(parameter.get("schema", {}))
        json_document = raw_schema.get("contentMediaType") == "application/json" and "contentSchema" in raw_schema
        schema = json_schema(raw_schema, document, defs)
        if json_document:  # a model sends the document itself; the tool serialises it
            schema = {"anyOf": [schema.pop("contentSchema"), {"type": "string", "description": "the same, as JSON"}]}
        if parameter.get("description"):
            schema["description"] = " ".join(str(parameter["description"]).split())
        properties[python_name] = schema
        annotation = signature.parameters[python_name].annotation
        arguments.append(Argument(python_name, location, annotation, described.required, json_document))
    if by_wire:
        unmatched = sorted(p.name for p in by_wire.values())
        raise RuntimeError(f"{name}: arguments {unmatched} of {module.__name__} are not in the spec")
    body = operation.get("requestBody")
    if "body" in signature.parameters and isinstance(body, Mapping):
        body = _resolve(body, document, "requestBodies")
        media = body.get("content", {}).get("application/json", {})
        schema = json_schema(media.get("schema", {}), document, defs)
        if body.get("description"):
            schema = {"allOf": [schema], "description": " ".join(str(body["description"]).split())}
        properties["body"] = schema
        declared = signature.parameters["body"]
        body_parameter = descriptor.body
        required = body_parameter is not None and body_parameter.required
        arguments.append(Argument("body", "body", declared.annotation, required))
    input_schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [a.name for a in arguments if a.required],
        "additionalProperties": False,
    }
    if defs:
        input_schema["$defs"] = defs
    paged = descriptor.paging is not None
    defaults = {
        p: signature.parameters[p].default
        for p in signature.parameters
        if signature.parameters[p].default is not inspect.Parameter.empty
    }
    return OperationTool(
        name=name,
        namespace=namespace,
        http_method=method.upper(),
        path=path,
        summary=str(operation.get("summary", "")).strip(),
        description=_describe(operation, method.upper(), paged),
        confidence=str(operation.get("x-confidence", "unknown")),
        input_schema=input_schema,
        arguments=tuple(arguments),
        paged=paged,
        defaults=defaults,
    )


def _walk(api: str) -> Iterator[OperationTool]:
    document = load_spec(api).document
    package = PACKAGES[api]
    descriptors = _descriptors(package)
    for path, item in document.get("paths", {}).items():
        for method in ("get", *WRITE_METHODS):
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            name = str(operation["operationId"])
            if name not in descriptors:
                raise RuntimeError(f"{api}: operation {name!r} of the spec has no generated module")
            namespace, descriptor = descriptors[name]
            if namespace in HIDDEN_NAMESPACES:
                continue
            yield _tool(document, path, method, operation, list(item.get("parameters", [])), namespace, descriptor)


@functools.cache
def catalog(api: str) -> tuple[OperationTool, ...]:
    """Every operation of `api` (`a360` or `activetrail`) as a tool, in the spec's order (built once per process;
    treat the schemas as read-only)."""
    if api not in PACKAGES:
        raise ValueError(f"unknown API {api!r}: one of {', '.join(PACKAGES)}")
    return tuple(_walk(api))
