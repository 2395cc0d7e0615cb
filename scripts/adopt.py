"""Apply an OpenAPI Overlay (`pulsetrail verify --overlay FILE`) to the hand-written specs: `make adopt OVERLAY=FILE`.

    python scripts/adopt.py verify-activetrail.overlay.json    # then `make generate` (make adopt runs both)

The overlay's actions are applied by oas-patch (PyPI, pinned in requirements-dev.txt): its `apply_overlay`, the
JSONPath targets matched by jsonpath-ng. oas-patch's own command line reads and writes YAML with PyYAML, which drops
every comment and re-quotes the file; so this script reads each spec file with ruamel.yaml's round-trip loader,
hands that document (a dict with the comments attached) to oas-patch, and writes it back with ruamel.yaml: the result
is an ordinary diff of the YAML, comments and quoting kept. (ruamel rewrites a long flow list that was wrapped by
hand on one line; nothing else of an unchanged part moves.)

`extends` says which spec an overlay is for. The ActiveTrail spec is split in section files: each action goes to the
one file whose document its target matches. An action that matches nothing (the spec changed since the overlay was
written) or that matches in two files is an error, one line each, and nothing is written.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any

import yaml
from jsonpath_ng.ext.parser import parse as parse_jsonpath
from jsonschema import Draft202012Validator
from oas_patch.overlay import apply_overlay  # type: ignore[import-untyped]
from oas_patch.validator import load_schema  # type: ignore[import-untyped]
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedSeq

ROOT = Path(__file__).resolve().parent.parent
#: an overlay's `extends` -> the hand-written files of that spec
SPECS = {
    "specs/sendpulse-a360.yaml": ["specs/sendpulse-a360.yaml"],
    "specs/activetrail/openapi.yaml": ["specs/activetrail/openapi.yaml"]
    + [
        f"specs/activetrail/{name}"
        for name in yaml.safe_load((ROOT / "specs/activetrail/openapi.yaml").read_text())["x-section-files"]
    ],
}


class AdoptError(Exception):
    """The overlay cannot be applied: `lines` say why, one problem each."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _yaml() -> YAML:
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 4096  # never re-wrap a line the file has on one line
    handler.indent(mapping=2, sequence=4, offset=2)
    handler.brace_single_entry_mapping_in_flow_sequence = True  # keep `[{$ref: ...}, {type: 'null'}]`
    handler.representer.add_representer(
        type(None), lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null")
    )
    return handler


def _flow_lists(node: Any) -> Any:
    """Lists the overlay added (plain lists of scalars) in flow style, like the rest of the specs: `[a, b]`."""
    if isinstance(node, dict):
        for key, value in node.items():
            node[key] = _flow_lists(value)
    elif isinstance(node, list) and not isinstance(node, CommentedSeq):
        items = [_flow_lists(item) for item in node]
        if all(not isinstance(item, dict | list) for item in items):
            flow = CommentedSeq(items)
            flow.fa.set_flow_style()
            return flow
        return items
    elif isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            node[index] = _flow_lists(item)
    return node


def read_overlay(path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise AdoptError([f"{path}: cannot read the overlay: {error}"]) from None
    schema = load_schema("overlay_schema_1.0.0.yml")
    errors = sorted(Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    problems = [
        f"{path}: #/{'/'.join(str(p) for p in error.absolute_path)}: {error.message} (not an OpenAPI Overlay 1.0)"
        for error in errors
    ]
    if not problems and document.get("extends") not in SPECS:
        problems.append(f"{path}: #/extends: {document.get('extends')!r}: one of {', '.join(SPECS)}")
    if problems:
        raise AdoptError(problems)
    return dict(document)


def adopt(overlay_path: Path, root: Path = ROOT) -> list[str]:
    """Apply the overlay to the spec files; return the files changed (relative to `root`)."""
    overlay = read_overlay(overlay_path)
    handler = _yaml()
    files = SPECS[overlay["extends"]]
    documents = {name: handler.load((root / name).read_text(encoding="utf-8")) for name in files}
    per_file: dict[str, list[dict[str, Any]]] = {name: [] for name in files}
    problems = []
    for index, action in enumerate(overlay["actions"]):
        expression = parse_jsonpath(action["target"])
        holders = [name for name, document in documents.items() if expression.find(document)]
        if len(holders) != 1:
            found = "nothing" if not holders else f"something in {len(holders)} files ({', '.join(holders)})"
            problems.append(
                f"{overlay_path}: #/actions/{index}: target {action['target']} matches {found} in "
                f"{overlay['extends']}: the spec changed since the overlay was written; run verify again"
            )
            continue
        per_file[holders[0]].append(action)
    if problems:
        raise AdoptError(problems)
    changed = []
    for name, actions in per_file.items():
        if not actions:
            continue
        document = apply_overlay(documents[name], {"actions": actions})
        out = io.StringIO()
        handler.dump(_flow_lists(document), out)
        (root / name).write_text(out.getvalue(), encoding="utf-8")
        changed.append(name)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("overlay", type=Path, help="the overlay file (pulsetrail verify ... --overlay FILE)")
    args = parser.parse_args(argv)
    try:
        changed = adopt(args.overlay)
    except AdoptError as error:
        for line in error.lines:
            print(f"adopt: {line}", file=sys.stderr)
        print("adopt: nothing written", file=sys.stderr)
        return 1
    count = len(read_overlay(args.overlay)["actions"])
    print(f"adopt: {count} action(s) applied to {', '.join(changed) or 'nothing'} (review with `git diff specs/`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
