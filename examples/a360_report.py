"""A report of every SendPulse Automation360 flow: elements, their statistics for a period, and email recipients.

python examples/a360_report.py                      # against https://api.sendpulse.com, with the credentials
                                                    # in SENDPULSE_CLIENT_ID / SENDPULSE_CLIENT_SECRET
make demo                                           # against a local mock server, no credentials
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

from pulsetrail import A360, A360ElementType, PulsetrailError


async def report(a360: A360, *, since: dt.date, until: dt.date, max_recipients: int = 5) -> None:
    print(f"SendPulse Automation360: flows, with statistics from {since} to {until}\n")
    async for flow in a360.flows.list_flows():  # every flow of every page
        print(f"Flow {flow.id} {flow.name!r} ({flow.status.name.lower()})")
        details = await a360.flows.get_flow(flow.id)
        for element in details.flows:
            kind = element.af_type  # an A360ElementType, like every status or type the server sends
            if kind not in (A360ElementType.EMAIL, A360ElementType.SMS, A360ElementType.START):
                continue
            stats = await a360.stats(kind, element.id, send_date_from=since, send_date_to=until)
            counters = {k: v for k, v in stats.data.to_dict().items() if k not in {"flow_id", "task"}} if stats else {}
            print(f"  {kind.name.lower():<9} element {element.id}: {counters or 'no data'}")
        for element in details.flows:
            if element.af_type != A360ElementType.EMAIL:
                continue
            print(f"    first {max_recipients} recipients of email element {element.id}:")
            async for row in a360.addresses("email", element.id, max_items=max_recipients):
                delivered = row.delivered_status.name.lower()  # an EmailDeliveryStatus
                print(f"      {row.email or '-':<28} {delivered:<24} sent {row.sent_date or '-'}")
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
