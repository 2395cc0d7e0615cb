"""Report the breaking and non-breaking changes between the specs at a git ref and the working tree.

    python scripts/spec_diff.py                # HEAD against the working tree (make spec-diff)
    python scripts/spec_diff.py --base main    # any git ref (make spec-diff BASE=main)

Both specs are compared as documents, `$ref`s resolved: the A360 spec file, and the ActiveTrail section files merged
by bundle_specs (at the ref they are exported with `git show` into a temporary folder first). Breaking, for a client
of the generated SDK: a removed path or operation, a changed operationId, a removed or newly required parameter or
request field, a changed parameter or property type, a removed success response or response field. Non-breaking: a
new path or operation, a new optional parameter or request field, a new response field, a widened request type.
The exit status is 1 when any change is breaking, 0 otherwise (2 when the specs cannot be read).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from bundle_specs import SOURCE as ACTIVETRAIL_SOURCE
from bundle_specs import BundleError, bundle

ROOT = Path(__file__).resolve().parent.parent
A360_PATH = "specs/sendpulse-a360.yaml"
ACTIVETRAIL_PATH = "specs/activetrail"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

Spec = dict[str, Any]


class SpecDiffError(Exception):
    """A spec cannot be read at the ref or in the working tree."""


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    api: str
    where: str  # "GET /path (operationId)"
    what: str

    def __str__(self) -> str:
        api = f"{self.api}: " if self.api else ""
        return f"{api}{self.where}: {self.what}"


# ---- resolving $refs ---------------------------------------------------------------------------------------------


def _resolve(document: Spec, node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) until a node that is not a reference."""
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/"):
            raise SpecDiffError(f"only local references are supported, found {ref!r}")
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise SpecDiffError(f"unresolved reference {ref!r}")
            target = target[part]
        node = target
        hops += 1
        if hops > 50:
            raise SpecDiffError(f"reference loop at {ref!r}")
    return node


def _operations(document: Spec) -> dict[tuple[str, str], Spec]:
    """Operations keyed by (path, method), with the path item's parameters merged into each."""
    found: dict[tuple[str, str], Spec] = {}
    for path, raw_item in (document.get("paths") or {}).items():
        item = _resolve(document, raw_item) or {}
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            parameters: dict[tuple[str, str], Spec] = {}
            for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
                parameter = _resolve(document, raw)
                parameters[(parameter["in"], parameter["name"])] = parameter
            found[(path, method)] = {**operation, "parameters": parameters}
    return found


# ---- comparing ----------------------------------------------------------------------------------------------------


@dataclass
class _Comparison:
    old_doc: Spec
    new_doc: Spec
    api: str
    where: str
    changes: list[Change] = field(default_factory=list)
    open: set[tuple[frozenset[int], frozenset[int]]] = field(default_factory=set)

    def add(self, breaking: bool, what: str) -> None:
        self.changes.append(Change(breaking, self.api, self.where, what))

    def old(self, node: Any) -> Any:
        return _resolve(self.old_doc, node)

    def new(self, node: Any) -> Any:
        return _resolve(self.new_doc, node)


Resolver = Callable[[Any], Any]


def _branches(schema: Any, resolve: Resolver, visited: set[int] | None = None) -> Iterator[Spec]:
    """The schema and, recursively, the branches of its allOf/anyOf/oneOf, each resolved."""
    visited = set() if visited is None else visited
    schema = resolve(schema)
    if not isinstance(schema, dict) or id(schema) in visited:
        return
    visited.add(id(schema))
    yield schema
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or []:
            yield from _branches(branch, resolve, visited)


def _types(branches: list[Spec]) -> set[str]:
    types: set[str] = set()
    for schema in branches:
        declared = schema.get("type")
        if isinstance(declared, str):
            types.add(declared)
        elif isinstance(declared, list):
            types.update(str(t) for t in declared)
        elif "properties" in schema:
            types.add("object")
        elif "items" in schema:
            types.add("array")
    return types


def _covered(kind: str, types: set[str]) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _enum(branches: list[Spec]) -> set[str] | None:
    """The allowed values (enum/const), or None when the schema does not restrict them."""
    values: set[str] = set()
    found = False
    for schema in branches:
        if "enum" in schema:
            found = True
            values.update(repr(v) for v in schema["enum"])
        if "const" in schema:
            found = True
            values.add(repr(schema["const"]))
    return values if found else None


