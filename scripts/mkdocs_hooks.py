"""MkDocs hook (mkdocs.yml `hooks:`): the pages of the site that come from the code and the specs.

- The Redoc reference of each API (scripts/build_docs.py, one self-contained HTML file per spec) becomes a file of
  the site at `api/<name>.html`, so `mkdocs build --strict` checks the links to it like any other. The pages `make
  docs` wrote into build/docs are taken; they are built there when missing.
- `reference/a360-namespaces.md` and `reference/activetrail-namespaces.md`: one mkdocstrings entry per tag namespace
  of the generated package (`Async<Tag>` in `api/<tag>/__init__.py`), so a new tag appears without a docs edit.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_docs import OUT, PAGES, build

ROOT = Path(__file__).resolve().parent.parent
#: the folder of the site that holds the Redoc pages (docs/reference/rest.md links `../api/<name>.html`)
SITE_FOLDER = "api"
#: generated page -> (title, generated package, the client attribute users write, intro)
NAMESPACE_PAGES = {
    "reference/a360-namespaces.md": (
        "A360 namespaces",
        "sendpulse_a360_api",
        "a360",
        "Every SendPulse Automation360 operation as an async method of `A360`, one namespace per section of the spec: "
        "`await a360.flows.get_flow(42)`. `SyncA360` has the same namespaces with plain methods (`Sync<Tag>`).",
    ),
    "reference/activetrail-namespaces.md": (
        "ActiveTrail namespaces",
        "activetrail_api",
        "at",
        "Every ActiveTrail operation as an async method of `ActiveTrail`, one namespace per section of the spec: "
        "`await at.contacts.get_contact(42)`. `SyncActiveTrail` has the same namespaces with plain methods "
        "(`Sync<Tag>`).",
    ),
}


def _namespace_page(title: str, package: str, client: str, intro: str) -> str:
    lines = [f"# {title}", "", intro, ""]
    for tag_init in sorted((ROOT / "generated" / package / "api").glob("*/__init__.py")):
        tag = tag_init.parent.name
        found = re.search(r"^class (Async\w+):", tag_init.read_text(encoding="utf-8"), re.MULTILINE)
        if found is None:
            raise SystemExit(f"mkdocs hook: no Async namespace class in {tag_init.relative_to(ROOT)}")
        lines += [
            f"## `{client}.{tag}`",
            "",
            f"::: {package}.api.{tag}.{found.group(1)}",
            "    options:",
            "      show_root_heading: false",
            "      heading_level: 3",
            "",
        ]
    return "\n".join(lines)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    sources = [OUT / f"{page.name}.html" for page in PAGES]
    if not all(source.is_file() for source in sources):
        build(OUT)
    for source in sources:
        files.append(File.generated(config, f"{SITE_FOLDER}/{source.name}", abs_src_path=str(source)))
    for path, (title, package, client, intro) in NAMESPACE_PAGES.items():
        files.append(File.generated(config, path, content=_namespace_page(title, package, client, intro)))
    return files
