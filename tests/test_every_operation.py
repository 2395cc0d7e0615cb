"""Every operation of both specs, called as a typed method of a pulsetrail client (`client.<tag>.<operation>(...)`).

Against Prism started from the spec, each call must pass Prism's request validation (so the generated code sends what
the spec declares), return the operation's success model (never an error model, never None in place of a body),
with every field the example holds typed (none left in `additional_properties`), serializing back to exactly the
JSON the server sent. A list operation returns its paginator, which, awaited, is that one page.

Against a server that answers every request with a malformed body, each method raises `ResponseParseError` (or
returns, where the body happens to fit): no bare KeyError/TypeError/AttributeError escapes any method.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx
from conftest import A360_SPEC, ACTIVETRAIL_SPEC, MockServer
from pulsetrail import A360, ActiveTrail, AsyncPaginator, PulsetrailError, ResponseParseError
from pulsetrail._client import BaseClient
from spec_calls import (
    Operation,
    build_arguments,
    json_body,
    load_operations,
    success_status,
    to_jsonable,
    untyped_fields,
)

A360_OPERATIONS = load_operations("sendpulse_a360_api", A360_SPEC)
ACTIVETRAIL_OPERATIONS = load_operations("activetrail_api", ACTIVETRAIL_SPEC)
BASE = "https://malformed.test"


def method_of(client: BaseClient[Any], op: Operation) -> Any:
    """The client's typed method for an operation: the namespace of its module's package, the module's name."""
    *_, tag, name = op.module_name.split(".")
    return getattr(getattr(client, tag), name)


def success_model(op: Operation) -> Any:
    """The success type the generated module parses into (from its `_parse_response` for the success status)."""
    source = inspect.getsource(op.module()._parse_response)
    status = success_status(op)
    marker = f"response_{status} = "
    if marker not in source:
        return None
    return source.split(marker, 1)[1].split(".from_dict", 1)[0].split("(", 1)[0].strip()


async def _call(op: Operation, client: BaseClient[Any]) -> None:
    answers: list[httpx.Response] = []

    async def keep(response: httpx.Response) -> None:
        await response.aread()
        answers.append(response)

    client.http.event_hooks["response"] = [keep]
    result = method_of(client, op)(**build_arguments(op))
    if isinstance(result, AsyncPaginator):
        assert op.paginated, f"{op.id} returns a paginator but has no paging parameters"
        page = await result  # a Page: its items, and the operation's answer as parsed
        parsed = page.parsed
        assert list(page) == list(page.items)
    else:
        parsed = await result
    (response,) = answers
    assert response.status_code == success_status(op), response.content[:500]
    sent = json_body(response.content)
    if sent is None:
        assert parsed is None
        return
    assert parsed is not None
    model = success_model(op)
    if model and model not in ("cast", "Any") and model[0].isupper():
        assert type(parsed).__name__ == model, f"{op.id} returned a {type(parsed).__name__}, not its {model}"
    assert untyped_fields(parsed) == []
    assert to_jsonable(parsed) == sent


@pytest.fixture(scope="module")
async def a360(a360_mock: MockServer) -> AsyncIterator[A360]:
    async with A360(api_key="test-token", base_url=a360_mock.url, rate_limit=None) as client:
        yield client


@pytest.fixture(scope="module")
async def at(activetrail_mock: MockServer) -> AsyncIterator[ActiveTrail]:
    async with ActiveTrail("0Xtest-token", base_url=activetrail_mock.url) as client:
        yield client


def test_both_specs_have_their_operations() -> None:
    assert len(A360_OPERATIONS) >= 40
    assert len(ACTIVETRAIL_OPERATIONS) >= 213


@pytest.mark.parametrize("op", A360_OPERATIONS, ids=lambda op: op.id)
async def test_a360_operation(op: Operation, a360: A360) -> None:
    await _call(op, a360)


@pytest.mark.parametrize("op", ACTIVETRAIL_OPERATIONS, ids=lambda op: op.id)
async def test_activetrail_operation(op: Operation, at: ActiveTrail) -> None:
    await _call(op, at)


MALFORMED_BODIES = [{}, [], "text", 7, [{"id": "x"}], {"data": "x", "items": 5}]


async def _malformed(op: Operation, client: BaseClient[Any]) -> None:
    for body in MALFORMED_BODIES:
        with respx.mock(base_url=BASE) as router:
            router.route().mock(return_value=httpx.Response(success_status(op), json=body))
            try:
                result = method_of(client, op)(**build_arguments(op))
                await result
            except ResponseParseError:
                pass
            except PulsetrailError as error:  # anything else pulsetrail raises is a bug for a 2xx answer
                raise AssertionError(f"{op.id} with {body!r}: {type(error).__name__}: {error}") from error


@pytest.mark.parametrize("op", A360_OPERATIONS, ids=lambda op: op.id)
async def test_a360_malformed_success_bodies_raise_response_parse_error(op: Operation) -> None:
    async with A360(api_key="k", base_url=BASE, rate_limit=None) as client:
        await _malformed(op, client)


@pytest.mark.parametrize("op", ACTIVETRAIL_OPERATIONS, ids=lambda op: op.id)
async def test_activetrail_malformed_success_bodies_raise_response_parse_error(op: Operation) -> None:
    async with ActiveTrail("0Xk", base_url=BASE) as client:
        await _malformed(op, client)


def test_namespaces_import_no_operation_module_until_called() -> None:
    """Building both clients and touching namespaces loads no operation module: each loads at its first call."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from pulsetrail import A360, ActiveTrail\n"
        "a360, at = A360(api_key='k'), ActiveTrail('0Xk')\n"
        "namespaces = (a360.flows, a360.email, at.contacts, at.groups)\n"
        "print([m for m in sys.modules if m.split('.')[1:2] == ['api'] and m.count('.') >= 3])\n"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, our own code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda at, a360: at.contacts.get_contact("42"), "id"),
        (lambda at, a360: at.groups.add_group_member(0, body=None), "id"),
        (lambda at, a360: at.groups.create_group(body={"name": "Leads"}), "body"),
        (lambda at, a360: at.groups.list_group_members(-1), "id"),
        (lambda at, a360: a360.flows.get_flow(True), "id"),
        (lambda at, a360: a360.flows.get_flow_total_stats(1, flow_type="email"), "flow_type"),
        (lambda at, a360: a360.flows.get_flow_total_stats(42, deleted=1), "deleted"),
        (lambda at, a360: at.contacts.list_contacts(page="2"), "page"),
        (lambda at, a360: at.contacts.list_contacts(page=0), "page"),
        (lambda at, a360: a360.flows.list_flows(limit=500), "limit"),
    ],
)
async def test_typed_methods_reject_bad_input_before_sending(call: Any, field: str) -> None:
    from pulsetrail import InvalidInputError

    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        anything = router.route().mock(return_value=httpx.Response(200, json={}))
        async with ActiveTrail("0Xk", base_url=BASE) as at, A360(api_key="k", base_url=BASE) as a360:
            with pytest.raises(InvalidInputError) as caught:
                result = call(at, a360)
                if isinstance(result, AsyncPaginator):
                    [item async for item in result]
                else:
                    await result
    assert caught.value.field == field
    assert not anything.called
