"""The overlay writer (`pulsetrail verify --overlay FILE`): the spec changes the live answers call for, as an OpenAPI
Overlay 1.0 document (`overlay: 1.0.0`, `info`, `actions` with a JSONPath `target` and `update` or `remove`).

Each 2xx answer of an operation that drifted is walked beside its response schema in the spec (`$ref`s followed, so
a change lands on the component that declares the field):

- an undeclared key becomes a declared optional property with the JSON type seen;
- a value of a type the schema does not allow widens its `type` to a list of both (`null` included when seen);
- a required field that was missing leaves `required`;
- a value beyond a field's `enum` or `x-known-values` is added to them (strings and integers only: codes);
- each changed operation's `x-source` gains `LIVE:<date>` (its `x-confidence` takes only doc/code/inferred).

Nothing personal goes in: the only things taken from an answer are key names that look like identifiers, JSON type
names and the codes added to an existing list of known values. Every action has a `description` of what was seen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._verify_spec import Spec
from ._report import Report

__all__ = ["write_overlay"]

OVERLAY_VERSION = "1.0.0"
#: the hand-written spec each overlay is for (`extends`: `make adopt` applies it there)
SOURCES = {"a360": "specs/sendpulse-a360.yaml", "activetrail": "specs/activetrail/openapi.yaml"}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")  # a key like `surprise`, never `dana@example.com`
_DRIFTED = frozenset({"undeclared-key", "wrong-type", "missing-required", "null-not-nullable", "undeclared-value"})


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _allows(declared: list[str], seen: str) -> bool:
    return seen in declared or (seen == "integer" and "number" in declared)


def target(parts: tuple[str, ...]) -> str:
    """A JSONPath (RFC 9535 bracket notation) to the node at `parts`."""
    return "$" + "".join(f"['{part}']" for part in parts)


@dataclass
class _Writer:
    document: Mapping[str, Any]
    operation_id: str = ""
    actions: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    changed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # operation -> its location

    def _resolve(self, node: Any, where: tuple[str, ...]) -> tuple[Any, tuple[str, ...]]:
        for _ in range(50):
            ref = node.get("$ref") if isinstance(node, dict) else None
            if not (isinstance(ref, str) and ref.startswith("#/")):
                break
            where = tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))
            node = self.document
            for part in where:
                node = node.get(part) if isinstance(node, dict) else None
        return node, where

    def _add(self, key: tuple[Any, ...], action: dict[str, Any]) -> None:
        if key not in self.actions:
            self.actions[key] = action

    def walk(self, schema: Any, where: tuple[str, ...], value: Any, at: str) -> None:
        schema, where = self._resolve(schema, where)
        if not isinstance(schema, dict):
            return
        if "allOf" in schema and isinstance(value, dict):
            self._object(schema, where, value, at, members=list(self._members(schema, where)))
            return
        branches = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(branches, list):
            for index, branch in enumerate(branches):
                resolved, _ = self._resolve(branch, (*where, "anyOf" if "anyOf" in schema else "oneOf", str(index)))
                declared = resolved.get("type") if isinstance(resolved, dict) else None
                types = [declared] if isinstance(declared, str) else list(declared or [])
                if not types or _allows(types, json_type(value)):
                    self.walk(branch, (*where, "anyOf" if "anyOf" in schema else "oneOf", str(index)), value, at)
                    return
            return
        declared = schema.get("type")
        types = [declared] if isinstance(declared, str) else list(declared) if isinstance(declared, list) else []
        seen = json_type(value)
        if types and not _allows(types, seen):
            self._widen(where, types, seen, at)
            return
        if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
            self._object(schema, where, value, at, members=[(schema, where)])
        elif isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                self.walk(schema["items"], (*where, "items"), item, f"{at}[{index}]")
        elif isinstance(value, str | int) and not isinstance(value, bool):
            for keyword in ("enum", "x-known-values"):
                known = schema.get(keyword)
                if isinstance(known, list) and value not in known:
                    self._add(
                        ("value", where, keyword, value),
                        {
                            "target": target(where),
                            "description": f"seen live: `{self.operation_id}` answered {value!r} at {at}, not in "
                            f"its {keyword}",
                            "update": {keyword: [value]},
                        },
                    )
                    self._changed()

    def _members(self, schema: Mapping[str, Any], where: tuple[str, ...]) -> Iterator[tuple[Any, tuple[str, ...]]]:
        if isinstance(schema.get("properties"), dict):
            yield schema, where
        for index, member in enumerate(schema.get("allOf", [])):
            resolved, at = self._resolve(member, (*where, "allOf", str(index)))
            if isinstance(resolved, dict):
                yield from self._members(resolved, at)

    def _object(
        self,
        schema: Mapping[str, Any],
        where: tuple[str, ...],
        value: Mapping[str, Any],
        at: str,
        members: list[tuple[Any, tuple[str, ...]]],
    ) -> None:
        declared: dict[str, tuple[Any, tuple[str, ...]]] = {}
        for member, member_where in members:
            for name, sub in (member.get("properties") or {}).items():
                declared.setdefault(name, (sub, (*member_where, "properties", name)))
            for name in member.get("required") or []:
                if name not in value:
                    self._add(
                        ("required", member_where, name),
                        {
                            "target": f"{target((*member_where, 'required'))}[?(@ == '{name}')]",
                            "description": f"seen live: `{self.operation_id}` answered an object without the "
                            f"required `{name}` at {at}: optional",
                            "remove": True,
                        },
                    )
                    self._changed()
        owner = next((w for m, w in members if isinstance(m.get("properties"), dict)), None)
        open_ended = any(k in schema for k in ("additionalProperties", "patternProperties", "unevaluatedProperties"))
        for key, item in value.items():
            if key in declared:
                sub, sub_where = declared[key]
                self.walk(sub, sub_where, item, f"{at}.{key}")
            elif owner is not None and not open_ended and _IDENTIFIER.match(key):
                self._add(("key", owner, key), self._new_property(owner, key, item, at))
                self._changed()

    def _new_property(self, owner: tuple[str, ...], key: str, value: Any, at: str) -> dict[str, Any]:
        seen = json_type(value)
        schema: dict[str, Any] = {"description": "Seen in live answers (pulsetrail verify); not documented yet."}
        if seen != "null":
            schema["type"] = seen
        if seen == "array" and value:
            schema["items"] = {} if value[0] is None else {"type": json_type(value[0])}
        return {
            "target": target((*owner, "properties")),
            "description": f"seen live: `{self.operation_id}` answered a key the spec does not declare, `{key}` "
            f"({seen}) at {at}: declared, optional",
            "update": {key: schema},
        }

    def _widen(self, where: tuple[str, ...], types: list[str], seen: str, at: str) -> None:
        key = ("type", where)
        previous = self.actions.get(key)
        wider = previous["update"]["type"] if previous else list(types)
        if seen not in wider:
            wider = [*wider, seen]
        self.actions[key] = {
            "target": target(where),
            "description": f"seen live: `{self.operation_id}` answered {seen} at {at} where the spec says "
            f"{' or '.join(types)}: widened",
            "update": {"type": wider},
        }
        self._changed()

    def _changed(self) -> None:
        self.changed.setdefault(self.operation_id, ())


def write_overlay(
    spec: Spec, report: Report, bodies: Mapping[str, list[tuple[str, Any]]], *, today: dt.date
) -> dict[str, Any]:
    """The overlay for what the run saw (an empty `actions` list when nothing drifted)."""
    writer = _Writer(spec.document)
    operations = {op.operation_id: op for op in spec.operations}
    for result in report.results:
        kinds = {p.kind for p in result.problems}
        if not kinds & (_DRIFTED | {"unknown-value"}):
            continue
        writer.operation_id = result.operation.operation_id
        for pointer, body in bodies.get(writer.operation_id, []):
            parts = tuple(p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/"))
            node: Any = spec.document
            for part in parts:
                node = node.get(part) if isinstance(node, dict) else None
            writer.walk(node, parts, body, "$")
    actions = list(writer.actions.values())
    for operation_id in writer.changed:
        op = operations[operation_id]
        actions.append(
            {
                "target": target(("paths", op.path, op.method.lower())),
                "description": f"`{operation_id}` was called live on {today.isoformat()} and its answers differ "
                "from the spec (the actions above)",
                "update": {"x-source": [f"LIVE:{today.isoformat()}"]},
            }
        )
    title = {"activetrail": "ActiveTrail", "a360": "SendPulse Automation360"}.get(spec.api, spec.api)
    return {
        "overlay": OVERLAY_VERSION,
        "extends": SOURCES.get(spec.api, spec.api),
        "info": {
            "title": f"{title}: what pulsetrail verify saw on {today.isoformat()}",
            "version": today.isoformat(),
            "description": "Spec changes the live answers call for; apply with `make adopt OVERLAY=FILE`. Holds no "
            "value from an answer except JSON types and enum-like codes.",
        },
        "actions": actions,
    }
