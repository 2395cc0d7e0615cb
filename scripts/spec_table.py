"""Write docs/operations.md: every operation of both specs with its source and confidence.

python scripts/spec_table.py           # rewrite docs/operations.md (make generate does)
python scripts/spec_table.py --check   # fail if it is out of date (make check does)
"""

from __future__ import annotations

import argparse
import html
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from bundle_specs import BundleError, bundle, write_or_check

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "operations.md"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
CONFIDENCES = ("confirmed-doc", "confirmed-code", "inferred")
DOC_PREFIX = "DOC:"
DOC_PAGE_URL = "https://webapi.mymarketing.co.il/api/docs/User/Api/"
OFFICIAL_SITES = ("https://sendpulse.com/", "https://sendpulse.")  # A360 cites its official page by URL


@dataclass(frozen=True)
class Api:
    name: str
    source: str  # where the spec is written, for the reader
    document: dict[str, Any]
    inferred_paths: bool  # whether `inferred` means "no source shows the path" (listed apart, up front)


@dataclass(frozen=True)
class Row:
    method: str
    path: str
    operation_id: str
    tag: str
    confidence: str
    sources: str
    pages: tuple[str, ...] = ()  # slugs of the official reference pages of this very operation


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def page_key(method: str, path: str) -> str:
    """The start of an official page's slug for a method and path, lower-cased for comparison.

    The reference pages are named like `GET-api-campaignreports-id-opens_Groupid_FromDate_ToDate_Page_Limit`:
    the method, the path's segments joined by `-` with the braces of path parameters dropped, then (after `_`)
    the query parameters of the URL template, if any.
    """
    segments = [segment.strip("{}") for segment in path.strip("/").split("/") if segment]
    return f"{method}-{'-'.join(segments)}".lower()


def official_pages(method: str, path: str, sources: list[Any]) -> tuple[str, ...]:
    """The official pages of this very operation: `DOC:<slug>` sources with its method and path, not a sibling's.

    Inferred operations cite the page of a related operation (the `POST` of a collection for its inferred `GET`
    of one item): such a page supports the operation but is not its page, so it is left out here.
    """
    key = page_key(method, path)
    pages: list[str] = []
    for source in sources:
        text = str(source)
        if text.startswith(OFFICIAL_SITES):
            if not any(page.startswith(OFFICIAL_SITES) for page in pages):
                pages.append(text)  # the first official URL; the other languages stay in x-source
            continue
        if not text.startswith(DOC_PREFIX):
            continue
        slug = text[len(DOC_PREFIX) :].strip()
        # the path itself may hold `_` (`sms_message`): compare the whole slug, or its start up to the query part
        matches = slug.lower() == key or slug.lower().startswith(key + "_")
        if matches and slug not in pages:
            pages.append(slug)
    return tuple(pages)


def rows(document: dict[str, Any]) -> list[Row]:
    """The operations of a spec, in the spec's order."""
    found: list[Row] = []
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            sources = operation.get("x-source") or []
            source_list = sources if isinstance(sources, list) else [sources]
            found.append(
                Row(
                    method=method.upper(),
                    path=path,
                    operation_id=str(operation.get("operationId", "")),
                    tag=", ".join(operation.get("tags") or []),
                    confidence=str(operation.get("x-confidence", "")),
                    sources=", ".join(str(s) for s in source_list),
                    pages=official_pages(method.upper(), path, source_list),
                )
            )
    return found


def _segmented(text: str, separator: str) -> str:
    """Inline code that a narrow column breaks only after a ``separator`` (the `/` of a path, the `_` of an
    operationId), never inside a segment (not at a `-` either): each segment with its separator a `<span>` kept on
    one line by the site's stylesheet (docs/stylesheets/extra.css), a `<wbr>` between them. A leading separator
    stays with the first segment."""
    lead = separator if text.startswith(separator) else ""
    parts = text[len(lead) :].split(separator)
    parts[0] = lead + parts[0]
    ends = [separator] * (len(parts) - 1) + [""]
    spans = [f"<span>{html.escape(part)}{end}</span>" for part, end in zip(parts, ends, strict=True)]
    return f'<code class="segments">{"<wbr>".join(spans)}</code>'


def _confidence(value: str) -> str:
    return "⚠️ **inferred**" if value == "inferred" else value


