from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deleted_flag import DeletedFlag
from ...models.error_response import ErrorResponse
from ...models.flow_total_stats import FlowTotalStats
from ...models.flow_type import FlowType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    flow_type: FlowType | Unset = UNSET,
    deleted: DeletedFlag | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flow_type: str | Unset = UNSET
    if not isinstance(flow_type, Unset):
        json_flow_type = flow_type.value

    params["flow_type"] = json_flow_type

    json_deleted: str | Unset = UNSET
    if not isinstance(deleted, Unset):
        json_deleted = deleted.value

    params["deleted"] = json_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/autoresponders/{id}/total-stats".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FlowTotalStats | None:
    if response.status_code == 200:
        response_200 = FlowTotalStats.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FlowTotalStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    flow_type: FlowType | Unset = UNSET,
    deleted: DeletedFlag | Unset = UNSET,
) -> Response[ErrorResponse | FlowTotalStats]:
    """Get the statistics of each element of a flow

     The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime
    of the
    flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the
    rows to one
    element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
    Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their
    error
    counter `error`, the others `errors`.

    Args:
        id (int):
        flow_type (FlowType | Unset): An element type accepted by `total-stats`' `flow_type`:
            `maintrigger` (Start), `email`, `push`, `sms`,
            `filter`, `action`, `goal`, `trigger` (Condition). The seed does not list `messenger`
            here.
        deleted (DeletedFlag | Unset): `"1"`: return the statistics of deleted elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowTotalStats]
    """

    kwargs = _get_kwargs(
        id=id,
        flow_type=flow_type,
        deleted=deleted,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    flow_type: FlowType | Unset = UNSET,
    deleted: DeletedFlag | Unset = UNSET,
) -> ErrorResponse | FlowTotalStats | None:
    """Get the statistics of each element of a flow

     The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime
    of the
    flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the
    rows to one
    element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
    Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their
    error
    counter `error`, the others `errors`.

    Args:
        id (int):
        flow_type (FlowType | Unset): An element type accepted by `total-stats`' `flow_type`:
            `maintrigger` (Start), `email`, `push`, `sms`,
            `filter`, `action`, `goal`, `trigger` (Condition). The seed does not list `messenger`
            here.
        deleted (DeletedFlag | Unset): `"1"`: return the statistics of deleted elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowTotalStats
    """

    return sync_detailed(
        id=id,
        client=client,
        flow_type=flow_type,
        deleted=deleted,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    flow_type: FlowType | Unset = UNSET,
    deleted: DeletedFlag | Unset = UNSET,
) -> Response[ErrorResponse | FlowTotalStats]:
    """Get the statistics of each element of a flow

     The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime
    of the
    flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the
    rows to one
    element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
    Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their
    error
    counter `error`, the others `errors`.

    Args:
        id (int):
        flow_type (FlowType | Unset): An element type accepted by `total-stats`' `flow_type`:
            `maintrigger` (Start), `email`, `push`, `sms`,
            `filter`, `action`, `goal`, `trigger` (Condition). The seed does not list `messenger`
            here.
        deleted (DeletedFlag | Unset): `"1"`: return the statistics of deleted elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowTotalStats]
    """

    kwargs = _get_kwargs(
        id=id,
        flow_type=flow_type,
        deleted=deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    flow_type: FlowType | Unset = UNSET,
    deleted: DeletedFlag | Unset = UNSET,
) -> ErrorResponse | FlowTotalStats | None:
    """Get the statistics of each element of a flow

     The flow (`autoresponder`) and one row of counters per element (`flows[]`), over the whole lifetime
    of the
    flow. `ID` is the **flow ID**; each row's `flow_id` is an **element ID**. `flow_type` limits the
    rows to one
    element type; `deleted=1` returns the statistics of the flow's deleted elements instead.
    Which counters a row has depends on its `type` (see `FlowElementTotalStats`); email rows name their
    error
    counter `error`, the others `errors`.

    Args:
        id (int):
        flow_type (FlowType | Unset): An element type accepted by `total-stats`' `flow_type`:
            `maintrigger` (Start), `email`, `push`, `sms`,
            `filter`, `action`, `goal`, `trigger` (Condition). The seed does not list `messenger`
            here.
        deleted (DeletedFlag | Unset): `"1"`: return the statistics of deleted elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowTotalStats
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            flow_type=flow_type,
            deleted=deleted,
        )
    ).parsed
