"""`make docs` (scripts/build_docs.py: an offline HTML page per API, and an index) and docs/operations.md's table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from build_docs import BACK_LINKS, PAGES, Page, build, with_back_links
from spec_table import Api, _segmented, render

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _operation_ids(spec: Path) -> list[str]:
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    return [
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS and "operationId" in operation
    ]


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    build(out)
    return out


def test_index_links_every_page(docs: Path) -> None:
    index = (docs / "index.html").read_text(encoding="utf-8")
    for page in PAGES:
        assert f'href="{page.name}.html"' in index


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_holds_every_operation(docs: Path, page: Page) -> None:
    text = (docs / f"{page.name}.html").read_text(encoding="utf-8")
    operation_ids = _operation_ids(page.spec)
    assert len(operation_ids) > 10
    words = set(re.findall(r"\w+", text))  # whole words: `get_flow` is not found inside `get_flow_stats`
    missing = [op for op in operation_ids if op not in words]
    assert not missing, f"operations missing from {page.name}.html: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_works_offline(docs: Path, page: Page) -> None:
    text = (docs / f"{page.name}.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", text), "the Redoc script must be embedded (--inlineBundle)"


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_links_back_to_the_index(docs: Path, page: Page) -> None:
    text = (docs / f"{page.name}.html").read_text(encoding="utf-8")
    body = text.index("<body>")
    bar = text[body : text.index("</nav>", body)]  # the bar opens the page's body, before Redoc's own markup
    assert '<a href="index.html">' in bar
    assert '<div id="redoc">' not in bar


def test_back_links_replace_the_bar_a_page_has() -> None:
    page = "<html><head></head>\n<body><div id=redoc><script>x='<body>'</script></div></body></html>"
    once = with_back_links(page, BACK_LINKS)
    site = with_back_links(once, (("../index.html", "home"),))
    assert site.count('<nav class="pulsetrail-back"') == 1
    assert '<a href="../index.html">home</a>' in site
    assert 'href="index.html"' not in site
    assert site.index("</nav>") < site.index("<div id=redoc>")


def test_operation_table_lists_every_operation_and_inferred_paths_first() -> None:
    def operation(op_id: str, confidence: str) -> dict[str, object]:
        return {"operationId": op_id, "tags": ["Contacts"], "x-confidence": confidence, "x-source": ["DOC:x", "SL"]}

    document = {
        "paths": {
            "/api/contacts": {"get": operation("list_contacts", "confirmed-doc")},
            "/api/contacts/merges": {"get": operation("list_merges", "inferred"), "parameters": []},
        }
    }
    text = render([Api("ActiveTrail", "specs/activetrail/", document, inferred_paths=True)])
    assert "| [ActiveTrail](#activetrail) | 2 | 1 | 0 | 1 | 0 |" in text  # DOC:x is no page of either
    inferred_section = text.index("## ActiveTrail: inferred paths (1)")
    full_table = text.index("## ActiveTrail\n")
    assert inferred_section < full_table
    merges = '<code class="segments"><span>list_</span><wbr><span>merges</span></code>'
    assert text.index(merges) < full_table  # listed up front too
    contacts_path = '<code class="segments"><span>/api/</span><wbr><span>contacts</span></code>'
    contacts_id = '<code class="segments"><span>list_</span><wbr><span>contacts</span></code>'
    merges_path = '<code class="segments"><span>/api/</span><wbr><span>contacts/</span><wbr><span>merges</span></code>'
    assert f"| GET | {contacts_path} | {contacts_id} | Contacts | confirmed-doc | - | DOC:x, SL |" in text
    assert f"| GET | {merges_path} | {merges} | Contacts | ⚠️ **inferred** | - | DOC:x, SL |" in text


def test_operation_table_breaks_paths_and_operation_ids_only_after_a_separator() -> None:
    assert _segmented("/api/groups/{id}", "/") == (
        '<code class="segments"><span>/api/</span><wbr><span>groups/</span><wbr><span>{id}</span></code>'
    )
    assert _segmented("get_flow", "_") == '<code class="segments"><span>get_</span><wbr><span>flow</span></code>'
    assert _segmented("ping", "_") == '<code class="segments"><span>ping</span></code>'
    assert _segmented("/a<b", "/") == '<code class="segments"><span>/a&lt;b</span></code>'
