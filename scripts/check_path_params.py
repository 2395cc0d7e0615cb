"""Fail when one spec spells the same path parameter in two ways (`{ID}` and `{id}`, `{goalId}` and `{goal_id}`).

    python scripts/check_path_params.py SPEC [SPEC ...]   # run by `make spec-lint`

A generator names a client's path argument after the spelling, so mixed spellings make a caller of the same ID
write `path: { ID }` on one call and `path: { id }` on the next. Spellings are the same parameter when they match
ignoring case, `_` and `-`. Both the `{name}`s of the path templates and the `name` of every `in: path` parameter
(a `$ref` to `#/components/parameters/...` followed) count. Exit status 1 with one line per clash, else 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _key(name: str) -> str:
    return re.sub(r"[_-]", "", name).casefold()


def _parameter(spec: dict[str, Any], parameter: Any) -> dict[str, Any]:
    if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
        prefix = "#/components/parameters/"
        ref: str = parameter["$ref"]
        if ref.startswith(prefix):
            found = spec.get("components", {}).get("parameters", {}).get(ref[len(prefix) :])
            return found if isinstance(found, dict) else {}
    return parameter if isinstance(parameter, dict) else {}


def _spellings(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(spelling, path) for every path parameter name a spec writes."""
    for path, item in (spec.get("paths") or {}).items():
        for name in _TEMPLATE.findall(path):
            yield name, path
        if not isinstance(item, dict):
            continue
        parameters = list(item.get("parameters") or [])
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                parameters += operation.get("parameters") or []
        for parameter in parameters:
            resolved = _parameter(spec, parameter)
            if resolved.get("in") == "path" and isinstance(resolved.get("name"), str):
                yield resolved["name"], path


def clashes(spec: dict[str, Any]) -> list[str]:
    """One message per path parameter spelled in more than one way, naming each spelling and a path that uses it."""
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name, path in _spellings(spec):
        paths = groups[_key(name)][name]
        if path not in paths:
            paths.append(path)
    messages = []
    for spellings in groups.values():
        if len(spellings) > 1:
            used = "; ".join(
                f"{{{name}}} on {len(paths)} path(s), e.g. {paths[0]}" for name, paths in sorted(spellings.items())
            )
            messages.append(f"one path parameter, several spellings: {used}")
    return messages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path)
    args = parser.parse_args(argv)
    failed = False
    for path in args.specs:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for message in clashes(spec if isinstance(spec, dict) else {}):
            print(f"{path}: {message}", file=sys.stderr)
            failed = True
    if not failed:
        print(f"check_path_params: one spelling per path parameter in {len(args.specs)} spec(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
