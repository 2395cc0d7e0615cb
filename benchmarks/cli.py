"""`cli_export_peak_mb`: peak RSS of `pulsetrail activetrail contacts export` writing 100,000 contacts to a CSV file.

    python -m benchmarks.cli [--rows 100000]

A local HTTP server (a thread of this process, 127.0.0.1 only) answers `GET /api/contacts?Page=&Limit=` with pages of
contacts, `rows` in all; the CLI runs in its own process (`python -c "from pulsetrail.cli import main; main()"`), and
its peak resident memory is the kernel's high-water mark of that program's own memory (`VmHWM` of
`/proc/self/status`, written by the child as it exits). Not `os.wait4`'s `ru_maxrss`: Linux carries the peak of the
memory a process had before `exec` into it, and a child that Python starts with `vfork` had the parent's, so a big
parent (`make bench` after its other phases) showed as the CLI's peak. The export keeps one page in memory, so the
figure stays flat however many rows: it is mostly the interpreter and the imported libraries.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

#: the CLI, writing its own peak resident memory (kB) to a file as it exits, where Linux tells it
_CHILD = """\
import atexit, pathlib, re

def _peak():
    status = pathlib.Path("/proc/self/status")
    found = re.search(r"^VmHWM:\\s+(\\d+) kB", status.read_text(), re.M) if status.exists() else None
    if found:
        pathlib.Path({peak!r}).write_text(found.group(1))

atexit.register(_peak)
from pulsetrail.cli import main
main()
"""

ROWS = 100_000
TIMEOUT_S = 180.0
TOKEN = "0Xbench-cli-token"  # noqa: S105 - a fake token for a local server


def _contact(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "email": f"contact{i}@example.com",
        "sms": f"05{i:08d}",
        "first_name": "Dana",
        "last_name": "Levi",
        "status": "Subscribed",
        "state": "ACTIVE",
        "is_optined": True,
        "ext1": "VIP",
        "num1": 3,
        "date_created_utc": "2026-01-05T08:12:00",
    }


class _Contacts(BaseHTTPRequestHandler):
    rows = ROWS
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        if url.path != "/api/contacts" or self.headers.get("Authorization") != TOKEN:
            self._answer(404 if url.path != "/api/contacts" else 401, b'{"Message":"no"}')
            return
        page, size = int(query["Page"][0]), int(query["Limit"][0])
        first = (page - 1) * size + 1
        last = min(first + size - 1, self.rows)
        self._answer(200, json.dumps([_contact(i) for i in range(first, last + 1)]).encode())

    def _answer(self, status: int, body: bytes) -> None:
        # head and body in one write: two small writes per answer would meet Nagle and delayed ACKs (40 ms each)
        head = f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\nContent-Type: application/json\r\n"
        self.wfile.write(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def contacts_server(rows: int) -> Iterator[str]:
    handler = type("Handler", (_Contacts,), {"rows": rows})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def measure(rows: int = ROWS) -> dict[str, Any]:
    """Export `rows` contacts through the CLI in a child process; its peak RSS, the rows written, the time taken."""
    with contacts_server(rows) as url, tempfile.TemporaryDirectory(prefix="pulsetrail-bench-cli-") as tmp:
        out = Path(tmp) / "contacts.csv"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ACTIVETRAIL_", "SENDPULSE_"))}
        env["ACTIVETRAIL_TOKEN"] = TOKEN
        peak = Path(tmp) / "peak"
        command = [sys.executable, "-c", _CHILD.format(peak=str(peak))]
        command += ["activetrail", "contacts", "export", "--out", str(out), "--quiet", "--base-url", url]
        started = time.perf_counter()
        child = subprocess.Popen(  # noqa: S603 - this interpreter, our own program, no shell
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        timer = threading.Timer(TIMEOUT_S, child.kill)  # bounded: a stuck export is killed
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        errors = child.stderr.read().decode(errors="replace") if child.stderr else ""
        if child.returncode != 0:
            raise RuntimeError(f"the export failed ({child.returncode}): {errors.strip()}")
        with out.open(encoding="utf-8") as written:
            written_rows = sum(1 for _ in written) - 1
        own_peak_kb = int(peak.read_text()) if peak.exists() else usage.ru_maxrss  # not Linux: the rusage
    return {
        "cli_export_peak_mb": own_peak_kb / 1024,
        "cli_export_ru_maxrss_mb": usage.ru_maxrss / 1024,  # Linux reports kilobytes
        "cli_export_rows": written_rows,
        "cli_export_s": round(elapsed, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    result = measure(parser.parse_args(argv).rows)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