def _properties(branches: list[Spec]) -> tuple[dict[str, Any], set[str]]:
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for schema in branches:
        properties.update(schema.get("properties") or {})
        required.update(schema.get("required") or [])
    return properties, required


def _items(branches: list[Spec]) -> Any:
    return next((schema["items"] for schema in branches if isinstance(schema.get("items"), dict)), None)


def _compare_types(c: _Comparison, old: set[str], new: set[str], label: str, request: bool) -> None:
    if not old or not new or old == new:
        return
    change = f"{'/'.join(sorted(old))} → {'/'.join(sorted(new))}"
    if request:  # the server must still accept everything a client sent before
        breaking = any(not _covered(kind, new) for kind in old)
        c.add(breaking, f"type of {label} {'changed' if breaking else 'widened'}: {change}")
    else:  # a client must still understand everything the server sends
        breaking = any(not _covered(kind, old) for kind in new)
        c.add(breaking, f"type of {label} {'changed' if breaking else 'narrowed'}: {change}")


def _compare_enums(c: _Comparison, old: set[str] | None, new: set[str] | None, label: str, request: bool) -> None:
    if old == new:
        return
    if request:
        if new is None:
            c.add(False, f"{label} allows any value now")
        elif old is None:
            c.add(True, f"{label} now only allows {', '.join(sorted(new))}")
        elif old - new:
            c.add(True, f"{label} no longer allows {', '.join(sorted(old - new))}")
        else:
            c.add(False, f"{label} allows {', '.join(sorted(new - old))} too")
    elif old is not None:
        if new is None:
            c.add(True, f"{label} may now be any value")
        elif new - old:
            c.add(True, f"{label} may now be {', '.join(sorted(new - old))}")
        else:
            c.add(False, f"{label} is no longer {', '.join(sorted(old - new))}")


def _compare_schema(c: _Comparison, old: Any, new: Any, base: str, path: str, request: bool) -> None:
    """Compare two schemas at ``base`` ("response 200", "request body", "query parameter Page") and ``path`` (the
    field inside it, "" for the top); ``request`` says whether the client sends (True) or receives (False) it."""
    old_branches = list(_branches(old, c.old))
    new_branches = list(_branches(new, c.new))
    if not old_branches or not new_branches:
        return
    label = f"{base} field {path}" if path else base
    _compare_types(c, _types(old_branches), _types(new_branches), label, request)
    _compare_enums(c, _enum(old_branches), _enum(new_branches), label, request)

    # Stop at a recursive schema (a Contact's `manager` is a Contact): the same object schemas, old and new, are
    # already being compared further up.
    key = (_structure(old_branches), _structure(new_branches))
    if key in c.open or not (key[0] or key[1]):
        return
    c.open.add(key)
    try:
        _compare_fields(c, old_branches, new_branches, base, path, request)
    finally:
        c.open.discard(key)


def _structure(branches: list[Spec]) -> frozenset[int]:
    return frozenset(id(schema) for schema in branches if "properties" in schema or "items" in schema)


def _compare_fields(
    c: _Comparison, old_branches: list[Spec], new_branches: list[Spec], base: str, path: str, request: bool
) -> None:
    """Compare the properties and array items of two object/array schemas (given as their resolved branches)."""
    old_props, old_required = _properties(old_branches)
    new_props, new_required = _properties(new_branches)

    def field_label(name: str) -> str:
        return f"{base} field {path}.{name}" if path else f"{base} field {name}"

    for name in sorted(old_props.keys() - new_props.keys()):
        c.add(True, f"{field_label(name)} removed")
    for name in sorted(new_props.keys() - old_props.keys()):
        if request and name in new_required:
            c.add(True, f"new required {field_label(name)}")
        else:
            c.add(False, f"new {'optional ' if request else ''}{field_label(name)}")
    for name in sorted(old_props.keys() & new_props.keys()):
        was, now = name in old_required, name in new_required
        if request and now and not was:
            c.add(True, f"{field_label(name)} became required")
        elif request and was and not now:
            c.add(False, f"{field_label(name)} became optional")
        elif not request and was and not now:
            c.add(True, f"{field_label(name)} is no longer always present")
        _compare_schema(c, old_props[name], new_props[name], base, f"{path}.{name}" if path else name, request)

    old_items, new_items = _items(old_branches), _items(new_branches)
    if old_items is not None and new_items is not None:
        _compare_schema(c, old_items, new_items, base, f"{path}[]", request)


