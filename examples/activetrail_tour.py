"""A tour of the ActiveTrail API through pulsetrail: balance, groups and members, a campaign report, a bulk import.

ACTIVETRAIL_TOKEN=... python examples/activetrail_tour.py   # against the real API (it imports contacts!)
make demo                                                    # against a local mock server, no credentials
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os

from pulsetrail import ActiveTrail, NotFoundError, PulsetrailError


async def tour(at: ActiveTrail, *, campaign_id: int, import_group_id: int | None = None) -> None:
    print("ActiveTrail")
    balance = await at.account.get_account_balance()
    print(f"  credits: email {balance.email.credits_}, sms {balance.sms.credits_}")

    print("  groups (auto-pagination, Page/Limit), with their first members:")
    async for group in at.groups.list_groups().take(5):
        print(f"    {group.id:>6} {group.name!r:<28} active {group.active_counter}")
        async for member in at.groups.list_group_members(group.id).take(3):
            print(f"           member {member.email or member.sms or member.id}")

    print("  contacts created this year (auto-pagination):")
    this_year = dt.date(dt.date.today().year, 1, 1)
    async for contact in at.contacts.list_contacts(from_date=this_year).take(5):
        print(f"    {contact.id:>6} {contact.email or '-':<28} {contact.status or '-'}")

    try:
        print(f"  campaign {campaign_id} openers:")
        async for opener in at.campaign_reports.get_campaign_opens_report(
            campaign_id, from_date=dt.date.today() - dt.timedelta(days=90)
        ).take(5):
            print(f"    {opener.email} ({opener.first_name} {opener.last_name})")
    except NotFoundError:
        print(f"  campaign {campaign_id} not found")

    if import_group_id is not None:
        contacts = [{"email": f"demo{i}@example.com", "first_name": f"Demo {i}"} for i in range(2500)]
        result = await at.import_contacts(contacts, group_id=import_group_id)
        print(
            f"  imported {result.total} contacts in {result.calls} calls (1000 per call): "
            f"{result.succeeded} succeeded, {len(result.errors)} rejected"
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
