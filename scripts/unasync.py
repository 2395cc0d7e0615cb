"""Write the sync clients' twin code from the async clients' code, so that what both do is written once.

    python scripts/unasync.py           # rewrite the marked regions of the sync modules
    python scripts/unasync.py --check   # fail when a sync region differs from what its async region gives

Python's typing cannot derive a sync signature from an async one (`SyncA360.stats`'s 10 overloads return values,
`A360.stats`'s return awaitables), so the sync methods are generated, as httpcore does with `unasync`: each region of
an async module between `# unasync: begin` and `# unasync: end` is copied into the same-numbered region between
`# unasync: generated` and `# unasync: end` of its sync twin (the same module for the paginators), token by token
(`async def` -> `def`, `await ` -> nothing, `AsyncPaginator` -> `SyncPaginator`, ...). The
sync module's code outside its regions (constructors, imports) stays hand-written; the result is `ruff format`ted.
`make check` runs `--check`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay" / "pulsetrail"

#: async module -> its sync twin
PAIRS = {
    OVERLAY / "_a360.py": OVERLAY / "_sync_a360.py",
    OVERLAY / "_activetrail.py": OVERLAY / "_sync_activetrail.py",
    OVERLAY / "_pagination.py": OVERLAY / "_pagination.py",  # AsyncPaginator -> SyncPaginator, one module
}

#: whole-word replacements, in order
TOKENS = (
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"\bAsyncPaginator\b", "SyncPaginator"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\bAsyncFlows\b", "SyncFlows"),
    (r"\bFlowsNamespace\b", "SyncFlowsNamespace"),
    (r"\bsend_in_chunks\b", "send_in_chunks_sync"),
    # what an async generator must spell out, a sync one delegates (ruff's UP028)
    (r"for (\w+) in (.+):\n[ \t]+yield \1\n", r"yield from \2\n"),
)
#: an async region opens with BEGIN, its sync twin with GENERATED (the two may share a file); both close with END
BEGIN, GENERATED, END = "# unasync: begin", "# unasync: generated", "# unasync: end"


def unasync(code: str) -> str:
    for pattern, replacement in TOKENS:
        code = re.sub(pattern, replacement, code)
    return code


def regions(text: str, opening: str) -> list[re.Match[str]]:
    pattern = rf"^[ \t]*{re.escape(opening)}.*?\n(.*?)^[ \t]*{re.escape(END)}"
    return list(re.finditer(pattern, text, re.DOTALL | re.MULTILINE))


def rewritten(async_path: Path, sync_path: Path) -> str:
    """The sync module with each region replaced by its async region, unasynced."""
    sources, sync_text = regions(async_path.read_text(encoding="utf-8"), BEGIN), sync_path.read_text(encoding="utf-8")
    targets = regions(sync_text, GENERATED)
    if not sources or len(sources) != len(targets):
        raise SystemExit(
            f"unasync: {async_path.name} has {len(sources)} regions, {sync_path.name} {len(targets)}; they must pair"
        )
    out, last = [], 0
    for source, target in zip(sources, targets, strict=True):
        out += [sync_text[last : target.start(1)], unasync(source.group(1))]
        last = target.end(1)
    return formatted("".join([*out, sync_text[last:]]), sync_path)


def formatted(code: str, path: Path) -> str:
    """`code` as `ruff format` (the pinned one beside this interpreter, the repository's settings) leaves `path`."""
    ruff = Path(sys.executable).parent / "ruff"
    result = subprocess.run(  # noqa: S603 - our own pinned tool, no shell
        [str(ruff), "format", "--stdin-filename", str(path), "-"],
        input=code,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise SystemExit(f"unasync: ruff format failed on {path.name}:\n{result.stderr}")
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync region is not its async region's twin")
    args = parser.parse_args(argv)
    stale = []
    for async_path, sync_path in PAIRS.items():
        text = rewritten(async_path, sync_path)
        if text == sync_path.read_text(encoding="utf-8"):
            continue
        if args.check:
            stale.append(sync_path.relative_to(ROOT))
        else:
            sync_path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"unasync --check: {path} differs from its async twin; run `python scripts/unasync.py`", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
