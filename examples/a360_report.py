"""A report of every SendPulse Automation360 flow: elements, their statistics for a period, and email recipients.

python examples/a360_report.py                      # against https://api.sendpulse.com, with the credentials
                                                    # in SENDPULSE_CLIENT_ID / SENDPULSE_CLIENT_SECRET
make demo                                           # against a local mock server, no credentials
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

from pulsetrail import A360, A360ElementType, EmailDeliveryStatus, FlowStatus, PulsetrailError


async def report(a360: A360, *, since: dt.date, until: dt.date, max_recipients: int = 5) -> None:
    print(f"SendPulse Automation360: flows, with statistics from {since} to {until}\n")
    async for flow in a360.flows():
        status = FlowStatus(flow.status) if isinstance(flow.status, int) else None
        print(f"Flow {flow.id} {flow.name!r} ({status.name.lower() if status is not None else 'unknown status'})")
        details = await a360.flow(flow.id)
        for element in details.flows or []:
            kind = A360ElementType(element.af_type) if isinstance(element.af_type, str) else None
            if kind is None or not isinstance(element.id, int):
                continue
            stats = await a360.stats(kind, element.id, send_date_from=since, send_date_to=until)
            data = getattr(stats, "data", None)
            counters = {k: v for k, v in data.to_dict().items() if k not in {"flow_id", "task"}} if data else "no data"
            print(f"  {kind.name.lower():<9} element {element.id}: {counters}")
            if kind is A360ElementType.EMAIL:
                print(f"    first {max_recipients} recipients (auto-pagination):")
                async for row in a360.addresses(kind, element.id, max_items=max_recipients):
                    code = row.delivered_status
                    delivered = EmailDeliveryStatus(code).name.lower() if isinstance(code, int) else "-"
                    print(f"      {row.email:<28} {delivered:<24} sent {row.sent_date}")
        print()


async def main() -> None:
    async with A360(
        client_id=os.environ["SENDPULSE_CLIENT_ID"], client_secret=os.environ["SENDPULSE_CLIENT_SECRET"]
    ) as a360:
        today = dt.date.today()
        try:
            await report(a360, since=today - dt.timedelta(days=30), until=today)
        except PulsetrailError as error:
            raise SystemExit(f"A360 error: {error}") from error


if __name__ == "__main__":
    asyncio.run(main())