def _pages(row: Row) -> str:
    links = [page if page.startswith(OFFICIAL_SITES) else f"[{page}]({DOC_PAGE_URL}{page})" for page in row.pages]
    return "<br>".join(links) or "-"


def _table(items: list[Row], with_confidence: bool = True, with_pages: bool = False) -> list[str]:
    header = [
        "method",
        "path",
        "operationId",
        "tag",
        *(["x-confidence"] if with_confidence else []),
        *(["official page"] if with_pages else []),
        "x-source",
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in items:
        cells = [row.method, _segmented(row.path, "/"), _segmented(row.operation_id, "_"), row.tag]
        if with_confidence:
            cells.append(_confidence(row.confidence))
        if with_pages:
            cells.append(_pages(row))
        cells.append(row.sources)
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return lines


def render(apis: list[Api]) -> str:
    tables = {api.name: rows(api.document) for api in apis}
    lines = [
        "# Operations of both APIs",
        "",
        "<!-- GENERATED by scripts/spec_table.py from the specs. Do not edit: `make generate` rewrites it and",
        "     `make check` fails when it is out of date. -->",
        "",
        "Every operation of the two specs, with where its method, path and shapes come from (`x-source`) and how",
        "sure that is (`x-confidence`): **confirmed-doc** (an official reference page or guide shows the call),",
        "**confirmed-code** (only client code shows it) or **inferred** (ActiveTrail: no source shows the path, it",
        "follows the API's naming patterns; A360: a decided deviation from the seed). Each inferred operation's",
        "description says what it is inferred from. specs/CONVENTIONS.md explains the fields; each spec's",
        "`info.description` lists its source codes.",
        "",
        "The **official page** column names the official reference page of the operation itself: for ActiveTrail",
        f"a `{DOC_PREFIX}<slug>` source whose method and path are the operation's (the stored page",
        f"`{DOC_PAGE_URL}<slug>`); for A360 the first official SendPulse URL in `x-source`. A page cited",
        "for a related operation (the `POST` of a collection behind an inferred `GET` of one item) is in `x-source`",
        "only.",
        "",
        "| API | operations | " + " | ".join(CONFIDENCES) + " | with an official page |",
        "|---|---:|" + "---:|" * (len(CONFIDENCES) + 1),
    ]
    for api in apis:
        counts = Counter(row.confidence for row in tables[api.name])
        unknown = sum(n for confidence, n in counts.items() if confidence not in CONFIDENCES)
        total = f"{len(tables[api.name])}" + (f" ({unknown} without a known x-confidence)" if unknown else "")
        lines.append(
            f"| [{api.name}](#{_anchor(api.name)}) | {total} | "
            + " | ".join(str(counts[c]) for c in CONFIDENCES)
            + f" | {sum(1 for row in tables[api.name] if row.pages)} |"
        )
    for api in apis:
        inferred = [row for row in tables[api.name] if row.confidence == "inferred"]
        if not api.inferred_paths or not inferred:
            continue
        lines += [
            "",
            f"## {api.name}: inferred paths ({len(inferred)})",
            "",
            "No source shows these paths: they follow the API's naming patterns. Treat them as guesses until a call",
            "against the real API confirms them.",
            "",
            *_table(inferred, with_confidence=False),
        ]
    for api in apis:
        lines += [
            "",
            f"## {api.name}",
            "",
            f"Spec: `{api.source}`.",
            "",
            *_table(tables[api.name], with_pages=True),
        ]
    return "\n".join(lines) + "\n"


def _anchor(title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    kept = "".join(ch for ch in title.lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


def load() -> list[Api]:
    a360 = yaml.safe_load((ROOT / "specs" / "sendpulse-a360.yaml").read_text(encoding="utf-8"))
    return [
        Api("SendPulse Automation360", "specs/sendpulse-a360.yaml", a360, inferred_paths=False),
        Api(
            "ActiveTrail",
            "specs/activetrail/ (bundled: generated/openapi/activetrail.yaml)",
            bundle(),
            inferred_paths=True,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if docs/operations.md is out of date")
    parser.add_argument("--out", type=Path, default=TARGET, help="where to write the table")
    args = parser.parse_args(argv)
    try:
        text = render(load())
    except BundleError as exc:
        print(f"spec_table: {exc}", file=sys.stderr)
        return 1
    return write_or_check(args.out, text, check=args.check, tool="spec_table")


if __name__ == "__main__":
    sys.exit(main())
