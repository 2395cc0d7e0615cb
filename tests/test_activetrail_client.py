"""pulsetrail.ActiveTrail end to end: Prism started from the ActiveTrail spec, and respx for exact wire checks."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx
from activetrail_api.api.account import get_account_balance
from activetrail_api.api.campaign_reports import get_campaign_opens_report
from activetrail_api.api.contacts import list_contacts
from activetrail_api.api.groups import get_group, list_group_members
from activetrail_api.models import AccountBalance, Contact, ContactInput
from conftest import MockServer
from pulsetrail import (
    AccountDisabledError,
    ActiveTrail,
    AuthenticationError,
    BadRequestError,
    ContactState,
    DoNotMailError,
    InvalidInputError,
    MergeConflictError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    SmsSendType,
    SubscriptionStatus,
    ValidationError,
)

BASE = "https://activetrail.test"
TOKEN = "0XDEADBEEF" + "ab" * 40


@pytest.fixture
async def at(activetrail_mock: MockServer) -> AsyncIterator[ActiveTrail]:
    async with ActiveTrail(TOKEN, base_url=activetrail_mock.url) as client:
        yield client


async def test_typed_operation_with_raw_token(at: ActiveTrail) -> None:
    balance = await get_account_balance.asyncio(client=at.client)
    assert isinstance(balance, AccountBalance)
    assert isinstance(balance.email.credits_, int)  # type: ignore[union-attr]


async def test_paginate_bare_array_and_wrappers(at: ActiveTrail) -> None:
    contacts = [c async for c in at.paginate(list_contacts.asyncio_detailed, from_date=dt.datetime(2026, 1, 1))]
    assert contacts and all(isinstance(c, Contact) for c in contacts)
    members = [m async for m in at.paginate(list_group_members.asyncio_detailed, id=1201)]
    assert members and all(isinstance(m, Contact) for m in members)
    opens = [o async for o in at.paginate(get_campaign_opens_report.asyncio_detailed, id=5, to_date="2026-03-31")]
    assert opens and all(o.email for o in opens)


async def test_import_2500_contacts_makes_three_calls(at: ActiveTrail) -> None:
    contacts = [{"email": f"user{i}@example.com", "first_name": f"U{i}"} for i in range(2500)]
    result = await at.import_contacts(contacts, group_id=1201)
    assert result.calls == 3
    assert result.total == 2500
    assert result.succeeded > 0  # the mock's example answer, once per call


async def test_external_and_operational_bulk_against_prism(at: ActiveTrail) -> None:
    added = await at.add_external_contacts(
        [("crm-1", "crm"), {"externalId": "crm-2", "externalName": "crm"}], mailing_list_id=301
    )
    assert added.calls == 1
    removed = await at.remove_external_contacts([("crm-1", "crm")], group_id=1201)
    assert removed.calls == 1
    sent = await at.send_operational_message(
        [{"contact": {"email": f"u{i}@example.com"}, "pairs": [{"key": "name", "value": "U"}]} for i in range(1200)],
        message={"details": {"name": "Receipt", "subject": "Your receipt", "user_profile_id": 1}},
    )
    assert (sent.calls, sent.succeeded, sent.errors) == (3, 1200, [])


def glossary(status: int, name: str) -> httpx.Response:
    return httpx.Response(status, json={"Message": name})


@pytest.mark.parametrize(
    ("response", "error", "name"),
    [
        (glossary(400, "JSONParseError"), BadRequestError, "JSONParseError"),
        (
            httpx.Response(400, json={"Message": "The request is invalid.", "ModelState": {"c.email": ["bad"]}}),
            ValidationError,
            "InvalidResource",
        ),
        (glossary(401, "APIKeyMissing"), AuthenticationError, "APIKeyMissing"),
        (glossary(403, "Forbidden"), PermissionDeniedError, "Forbidden"),
        (glossary(403, "UserDisabled"), AccountDisabledError, "UserDisabled"),
        (glossary(404, "ResourceNotFound"), NotFoundError, "ResourceNotFound"),
        (glossary(405, "MethodNotAllowed"), MethodNotAllowedError, "MethodNotAllowed"),
        (glossary(405, "MethodNotAllowedDoNotMail"), DoNotMailError, "MethodNotAllowedDoNotMail"),
        (glossary(409, "ResolveMergeNeeded"), MergeConflictError, "ResolveMergeNeeded"),
        (httpx.Response(500, json={"Message": "An error has occurred."}), ServerError, None),
        (httpx.Response(404, text='"ResourceNotFound"'), NotFoundError, "ResourceNotFound"),
    ],
)
async def test_glossary_errors_map_to_exceptions(
    response: httpx.Response, error: type[Exception], name: str | None
) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/api/groups/7").mock(return_value=response)
        async with ActiveTrail(TOKEN, base_url=BASE, retry=__import__("pulsetrail").RetryPolicy(max_retries=0)) as at:
            with pytest.raises(error) as caught:
                await get_group.asyncio_detailed(7, client=at.client)
    assert type(caught.value) is error
    assert caught.value.error_name == name  # type: ignore[attr-defined]
    assert TOKEN not in str(caught.value)


async def test_raw_token_header_and_paging_wire() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/api/contacts").mock(
            side_effect=[
                httpx.Response(200, json=[{"id": i, "email": f"u{i}@x.io"} for i in range(2)]),
                httpx.Response(200, json=[{"id": 9, "email": "last@x.io"}]),
            ]
        )
        async with ActiveTrail(TOKEN, base_url=BASE) as at:
            rows = [c.email async for c in at.paginate(list_contacts.asyncio_detailed, page_size=2)]
    assert rows == ["u0@x.io", "u1@x.io", "last@x.io"]
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"Page": "1", "Limit": "2"},
        {"Page": "2", "Limit": "2"},
    ]
    assert route.calls[0].request.headers["Authorization"] == TOKEN  # raw, no scheme


async def test_zero_based_page_is_opt_in() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get("/api/contacts").mock(return_value=httpx.Response(200, json=[]))
        async with ActiveTrail(TOKEN, base_url=BASE, first_page=0) as at:
            assert [c async for c in at.paginate(list_contacts.asyncio_detailed)] == []
    assert route.calls[0].request.url.params["Page"] == "0"
    assert route.calls[0].request.url.params["Limit"] == "100"


async def test_import_merges_partial_success_by_item() -> None:
    replies = iter(
        [
            {
                "success": 999,
                "contact_errors": [{"message": "Invalid email", "contact_error": {"email": "user7@example.com"}}],
            },
            {
                "success": 999,
                "contact_errors": [{"message": "Duplicate", "contact_error": {"email": "user1500@example.com"}}],
            },
            {"success": 500, "contact_errors": []},
        ]
    )
    bodies: list[dict[str, object]] = []

    def reply(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=next(replies))

    with respx.mock(base_url=BASE) as router:
        router.post("/api/contacts/Import").mock(side_effect=reply)
        async with ActiveTrail(TOKEN, base_url=BASE) as at:
            contacts = [ContactInput(email=f"user{i}@example.com") for i in range(2500)]
            result = await at.import_contacts(contacts, group_id=12, concurrency=1)
    assert [len(b["contacts"]) for b in bodies] == [1000, 1000, 500]  # type: ignore[arg-type]
    assert {b["group"] for b in bodies} == {12}
    assert result.succeeded == 2498
    assert [(e.index, e.message) for e in result.errors] == [(7, "Invalid email"), (1500, "Duplicate")]
    assert result.errors[1].item is contacts[1500]


async def test_a_failed_chunk_loses_nothing() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/api/external/group/3").mock(
            side_effect=[
                httpx.Response(200, json={"success": 1000, "contact_errors": []}),
                glossary(400, "InvalidResource"),
            ]
        )
        async with ActiveTrail(TOKEN, base_url=BASE) as at:
            result = await at.add_external_contacts([(f"id{i}", "crm") for i in range(1500)], group_id=3, concurrency=1)
    assert result.succeeded == 1000
    assert [e.index for e in result.errors] == list(range(1000, 1500))
    assert isinstance(result.errors[0].exception, ValidationError)


async def test_auth_failure_in_bulk_raises() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/api/contacts/Import").mock(return_value=glossary(401, "APIKeyMissing"))
        async with ActiveTrail(TOKEN, base_url=BASE) as at:
            with pytest.raises(AuthenticationError):
                await at.import_contacts([{"email": f"u{i}@x.io"} for i in range(3000)], group_id=1)


@pytest.mark.parametrize(
    ("call", "field", "value"),
    [
        (
            lambda at: at.import_contacts([{"email": "a@b.io"}, {"first_name": "no channel"}], group_id=1),
            "contacts[1].email",
            None,
        ),
        (lambda at: at.import_contacts([{"email": "not-an-email"}], group_id=1), "contacts[0].email", "not-an-email"),
        (lambda at: at.import_contacts([{"email": "a@b.io"}], group_id=0), "group_id", 0),
        (lambda at: at.add_external_contacts([("id", "")], group_id=1), "contacts[0].externalName", ""),
        (lambda at: at.add_external_contacts([("id", "crm")]), "group_id", None),
        (lambda at: at.add_external_contacts([("id", "crm")], group_id=1, mailing_list_id=2), "group_id", 1),
        (
            lambda at: at.send_operational_message([{"contact": {"sms": "0501234567"}}], message={}),
            "recipients[0].contact.email",
            None,
        ),
        (lambda at: at.paginate(list_contacts.asyncio_detailed, page_size=101), "page_size", 101),
        (lambda at: at.paginate(list_contacts.asyncio_detailed, from_date="31/12/2025"), "from_date", "31/12/2025"),
    ],
)
async def test_bad_input_is_rejected_before_sending(call: object, field: str, value: object) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        anything = router.route().mock(return_value=httpx.Response(200, json={}))
        async with ActiveTrail(TOKEN, base_url=BASE) as at:
            with pytest.raises(InvalidInputError) as caught:
                result = call(at)  # type: ignore[operator]
                if hasattr(result, "__await__"):
                    await result
    assert (caught.value.field, caught.value.value) == (field, value)
    assert not anything.called


def test_empty_token_is_rejected() -> None:
    with pytest.raises(InvalidInputError) as caught:
        ActiveTrail("  ")
    assert caught.value.field == "token"


def test_enums_tolerate_unknown_values() -> None:
    assert ContactState("SPAM_COMPLIENT") is ContactState.SPAM_COMPLAINT
    assert ContactState("ARCHIVED").value == "ARCHIVED"
    assert not ContactState("ARCHIVED").is_known
    assert SubscriptionStatus("Subscribed") is SubscriptionStatus.SUBSCRIBED
    assert SmsSendType(3) is SmsSendType.TRANSACTIONAL
    assert SmsSendType(9) == 9
    assert "token=<hidden>" in repr(ActiveTrail(TOKEN).http.auth)
