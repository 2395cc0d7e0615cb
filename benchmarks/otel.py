"""`otel_off_call_ratio`: what the observability machinery (#27: hooks, logs, OpenTelemetry) costs a call when
nobody listens, in the case it costs most: OpenTelemetry installed and imported, but no provider configured; no
hooks, the `pulsetrail` logger below INFO.

A typed call (`A360.flows.list_flows()`, one page, against `benchmarks/server.py`) through a client as users get it,
over the same call through a client whose httpx client has no observer (the request path as before #27: no call
record, no provider lookup), sequentially, in alternating blocks in one run; the ratio of the median blocks.

    python -m benchmarks.otel    # starts its own bench server; prints the figure
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from .bench import CLIENT_ID, CLIENT_SECRET, Deadline, Sizes, bench_server, interleaved, warm_up

#: calls of each client: more than `Sizes.sequential`, since the difference looked for is a fraction of a percent
CALLS = 6000


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

    calls = {"observed": observed_call, "bypassed": bypassed_call}
    await asyncio.wait_for(warm_up(calls), 60)
    n = CALLS if sizes.sequential >= Sizes.sequential else sizes.sequential
    times = await interleaved(calls, n, sizes.block, Deadline(180, "otel off"))
    await observed.aclose()
    await bypassed.aclose()
    results["otel_off_call_ratio"] = times["observed"] / times["bypassed"]
    results["otel_off_per_call_us"] = {name: round(seconds * 1e6, 1) for name, seconds in times.items()}


def main() -> int:
    results: dict[str, Any] = {}
    with bench_server(600) as url:
        asyncio.run(otel_off(url, Sizes(), results))
    print(f"otel_off_call_ratio {results['otel_off_call_ratio']:.4f}  per call (us): {results['otel_off_per_call_us']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
