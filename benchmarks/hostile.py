"""What a hostile server can cost a client, measured against the test suite's misbehaving server
(tests/_hostile_server.py, a real socket):

- `silent_flood_s`: 300 concurrent calls (`timeout=1`, no retries) against a server that accepts and never answers:
  seconds until the last one has failed. Those queued behind the 32 in flight fail when no turn comes within
  `timeout.pool`, instead of each waiting out the ones before it (about 10 s before that bound).
- `bomb_peak_mb`: the peak RSS, in MiB, of a client process reading a 4 GiB gzip bomb (4 MiB on the wire): the
  body is refused at the default `max_response_bytes` (64 MiB, decoded).

    python -m benchmarks.hostile
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the misbehaving server is the test suite's own

from _hostile_server import HostileServer, bomb, bomb_peak, silent  # noqa: E402
from pulsetrail import ActiveTrail, APITimeoutError, RetryPolicy  # noqa: E402

FLOOD = 300
BOMB_GIB = 4
GUARD_S = 300.0


async def _flood(url: str) -> float:
    started = time.monotonic()
    async with ActiveTrail("0Xbench-hostile-token", base_url=url, timeout=1, retry=RetryPolicy(max_retries=0)) as at:
        calls = [at.contacts.get_contact(42) for _ in range(FLOOD)]
        outcomes = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), GUARD_S)
    if not all(isinstance(outcome, APITimeoutError) for outcome in outcomes):
        raise RuntimeError(f"silent flood: not every call timed out: {set(map(type, outcomes))}")
    return time.monotonic() - started


def measure() -> dict[str, Any]:
    results: dict[str, Any] = {}
    with HostileServer(silent).running() as server:
        results["silent_flood_s"] = asyncio.run(_flood(server.url))
    with HostileServer(bomb(BOMB_GIB)).running() as server:
        outcome, peak = bomb_peak(server.url, GUARD_S)
    if outcome != "ResponseTooLargeError":
        raise RuntimeError(f"gzip bomb: {outcome}")
    results["bomb_peak_mb"] = peak
    return results


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
