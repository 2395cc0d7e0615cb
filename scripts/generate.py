"""Generate the async client packages in generated/ from the specs, reproducibly.

    python scripts/generate.py           # rewrite generated/ from specs/
    python scripts/generate.py --check   # regenerate into a temporary folder and fail on any difference

Each package is generated into a fresh temporary folder and then moved into place, so no stale module survives a
removed operation. The generator (openapi-python-client) and its ruff post hooks are pinned in
requirements-dev.txt; the hooks run with --isolated, so the output depends on nothing but the spec and those pins.

A problem in a spec comes out as one line each (file, JSON pointer, what is wrong; an unresolved `$ref` is caught
before the generator runs); the generator's own output goes to build/generate.log. After a generation it prints the
change report against the last commit (per operation: added, removed, breaking, non-breaking; scripts/spec_diff.py)
and what else is due: an `info.version` bump, a CHANGELOG.md entry, `make spec-version` (scripts/spec_versions.py).
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bundle_specs
import generator_errors
import spec_diff
import spec_versions
import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
CONFIGS = ROOT / "scripts" / "generator-config"
#: our overrides of the generator's Jinja templates: the per-tag namespaces (`client.contacts.get_contact(...)`)
TEMPLATES = CONFIGS / "templates"
LOG = ROOT / "build" / "generate.log"


class SpecProblem(Exception):
    """The generator cannot take a spec: `lines` say where and what, one problem each."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


#: holds PAGING_RULES, the paging rule the runtime applies, handed to the templates so it is written once
PAGINATION = ROOT / "overlay" / "pulsetrail" / "_pagination.py"


@dataclass(frozen=True)
class Target:
    package: str
    spec: Path
    config: Path


TARGETS = (
    Target("sendpulse_a360_api", ROOT / "specs" / "sendpulse-a360.yaml", CONFIGS / "sendpulse-a360.yaml"),
    Target("activetrail_api", bundle_specs.TARGET, CONFIGS / "activetrail.yaml"),
)


def _source_of(target: Target, parts: list[str]) -> str:
    """The hand-written file that holds the node at `parts` of the target's (bundled) spec."""
    if target.spec != bundle_specs.TARGET:
        return str(target.spec.relative_to(ROOT))
    key = parts[:2] if parts[:1] == ["paths"] else parts[:3]
    if len(key) < 2:
        return f"{bundle_specs.SOURCE.relative_to(ROOT)}/"
    for section in sorted(bundle_specs.SOURCE.glob("*.yaml")):
        node: object = yaml.safe_load(section.read_text(encoding="utf-8"))
        for part in key:
            node = node.get(part) if isinstance(node, dict) else None
        if node is not None:
            return str(section.relative_to(ROOT))
    return f"{bundle_specs.SOURCE.relative_to(ROOT)}/"


def _check_refs(target: Target, spec: Path) -> None:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    lines = []
    for problem in generator_errors.unresolved_refs(document):
        lines.append(f"{_source_of(target, _parts(problem))}: {problem}")
    if lines:
        raise SpecProblem(lines)


