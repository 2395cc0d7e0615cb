"""A local HTTP/1.1 server that misbehaves on purpose, on a real socket, in a thread of its own (so async and sync
clients alike talk to it): each test gives it a `Behaviour`, the coroutine that answers one request as it likes
(a cut-off body, a stalled one, a gzip bomb, silence, an echo of the credentials...). It records every request it
read, so a test can tell what reached it: nothing, once, or once per attempt."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import threading
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field

__all__ = [
    "BOMB_CLIENT",
    "Behaviour",
    "HostileServer",
    "Seen",
    "bomb",
    "bomb_peak",
    "drip",
    "head",
    "reply",
    "silent",
]


@dataclass(frozen=True)
class Seen:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]


#: answers one request: the request read, and the connection's writer (close it to hang up)
Behaviour = Callable[[Seen, asyncio.StreamWriter], Awaitable[None]]


def head(status: int, headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def reply(writer: asyncio.StreamWriter, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    writer.write(head(status, {"Content-Type": "application/json", **(headers or {})}, length=len(body)) + body)
    await writer.drain()


async def silent(seen: Seen, writer: asyncio.StreamWriter) -> None:
    """Accepts, reads the request, never answers."""
    await asyncio.Event().wait()


def drip(opening: bytes) -> Behaviour:
    """Headers promising 10,000 bytes, `opening`, then a space every 50 ms: never a read timeout, never an end."""

    async def dripping(seen: Seen, writer: asyncio.StreamWriter) -> None:
        writer.write(head(200, {"Content-Type": "application/json"}, length=10_000) + opening)
        while True:
            await asyncio.sleep(0.05)
            writer.write(b" ")
            await writer.drain()

    return dripping


def bomb(gib: int) -> Behaviour:
    """`gib` GiB of the digit 0, gzip-compressed on the fly (about 1 MiB on the wire per GiB)."""

    async def gzip_bomb(seen: Seen, writer: asyncio.StreamWriter) -> None:
        chunked = {"Content-Type": "application/json", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
        writer.write(head(200, chunked))
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"0" * 2**20
        for _ in range(gib * 1024):
            packed = packer.compress(zeros)
            if packed:
                writer.write(b"%x\r\n%s\r\n" % (len(packed), packed))
                await writer.drain()
        tail = packer.flush()
        writer.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(tail), tail))
        await writer.drain()

    return gzip_bomb


#: a client process reading one answer with the default options: prints the error class and its peak RSS in MiB,
#: its own (`VmHWM`: `ru_maxrss` would carry the peak of the parent it was forked from, Linux keeps it across exec)
BOMB_CLIENT = """\
import asyncio, pathlib, re, resource, sys
from pulsetrail import ActiveTrail, PulsetrailError

async def main() -> str:
    async with ActiveTrail("AT-key-0123456789abcdef", base_url=sys.argv[1]) as at:
        try:
            await at.contacts.get_contact(42)
        except PulsetrailError as error:
            return type(error).__name__
    return "no error"

def peak_mib() -> float:
    status = pathlib.Path("/proc/self/status")
    found = re.search(r"^VmHWM:\\s+(\\d+) kB", status.read_text(), re.M) if status.exists() else None
    return int(found.group(1)) / 1024 if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

outcome = asyncio.run(main())
print(outcome, peak_mib())
"""


def bomb_peak(url: str, timeout: float) -> tuple[str, float]:
    """(the error class, peak RSS in MiB) of `BOMB_CLIENT` run against `url` in a process of its own (so that its
    peak memory is its own)."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", BOMB_CLIENT, url], capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(f"the bomb client failed: {done.stderr[-1000:]}")
    outcome, peak = done.stdout.split()
    return outcome, float(peak)


@dataclass
class HostileServer:
    behave: Behaviour
    seen: list[Seen] = field(default_factory=list)
    connections: int = 0
    url: str = ""
    _loop: asyncio.AbstractEventLoop | None = None
    _stop: asyncio.Event | None = None

    def paths(self) -> list[str]:
        return [request.path for request in self.seen]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                start = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = start.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = {}
                for line in header_lines:
                    if ":" in line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                seen = Seen(method, target, headers, body)
                self.seen.append(seen)
                await self.behave(seen, writer)
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # the server stopping: a behaviour that never answers ends here, quietly
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=1024)
        port = server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        ready.set()
        async with server:
            await self._stop.wait()
            server.close()
            # handlers still running (a silent behaviour waits forever) end with the loop
            for task in asyncio.all_tasks() - {asyncio.current_task()}:
                task.cancel()

    @contextlib.contextmanager
    def running(self) -> Iterator[HostileServer]:
        ready = threading.Event()
        thread = threading.Thread(target=asyncio.run, args=(self._serve(ready),), daemon=True)
        thread.start()
        if not ready.wait(30):
            raise RuntimeError("the hostile server did not start")
        try:
            yield self
        finally:
            assert self._loop is not None and self._stop is not None
            self._loop.call_soon_threadsafe(self._stop.set)
            thread.join(30)