def _schemas(content: Any, resolve: Resolver) -> dict[str, Any]:
    """The schema of each media type of a `content` map."""
    return {media: (resolve(entry) or {}).get("schema") for media, entry in (content or {}).items()}


def _compare_operation(c: _Comparison, old: Spec, new: Spec) -> None:
    if old.get("operationId") != new.get("operationId"):
        c.add(True, f"operationId changed: {old.get('operationId')} → {new.get('operationId')}")

    old_params: dict[tuple[str, str], Spec] = old["parameters"]
    new_params: dict[tuple[str, str], Spec] = new["parameters"]
    for place, name in sorted(old_params.keys() - new_params.keys()):
        c.add(True, f"{place} parameter {name} removed")
    for place, name in sorted(new_params.keys() - old_params.keys()):
        if new_params[(place, name)].get("required"):
            c.add(True, f"new required {place} parameter {name}")
        else:
            c.add(False, f"new optional {place} parameter {name}")
    for place, name in sorted(old_params.keys() & new_params.keys()):
        was, now = bool(old_params[(place, name)].get("required")), bool(new_params[(place, name)].get("required"))
        if now and not was:
            c.add(True, f"{place} parameter {name} became required")
        elif was and not now:
            c.add(False, f"{place} parameter {name} became optional")
        old_schema, new_schema = old_params[(place, name)].get("schema"), new_params[(place, name)].get("schema")
        if old_schema is not None and new_schema is not None:
            _compare_schema(c, old_schema, new_schema, f"{place} parameter {name}", "", request=True)

    old_body, new_body = c.old(old.get("requestBody")), c.new(new.get("requestBody"))
    if old_body is None and new_body is not None:
        required = bool(new_body.get("required"))
        c.add(required, f"new {'required' if required else 'optional'} request body")
    elif old_body is not None and new_body is None:
        c.add(True, "request body removed")
    elif old_body is not None and new_body is not None:
        if new_body.get("required") and not old_body.get("required"):
            c.add(True, "request body became required")
        old_media = _schemas(old_body.get("content"), c.old)
        new_media = _schemas(new_body.get("content"), c.new)
        for media in sorted(old_media.keys() - new_media.keys()):
            c.add(True, f"request body no longer accepts {media}")
        for media in sorted(old_media.keys() & new_media.keys()):
            _compare_schema(c, old_media[media], new_media[media], "request body", "", request=True)

    old_responses: dict[str, Any] = {str(k): v for k, v in (old.get("responses") or {}).items()}
    new_responses: dict[str, Any] = {str(k): v for k, v in (new.get("responses") or {}).items()}
    for status in sorted(old_responses.keys() - new_responses.keys()):
        success = status.startswith("2")
        c.add(success, f"{'success' if success else 'error'} response {status} removed")
    for status in sorted(new_responses.keys() - old_responses.keys()):
        c.add(False, f"new response {status}")
    for status in sorted(old_responses.keys() & new_responses.keys()):
        old_media = _schemas((c.old(old_responses[status]) or {}).get("content"), c.old)
        new_media = _schemas((c.new(new_responses[status]) or {}).get("content"), c.new)
        for media in sorted(old_media.keys() - new_media.keys()):
            c.add(status.startswith("2"), f"response {status} no longer returns {media}")
        for media in sorted(old_media.keys() & new_media.keys()):
            _compare_schema(c, old_media[media], new_media[media], f"response {status}", "", request=False)


def diff(old: Spec | None, new: Spec | None, api: str = "") -> list[Change]:
    """Every change from ``old`` to ``new`` (either may be None: a spec that does not exist on that side)."""
    old = old or {}
    new = new or {}
    old_ops, new_ops = _operations(old), _operations(new)
    changes: list[Change] = []

    def where(path: str, method: str, operation: Spec) -> str:
        op_id = operation.get("operationId")
        return f"{method.upper()} {path}" + (f" ({op_id})" if op_id else "")

    old_paths = {path for path, _method in old_ops}
    new_paths = {path for path, _method in new_ops}
    for path in sorted(old_paths - new_paths):
        ids = sorted(str(op.get("operationId")) for (p, _m), op in old_ops.items() if p == path)
        changes.append(Change(True, api, path, f"path removed (operations {', '.join(ids)})"))
    for path in sorted(new_paths - old_paths):
        ids = sorted(str(op.get("operationId")) for (p, _m), op in new_ops.items() if p == path)
        changes.append(Change(False, api, path, f"new path (operations {', '.join(ids)})"))
    for path, method in sorted(old_ops.keys() - new_ops.keys()):
        if path in new_paths:
            changes.append(Change(True, api, where(path, method, old_ops[(path, method)]), "operation removed"))
    for path, method in sorted(new_ops.keys() - old_ops.keys()):
        if path in old_paths:
            changes.append(Change(False, api, where(path, method, new_ops[(path, method)]), "new operation"))
    for path, method in sorted(old_ops.keys() & new_ops.keys()):
        comparison = _Comparison(old, new, api, where(path, method, new_ops[(path, method)]))
        _compare_operation(comparison, old_ops[(path, method)], new_ops[(path, method)])
        changes.extend(comparison.changes)
    return changes


