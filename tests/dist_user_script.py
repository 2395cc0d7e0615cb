"""A nightly sync as a user writes it against the installed wheel: tests/test_dist.py runs it in a fresh venv (the
repository nowhere on sys.path) against Prism, and runs `mypy --strict` on it there, with no ignore and no cast.

    ACTIVETRAIL_TOKEN=... ACTIVETRAIL_BASE_URL=... SENDPULSE_CLIENT_ID=... SENDPULSE_CLIENT_SECRET=...
    SENDPULSE_BASE_URL=... python dist_user_script.py

Both clients' namespaces: ActiveTrail groups listed, a contact created and added to a group, contacts streamed;
every A360 flow walked with its elements' statistics for a month, and an email element's recipients.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

from activetrail_api.models import ContactInput, GroupMemberAdd
from pulsetrail import A360, A360ElementType, ActiveTrail, PulsetrailError, __version__

SINCE, UNTIL = dt.date(2026, 10, 1), dt.date(2026, 10, 31)


async def sync_activetrail(at: ActiveTrail) -> int:
    groups = await at.groups.list_groups(limit=50)  # awaited: one page, a list[Group]
    for group in groups:
        print(f"group {group.id} {group.name}")
    contact = await at.contacts.create_contact(body=ContactInput(email="dana@example.com", first_name="Dana"))
    print(f"created contact {contact.id}")
    if groups:
        member = await at.groups.add_group_member(groups[0].id, body=GroupMemberAdd(email="dana@example.com"))
        print(f"added to group {groups[0].id}: contact {member.id}")
    streamed = 0
    async for c in at.contacts.list_contacts(from_date=SINCE, limit=100):  # every page, typed Contact items
        streamed += 1
        print(f"contact {c.id} {c.email or '-'}")
    return streamed


async def sync_a360(a360: A360) -> int:
    elements = 0
    async for flow in a360.flows.list_flows():
        details = await a360.flows.get_flow(flow.id)
        print(f"flow {flow.id} {flow.name} with {len(details.flows)} elements")
        for element in details.flows:
            elements += 1
            if element.af_type == A360ElementType.EMAIL:
                stats = await a360.stats("email", element.id, send_date_from=SINCE, send_date_to=UNTIL)
                print(f"  email {element.id}: sent {stats.data.sent if stats else 'no data'}")
                async for row in a360.addresses("email", element.id, max_items=3):
                    print(f"    recipient {row.email}")
            elif element.af_type == A360ElementType.SMS:
                sms = await a360.stats("sms", element.id)
                print(f"  sms {element.id}: sent {sms.data.sent if sms else 'no data'}")
    return elements


async def main() -> None:
    print(f"pulsetrail {__version__}")
    try:
        async with ActiveTrail(os.environ["ACTIVETRAIL_TOKEN"], base_url=os.environ["ACTIVETRAIL_BASE_URL"]) as at:
            streamed = await sync_activetrail(at)
        async with A360(
            client_id=os.environ["SENDPULSE_CLIENT_ID"],
            client_secret=os.environ["SENDPULSE_CLIENT_SECRET"],
            base_url=os.environ["SENDPULSE_BASE_URL"],
        ) as a360:
            elements = await sync_a360(a360)
    except PulsetrailError as error:
        raise SystemExit(f"sync failed: {type(error).__name__}: {error}") from error
    print(f"done: {streamed} contacts streamed, {elements} flow elements walked")


if __name__ == "__main__":
    asyncio.run(main())
