"""openapi-python-client's complaints as one readable line per problem: the file, a JSON pointer, what is wrong.

The generator prints multi-line blocks (`WARNING parsing POST /oauth/access_token within authentication.`, a
sentence with object reprs, the offending schema as JSON, a plea to open an issue); `make generate` keeps that text
in a log file and shows these lines. An unresolved `$ref`, the usual cause, is found first by `unresolved_refs`,
with the pointer of the `$ref` itself.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any

__all__ = ["pointer", "problems", "unresolved_refs"]

_HEADER = re.compile(r"^(WARNING|ERROR) parsing (\w+) (\S+) within [^.]*\.?$|^Unable to (?:parse|process) (.+)$")
_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")
_NOISE = (
    "If you believe this was a mistake",
    "Warning(s) encountered",
    "Error(s) encountered",
    "Generating ",
    "Failed to parse OpenAPI document",
)
_VALIDATION = re.compile(r"^\d+ validation errors? for OpenAPI$")
# pydantic's location parts that are not keys of the document: union branch names (`other`, `str-enum[DataType]`)
_NOT_A_KEY = re.compile(r"^(other|reference|.*\[.*\]|function-.*)$")


def pointer(*parts: str) -> str:
    """A JSON pointer (RFC 6901) from its unescaped parts."""
    return "#" + "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def _walk(node: Any, parts: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield parts, ref
        for key, value in node.items():
            yield from _walk(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*parts, str(index)))


def _resolves(document: Any, ref: str) -> bool:
    target = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(target, dict) or part not in target:
            return False
        target = target[part]
    return True


def unresolved_refs(document: dict[str, Any]) -> list[str]:
    """`POINTER: $ref 'TARGET' does not resolve` for each local `$ref` that points at nothing."""
    found = []
    for parts, ref in _walk(document, ()):
        if ref.startswith("#/") and not _resolves(document, ref):
            found.append(f"{pointer(*parts, '$ref')}: $ref {ref!r} does not resolve (no such {ref[2:]!r})")
    return found


def problems(output: str) -> list[str]:
    """`POINTER: what is wrong` for each problem block of the generator's output; its other lines when it gave no
    recognisable block (so nothing is ever lost)."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", output) if block.strip()]
    found: list[str] = []
    where: str | None = None
    for block in blocks:
        first = block.splitlines()[0].strip()
        header = _HEADER.match(first)
        if header:
            method, path, thing = header.group(2), header.group(3), header.group(4)
            where = pointer("paths", path, method.lower()) if path else f"{thing.strip()}"
            continue
        if block.startswith(_NOISE):
            continue
        if _VALIDATION.match(first):
            found += [line for line in _validation(block.splitlines()[1:]) if line not in found]
            continue
        text = " ".join(_REPR.sub("?", block).split())
        if block.startswith(("{", "[")):
            with contextlib.suppress(ValueError):
                text = "the schema " + json.dumps(json.loads(block), separators=(",", ":"))
            if found and where is not None:
                found[-1] += f"; {text}"
                continue
        found.append(f"{where}: {text}" if where else text)
    return found


def _validation(lines: list[str]) -> Iterator[str]:
    """pydantic's `loc` / `message [type=..., input_value=...]` pairs as `POINTER: message (input)`, one per node."""
    seen: set[str] = set()
    location: str | None = None
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("For further information"):
            continue
        if not raw.startswith(" "):
            location = line
            continue
        if location is None:
            continue
        parts = [part for part in location.split(".") if not _NOT_A_KEY.match(part)]
        where = pointer(*parts)
        if where in seen:
            continue
        seen.add(where)
        message = re.sub(r"\s*\[type=[^,\]]*,?\s*", " [", line).replace(" []", "")
        yield f"{where}: {message}"