# ---- reading the specs ---------------------------------------------------------------------------------------------


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)  # noqa: S603, S607


def _mapping(text: str | bytes, name: str) -> Spec:
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise SpecDiffError(f"{name}: not a YAML mapping")
    return document


def specs_at(ref: str) -> dict[str, Spec | None]:
    """Both specs as they are at a git ref (None for a spec that does not exist there)."""
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise SpecDiffError(f"unknown git ref {ref!r}")
    shown = _git("show", f"{ref}:{A360_PATH}")
    a360 = _mapping(shown.stdout, f"{ref}:{A360_PATH}") if shown.returncode == 0 else None

    listed = _git("ls-tree", "--name-only", ref, f"{ACTIVETRAIL_PATH}/")
    names = [line for line in listed.stdout.decode().splitlines() if line.endswith(".yaml")]
    activetrail: Spec | None = None
    if names:
        with tempfile.TemporaryDirectory(prefix="spec-diff-") as folder:
            for name in names:
                blob = _git("show", f"{ref}:{name}")
                if blob.returncode != 0:
                    raise SpecDiffError(f"git show {ref}:{name} failed: {blob.stderr.decode().strip()}")
                (Path(folder) / Path(name).name).write_bytes(blob.stdout)
            try:
                activetrail = bundle(source=Path(folder))
            except BundleError as exc:
                raise SpecDiffError(f"ActiveTrail at {ref}: {exc}") from exc
    return {"a360": a360, "activetrail": activetrail}


def specs_in_working_tree() -> dict[str, Spec | None]:
    try:
        activetrail = bundle(source=ACTIVETRAIL_SOURCE)
    except BundleError as exc:
        raise SpecDiffError(f"ActiveTrail: {exc}") from exc
    a360 = _mapping((ROOT / A360_PATH).read_text(encoding="utf-8"), A360_PATH)
    return {"a360": a360, "activetrail": activetrail}


def report(changes: list[Change]) -> str:
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    if not changes:
        return "no changes to any operation"
    lines: list[str] = []
    for title, group in ((f"BREAKING ({len(breaking)})", breaking), (f"non-breaking ({len(other)})", other)):
        if group:
            lines.append(f"{title}:")
            lines.extend(f"  {change}" for change in group)
    return "\n".join(lines)


_ADDED = ("new path", "new operation")
_REMOVED = ("path removed", "operation removed")


def operation_report(changes: list[Change]) -> list[str]:
    """One line per changed operation (or path): added, removed, breaking or non-breaking, with what changed."""
    grouped: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        grouped.setdefault((change.api, change.where), []).append(change)
    lines = []
    for (api, where), group in sorted(grouped.items()):
        whats = [change.what for change in group]
        if any(what.startswith(_ADDED) for what in whats):
            kind = "added"
        elif any(what.startswith(_REMOVED) for what in whats):
            kind = "removed"
        else:
            kind = "breaking" if any(change.breaking for change in group) else "non-breaking"
        detail = "; ".join(what for what in whats if not what.startswith(_ADDED + _REMOVED)) or "; ".join(whats)
        lines.append(f"{api}: {where}: {kind}: {detail}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the git ref to compare the working tree with (HEAD)")
    args = parser.parse_args(argv)
    try:
        old, new = specs_at(args.base), specs_in_working_tree()
        changes = [change for api in new for change in diff(old[api], new[api], api)]
    except SpecDiffError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    print(f"spec changes from {args.base} to the working tree")
    print(report(changes))
    return 1 if any(change.breaking for change in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
