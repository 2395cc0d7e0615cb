"""The package as users get it (#14 item 8, #19): the sdist and the wheel built with `python -m build` (the wheel from
the sdist, as a user's pip would), checked with `twine check --strict`, the wheel installed into a fresh venv with
nothing of the repository on sys.path, a user-style script (tests/dist_user_script.py) type-checked there with
`mypy --strict` and run against Prism, and the extras (`pulsetrail[cli,redis,mcp]`) installed and used.

Built once per module. `make dist` runs this module with PULSETRAIL_DIST_DIR=dist to keep what it built; otherwise
the artifacts go to a temporary folder. pip installs the wheel's dependencies from the package index.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tokenize
import tomllib
import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

import pytest
from conftest import MockServer

ROOT = Path(__file__).resolve().parent.parent
USER_SCRIPT = ROOT / "tests" / "dist_user_script.py"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]
GENERATED = ("sendpulse_a360_api", "activetrail_api")
#: what a plain `pip install pulsetrail` brings: nothing else (the CLI's and fleet mode's libraries are extras)
CORE_DEPENDENCIES = {"httpx", "attrs", "python-dateutil", "sniffio", "typing-extensions"}
EXTRAS = {
    "redis": {"redis"},
    "cli": {"typer", "rich", "jsonschema", "pyyaml"},
    "mcp": {"mcp", "typer", "rich", "jsonschema", "pyyaml"},
    "otel": {"opentelemetry-api"},
}
#: the OpenTelemetry SDK and exporter an application adds to `pulsetrail[otel]` (docs/guides/observability.md)
OTEL_APPLICATION = ("opentelemetry-sdk==1.45.2", "opentelemetry-exporter-otlp-proto-http==1.45.2")
#: the slowest steps (a build, a pip install, mypy over the generated packages) on a loaded 2-core machine
STEP_TIMEOUT = 900


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path


@dataclass(frozen=True)
class Venv:
    root: Path
    python: Path
    work: Path  # an empty folder outside the repository: the cwd of everything run in the venv
    core_install: frozenset[str]  # the distributions `pip install <wheel>` put there, before any extra


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: none of the variables that would put the repository or the dev venv on
    a path (PYTHONPATH, MYPYPATH, VIRTUAL_ENV), the dev venv's bin not first on PATH."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "MYPYPATH", "VIRTUAL_ENV"}}
    dev_bin = str(Path(sys.executable).parent)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != dev_bin)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def _run(args: list[str | Path], *, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(  # noqa: S603 - our own tools, fixed arguments
        [str(a) for a in args],
        cwd=cwd,
        env=env if env is not None else _clean_env(),
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited {result.returncode}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    wanted = os.environ.get("PULSETRAIL_DIST_DIR")
    out = Path(wanted).resolve() if wanted else tmp_path_factory.mktemp("dist")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("pulsetrail-*"):  # only what an earlier `make dist` left: a stale file would be checked
        old.unlink()
    # sdist first, then the wheel built from the unpacked sdist (what `pip install pulsetrail-X.tar.gz` does); no
    # isolation: the pinned hatchling of the dev venv builds it offline
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT], cwd=ROOT, env=os.environ.copy())
    wheels, sdists = sorted(out.glob("pulsetrail-*.whl")), sorted(out.glob("pulsetrail-*.tar.gz"))
    assert len(wheels) == 1, wheels
    assert len(sdists) == 1, sdists
    return Dist(wheel=wheels[0], sdist=sdists[0])


@pytest.fixture(scope="module")
def venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """A fresh venv holding the wheel, core dependencies only."""
    root = tmp_path_factory.mktemp("user") / "venv"
    work = root.parent / "work"
    work.mkdir()
    _run([sys.executable, "-m", "venv", root], cwd=work)
    python = root / "bin" / "python"
    _run([python, "-m", "pip", "install", "--quiet", dist.wheel], cwd=work)
    listed = json.loads(_run([python, "-m", "pip", "list", "--format=json"], cwd=work))
    return Venv(root=root, python=python, work=work, core_install=frozenset(_normalized(p["name"]) for p in listed))


def _wheel_metadata(wheel: Path) -> tuple[list[str], dict[str, list[str]]]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
    return archive.namelist(), {
        key: message.get_all(key) or [] for key in ("Version", "Requires-Dist", "Provides-Extra", "Project-URL")
    }


def _requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return _normalized(match.group(0))


def _normalized(name: str) -> str:
    """A distribution's name as PEP 503 compares it (`pip list` says `typing_extensions`, its metadata may not)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def test_twine_check_strict(dist: Dist) -> None:
    out = _run([sys.executable, "-m", "twine", "check", "--strict", dist.wheel, dist.sdist], cwd=ROOT)
    assert out.count("PASSED") == 2, out


