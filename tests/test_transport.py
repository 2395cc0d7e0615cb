"""Retries, backoff, Retry-After, throttling and error parsing, with respx playing a misbehaving server."""

from __future__ import annotations

import asyncio
import time

import httpx
import pulsetrail._throttle
import pulsetrail._transport
import pytest
import respx
from conftest import Shadow
from pulsetrail import (
    A360,
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    NoDataError,
    RateLimiter,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ValidationError,
)

BASE = "https://sendpulse.test"
FLOWS = "/a360/autoresponders/list"
DELETE_LOG = "/a360/events/delete-log"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the transport's backoff sleeps instead of sleeping (the transport's only: nobody else's sleep)."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)
        await asyncio.sleep(0)

    monkeypatch.setattr(pulsetrail._transport, "asyncio", Shadow(asyncio, sleep=fake_sleep))
    return recorded


def client(**kwargs: object) -> A360:
    return A360(api_key="key", base_url=BASE, rate_limit=None, **kwargs)  # type: ignore[arg-type]


async def test_503_then_success(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(FLOWS).mock(side_effect=[httpx.Response(503), httpx.Response(200, json={"data": []})])
        async with client() as api:
            assert (await api.http.get(FLOWS)).status_code == 200
    assert route.call_count == 2
    assert len(sleeps) == 1
    assert 0.375 <= sleeps[0] <= 0.5  # 0.5 s backoff minus at most 25 % jitter


async def test_429_honours_retry_after(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(
            side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json={"data": []})]
        )
        async with client() as api:
            await api.http.get(FLOWS)
    assert sleeps == [3.0]


