"""Start Prism mock servers from our specs on free loopback ports (used by the tests and `make demo`).

python scripts/mock_servers.py      # serve both APIs until Ctrl-C or SIGTERM, printing their URLs

Run as a script it watches its Prism children: when one exits (a spec it reloaded after an edit no longer parses, it
was killed), it prints one line naming that spec to stderr, stops the other and exits 1, instead of serving half the
APIs while later calls fail with ConnectError. SIGTERM and SIGINT stop both children before it exits.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
A360_SPEC = ROOT / "specs" / "sendpulse-a360.yaml"
ACTIVETRAIL_SPEC = ROOT / "generated" / "openapi" / "activetrail.yaml"
STARTUP_SECONDS = 120
WATCH_INTERVAL = 0.5  # how often main() looks at its children: how late a death is reported, not a timing margin


PORT_ATTEMPTS = 5  # a free port can be taken by another process before Prism binds it: then another port


class PortTaken(RuntimeError):
    """Prism could not listen: the port was taken between `free_port()` and Prism's bind."""


class Stopped(Exception):
    """SIGTERM or SIGINT arrived: unwind, so every `prism()` block stops its child."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)


@dataclass(frozen=True)
class Mock:
    """One running Prism: the spec it serves, its base URL, the process and its captured output."""

    spec: Path
    url: str
    process: subprocess.Popen[bytes]
    log: IO[bytes]

    def death(self) -> str | None:
        """None while Prism runs; once it has exited, one line saying which spec, how it ended and its last words."""
        code = self.process.poll()
        if code is None:
            return None
        how = f"was killed by {signal.Signals(-code).name}" if code < 0 else f"exited with code {code}"
        self.log.seek(0)
        lines = [line.strip() for line in self.log.read().decode(errors="replace").splitlines() if line.strip()]
        last = f"; its last output: {lines[-1][:300]}" if lines else ""
        return f"the Prism mock of {_shown(self.spec)} {how}{last}"


def _shown(spec: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(spec.relative_to(ROOT))
    return str(spec)


def free_port() -> int:
    """A loopback port free right now. Prism binds it a moment later, so on a shared machine another process can take
    it first: `prism()` then starts again on another port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def prism(spec: Path) -> Iterator[str]:
    """Serve `spec` with `prism mock` (request validation on) and yield its base URL; stop it on exit."""
    with prism_mock(spec) as mock:
        yield mock.url


@contextlib.contextmanager
def prism_mock(spec: Path) -> Iterator[Mock]:
    """`prism()`, yielding the running `Mock` (process and output) for callers that watch it."""
    for attempt in range(1, PORT_ATTEMPTS + 1):
        port = free_port()
        with tempfile.TemporaryFile() as log:
            # The prism binary itself, not npx: terminating this PID then stops the server.
            process = subprocess.Popen(  # noqa: S603 - our own pinned tool, no shell
                [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "NO_COLOR": "1"},
            )
            try:
                try:
                    _wait_until_listening(process, log)
                except PortTaken:
                    if attempt == PORT_ATTEMPTS:
                        raise
                    continue
                yield Mock(spec, f"http://127.0.0.1:{port}", process, log)
                return
            finally:
                _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_until_listening(process: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    """Until Prism says it listens. STARTUP_SECONDS is a hang guard (Prism needs about 1 s), never a timing margin."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        log.seek(0)
        output = log.read()
        if process.poll() is not None:
            text = output.decode(errors="replace")
            if "EADDRINUSE" in text:
                raise PortTaken(text.strip().splitlines()[-1])
            raise RuntimeError(f"prism exited with {process.returncode}:\n{text}")
        if b"is listening on" in output:
            return
        time.sleep(0.1)
    raise RuntimeError(f"prism did not start within {STARTUP_SECONDS} s")


def _on_signal(signum: int, frame: FrameType | None) -> None:
    # Once: a second signal during the unwinding must not cut short the stopping of the other child.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Stopped(signum)


def main() -> int:
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    try:
        with prism_mock(A360_SPEC) as a360, prism_mock(ACTIVETRAIL_SPEC) as activetrail:
            print(
                f"SendPulse A360 mock: {a360.url}\nActiveTrail mock:    {activetrail.url}\n(Ctrl-C to stop)",
                flush=True,
            )
            while True:
                for mock in (a360, activetrail):
                    if (death := mock.death()) is not None:
                        print(f"mock_servers: error: {death}", file=sys.stderr, flush=True)
                        return 1
                time.sleep(WATCH_INTERVAL)
    except Stopped as stopped:
        print(f"mock_servers: {stopped}: Prism mocks stopped", file=sys.stderr, flush=True)
        return 0


if __name__ == "__main__":
    sys.exit(main())