def test_wheel_holds_the_packages_their_type_markers_and_the_specs(dist: Dist) -> None:
    names, _ = _wheel_metadata(dist.wheel)
    for package in ("pulsetrail", *GENERATED):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names, f"{package} ships no py.typed: its users' mypy would see Any"
    assert "pulsetrail/_specs/sendpulse-a360.yaml" in names
    assert "pulsetrail/_specs/activetrail.yaml" in names
    tops = {n.split("/")[0] for n in names if not n.startswith(f"pulsetrail-{VERSION}.dist-info")}
    assert tops == {"pulsetrail", *GENERATED}, f"unexpected top-level entries in the wheel: {tops}"


def test_wheel_metadata_version_core_dependencies_and_extras(dist: Dist) -> None:
    _, meta = _wheel_metadata(dist.wheel)
    assert meta["Version"] == [VERSION]
    core = {_requirement_name(r) for r in meta["Requires-Dist"] if "extra ==" not in r}
    assert core == CORE_DEPENDENCIES
    assert set(meta["Provides-Extra"]) == set(EXTRAS)
    for extra, wanted in EXTRAS.items():
        got = {_requirement_name(r) for r in meta["Requires-Dist"] if re.search(rf"extra == ['\"]{extra}['\"]", r)}
        assert got == wanted, (extra, got)
    # PyPI's sidebar: where the documentation, the source, the changelog and the issues are
    labels = {url.split(",", 1)[0] for url in meta["Project-URL"]}
    assert labels == {"Documentation", "Source", "Changelog", "Issues"}, meta["Project-URL"]


