"""MkDocs hook (mkdocs.yml `hooks:`): the pages of the site that come from the code and the specs.

- The Redoc reference of each API (scripts/build_docs.py, one self-contained HTML file per spec) becomes a file of
  the site at `api/<name>.html`, so `mkdocs build --strict` checks the links to it like any other. The pages `make
  docs` wrote into build/docs are taken (built there when missing), their bar of links back pointed at the site.
- iframe-worker's shim (node_modules/iframe-worker, pinned in package.json) at `assets/javascripts/`, the
  polyfill of mkdocs.yml's `extra.polyfills`: the offline plugin's search runs its worker through it from file://.
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

from build_docs import OUT, PAGES, build, with_back_links

ROOT = Path(__file__).resolve().parent.parent
#: the folder of the site that holds the Redoc pages (docs/reference/rest.md links `../api/<name>.html`)
SITE_FOLDER = "api"
#: the links back of the site's Redoc pages, relative to SITE_FOLDER: the site's home and the page that lists them
SITE_BACK_LINKS = (("../index.html", "← pulsetrail documentation"), ("../reference/rest.html", "REST references"))
#: iframe-worker's shim, and where the site serves it (mkdocs.yml `extra.polyfills` names the same path)
IFRAME_WORKER_SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
IFRAME_WORKER_SITE_PATH = "assets/javascripts/iframe-worker-shim.js"
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
        page = with_back_links(source.read_text(encoding="utf-8"), SITE_BACK_LINKS)
        files.append(File.generated(config, f"{SITE_FOLDER}/{source.name}", content=page))
    if not IFRAME_WORKER_SHIM.is_file():
        raise SystemExit(f"mkdocs hook: {IFRAME_WORKER_SHIM.relative_to(ROOT)} is missing (make setup runs npm ci)")
    files.append(File.generated(config, IFRAME_WORKER_SITE_PATH, abs_src_path=str(IFRAME_WORKER_SHIM)))
    for path, (title, package, client, intro) in NAMESPACE_PAGES.items():
        files.append(File.generated(config, path, content=_namespace_page(title, package, client, intro)))
    return files
