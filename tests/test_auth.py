"""SendPulse OAuth2 and static-key auth, ActiveTrail's raw token: respx plays the server."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable

import httpx
import pytest
import respx
from pulsetrail import A360, AuthenticationError, InvalidInputError
from pulsetrail._auth import AccessToken, InMemoryTokenStore

BASE = "https://sendpulse.test"
ID, SECRET = "client-id-123", "s3cr3t-client-secret-value"
FLOWS = "/a360/autoresponders/list"
HANG_GUARD_S = 60  # only a hung call takes this long; never a performance bound


def token_reply(value: str = "tok-1", expires_in: int = 3600) -> httpx.Response:
    return httpx.Response(200, json={"access_token": value, "token_type": "Bearer", "expires_in": expires_in})


def a360(**kwargs: object) -> A360:
    kwargs.setdefault("client_id", ID)
    kwargs.setdefault("client_secret", SECRET)
    return A360(base_url=BASE, rate_limit=None, **kwargs)  # type: ignore[arg-type]


async def test_token_fetched_lazily_then_cached() -> None:
    with respx.mock(base_url=BASE) as router:
        token = router.post("/oauth/access_token").mock(return_value=token_reply())
        flows = router.get(FLOWS).mock(return_value=httpx.Response(200, json={"data": []}))
        async with a360() as client:
            assert token.call_count == 0  # nothing is fetched in __init__
            await client.http.get(FLOWS)
            await client.http.get(FLOWS)
        assert token.call_count == 1
        sent = json.loads(token.calls[0].request.content)
        assert sent == {"grant_type": "client_credentials", "client_id": ID, "client_secret": SECRET}
        assert flows.calls[1].request.headers["Authorization"] == "Bearer tok-1"


async def test_401_refreshes_once_and_retries() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/access_token").mock(side_effect=[token_reply("old"), token_reply("new")])
        flows = router.get(FLOWS).mock(
            side_effect=[
                httpx.Response(401, json={"error_code": 401, "message": "expired"}),
                httpx.Response(200, json={"data": []}),
            ]
        )
        async with a360() as client:
            response = await client.http.get(FLOWS)
        assert response.status_code == 200
        assert [c.request.headers["Authorization"] for c in flows.calls] == ["Bearer old", "Bearer new"]
        assert client.auth.token_requests == 2


async def test_persistent_401_raises_after_one_refresh() -> None:
    with respx.mock(base_url=BASE) as router:
        token = router.post("/oauth/access_token").mock(return_value=token_reply())
        router.get(FLOWS).mock(return_value=httpx.Response(401, json={"error_code": 401, "message": "Unauthorized"}))
        async with a360() as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.http.get(FLOWS)
        assert token.call_count == 2
        assert caught.value.status_code == 401
        assert caught.value.attempts == 2


async def test_invalid_client_raises_with_oauth_body() -> None:
    body = {
        "error": "invalid_client",
        "error_description": "Client authentication failed",
        "message": "Client authentication failed",
    }
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/access_token").mock(return_value=httpx.Response(401, json=body))
        async with a360() as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.http.get(FLOWS)
    assert caught.value.error_name == "invalid_client"
    assert "Client authentication failed" in str(caught.value)
    assert SECRET not in str(caught.value)


class CountingStore(InMemoryTokenStore):
    """Counts the callers that looked for a token; `everyone` is set once `callers` of them have looked. Every caller
    looks once before it queues for the fetch (and the fetching one once more under the lock)."""

    def __init__(self, callers: int) -> None:
        super().__init__()
        self.looks = 0
        self.callers = callers
        self.everyone = asyncio.Event()

    async def get(self) -> AccessToken | None:
        self.looks += 1
        if self.looks >= self.callers + 1:
            self.everyone.set()
        return await super().get()


def held_token_reply(store: CountingStore, value: str) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """A token endpoint that answers only once every caller is waiting for the token: the callers are concurrent by
    construction, however slow the machine (a fixed sleep here would race them)."""

    async def reply(request: httpx.Request) -> httpx.Response:
        await asyncio.wait_for(store.everyone.wait(), HANG_GUARD_S)
        return token_reply(value)

    return reply


async def test_thousand_concurrent_calls_make_one_token_request() -> None:
    store = CountingStore(callers=1000)
    with respx.mock(base_url=BASE) as router:
        token = router.post("/oauth/access_token").mock(side_effect=held_token_reply(store, "tok-1"))
        router.get(FLOWS).mock(return_value=httpx.Response(200, json={"data": []}))
        async with a360(token_store=store) as client:
            responses = await asyncio.gather(*(client.http.get(FLOWS) for _ in range(1000)))
    assert {r.status_code for r in responses} == {200}
    assert store.everyone.is_set()  # all 1000 were waiting while the one fetch was in flight
    assert token.call_count == 1


async def test_expired_token_is_refreshed_once_for_concurrent_callers() -> None:
    store = CountingStore(callers=200)
    await store.set(AccessToken("stale", expires_at=0))
    with respx.mock(base_url=BASE) as router:
        token = router.post("/oauth/access_token").mock(side_effect=held_token_reply(store, "fresh"))
        flows = router.get(FLOWS).mock(return_value=httpx.Response(200, json={"data": []}))
        async with a360(token_store=store) as client:
            await asyncio.gather(*(client.http.get(FLOWS) for _ in range(200)))
    assert store.everyone.is_set()
    assert token.call_count == 1
    assert {c.request.headers["Authorization"] for c in flows.calls} == {"Bearer fresh"}


async def test_cancelled_token_fetch_leaves_nothing_stuck() -> None:
    started = asyncio.Event()
    with respx.mock(base_url=BASE) as router:

        async def hanging_token(request: httpx.Request) -> httpx.Response:
            started.set()
            await asyncio.sleep(3600)
            return token_reply()

        router.post("/oauth/access_token").mock(side_effect=[hanging_token, token_reply("after-cancel")])
        router.get(FLOWS).mock(return_value=httpx.Response(200, json={"data": []}))
        async with a360() as client:
            task = asyncio.create_task(client.http.get(FLOWS))
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            response = await asyncio.wait_for(client.http.get(FLOWS), timeout=HANG_GUARD_S)
    assert response.status_code == 200
    assert response.request.headers["Authorization"] == "Bearer after-cancel"


async def test_failed_token_fetch_is_retried_by_the_next_call() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/access_token").mock(
            side_effect=[httpx.Response(502, text="<html>Bad Gateway</html>"), token_reply()]
        )
        router.get(FLOWS).mock(return_value=httpx.Response(200, json={"data": []}))
        async with a360(retry=__import__("pulsetrail").RetryPolicy(max_retries=0)) as client:
            with pytest.raises(Exception, match="502"):
                await client.http.get(FLOWS)
            assert (await client.http.get(FLOWS)).status_code == 200


async def test_static_api_key_is_never_refreshed() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        token = router.post("/oauth/access_token").mock(return_value=token_reply())
        flows = router.get(FLOWS).mock(
            side_effect=[httpx.Response(200, json={"data": []}), httpx.Response(401, json={})]
        )
        async with A360(api_key="static-key-xyz", base_url=BASE, rate_limit=None) as client:
            await client.http.get(FLOWS)
            with pytest.raises(AuthenticationError) as caught:
                await client.http.get(FLOWS)
        assert token.call_count == 0
        assert flows.calls[0].request.headers["Authorization"] == "Bearer static-key-xyz"
        assert caught.value.attempts == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"api_key": "k", "client_id": ID, "client_secret": SECRET}, "api_key"),
        ({"client_id": ID}, "client_secret"),
        ({"client_secret": SECRET}, "client_id"),
        ({}, "client_id"),
        ({"api_key": ""}, "api_key"),
    ],
)
def test_bad_credentials_are_rejected_up_front(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        A360(base_url=BASE, **kwargs)
    assert caught.value.field == field
    assert SECRET not in str(caught.value)
    assert str(caught.value.value) != "k" or field != "api_key"


async def test_secrets_never_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with respx.mock(base_url=BASE) as router:
        router.post("/oauth/access_token").mock(return_value=token_reply("very-secret-access-token"))
        router.get(FLOWS).mock(
            side_effect=[httpx.Response(503), httpx.Response(401, json={"message": "no"}), httpx.Response(401)]
        )
        async with a360(retry=__import__("pulsetrail").RetryPolicy(initial_delay=0.001)) as client:
            with pytest.raises(AuthenticationError) as caught:
                await client.http.get(FLOWS)
            texts = [
                repr(client),
                repr(client.auth),
                repr(await client.auth._store.get()),
                str(caught.value),
                repr(caught.value),
                caplog.text,
            ]
    for text in texts:
        for secret in (SECRET, "very-secret-access-token"):
            assert secret not in text, text
    assert "retrying" in caplog.text  # the log was captured at all
