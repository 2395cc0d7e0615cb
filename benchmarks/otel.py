"""`otel_off_call_ratio`: what the observability machinery (#27: hooks, logs, OpenTelemetry) costs a call when
nobody listens, in the case it costs most: OpenTelemetry installed and imported, but no provider configured; no
hooks, the `pulsetrail` logger below INFO.

A typed call (`A360.flows.list_flows()`, one page, against `benchmarks/server.py`) through a client as users get it,
over the same call through a client whose httpx client has no observer (the request path as before #27: no call
record, no provider lookup), sequentially, in one run: pairs of adjacent blocks (one of each client, which goes
first alternating), the figure the median of the pairs' ratios. The difference looked for (a few microseconds of a
call of about a millisecond) is far below what other load on a shared machine does to a block; within a pair, both
blocks see nearly the same load, so the median ratio of pairs holds still where a ratio of two medians drifts by
several per cent.

    python -m benchmarks.otel    # starts its own bench server; prints the figure
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import time
from typing import Any

from .bench import CLIENT_ID, CLIENT_SECRET, Call, Deadline, Sizes, bench_server, warm_up

#: calls of each client: more than `Sizes.sequential`, since the difference looked for is a fraction of a percent
CALLS = 6000
#: calls per block: short blocks, so that the two blocks of a pair run under nearly the same load
BLOCK = 20


async def paired(first: Call, second: Call, n: int, block: int, deadline: Deadline) -> tuple[float, float, float]:
    """The median over pairs of adjacent blocks of `first`'s time over `second`'s, and each one's median s/call."""
    ratios: list[float] = []
    per_call: tuple[list[float], list[float]] = ([], [])
    for index in range(max(n // block, 1)):
        seconds = [0.0, 0.0]
        for which in (0, 1) if index % 2 == 0 else (1, 0):
            call = (first, second)[which]
            start = time.perf_counter()
            for _ in range(block):
                await call()
            seconds[which] = (time.perf_counter() - start) / block
            per_call[which].append(seconds[which])
        ratios.append(seconds[0] / seconds[1])
        deadline.check()
    return statistics.median(ratios), statistics.median(per_call[0]), statistics.median(per_call[1])


async def otel_off(url: str, sizes: Sizes, results: dict[str, Any]) -> None:
    # imported, so that the lookup deciding "off" is made in full (absent, it ends at a dictionary miss)
    import opentelemetry.metrics
    import opentelemetry.trace  # noqa: F401
    from pulsetrail import A360
    from pulsetrail._observe import ObservedAsyncClient
    from pulsetrail._otel import telemetry

    assert telemetry() is None, "a provider is configured: this figure is about OpenTelemetry left unconfigured"
    assert not logging.getLogger("pulsetrail").isEnabledFor(logging.INFO), "PULSETRAIL_LOG is set"
    observed = A360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=url, rate_limit=None)
    bypassed = A360(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=url, rate_limit=None)
    assert isinstance(observed.http, ObservedAsyncClient)
    assert isinstance(bypassed.http, ObservedAsyncClient)
    assert observed.http.observer is not None
    bypassed.http.observer = None  # its calls never ask whether anyone listens

    async def observed_call() -> None:
        await observed.flows.list_flows()

    async def bypassed_call() -> None:
        await bypassed.flows.list_flows()

    await asyncio.wait_for(warm_up({"observed": observed_call, "bypassed": bypassed_call}), 60)
    n = CALLS if sizes.sequential >= Sizes.sequential else sizes.sequential
    ratio, observed_s, bypassed_s = await paired(observed_call, bypassed_call, n, BLOCK, Deadline(180, "otel off"))
    await observed.aclose()
    await bypassed.aclose()
    results["otel_off_call_ratio"] = ratio
    results["otel_off_per_call_us"] = {"observed": round(observed_s * 1e6, 1), "bypassed": round(bypassed_s * 1e6, 1)}


def main() -> int:
    results: dict[str, Any] = {}
    with bench_server(600) as url:
        asyncio.run(otel_off(url, Sizes(), results))
    print(f"otel_off_call_ratio {results['otel_off_call_ratio']:.4f}  per call (us): {results['otel_off_per_call_us']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
