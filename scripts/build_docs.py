"""Build the HTML reference of both APIs with Redocly, for reading offline.

    python scripts/build_docs.py                  # build/docs/{index,a360,activetrail}.html
    python scripts/build_docs.py --out DIR        # somewhere else

Each page is one self-contained file (`redocly build-docs --inlineBundle`: Redoc's script is embedded, nothing is
loaded from a CDN) with a bar of links back at its top (to index.html here; the documentation site's copies,
scripts/mkdocs_hooks.py, link back to the site); index.html links both, and the operation table (docs/operations.md).
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
OUT = ROOT / "build" / "docs"


@dataclass(frozen=True)
class Page:
    name: str  # the HTML file's name without .html
    spec: Path


PAGES = (
    Page("a360", ROOT / "specs" / "sendpulse-a360.yaml"),
    Page("activetrail", ROOT / "generated" / "openapi" / "activetrail.yaml"),
)


#: the links back of a page of build/docs: (href, text)
BACK_LINKS = (("index.html", "← pulsetrail API reference"),)
_BACK_START, _BACK_END = "<!-- pulsetrail back links -->", "<!-- /pulsetrail back links -->"
#: the body Redoc's page opens (its script holds other `<body>` strings: the one right after </head> is the page's)
_BODY = re.compile(r"</head>\s*<body[^>]*>")


def with_back_links(page: str, links: tuple[tuple[str, str], ...]) -> str:
    """A Redoc page with ``links`` in a bar at its top, in place of the bar it has, if any."""
    anchors = " · ".join(f'<a href="{html.escape(href)}">{html.escape(text)}</a>' for href, text in links)
    bar = (
        f'{_BACK_START}<nav class="pulsetrail-back" style="font: 14px/1.5 sans-serif; padding: 6px 16px; '
        f'border-bottom: 1px solid rgba(128, 128, 128, 0.3)">{anchors}</nav>{_BACK_END}'
    )
    if _BACK_START in page:
        start, end = page.index(_BACK_START), page.index(_BACK_END) + len(_BACK_END)
        return page[:start] + bar + page[end:]
    body = _BODY.search(page)
    if body is None:
        raise SystemExit("build_docs: no <body> after </head> in a page of redocly build-docs")
    return page[: body.end()] + bar + page[body.end() :]


def _info(spec: Path) -> dict[str, str]:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    info = document["info"]
    return {"title": str(info["title"]), "version": str(info["version"]), "summary": str(info.get("summary", ""))}


def _index(pages: list[tuple[Page, dict[str, str]]]) -> str:
    items = "\n".join(
        f'    <li><a href="{page.name}.html">{html.escape(info["title"])}</a> '
        f"<small>(version {html.escape(info['version'])})</small><br>{html.escape(info['summary'])}</li>"
        for page, info in pages
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>pulsetrail API reference</title>
  <style>body {{ font-family: sans-serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5; }}
  li {{ margin-bottom: 1rem; }}</style>
</head>
<body>
  <h1>pulsetrail API reference</h1>
  <p>Built by <code>make docs</code> from the OpenAPI specs. Each page works offline.</p>
  <ul>
{items}
  </ul>
  <p>Every operation with its source and confidence: <code>docs/operations.md</code> in the repository.</p>
</body>
</html>
"""


def build(out: Path) -> list[Path]:
    """Write one page per API and index.html into ``out``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pages: list[tuple[Page, dict[str, str]]] = []
    for page in PAGES:
        info = _info(page.spec)
        target = out / f"{page.name}.html"
        command = [
            str(REDOCLY), "build-docs", str(page.spec),
            "--inlineBundle",
            "--config", str(ROOT / "redocly.yaml"),
            "--title", f"{info['title']} {info['version']}",
            "--output", str(target),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)  # noqa: S603
        if result.returncode != 0 or not target.exists():
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"build_docs: redocly build-docs failed for {page.spec.name}")
        target.write_text(with_back_links(target.read_text(encoding="utf-8"), BACK_LINKS), encoding="utf-8")
        written.append(target)
        pages.append((page, info))
    index = out / "index.html"
    index.write_text(_index(pages), encoding="utf-8")
    written.append(index)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="the folder to write the pages into (build/docs)")
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
