"""A nightly sync as a user writes it against the installed wheel: tests/test_dist.py runs it in a fresh venv (the
repository nowhere on sys.path) against Prism, and runs `mypy --strict` on it there, with no ignore and no cast.

    ACTIVETRAIL_TOKEN=... ACTIVETRAIL_BASE_URL=... SENDPULSE_CLIENT_ID=... SENDPULSE_CLIENT_SECRET=...
    SENDPULSE_BASE_URL=... python dist_user_script.py

Both clients' namespaces: ActiveTrail groups listed, a contact created and added to a group, contacts streamed;
every A360 flow walked with its elements' statistics for a month, and an email element's recipients. Then the open
surface, async and sync: per-call options, a client copy `with_options`, a raw response, and `client.request`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

from activetrail_api.models import ContactInput, Group, GroupMemberAdd
from pulsetrail import (
    A360,
    A360ElementType,
    ActiveTrail,
    Page,
    PulsetrailError,
    RawResponse,
    SyncActiveTrail,
    __version__,
)
from sendpulse_a360_api.models import FlowList

SINCE, UNTIL = dt.date(2026, 10, 1), dt.date(2026, 10, 31)


async def sync_activetrail(at: ActiveTrail) -> int:
    groups = await at.groups.list_groups(limit=50)  # awaited: one page, a Page[Group, list[Group]] of its groups
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


async def open_surface(at: ActiveTrail, a360: A360) -> None:
    raw: RawResponse[FlowList] = await a360.flows.with_raw_response.list_flows(
        limit=5, timeout=30.0, extra_headers={"X-Job": "nightly"}, deadline=120.0
    )
    page = raw.parse()  # the operation's own answer, a FlowList (the awaited call's Page holds it as `.parsed`)
    print(f"raw page: status {raw.status_code}, {len(page.data or [])} flows, {raw.attempts} attempt(s)")
    print(f"  content type {raw.headers.get('content-type', '-')}, {raw.elapsed:.3f}s")
    patient = at.with_options(timeout=60.0, max_retries=5, headers={"X-Job": "nightly"})
    groups: Page[Group] = await patient.groups.list_groups(limit=10, extra_query={"trace": "nightly"})
    print(f"with_options: {len(groups)} groups")
    answer = await a360.request("GET", "/a360/autoresponders/list", params={"limit": 1, "offset": 0})
    print(f"request: status {answer.status_code}, json {type(answer.json()).__name__}")


def open_surface_sync(token: str, base_url: str) -> None:
    with SyncActiveTrail(token, base_url=base_url) as at:
        groups = at.with_options(max_retries=1).groups.list_groups(limit=5, timeout=30.0).get()
        raw = at.groups.with_raw_response.list_groups(limit=5, extra_headers={"X-Job": "nightly-sync"})
        parsed: list[Group] = raw.parse()
        answer = at.request("GET", "/api/groups", params={"Limit": 5})
        print(f"sync: {len(groups)} groups, raw {raw.status_code} with {len(parsed)}, request {answer.status_code}")


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
            async with ActiveTrail(os.environ["ACTIVETRAIL_TOKEN"], base_url=os.environ["ACTIVETRAIL_BASE_URL"]) as at:
                await open_surface(at, a360)
        open_surface_sync(os.environ["ACTIVETRAIL_TOKEN"], os.environ["ACTIVETRAIL_BASE_URL"])
    except PulsetrailError as error:
        raise SystemExit(f"sync failed: {type(error).__name__}: {error}") from error
    print(f"done: {streamed} contacts streamed, {elements} flow elements walked")


if __name__ == "__main__":
    asyncio.run(main())
