"""pulsetrail.A360 end to end: against Prism started from the A360 spec, and with respx for exact wire checks."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest
import respx
from conftest import MockServer
from pulsetrail import A360, A360ElementType, InvalidInputError, date_filter
from sendpulse_a360_api.api.email import get_email_stats_filtered
from sendpulse_a360_api.api.flows import list_flows
from sendpulse_a360_api.models import EmailAddress, FlowDetails, FlowListItem
from test_filter import DOCUMENTED

BASE = "https://sendpulse.test"


@pytest.fixture
async def a360(a360_mock: MockServer) -> A360:
    client = A360(client_id="id", client_secret="secret", base_url=a360_mock.url)
    yield client  # type: ignore[misc]
    await client.aclose()


async def test_flows_stream_typed_items(a360: A360) -> None:
    flows = [flow async for flow in a360.flows()]
    assert flows
    assert all(isinstance(f, FlowListItem) and isinstance(f.id, int) for f in flows)
    assert a360.auth.token_requests == 1


async def test_flow_details_and_element_stats(a360: A360) -> None:
    flows = [flow async for flow in a360.flows()]
    details = await a360.flow(flows[0].id)  # type: ignore[arg-type]
    assert isinstance(details, FlowDetails)
    elements = [e for e in details.flows if isinstance(e.id, int)]  # type: ignore[union-attr]
    assert elements
    for element in elements:
        all_time = await a360.stats(element.af_type, element.id)  # type: ignore[arg-type]
        period = await a360.stats(
            element.af_type, element.id, send_date_from="2026-10-01", send_date_to=dt.date(2026, 10, 31)
        )  # type: ignore[arg-type]
        assert all_time is not None and all_time.data is not None
        assert period is not None and period.data is not None


async def test_email_addresses_auto_paginate(a360: A360) -> None:
    rows = [row async for row in a360.addresses("email", 467511)]
    assert rows and all(isinstance(r, EmailAddress) and "@" in r.email for r in rows)  # type: ignore[operator]
    page = await a360.addresses(A360ElementType.EMAIL, 467511).first_page()
    assert page.total is not None and page.total >= len(page.items)


@pytest.mark.parametrize("kind", ["maintrigger", "push", "sms", "trigger", "goal", "action", "filter"])
async def test_every_address_list(a360: A360, kind: str) -> None:
    assert [row async for row in a360.addresses(kind, 1, sort_direction="desc", sort_field="id")]


async def test_send_event_and_delete_logs(a360: A360) -> None:
    assert await a360.send_event("order_paid", phone="380931112233", variables={"items": [{"id": 1}]}, automation_id=7)
    result = await a360.delete_event_logs(event_id=42, email="dana@example.com")
    assert result.result is True


async def test_prism_rejects_invalid_requests(a360_mock: MockServer) -> None:
    headers = {"Authorization": "Bearer token"}
    async with httpx.AsyncClient(base_url=a360_mock.url, headers=headers) as http:
        missing_filter = await http.get("/a360/stats/email/1/group-stat-filtered", params={"limit": 10, "offset": 0})
        too_many = await http.get("/a360/stats/email/1/addresses", params={"limit": 500, "offset": 0})
        good = await http.get("/a360/stats/email/1/addresses", params={"limit": 100, "offset": 0})
    # Prism answers the spec's declared 400 and names the violation in its `sl-violations` header.
    assert missing_filter.status_code == 400
    assert "filter" in missing_filter.headers["sl-violations"]
    assert too_many.status_code == 400
    assert "must be <= 100" in too_many.headers["sl-violations"]
    assert "sl-violations" not in good.headers
    assert good.status_code == 200


async def test_generated_call_sends_the_documented_filter_bytes() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(path__regex=r"/a360/stats/email/\d+/group-stat-filtered").mock(
            return_value=httpx.Response(200, json={"data": {"sent": "1"}})
        )
        async with A360(api_key="k", base_url=BASE) as a360:
            window = date_filter(send_date_from="2020-10-01", send_date_to="2020-10-31")
            await get_email_stats_filtered.asyncio_detailed(5, client=a360.client, filter_=window)
    assert route.calls[0].request.url.query == f"filter={DOCUMENTED}&limit=100&offset=0".encode()


async def test_paginator_stops_on_short_page_and_on_total() -> None:
    def page_of(n: int, total: int | None = None) -> httpx.Response:
        body: dict[str, object] = {"data": [{"id": i, "name": f"f{i}", "status": 1} for i in range(n)]}
        if total is not None:
            body["total"] = total
        return httpx.Response(200, json=body)

    with respx.mock(base_url=BASE) as router:
        route = router.get("/a360/autoresponders/list").mock(side_effect=[page_of(3), page_of(3), page_of(1)])
        async with A360(api_key="k", base_url=BASE, rate_limit=None) as a360:
            flows = [f async for f in a360.paginate(list_flows.asyncio_detailed, page_size=3)]
        assert len(flows) == 7
        assert [dict(c.request.url.params) for c in route.calls] == [
            {"limit": "3", "offset": "0"},
            {"limit": "3", "offset": "3"},
            {"limit": "3", "offset": "6"},
        ]

        def row(n: int, email: str) -> dict[str, object]:
            return {"id": n, "event_id": f"e{n}", "delivered_status": 1, "email": email}

        email = router.get("/a360/stats/email/9/addresses").mock(
            side_effect=[
                httpx.Response(200, json={"data": [row(1, "a@x.io"), row(2, "b@x.io")], "total": 4}),
                httpx.Response(200, json={"data": [row(3, "c@x.io"), row(4, "d@x.io")], "total": 4}),
            ]
        )
        async with A360(api_key="k", base_url=BASE, rate_limit=None) as a360:
            rows = [r.email async for r in a360.addresses("email", 9, page_size=2)]
        assert rows == ["a@x.io", "b@x.io", "c@x.io", "d@x.io"]
        assert email.call_count == 2  # the total was reached: no third request


async def test_no_data_404_ends_pagination_and_stats_is_none() -> None:
    with respx.mock(base_url=BASE) as router:
        router.get("/a360/stats/sms/3/addresses").mock(return_value=httpx.Response(404))
        router.get("/a360/stats/sms/3/group-stat").mock(return_value=httpx.Response(404))
        async with A360(api_key="k", base_url=BASE) as a360:
            assert [r async for r in a360.addresses("sms", 3)] == []
            assert await a360.stats("sms", 3) is None


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda a: a.addresses("messenger", 1), "element_type"),
        (lambda a: a.addresses("email", 0), "element_id"),
        (lambda a: a.addresses("email", 1, page_size=101), "page_size"),
        (lambda a: a.addresses("email", 1, sort_direction="up"), "sort_direction"),
        (lambda a: a.stats("webhook", 1), "element_type"),
        (lambda a: a.stats("email", 1, send_date_from="2024-02-01", send_date_to="2024-01-01"), "send_date_from"),
        (lambda a: a.send_event("paid"), "email"),
        (lambda a: a.send_event("paid", email="not-an-email"), "email"),
        (lambda a: a.send_event("paid", phone=380931112233), "phone"),
        (lambda a: a.send_event("", email="a@b.io"), "event_name"),
        (lambda a: a.send_event("paid", email="a@b.io", variables={"email": "x"}), "variables['email']"),
        (lambda a: a.send_event("paid", email="a@b.io", automation_id=-1), "automation_id"),
        (lambda a: a.delete_event_logs(), "event_id"),
        (lambda a: a.flow("12"), "flow_id"),
    ],
)
async def test_bad_input_is_rejected_before_sending(call: object, field: str) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        anything = router.route().mock(return_value=httpx.Response(200, json={}))
        async with A360(api_key="k", base_url=BASE) as a360:
            with pytest.raises(InvalidInputError) as caught:
                result = call(a360)  # type: ignore[operator]
                if hasattr(result, "__await__"):
                    await result
    assert caught.value.field == field
    assert not anything.called


async def test_event_body_on_the_wire() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post("/events/name/order_paid").mock(return_value=httpx.Response(200, json={"result": True}))
        async with A360(api_key="k", base_url=BASE) as a360:
            await a360.send_event(
                "order_paid", email="a@b.io", variables={"total": 5, "items": [1, 2]}, automation_id=9
            )
    assert json.loads(route.calls[0].request.content) == {
        "email": "a@b.io",
        "automation_id": 9,
        "total": 5,
        "items": [1, 2],
    }


@pytest.mark.parametrize(
    ("answer", "accepted", "message"),
    [({"result": True}, True, None), ({"result": False, "message": "Event not found"}, False, "Event not found")],
)
async def test_send_event_returns_the_answer(answer: dict[str, object], accepted: bool, message: str | None) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/events/name/paid").mock(return_value=httpx.Response(200, json=answer))
        async with A360(api_key="k", base_url=BASE) as a360:
            sent = await a360.send_event("paid", email="a@b.io")
    assert sent.result is accepted
    assert (sent.message or None) == message


@pytest.mark.parametrize("answer", [{}, {"message": "queued"}])
async def test_send_event_without_result_is_not_success(answer: dict[str, object]) -> None:
    from pulsetrail import ResponseParseError

    with respx.mock(base_url=BASE) as router:
        router.post("/events/name/paid").mock(return_value=httpx.Response(200, json=answer))
        async with A360(api_key="k", base_url=BASE) as a360:
            with pytest.raises(ResponseParseError, match="send_event"):
                await a360.send_event("paid", email="a@b.io")


async def test_paginate_an_operation_without_paging_is_the_callers_mistake() -> None:
    from sendpulse_a360_api.api.flows import get_flow

    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        anything = router.route().mock(return_value=httpx.Response(200, json={}))
        async with A360(api_key="k", base_url=BASE) as a360:
            with pytest.raises(InvalidInputError) as caught:
                a360.paginate(get_flow.asyncio_detailed, id=1)
    assert (caught.value.field, caught.value.value) == ("operation", "get_flow")
    assert not anything.called


async def test_stats_counters_are_ints_whether_sent_as_numbers_or_strings() -> None:
    counters = {"sent": "10", "delivered": 0, "opened": "9", "clicked": 10, "errors": "0", "last_send": "2020-10-13"}
    with respx.mock(base_url=BASE) as router:
        router.get(path__regex=r"/a360/stats/email/467511/group-stat.*").mock(
            return_value=httpx.Response(200, json={"data": counters})
        )
        async with A360(api_key="k", base_url=BASE) as a360:
            for window in ({}, {"send_date_from": "2026-10-01"}):
                stats = await a360.stats("email", 467511, **window)  # type: ignore[arg-type]
                assert stats is not None
                assert (stats.data.sent, stats.data.delivered, stats.data.opened, stats.data.errors) == (10, 0, 9, 0)
                assert stats.data.last_send == "2020-10-13"


async def test_a_missing_required_field_names_the_field_and_the_operation() -> None:
    from pulsetrail import ResponseParseError

    with respx.mock(base_url=BASE) as router:
        router.get("/a360/autoresponders/42").mock(return_value=httpx.Response(200, json={"autoresponder": {}}))
        async with A360(api_key="k", base_url=BASE) as a360:
            with pytest.raises(ResponseParseError) as caught:
                await a360.flows.get_flow(42)
    assert "get_flow" in str(caught.value) and "missing" in str(caught.value)
