"""A tour of the ActiveTrail API through pulsetrail: balance, groups and members, a campaign report, a bulk import.

ACTIVETRAIL_TOKEN=... python examples/activetrail_tour.py   # against the real API (it imports contacts!)
make demo                                                    # against a local mock server, no credentials
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

from activetrail_api.api.account import get_account_balance
from activetrail_api.api.campaign_reports import get_campaign_opens_report
from activetrail_api.api.contacts import list_contacts
from activetrail_api.api.groups import list_group_members, list_groups
from activetrail_api.models import AccountBalance
from pulsetrail import ActiveTrail, NotFoundError, PulsetrailError, parsed_as


async def tour(at: ActiveTrail, *, campaign_id: int, import_group_id: int | None = None) -> None:
    print("ActiveTrail")
    balance = parsed_as(await get_account_balance.asyncio_detailed(client=at.client), AccountBalance)
    print(f"  credits: email {getattr(balance.email, 'credits_', '?')}, sms {getattr(balance.sms, 'credits_', '?')}")

    print("  groups (auto-pagination, Page/Limit):")
    async for group in at.paginate(list_groups.asyncio_detailed, max_items=5):
        print(f"    {group.id:>6} {group.name!r:<28} active {group.active_counter}")
        async for member in at.paginate(list_group_members.asyncio_detailed, id=group.id, max_items=3):
            print(f"           member {member.email}")

    print("  contacts created this year (auto-pagination):")
    this_year = dt.date(dt.date.today().year, 1, 1)
    async for contact in at.paginate(list_contacts.asyncio_detailed, from_date=this_year, max_items=5):
        print(f"    {contact.id:>6} {contact.email:<28} {contact.status}")

    try:
        opens = at.paginate(
            get_campaign_opens_report.asyncio_detailed,
            id=campaign_id,
            from_date=dt.date.today() - dt.timedelta(days=90),
            max_items=5,
        )
        print(f"  campaign {campaign_id} openers:")
        async for opener in opens:
            print(f"    {opener.email} ({opener.first_name} {opener.last_name})")
    except NotFoundError:
        print(f"  campaign {campaign_id} not found")

    if import_group_id is not None:
        contacts = [{"email": f"demo{i}@example.com", "first_name": f"Demo {i}"} for i in range(2500)]
        result = await at.import_contacts(contacts, group_id=import_group_id)
        print(
            f"  imported {result.total} contacts in {result.calls} calls (1000 per call): "
            f"{result.succeeded} succeeded, {len(result.errors)} errors"
        )
        for error in result.errors[:3]:
            which = f"contact #{error.index}" if error.index is not None else "a contact the server did not name"
            print(f"    {which}: {error.message}")


async def main() -> None:
    async with ActiveTrail(os.environ["ACTIVETRAIL_TOKEN"]) as at:
        try:
            await tour(at, campaign_id=int(os.environ.get("ACTIVETRAIL_CAMPAIGN_ID", "1")))
        except PulsetrailError as error:
            raise SystemExit(f"ActiveTrail error: {error}") from error


if __name__ == "__main__":
    asyncio.run(main())
