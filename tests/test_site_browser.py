"""The documentation site as a reader opens it: build/site/index.html from the file system, no server, in a real
headless Chromium (Debian's, `make setup` installs it) driven by Playwright (#24 items 7 and 8).

`make test` builds the site first (`make docs`, part of `make check`); run alone, `make docs` first. Screenshots at
1280 px wide go to build/screenshots/ for a person to look at; what they show is asserted from the page's layout.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"
SCREENSHOTS = ROOT / "build" / "screenshots"
WIDTH = 1280
#: no network of its own (no updates, no sync, no QUIC probes), no GPU, no first-run pages; a fresh profile each run
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: a hang guard for each wait on the page, not a speed expectation
WAIT_MS = 60_000
#: what a page opened from disk may load: its own files, and what its scripts make in memory
LOCAL = ("file://", "data:", "blob:", "about:")
#: pages with code lines longer than the column at 1280 px (with wrapping turned off)
REDOC_BADGE = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(-full)?\.svg")
LONG_CODE_PAGES = ("guides/throttling.html", "guides/configuration.html", "getting-started/a360.html")


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("no chromium on PATH: `make setup` installs Debian's chromium")
    return found


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    if not (SITE / "index.html").is_file():
        pytest.fail("build/site/index.html is missing: run `make docs` first (`make test` does)")
    with sync_playwright() as running:
        yield running


@pytest.fixture
def context(playwright: Playwright, tmp_path: Path) -> Iterator[BrowserContext]:
    context = playwright.chromium.launch_persistent_context(
        tmp_path / "profile",  # a fresh --user-data-dir
        executable_path=_chromium(),
        headless=True,
        args=FLAGS,
        viewport={"width": WIDTH, "height": 900},
    )
    context.set_default_timeout(WAIT_MS)
    yield context
    context.close()


class Opened:
    """A page of the site, opened from disk, with every URL it asked for and every script error it raised."""

    def __init__(self, context: BrowserContext, path: str) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page: Page = context.new_page()
        context.on("request", lambda request: self.requests.append(request.url))  # the search iframe's too
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto((SITE / path).as_uri())

    def outside(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL)]


@pytest.mark.parametrize("operation", ["list_contacts", "get_flow_total_stats"])
def test_search_from_the_file_system_finds_an_operation(context: BrowserContext, operation: str) -> None:
    opened = Opened(context, "index.html")
    page = opened.page
    page.click("input.md-search__input")
    page.keyboard.type(operation)  # key by key, as a reader types (the search listens to key events)
    page.wait_for_selector(".md-search-result__item")
    items = page.locator(".md-search-result__item")
    texts = items.all_inner_texts()
    hrefs = [href for href in page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")]
    assert any(re.search(rf"\b{operation}\b", text) for text in texts), texts
    # the operation's reference (a namespace page) or its row in the operations table, as files of the site
    assert any(re.search(r"/(reference/\w[\w-]*-namespaces|operations)\.html", href) for href in hrefs), hrefs
    assert all(href.startswith(SITE.as_uri()) for href in hrefs), hrefs
    assert not opened.outside(), f"the site asked the network for {opened.outside()}"
    assert not opened.errors, opened.errors


# For each `pre > code` block: whether it overflows its box as styled, and whether it would with wrapping turned off
# (which shows the page really has lines longer than the column, so the first check is not vacuous).
_CODE_OVERFLOW = """() => [...document.querySelectorAll(".md-typeset pre > code")].map(code => {
  const overflows = code.scrollWidth > code.clientWidth + 1;
  const wrapping = code.style.whiteSpace;
  code.style.whiteSpace = "pre";
  const unwrapped = code.scrollWidth > code.clientWidth + 1;
  code.style.whiteSpace = wrapping;
  return {overflows, unwrapped, start: code.textContent.slice(0, 60)};
})"""


@pytest.mark.parametrize("path", LONG_CODE_PAGES)
def test_long_code_lines_wrap_at_1280_px(context: BrowserContext, path: str) -> None:
    opened = Opened(context, path)
    page = opened.page
    page.wait_for_selector(".md-typeset pre > code")
    blocks = page.evaluate(_CODE_OVERFLOW)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{path.replace('/', '_').removesuffix('.html')}.png", full_page=True)
    assert any(block["unwrapped"] for block in blocks), f"{path} has no code line wider than the column any more"
    clipped = [block["start"] for block in blocks if block["overflows"]]
    assert not clipped, f"code blocks of {path} wider than their box (a line cut off): {clipped}"
    assert not opened.outside(), opened.outside()


# Each span of a `code.segments` is one segment with its "/" or "_" (the table puts a <wbr> between them): on one
# line, or the browser broke it inside the segment
_PATH_SEGMENTS = """() => {
  const codes = [...document.querySelectorAll("code.segments")];
  const broken = [];
  let wrapped = 0;
  for (const code of codes) {
    const lines = new Set([...code.getClientRects()].map(r => Math.round(r.top)));
    if (lines.size > 1) wrapped++;
    for (const segment of code.querySelectorAll("span")) {
      const range = document.createRange();
      range.selectNodeContents(segment);
      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (tops.size > 1) broken.push(segment.textContent);
    }
  }
  return {codes: codes.length, wrapped, broken};
}"""


def test_operations_table_breaks_paths_and_operation_ids_only_between_segments(context: BrowserContext) -> None:
    opened = Opened(context, "operations.html")
    page = opened.page
    page.wait_for_selector("code.segments")
    seen = page.evaluate(_PATH_SEGMENTS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("code.segments").first.scroll_into_view_if_needed()
    page.screenshot(path=SCREENSHOTS / "operations.png")
    assert seen["codes"] > 500, seen  # a path and an operationId in each row of the three tables
    assert seen["wrapped"] > 0, "nothing wraps at 1280 px: the check below would prove nothing"
    assert not seen["broken"], f"broken inside a segment: {seen['broken'][:10]}"


@pytest.mark.parametrize("api", ["a360", "activetrail"])
def test_redoc_page_links_back_to_the_site(context: BrowserContext, api: str) -> None:
    opened = Opened(context, f"api/{api}.html")
    page = opened.page
    page.wait_for_selector("#redoc")
    page.click("nav.pulsetrail-back >> text=REST references")
    assert page.url == (SITE / "reference" / "rest.html").as_uri()
    page.go_back()
    page.click("nav.pulsetrail-back >> text=pulsetrail documentation")
    assert page.url == (SITE / "index.html").as_uri()
    page.wait_for_selector("input.md-search__input")  # the site, with its search box
    # Redoc's "API docs by Redocly" badge is an image on Redocly's CDN (no option turns it off): offline it fails to
    # load and Redoc hides it; nothing else may come from outside
    outside = [url for url in opened.outside() if not REDOC_BADGE.fullmatch(url)]
    assert not outside, outside
