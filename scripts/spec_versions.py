"""Each spec's `info.version` against what the spec describes: a content hash recorded per version.

    python scripts/spec_versions.py            # what is due (make generate prints it); exit 0
    python scripts/spec_versions.py --check    # make check: exit 1 when a spec changed without a bump or an entry
    python scripts/spec_versions.py --record   # make spec-version: record the current versions and hashes

specs/CONVENTIONS.md: a commit that changes what a spec describes bumps its `info.version` (once per release: a
version no release has shipped yet takes later changes too) and names it in CHANGELOG.md. The content hash covers
the whole document with `$ref`s kept, leaving out what does not bump the version: wording (`summary`,
`description`, `x-source`), examples and `info` itself. The record (scripts/spec-versions.json) is committed with
the spec; two branches that both record conflict in that file, and `make spec-version` after the merge settles it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spec_diff import SpecDiffError, specs_in_working_tree

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "scripts" / "spec-versions.json"
CHANGELOG = ROOT / "CHANGELOG.md"
#: where each spec's info.version is edited, and how CHANGELOG.md names the spec
FILES = {"a360": "specs/sendpulse-a360.yaml", "activetrail": "specs/activetrail/openapi.yaml"}
NAMES = {"a360": "sendpulse-a360.yaml", "activetrail": "activetrail/openapi.yaml"}
WORDING = frozenset({"summary", "description", "x-source", "example", "examples"})
# maps whose keys are names the spec chose (a property may well be called `description`), not keywords
_NAMED = frozenset({"properties", "patternProperties", "schemas", "responses", "parameters", "headers", "paths"})


def content(node: Any, *, named: bool = False) -> Any:
    """`node` without wording and examples (keys of a map of names are kept whatever they are called)."""
    if isinstance(node, dict):
        return {
            key: content(value, named=key in _NAMED and not named)
            for key, value in node.items()
            if named or key not in WORDING
        }
    if isinstance(node, list):
        return [content(item) for item in node]
    return node


def content_hash(document: dict[str, Any]) -> str:
    described = content({key: value for key, value in document.items() if key != "info"})
    text = json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def _changelog_sections() -> tuple[str, str]:
    """(the Unreleased section, every released section) of CHANGELOG.md."""
    text = CHANGELOG.read_text(encoding="utf-8")
    parts = re.split(r"^(?=## \[)", text, flags=re.MULTILINE)
    unreleased = "".join(p for p in parts if p.startswith("## [Unreleased]"))
    released = "".join(p for p in parts if p.startswith("## [") and not p.startswith("## [Unreleased]"))
    return unreleased, released


def _names(version: str, text: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(version)}(?![\d])", text) is not None


def next_version(version: str, today: dt.date) -> str:
    """The calendar version after `version` (specs/CONVENTIONS.md): `YYYY.MM.N+1` this month, else `YYYY.MM.0`."""
    month = f"{today.year}.{today.month:02d}"
    match = re.fullmatch(r"(\d{4}\.\d{2})\.(\d+)", version)
    if match and match.group(1) == month:
        return f"{month}.{int(match.group(2)) + 1}"
    return f"{month}.0"


@dataclass(frozen=True)
class Spec:
    api: str
    version: str
    content: str


def current() -> list[Spec]:
    documents = specs_in_working_tree()
    found = []
    for api in FILES:
        document = documents[api] or {}
        version = str((document.get("info") or {}).get("version", ""))
        found.append(Spec(api, version, content_hash(document)))
    return found


def read_record() -> dict[str, dict[str, str]]:
    if not RECORD.exists():
        return {}
    try:
        record = json.loads(RECORD.read_text(encoding="utf-8"))
    except ValueError:
        raise SystemExit(
            f"spec_versions: {RECORD.relative_to(ROOT)} is not valid JSON (a merge conflict?): keep either side, "
            "then run `make spec-version`"
        ) from None
    return record if isinstance(record, dict) else {}


def due(specs: list[Spec], record: dict[str, dict[str, str]], *, today: dt.date) -> list[str]:
    """What is due before `make check` passes, one line each, saying exactly what to do."""
    unreleased, released = _changelog_sections()
    lines: list[str] = []
    for spec in specs:
        recorded = record.get(spec.api, {})
        if recorded == {"version": spec.version, "content": spec.content}:
            continue
        where, name = FILES[spec.api], NAMES[spec.api]
        if recorded and _names(spec.version, released):
            bumped = next_version(spec.version, today)
            lines.append(
                f"{where}: what the spec describes changed, and info.version {spec.version} is already released: "
                f"set info.version to {bumped} in {where}, add a line under `## [Unreleased]` in CHANGELOG.md "
                f'("Specs: `{name}` {bumped}: <what changed>"), then run `make spec-version`'
            )
            continue
        if recorded and not (_names(spec.version, unreleased) and name in unreleased):
            lines.append(
                f"CHANGELOG.md: name {name} {spec.version} under `## [Unreleased]` "
                f'("Specs: `{name}` {spec.version}: <what changed>")'
            )
        lines.append(
            f"{where}: info.version {spec.version} is not recorded for the spec's current content: "
            "run `make spec-version` (and commit scripts/spec-versions.json with the spec)"
        )
    return lines


def record_versions(specs: list[Spec], *, today: dt.date) -> int:
    _, released = _changelog_sections()
    record = read_record()
    refused = []
    for spec in specs:
        recorded = record.get(spec.api, {})
        if recorded and recorded.get("content") != spec.content and _names(spec.version, released):
            bumped = next_version(spec.version, today)
            refused.append(
                f"spec_versions: {FILES[spec.api]}: not recorded: its content changed but info.version "
                f"{spec.version} is already released; set it to {bumped} first"
            )
            continue
        record[spec.api] = {"version": spec.version, "content": spec.content}
    RECORD.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for line in refused:
        print(line, file=sys.stderr)
    for spec in specs:
        if record.get(spec.api) == {"version": spec.version, "content": spec.content}:
            print(f"spec_versions: {FILES[spec.api]} {spec.version} recorded")
    return 1 if refused else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="exit 1 when a version bump or entry is due")
    group.add_argument("--record", action="store_true", help="record the current versions and content hashes")
    args = parser.parse_args(argv)
    today = dt.datetime.now(dt.UTC).date()
    try:
        specs = current()
    except SpecDiffError as error:
        print(f"spec_versions: {error}", file=sys.stderr)
        return 2
    if args.record:
        return record_versions(specs, today=today)
    lines = due(specs, read_record(), today=today)
    for line in lines:
        print(f"due: {line}", file=sys.stderr if args.check else sys.stdout)
    return 1 if (lines and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
