"""The request path builds each URL itself (`OperationCore._absolute`: base URL + path + encoded query, one parse
instead of httpx's three): it must be the URL httpx would have built, byte for byte, for every base URL, path and
query a call can carry. And the cookie jar that skips answers without `Set-Cookie` still keeps the cookies an
answer sets."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pulsetrail import A360, ActiveTrail, SyncActiveTrail

BASES = [
    "https://api.sendpulse.com",
    "https://webapi.mymarketing.co.il/",
    "http://127.0.0.1:4010/prefix",
    "http://mock/a%20b/",
    "http://[::1]:8080/x/",
]
PATHS = ["/a360/autoresponders/list", "/api/contacts/12/x%2Fy", "/api/Caf%C3%A9", "/api/a b", "/"]
PARAMS: list[dict[str, Any] | None] = [
    None,
    {},
    {"limit": 100, "offset": 0},
    {"a b": "c d+e&f=g/h?#", "ü": "שלום", "x": True, "y": 1.5, "z": None},
    {"CustomerStates": ["ACTIVE", "UNSUBSCRIBED"], "e": ""},
    {"pct": "%20%zz", "k": "~!*()'"},
    {"filter": '{"flow_id": {"$in": [1, 2]}, "name": "x y"}'},
]


def _httpx_url(client: Any, request: dict[str, Any]) -> httpx.URL:
    built: httpx.Request = client.http.build_request(**request)
    return built.url


def _our_url(client: Any, request: dict[str, Any]) -> httpx.URL:
    return client._prepare(dict(request)).url  # type: ignore[no-any-return]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("params", PARAMS)
def test_the_url_is_the_one_httpx_builds(base: str, path: str, params: dict[str, Any] | None) -> None:
    client = ActiveTrail("key", base_url=base)
    request: dict[str, Any] = {"method": "GET", "url": path}
    if params is not None:
        request["params"] = params
    ours, theirs = _our_url(client, request), _httpx_url(client, request)
    assert str(ours) == str(theirs)
    assert ours.raw_path == theirs.raw_path


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_value = st.one_of(_text, st.integers(), st.booleans(), st.floats(allow_nan=False), st.lists(_text, max_size=3))


@settings(max_examples=300, deadline=None)
@given(path=st.lists(_text, min_size=1, max_size=3), params=st.dictionaries(_text, _value, max_size=5))
def test_any_query_is_encoded_as_httpx_encodes_it(path: list[str], params: dict[str, Any]) -> None:
    from urllib.parse import quote

    client = ActiveTrail("key", base_url="https://webapi.mymarketing.co.il/api-root/")
    request = {"method": "GET", "url": "/" + "/".join(quote(part, safe="") for part in path), "params": params}
    assert str(_our_url(client, request)) == str(_httpx_url(client, request))


def test_what_httpx_merges_itself_is_left_to_it() -> None:
    # a base URL with a query, a path with its own query or a fragment, an absolute URL: httpx builds those
    client = ActiveTrail("key", base_url="https://example.com/root/?tenant=1")
    assert str(_our_url(client, {"method": "GET", "url": "/x", "params": {"a": 1}})) == str(
        _httpx_url(client, {"method": "GET", "url": "/x", "params": {"a": 1}})
    )
    client = ActiveTrail("key", base_url="https://example.com")
    for url in ("/x?b=2", "/x#top", "https://example.com/y", "relative/z", "//other.example/z", "//"):
        request = {"method": "GET", "url": url, "params": {"a": 1}}
        assert str(_our_url(client, request)) == str(_httpx_url(client, request))


def test_a_copy_with_options_keeps_its_base_url() -> None:
    client = A360(client_id="id", client_secret="secret", base_url="http://mock/a360-root")
    copy = client.with_options(timeout=5)
    assert str(_our_url(copy, {"method": "GET", "url": "/a360/x", "params": {"limit": 1}})) == (
        "http://mock/a360-root/a360/x?limit=1"
    )


async def test_the_request_reaches_the_server_at_that_url() -> None:
    seen: list[httpx.URL] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json=[])

    async with ActiveTrail("key", base_url="http://mock/root", transport=httpx.MockTransport(answer)) as at:
        await at.contacts.list_contacts(search_term="dana levi+1", page=2, limit=5)
    assert [str(url) for url in seen] == ["http://mock/root/api/contacts?SearchTerm=dana+levi%2B1&Page=2&Limit=5"]


def test_cookies_an_answer_sets_are_kept_and_sent_back() -> None:
    sent: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        return httpx.Response(200, json=[], headers={"set-cookie": "session=abc; Path=/"})

    with SyncActiveTrail("key", base_url="http://mock", transport=httpx.MockTransport(answer)) as at:
        at.contacts.list_contacts().get()
        at.contacts.list_contacts().get()
        assert at.http.cookies.get("session") == "abc"
    assert sent == [None, "session=abc"]