def paging_rules() -> list[list[str]]:
    """`PAGING_RULES` of overlay/pulsetrail/_pagination.py, read as a literal (generating imports no pulsetrail)."""
    tree = ast.parse(PAGINATION.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "PAGING_RULES":
            assert node.value is not None
            return [list(rule) for rule in ast.literal_eval(node.value)]
    raise SystemExit(f"generate: no PAGING_RULES in {PAGINATION}")


#: the extension naming the pulsetrail tolerant enum (overlay/pulsetrail/_enums.py) a server-sent code reads as
ENUM_EXTENSION = "x-pulsetrail-enum"
_ENUM_BASES = {"integer": "int", "string": "str"}


def _enum_of(schema: object, components: dict[str, Any]) -> tuple[str, str] | None:
    """(enum, base) for a property schema carrying ENUM_EXTENSION itself, through a `$ref`, or as an `anyOf` member."""
    if not isinstance(schema, dict):
        return None
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return _enum_of(components.get(ref.rsplit("/", 1)[1]), components)
    if ENUM_EXTENSION in schema:
        types = schema.get("type")
        base = next((t for t in ([types] if isinstance(types, str) else types or []) if t != "null"), None)
        if base not in _ENUM_BASES:
            raise SystemExit(f"generate: {ENUM_EXTENSION} on a schema of type {types!r}: only integer or string")
        return str(schema[ENUM_EXTENSION]), _ENUM_BASES[base]
    found = [hit for member in schema.get("anyOf", []) if (hit := _enum_of(member, components))]
    return found[0] if found else None


def enum_fields(spec: Path) -> dict[str, dict[str, list[str]]]:
    """{model: {property: [enum, base]}} for the properties of a spec's component schemas that read as an enum."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    components: dict[str, Any] = document.get("components", {}).get("schemas", {})
    fields: dict[str, dict[str, list[str]]] = {}
    for model, schema in sorted(components.items()):
        for name, prop in sorted((schema.get("properties") or {}).items()):
            if hit := _enum_of(prop, components):
                fields.setdefault(model, {})[name] = list(hit)
    return fields


def write_templates(folder: Path, specs: dict[str, Path] | None = None) -> Path:
    """Our templates, plus `pulsetrail_paging.jinja` holding the runtime's paging rule and `pulsetrail_enums.jinja`
    holding, per package, the model fields that read as a tolerant enum (from `specs`, package -> spec)."""
    shutil.copytree(TEMPLATES, folder)
    (folder / "pulsetrail_paging.jinja").write_text(
        "{#- written by scripts/generate.py from PAGING_RULES in overlay/pulsetrail/_pagination.py -#}\n"
        f"{{% set paging_rules = {json.dumps(paging_rules())} %}}\n",
        encoding="utf-8",
    )
    fields = {package: enum_fields(spec) for package, spec in sorted((specs or {}).items())}
    (folder / "pulsetrail_enums.jinja").write_text(
        f"{{#- written by scripts/generate.py from the specs' {ENUM_EXTENSION} extensions -#}}\n"
        f"{{% set enum_fields = {json.dumps(fields, sort_keys=True)} %}}\n",
        encoding="utf-8",
    )
    return folder


def first_sentence(text: str) -> str:
    """The first sentence of a description, on one line (what a namespace's docstring says of its section)."""
    flat = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(?=\s+[A-Z(`]|$)", flat)
    sentence = match.group(1) if match else flat
    return sentence if sentence.endswith((".", "!", "?")) else f"{sentence}."


def write_tag_descriptions(templates: Path, spec: Path) -> None:
    """`pulsetrail_tags.jinja`: the first sentence of each tag's description in the spec, by tag name, for the
    namespace docstrings (the generator hands its templates no tag description)."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    descriptions = {
        tag["name"]: first_sentence(tag["description"])
        for tag in document.get("tags") or []
        if isinstance(tag, dict) and tag.get("description")
    }
    (templates / "pulsetrail_tags.jinja").write_text(
        "{#- written by scripts/generate.py from the spec's tags, before the generator runs on that spec -#}\n"
        f"{{% set tag_descriptions = {json.dumps(descriptions, ensure_ascii=False)} %}}\n",
        encoding="utf-8",
    )


def _run_generator(target: Target, spec: Path, out: Path, templates: Path) -> None:
    generator = Path(sys.executable).parent / "openapi-python-client"
    command = [
        str(generator), "generate",
        "--path", str(spec),
        "--config", str(target.config),
        "--custom-template-path", str(templates),
        "--meta", "none",
        "--output-path", str(out),
        "--fail-on-warning",
    ]  # fmt: skip
    # The generator's post hooks call `ruff`: the pinned one beside this interpreter.
    env = {**os.environ, "PATH": f"{generator.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(  # noqa: S603 - our own pinned tool, no shell
        command, capture_output=True, text=True, check=False, env=env
    )
    LOG.parent.mkdir(parents=True, exist_ok=True)
    with LOG.open("a", encoding="utf-8") as log:
        log.write(f"$ {' '.join(command)}\n{result.stdout}{result.stderr}\n")
    if result.returncode != 0:
        found = generator_errors.problems(result.stdout + "\n\n" + result.stderr)
        raise SpecProblem(
            [f"{_source_of(target, _parts(line))}: {line}" for line in found]
            or [f"{_source_of(target, [])}: openapi-python-client failed"]
        )


def _parts(line: str) -> list[str]:
    """The unescaped parts of the JSON pointer a problem line starts with ([] when it has none)."""
    if not line.startswith("#/"):
        return []
    where = line.split(": ", 1)[0]
    return [part.replace("~1", "/").replace("~0", "~") for part in where[2:].split("/")]


def report_changes() -> None:
    """The change report against the last commit, and what else is due before `make check` passes."""
    try:
        old, new = spec_diff.specs_at("HEAD"), spec_diff.specs_in_working_tree()
    except spec_diff.SpecDiffError as error:
        print(f"generate: no change report: {error}")
        return
    changes = [change for api in new for change in spec_diff.diff(old[api], new[api], api)]
    lines = spec_diff.operation_report(changes)
    if not lines:
        print("generate: no operation changed since the last commit")
    else:
        print("generate: changes since the last commit (scripts/spec_diff.py), per operation:")
        print("\n".join(f"  {line}" for line in lines))
        kinds = [line.split(": ")[2] for line in lines]
        counts = ", ".join(f"{kinds.count(kind)} {kind}" for kind in ("added", "removed", "breaking", "non-breaking"))
        print(f"  {len(lines)} operation(s) or path(s): {counts}")
    if any(change.breaking for change in changes):
        print(
            "generate: due: a breaking change: list it under **Changed** in CHANGELOG.md's `## [Unreleased]`, with "
            "what a user of the SDK does about it (specs/CONVENTIONS.md)"
        )
    today = dt.datetime.now(dt.UTC).date()
    due = spec_versions.due(spec_versions.current(), spec_versions.read_record(), today=today)
    for line in due:
        print(f"generate: due: {line}")
    if not due:
        print("generate: nothing else is due: each spec's info.version, CHANGELOG.md and the record agree")


# `from .module import Name`, or ruff's wrapped form `from .module import (\n    Name,\n)`
_MODEL_IMPORT = re.compile(r"^from \.(\w+) import \(?\s*(\w+),?\s*\)?$", re.MULTILINE)
_EXPORTED = re.compile(r'^    "(\w+)",$', re.MULTILINE)
_LAZY_MODELS = '''"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): `from .models import X` imports only X's module. Rewritten by pulsetrail's
scripts/generate.py, because the generator's eager version imports every model whenever any operation is imported.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULES = {{
{modules}
}}

__all__ = tuple(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
'''


def make_models_lazy(init: Path) -> None:
    """Replace the generator's eager `models/__init__.py` with a lazy one exporting the same names."""
    eager = init.read_text(encoding="utf-8")
    pairs = _MODEL_IMPORT.findall(eager)
    if not pairs or sorted(name for _, name in pairs) != sorted(_EXPORTED.findall(eager)):
        raise SystemExit(f"generate: cannot read the model imports of {init}; the generator's output changed")
    init.write_text(
        _LAZY_MODELS.format(
            type_imports="\n".join(f"    from .{module} import {name} as {name}" for module, name in pairs),
            modules="\n".join(f'    "{name}": "{module}",' for module, name in pairs),
        ),
        encoding="utf-8",
    )


def _differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed files)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    args = parser.parse_args(argv)
    LOG.parent.mkdir(parents=True, exist_ok=True)
    LOG.write_text("", encoding="utf-8")
    try:
        code = _generate(check=args.check)
    except SpecProblem as problem:
        for line in problem.lines:
            print(f"generate: {line}", file=sys.stderr)
        print(f"generate: nothing written; the generator's own output is in {LOG.relative_to(ROOT)}", file=sys.stderr)
        return 1
    if code == 0 and not args.check:
        report_changes()
    return code


def _generate(*, check: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="pulsetrail-generate-") as tmp:
        scratch = Path(tmp)
        bundled = scratch / "activetrail.yaml"
        if bundle_specs.main(["--out", str(bundled)]) != 0:
            return 1
        if check and (not bundle_specs.TARGET.exists() or bundle_specs.TARGET.read_bytes() != bundled.read_bytes()):
            print(f"generate --check: {bundle_specs.TARGET.relative_to(ROOT)} is out of date", file=sys.stderr)
            return 1

        specs = {t.package: bundled if t.spec == bundle_specs.TARGET else t.spec for t in TARGETS}
        templates = write_templates(scratch / "templates", specs)
        stale: list[str] = []
        for target in TARGETS:  # every package first, so a spec the generator refuses leaves generated/ as it was
            spec = bundled if target.spec == bundle_specs.TARGET else target.spec
            fresh = scratch / target.package
            _check_refs(target, spec)
            write_tag_descriptions(templates, spec)
            _run_generator(target, spec, fresh, templates)
            make_models_lazy(fresh / "models" / "__init__.py")
            (fresh / "py.typed").write_text("", encoding="utf-8")  # PEP 561: users' type checkers read our types
            committed = GENERATED / target.package
            if check:
                if not committed.exists():
                    stale.append(f"{target.package}/ (missing)")
                else:
                    stale.extend(f"{target.package}/{p}" for p in _differences(committed, fresh))
        if stale:
            print("generate --check: generated/ differs from the specs; run `make generate`:", file=sys.stderr)
            for path in stale[:50]:
                print(f"  {path}", file=sys.stderr)
            return 1
        if not check:
            bundle_specs.TARGET.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(bundled, bundle_specs.TARGET)
            for target in TARGETS:
                committed = GENERATED / target.package
                shutil.rmtree(committed, ignore_errors=True)
                shutil.move(str(scratch / target.package), committed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