async def test_429_without_retry_after_backs_off_exponentially(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(
            return_value=httpx.Response(429, json={"error_code": 2020202020, "message": "Too many requests"})
        )
        async with client(retry=RetryPolicy(max_retries=3)) as api:
            with pytest.raises(RateLimitError) as caught:
                await api.http.get(FLOWS)
    assert caught.value.attempts == 4
    assert len(sleeps) == 3
    for number, seconds in enumerate(sleeps):
        assert 0.5 * 2**number * 0.75 <= seconds <= 0.5 * 2**number


async def test_retry_after_beyond_the_cap_raises_at_once(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(FLOWS).mock(return_value=httpx.Response(429, headers={"Retry-After": "3600"}))
        async with client() as api:
            with pytest.raises(RateLimitError) as caught:
                await api.http.get(FLOWS)
    assert route.call_count == 1
    assert caught.value.attempts == 1
    assert sleeps == []


async def test_retries_exhausted_gives_typed_error_with_attempts(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(return_value=httpx.Response(500, json={"error_code": 500, "message": "Internal"}))
        async with client() as api:
            with pytest.raises(ServerError) as caught:
                await api.http.get(FLOWS)
    assert caught.value.attempts == 3
    assert caught.value.status_code == 500
    assert caught.value.body == {"error_code": 500, "message": "Internal"}
    assert "3 attempt(s)" in str(caught.value)


async def test_html_502_page_is_kept_raw(sleeps: list[float]) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(return_value=httpx.Response(502, text=page, headers={"Content-Type": "text/html"}))
        async with client(retry=RetryPolicy(max_retries=0)) as api:
            with pytest.raises(ServerError) as caught:
                await api.http.get(FLOWS)
    assert caught.value.body is None
    assert caught.value.raw_body == page
    assert "502 Bad Gateway" in str(caught.value)


async def test_truncated_json_error_body(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(return_value=httpx.Response(400, text='{"type": "validation_error", "messa'))
        async with client() as api:
            with pytest.raises(BadRequestError) as caught:
                await api.http.get(FLOWS)
    assert caught.value.body is None
    assert caught.value.raw_body.startswith('{"type"')


async def test_validation_error_lists_fields() -> None:
    body = {"type": "validation_error", "messages": {"limit": ["The limit field is required."]}}
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(return_value=httpx.Response(400, json=body))
        async with client() as api:
            with pytest.raises(ValidationError) as caught:
                await api.http.get(FLOWS)
    assert caught.value.field_errors == {"limit": ["The limit field is required."]}
    assert "limit: The limit field is required." in str(caught.value)


async def test_a360_404_is_no_data() -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(return_value=httpx.Response(404))
        async with client() as api:
            with pytest.raises(NoDataError) as caught:
                await api.http.get(FLOWS)
    assert caught.value.raw_body == ""


async def test_read_timeout_is_retried_then_raised(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.get(FLOWS).mock(side_effect=httpx.ReadTimeout("timed out"))
        async with client() as api:
            with pytest.raises(APITimeoutError) as caught:
                await api.http.get(FLOWS)
    assert route.call_count == 3
    assert caught.value.attempts == 3


async def test_post_is_not_retried_after_it_may_have_reached_the_server(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post(DELETE_LOG).mock(side_effect=httpx.ReadTimeout("timed out"))
        async with client() as api:
            with pytest.raises(APITimeoutError):
                await api.http.post(DELETE_LOG, json={"event_id": 1})
        assert route.call_count == 1
        route.side_effect = [httpx.Response(503), httpx.Response(200, json={"result": True})]
        async with client() as api:
            with pytest.raises(ServerError):
                await api.http.post(DELETE_LOG, json={"event_id": 1})


async def test_post_is_retried_when_it_never_left_or_was_refused(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post(DELETE_LOG).mock(
            side_effect=[httpx.ConnectError("refused"), httpx.Response(429), httpx.Response(200, json={"result": True})]
        )
        async with client() as api:
            assert (await api.http.post(DELETE_LOG, json={"event_id": 1})).status_code == 200
    assert route.call_count == 3


async def test_post_retry_is_opt_in(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post(DELETE_LOG).mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json={"result": True})]
        )
        async with client(retry=RetryPolicy(retry_non_idempotent=True)) as api:
            assert (await api.http.post(DELETE_LOG, json={"event_id": 1})).status_code == 200
    assert route.call_count == 2


async def test_connection_error_after_retries(sleeps: list[float]) -> None:
    with respx.mock(base_url=BASE) as router:
        router.get(FLOWS).mock(side_effect=httpx.ConnectError("refused"))
        async with client() as api:
            with pytest.raises(APIConnectionError) as caught:
                await api.http.get(FLOWS + "?email=someone@example.com")
    assert caught.value.attempts == 3
    assert "someone@example.com" not in str(caught.value)  # queries stay out of error text


class FakeClock:
    """`time.monotonic` and `asyncio.sleep` for the limiter: sleeping moves the clock, plus an optional lateness."""

    def __init__(self, lateness: float = 0.0) -> None:
        self.now = 1000.0
        self.lateness = lateness
        self.released: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + self.lateness


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """The limiter's clock and sleep only: the event loop keeps the real `time.monotonic`."""
    fake = FakeClock()
    monkeypatch.setattr(pulsetrail._throttle, "time", Shadow(time, monotonic=fake.monotonic))
    monkeypatch.setattr(pulsetrail._throttle, "asyncio", Shadow(asyncio, sleep=fake.sleep))
    return fake


async def release_times(limiter: RateLimiter, clock: FakeClock, count: int) -> list[float]:
    async def one() -> None:
        await limiter.acquire()
        clock.released.append(clock.now - 1000.0)

    await asyncio.gather(*(one() for _ in range(count)))
    return clock.released


async def test_rate_limiter_spaces_requests_evenly(clock: FakeClock) -> None:
    times = await release_times(RateLimiter(10, burst=1), clock, 25)
    # one every 0.102 s (2 % under the limit), the first at once
    assert times == pytest.approx([n * 0.102 for n in range(25)])


async def test_rate_limiter_never_exceeds_the_rate_in_any_window(clock: FakeClock) -> None:
    clock.lateness = 0.03  # every wake-up 30 ms late: the schedule must not let requests bunch up
    times = await release_times(RateLimiter(10), clock, 60)
    assert max(sum(1 for t in times if start <= t < start + 1.0) for start in times) <= 10
    assert (len(times) - 1) / (times[-1] - times[0]) == pytest.approx(10 / 1.02, rel=0.05)


async def test_rate_limiter_default_lets_two_go_together(clock: FakeClock) -> None:
    times = await release_times(RateLimiter(10), clock, 6)  # e.g. a token request and the first call
    assert times == pytest.approx([0.0, 0.0, 0.204, 0.204, 0.408, 0.408])


async def test_rate_limiter_burst_after_a_quiet_spell(clock: FakeClock) -> None:
    times = await release_times(RateLimiter(10, burst=5), clock, 7)
    assert times[:5] == [0.0] * 5  # five at once, then paced
    assert times[5:] == pytest.approx([0.51, 0.51])


def test_rate_limiter_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="rate=0"):
        RateLimiter(0)
