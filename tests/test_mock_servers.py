"""scripts/mock_servers.py as people run it: a dead Prism child is reported (one line naming its spec) and ends the
run with exit 1; SIGTERM and SIGINT leave no Prism child behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HANG_GUARD = 180  # seconds: only so a broken run fails instead of hanging the suite


def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is `pid`, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        state, ppid = fields[0], int(fields[1])
        if ppid == pid and state != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _start() -> tuple[subprocess.Popen[str], list[int]]:
    """mock_servers.py running, once it has printed its URLs; and its two Prism children."""
    process = subprocess.Popen(  # noqa: S603 - our own script, no shell
        [sys.executable, str(ROOT / "scripts" / "mock_servers.py")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    banner = [process.stdout.readline() for _ in range(3)]
    assert banner[2].strip() == "(Ctrl-C to stop)", banner
    children = _children(process.pid)
    assert len(children) == 2, children
    return process, children


def _cleanup(process: subprocess.Popen[str], children: list[int]) -> None:
    for pid in [*children, process.pid]:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    process.wait(timeout=HANG_GUARD)


def test_a_dead_prism_child_is_reported_and_ends_the_run() -> None:
    process, children = _start()
    try:
        victim = next(pid for pid in children if "sendpulse-a360.yaml" in Path(f"/proc/{pid}/cmdline").read_text())
        os.kill(victim, signal.SIGKILL)
        _, stderr = process.communicate(timeout=HANG_GUARD)
        assert process.returncode == 1
        lines = stderr.strip().splitlines()
        assert len(lines) == 1, stderr
        assert lines[0].startswith("mock_servers: error: the Prism mock of specs/sendpulse-a360.yaml")
        assert "SIGKILL" in lines[0]
        assert not [pid for pid in children if _alive(pid)], "the other Prism child was left running"
    finally:
        _cleanup(process, children)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_stops_every_prism_child(signum: signal.Signals) -> None:
    process, children = _start()
    try:
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=HANG_GUARD)
        assert process.returncode == 0, stderr
        assert f"mock_servers: {signum.name}: Prism mocks stopped" in stderr
        assert not [pid for pid in children if _alive(pid)], "a Prism child outlived mock_servers.py"
    finally:
        _cleanup(process, children)
