"""`make demo`: both APIs through pulsetrail against Prism mock servers started from our specs (no credentials)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "scripts"), str(ROOT / "examples")]

from a360_report import report  # noqa: E402
from activetrail_tour import tour  # noqa: E402
from mock_servers import A360_SPEC, ACTIVETRAIL_SPEC, prism  # noqa: E402
from pulsetrail import A360, ActiveTrail  # noqa: E402


async def run(a360_url: str, activetrail_url: str) -> None:
    async with A360(client_id="demo-client-id", client_secret="demo-client-secret", base_url=a360_url) as a360:
        await report(a360, since=dt.date(2026, 10, 1), until=dt.date(2026, 10, 31), max_recipients=3)
        print(f"(token requests made: {a360.auth.token_requests})\n")
        sent = await a360.send_event("order_paid", email="dana@example.com", variables={"order_total": 120})
        print(f"Sent event 'order_paid' for dana@example.com: accepted={sent.result} {sent.message or ''}\n")
    async with ActiveTrail("0Xdemo-token", base_url=activetrail_url) as at:
        await tour(at, campaign_id=5, import_group_id=1201)
        print(
            "  (the mock is Prism: it answers each of the 3 import calls with the spec's one example, 1 contact\n"
            "   imported and 1 rejected that is not from this batch, so the import figures are 3 copies of it)"
        )


def main() -> int:
    with prism(A360_SPEC) as a360_url, prism(ACTIVETRAIL_SPEC) as activetrail_url:
        print(f"Mock servers (Prism, from our specs): A360 {a360_url}, ActiveTrail {activetrail_url}\n")
        asyncio.run(run(a360_url, activetrail_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
