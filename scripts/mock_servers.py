"""Start Prism mock servers from our specs on free loopback ports (used by the tests and `make demo`).

python scripts/mock_servers.py      # serve both APIs until Ctrl-C, printing their URLs
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
A360_SPEC = ROOT / "specs" / "sendpulse-a360.yaml"
ACTIVETRAIL_SPEC = ROOT / "generated" / "openapi" / "activetrail.yaml"
STARTUP_SECONDS = 120


PORT_ATTEMPTS = 5  # a free port can be taken by another process before Prism binds it: then another port


class PortTaken(RuntimeError):
    """Prism could not listen: the port was taken between `free_port()` and Prism's bind."""


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
                yield f"http://127.0.0.1:{port}"
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


def main() -> int:
    with prism(A360_SPEC) as a360, prism(ACTIVETRAIL_SPEC) as activetrail:
        print(f"SendPulse A360 mock: {a360}\nActiveTrail mock:    {activetrail}\n(Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
