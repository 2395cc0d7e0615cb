from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.flow_conversions_response import FlowConversionsResponse
from ...types import UNSET, Response


def _get_kwargs(
    id: int,
    *,
    filter_: str,
    limit: int = 100,
    offset: int = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/autoresponders/{id}/conversions/group-stat-filtered".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FlowConversionsResponse | None:
    if response.status_code == 200:
        response_200 = FlowConversionsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | FlowConversionsResponse]:
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
    filter_: str,
    limit: int = 100,
    offset: int = 0,
) -> Response[ErrorResponse | FlowConversionsResponse]:
    """Get a flow's conversion counts for a period

     The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID**
    (the
    seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as
    the flow
    call). The seed
    writes the example URL with `filter=json`: the value is the JSON date filter.

    Args:
        id (int):
        filter_ (str):
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowConversionsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_=filter_,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    limit: int = 100,
    offset: int = 0,
) -> ErrorResponse | FlowConversionsResponse | None:
    """Get a flow's conversion counts for a period

     The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID**
    (the
    seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as
    the flow
    call). The seed
    writes the example URL with `filter=json`: the value is the JSON date filter.

    Args:
        id (int):
        filter_ (str):
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowConversionsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        filter_=filter_,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    limit: int = 100,
    offset: int = 0,
) -> Response[ErrorResponse | FlowConversionsResponse]:
    """Get a flow's conversion counts for a period

     The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID**
    (the
    seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as
    the flow
    call). The seed
    writes the example URL with `filter=json`: the value is the JSON date filter.

    Args:
        id (int):
        filter_ (str):
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FlowConversionsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_=filter_,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    limit: int = 100,
    offset: int = 0,
) -> ErrorResponse | FlowConversionsResponse | None:
    """Get a flow's conversion counts for a period

     The conversion counts of `get_flow_conversions` for the period in `filter`. `ID` is the **flow ID**
    (the
    seed writes it `{id}` and labels it "Element ID", but this is a flow path with the same answer as
    the flow
    call). The seed
    writes the example URL with `filter=json`: the value is the JSON date filter.

    Args:
        id (int):
        filter_ (str):
        limit (int):  Default: 100.
        offset (int):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FlowConversionsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
    ).parsed
