"""Every operation of both specs, called through its generated async function against Prism started from the spec.

Each call must pass Prism's request validation (so the generated code sends what the spec declares), come back with
the operation's success status, parse into the declared model with every field the example holds typed (none left
in `additional_properties`), and serialize back to exactly the JSON the server sent.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import A360_SPEC, ACTIVETRAIL_SPEC, MockServer
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
ACTIVETRAIL_OPERATIONS = load_operations("activetrail_api", ACTIVETRAIL_SPEC) if ACTIVETRAIL_SPEC.exists() else []


async def _call(op: Operation, server: MockServer, client_class: Any, token: str) -> None:
    async with httpx.AsyncClient(base_url=server.url, headers={"Authorization": token}) as http:
        client = client_class(base_url=server.url)
        client.set_async_httpx_client(http)
        response = await op.module().asyncio_detailed(client=client, **build_arguments(op))
    assert response.status_code == success_status(op), response.content[:500]
    sent = json_body(response.content)
    if sent is None:
        return
    assert response.parsed is not None
    assert untyped_fields(response.parsed) == []
    assert to_jsonable(response.parsed) == sent


@pytest.mark.parametrize("op", A360_OPERATIONS, ids=lambda op: op.id)
async def test_a360_operation(op: Operation, a360_mock: MockServer) -> None:
    from sendpulse_a360_api import Client

    await _call(op, a360_mock, Client, "Bearer test-token")


@pytest.mark.parametrize("op", ACTIVETRAIL_OPERATIONS, ids=lambda op: op.id)
async def test_activetrail_operation(op: Operation, activetrail_mock: MockServer) -> None:
    from activetrail_api import Client

    await _call(op, activetrail_mock, Client, "0Xtest-token")