def test_sdist_holds_the_sources_the_wheel_is_built_from(dist: Dist) -> None:
    with tarfile.open(dist.sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for needed in (
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "specs/sendpulse-a360.yaml",
        "generated/openapi/activetrail.yaml",
    ):
        assert needed in names
    for package in ("overlay/pulsetrail", *(f"generated/{p}" for p in GENERATED)):
        assert f"{package}/py.typed" in names


def test_installed_from_the_venv_not_the_repository(venv: Venv) -> None:
    probe = (
        "import json, sys, pulsetrail, activetrail_api, sendpulse_a360_api\n"
        "print(json.dumps({'path': sys.path, 'version': pulsetrail.__version__, 'files': [m.__file__ for m in "
        "(pulsetrail, activetrail_api, sendpulse_a360_api)]}))"
    )
    seen = json.loads(_run([venv.python, "-I", "-c", probe], cwd=venv.work))
    assert seen["version"] == VERSION
    site = str(venv.root)
    assert all(f.startswith(site) for f in seen["files"]), seen["files"]
    assert not [p for p in seen["path"] if p.startswith(str(ROOT))], "the repository is on the installed sys.path"


def test_core_install_brings_no_extra(venv: Venv) -> None:
    assert venv.core_install >= CORE_DEPENDENCIES
    assert not (venv.core_install & set().union(*EXTRAS.values())), venv.core_install


@pytest.fixture(scope="module")
def user_script(venv: Venv) -> Path:
    script = venv.work / "nightly_sync.py"
    script.write_text(USER_SCRIPT.read_text(encoding="utf-8"), encoding="utf-8")
    return script


def _mypy(venv: Venv, script: Path) -> str:
    config = venv.work / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\nwarn_unused_ignores = True\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--config-file", config, "--python-executable", venv.python]
    return _run([*command, "--cache-dir", venv.work / ".mypy_cache", script.relative_to(venv.work)], cwd=venv.work)


def test_user_script_type_checks_strictly_against_the_installed_wheel(venv: Venv, user_script: Path) -> None:
    # the dev venv's mypy, resolving every import in the fresh venv only (PEP 561: the py.typed markers); its own
    # config so nothing of the repository's (mypy_path, overrides for the generated packages) applies
    out = _mypy(venv, user_script)
    assert "Success: no issues found in 1 source file" in out
    text = user_script.read_text(encoding="utf-8")
    assert "type: ignore" not in text
    assert "cast(" not in text


def _readme_quickstart() -> str:
    """The README's quickstart: the first Python block under `## Quickstart`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n## Quickstart\n" in readme, "the README has no Quickstart section"
    block = re.search(r"```python\n(.*?)```", readme.split("\n## Quickstart\n", 1)[1], re.DOTALL)
    assert block, "the README's Quickstart has no python block"
    return block.group(1)


@pytest.fixture(scope="module")
def quickstart(venv: Venv) -> Path:
    script = venv.work / "quickstart.py"
    script.write_text(_readme_quickstart(), encoding="utf-8")
    return script


def test_readme_quickstart_type_checks_strictly_against_the_installed_wheel(venv: Venv, quickstart: Path) -> None:
    out = _mypy(venv, quickstart)
    assert "Success: no issues found in 1 source file" in out
    assert "type: ignore" not in quickstart.read_text(encoding="utf-8")


#: a complete program of the docs: a python block that runs something at its top level, `asyncio.run(...)` (async)
#: or `main()` (sync); the other blocks are excerpts
_PROGRAM = re.compile(r"^(asyncio\.run\(|main\(\)$)", re.MULTILINE)


def _docs_programs() -> dict[str, str]:
    """The complete programs of the documentation site, by name."""
    programs = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        blocks = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)
        for n, block in enumerate(blocks):
            if _PROGRAM.search(block):
                stem = "_".join(page.relative_to(ROOT / "docs").with_suffix("").parts).replace("-", "_")
                programs[f"docs_{stem}_{n}.py"] = block
    return programs


def test_docs_programs_type_check_strictly_against_the_installed_wheel(venv_with_extras: Venv) -> None:
    # with the extras: the configuration guide's fleet mode program imports redis and pulsetrail.redis
    programs = _docs_programs()
    names = " ".join(programs)
    # the home page, both getting-started pages, the configuration guide (a program per option), synchronous code
    for page in ("docs_index_", "docs_getting_started_a360_", "docs_getting_started_activetrail_", "docs_guides_sync_"):
        assert page in names, f"no program of {page} found among {names}"
    assert sum(name.startswith("docs_guides_configuration_") for name in programs) >= 7, names
    folder = venv_with_extras.work / "docs_programs"
    folder.mkdir(exist_ok=True)
    for name, code in programs.items():
        (folder / name).write_text(code, encoding="utf-8")
    out = _mypy(venv_with_extras, folder)
    assert f"Success: no issues found in {len(programs)} source files" in out
    assert not [name for name, code in programs.items() if "type: ignore" in code or "cast(" in code]


def _with_base_urls(code: str, urls: dict[str, str]) -> str:
    """`code` with `base_url=<url>` as the last argument of each call of a client class named in `urls` (found as
    tokens, so a call in a comment or a string does not count); each class must be called exactly once."""
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type != tokenize.COMMENT]
    inserts: list[tuple[tuple[int, int], str]] = []
    called: list[str] = []
    for i, token in enumerate(tokens[:-1]):
        if token.type != tokenize.NAME or token.string not in urls or tokens[i + 1].string != "(":
            continue
        depth, j = 0, i + 1
        while True:  # the parenthesis that closes the call
            depth += {"(": 1, ")": -1}.get(tokens[j].string, 0) if tokens[j].type == tokenize.OP else 0
            if depth == 0:
                break
            j += 1
        before = [t for t in tokens[i + 2 : j] if t.type not in (tokenize.NL, tokenize.NEWLINE)]
        separator = "" if not before or before[-1].string == "," else ", "
        inserts.append((tokens[j].start, f"{separator}base_url={urls[token.string]!r}"))
        called.append(token.string)
    assert sorted(called) == sorted(urls), f"each client constructed exactly once, not {called}"
    lines = code.splitlines(keepends=True)
    for (row, col), text in sorted(inserts, reverse=True):
        lines[row - 1] = f"{lines[row - 1][:col]}{text}{lines[row - 1][col:]}"
    return "".join(lines)


def test_readme_quickstart_runs_against_prism(
    venv: Venv, quickstart: Path, a360_mock: MockServer, activetrail_mock: MockServer
) -> None:
    # the quickstart as written, its two clients pointed at the mocks (each constructed exactly once)
    code = _with_base_urls(
        quickstart.read_text(encoding="utf-8"), {"A360": a360_mock.url, "ActiveTrail": activetrail_mock.url}
    )
    pointed = venv.work / "quickstart_on_prism.py"
    pointed.write_text(code, encoding="utf-8")
    out = _run([venv.python, "-I", pointed.name], cwd=venv.work)
    assert out.strip(), "the quickstart printed nothing"


def _credentials(a360: MockServer, activetrail: MockServer) -> dict[str, str]:
    return {
        "ACTIVETRAIL_TOKEN": "0Xdist-test-token",
        "ACTIVETRAIL_BASE_URL": activetrail.url,
        "SENDPULSE_CLIENT_ID": "dist-test-id",
        "SENDPULSE_CLIENT_SECRET": "dist-test-secret",
        "SENDPULSE_BASE_URL": a360.url,
    }


def test_user_script_runs_against_prism(
    venv: Venv, user_script: Path, a360_mock: MockServer, activetrail_mock: MockServer
) -> None:
    env = _clean_env(**_credentials(a360_mock, activetrail_mock))
    out = _run([venv.python, "-I", user_script.name], cwd=venv.work, env=env)
    lines = out.splitlines()
    assert lines[0] == f"pulsetrail {VERSION}"
    assert any(line.startswith("group ") for line in lines), out
    assert any(re.fullmatch(r"created contact \d+", line) for line in lines), out
    assert any(line.startswith("flow ") for line in lines), out
    assert any(re.match(r"  email \d+: sent \d+", line) for line in lines), out  # counters as int, typed stats
    # the open surface (#23): a raw response, a with_options copy, client.request, and the same in sync code
    assert any(re.fullmatch(r"raw page: status 200, \d+ flows, \d+ attempt\(s\)", line) for line in lines), out
    assert any(re.fullmatch(r"with_options: \d+ groups", line) for line in lines), out
    assert "request: status 200, json dict" in lines, out
    assert any(re.fullmatch(r"sync: \d+ groups, raw 200 with \d+, request 200", line) for line in lines), out
    done = re.fullmatch(r"done: (\d+) contacts streamed, (\d+) flow elements walked", lines[-1])
    assert done, out
    assert int(done.group(1)) >= 1
    assert int(done.group(2)) >= 1


@pytest.fixture(scope="module")
def venv_with_extras(venv: Venv, dist: Dist) -> Venv:
    _run(
        [
            venv.python,
            "-m",
            "pip",
            "install",
            "--quiet",
            f"pulsetrail[cli,redis,mcp,otel] @ {dist.wheel.as_uri()}",
            # what the observability guide's program imports besides the extra (the application's own choice)
            *OTEL_APPLICATION,
        ],
        cwd=venv.work,
    )
    return venv


def test_extras_install_their_libraries(venv_with_extras: Venv) -> None:
    probe = "import redis.asyncio, typer, rich, jsonschema, yaml; from pulsetrail.redis import RedisRateLimiter"
    _run([venv_with_extras.python, "-I", "-c", probe], cwd=venv_with_extras.work)


def test_mcp_lists_one_tool_per_get_operation_from_the_shipped_spec(venv_with_extras: Venv) -> None:
    program = venv_with_extras.root / "bin" / "pulsetrail"
    listed = _run([program, "mcp", "activetrail", "--list-tools"], cwd=venv_with_extras.work).splitlines()
    spec = (ROOT / "generated" / "openapi" / "activetrail.yaml").read_text(encoding="utf-8")
    gets = len(re.findall(r"^    get:$", spec, flags=re.MULTILINE))
    assert len(listed) == gets + 1  # and the curated campaign_report_summary
    assert all(line.endswith("\tread") for line in listed)


def test_cli_console_script_and_shipped_specs(
    venv_with_extras: Venv, a360_mock: MockServer, activetrail_mock: MockServer
) -> None:
    program = venv_with_extras.root / "bin" / "pulsetrail"
    env = _clean_env(**_credentials(a360_mock, activetrail_mock))
    flows = json.loads(_run([program, "a360", "flows", "--format", "json"], cwd=venv_with_extras.work, env=env))
    assert flows
    assert all("id" in flow for flow in flows)
    # verify reads the spec shipped in the wheel (pulsetrail/_specs/): in a venv there is no checkout to fall back on
    out = _run(
        [program, "verify", "a360", "--base-url", a360_mock.url, "--max-calls", "5", "--quiet"],
        cwd=venv_with_extras.work,
        env=env,
    )
    assert out.startswith("# pulsetrail verify: SendPulse Automation360"), out[:500]
    assert "spec `sendpulse-a360.yaml`" in out
    assert re.search(r"\*\*(\d+) of \d+ operations called; \1 conforms?\.\*\* Nothing the run called contradicts", out)
    probe = "from pulsetrail._verify_spec import spec_path; print(spec_path('a360')); print(spec_path('activetrail'))"
    shipped = venv_with_extras.root / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    paths = _run([venv_with_extras.python, "-I", "-c", probe], cwd=venv_with_extras.work).split()
    assert paths == [
        str(shipped / "site-packages" / "pulsetrail" / "_specs" / name)
        for name in ("sendpulse-a360.yaml", "activetrail.yaml")
    ]
