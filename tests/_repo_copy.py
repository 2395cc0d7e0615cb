"""A copy of the repository for tests that edit specs and regenerate: every tracked file as it is in the working
tree, in a fresh git repository with one commit (the "last commit" the change report compares with)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIT_ENV = {
    "GIT_AUTHOR_NAME": "pulsetrail tests",
    "GIT_AUTHOR_EMAIL": "tests@example.com",
    "GIT_COMMITTER_NAME": "pulsetrail tests",
    "GIT_COMMITTER_EMAIL": "tests@example.com",
}


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(  # noqa: S603 - git with our own arguments, no shell
        ["git", *args],  # noqa: S607
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **GIT_ENV},
    )
    return result.stdout


def repo_copy(target: Path) -> Path:
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "the repository as the test found it")
    return target


def run_script(repo: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`python scripts/SCRIPT ARGS` of the copy, with this interpreter (its venv has the pinned generator)."""
    return subprocess.run(  # noqa: S603 - this interpreter, our own scripts
        [sys.executable, str(repo / "scripts" / script), *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **GIT_ENV},
    )


VERSION_LINE = re.compile(r"^  version: (\S+)$", re.MULTILINE)  # info.version: the first 2-space `version:`


def released_baseline(repo: Path, spec: str, api: str) -> str:
    """Put `spec` of the copy at the spec version of the newest release, recorded for its current content, and
    commit: a change made after this needs a version bump whatever main's specs are at."""
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    # the unreleased section forgets any version it names for this spec: the copy's spec is at the release now
    unreleased, _, released = changelog.partition("\n## [0")
    named = re.compile(rf"^.*{re.escape(Path(spec).name)}`? \d{{4}}\.\d{{2}}\.\d+.*\n", re.MULTILINE)
    changelog = named.sub("", unreleased) + "\n## [0" + released
    (repo / "CHANGELOG.md").write_text(changelog, encoding="utf-8")
    newest = re.split(r"^## \[(?!Unreleased)", changelog, flags=re.MULTILINE)[1]
    version = re.search(r"\d{4}\.\d{2}\.\d+", newest)
    assert version is not None, "the newest release names no spec version"
    path = repo / spec
    path.write_text(VERSION_LINE.sub(f"  version: {version.group(0)}", path.read_text(encoding="utf-8"), count=1))
    record = repo / "scripts" / "spec-versions.json"
    entries = json.loads(record.read_text(encoding="utf-8"))
    entries.pop(api, None)
    record.write_text(json.dumps(entries), encoding="utf-8")
    recorded = run_script(repo, "spec_versions.py", "--record")
    assert recorded.returncode == 0, recorded.stderr
    git(repo, "commit", "-q", "--allow-empty", "-am", f"{spec} at {version.group(0)}, recorded")
    return version.group(0)
