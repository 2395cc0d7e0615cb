from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/automations/{id}/FlowTimesStarted".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | int | None:
    if response.status_code == 200:
        response_200 = cast(int, response.json())
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | int]:
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
) -> Response[ErrorResponse | int]:
    """Get an automation's "flow times started" data (purpose unclear)

     A path of the official docs index that a public client copied and later dropped; the index's
    description
    of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was
    started).
    Not a line of the seed.

    **Inferred response:** no source shows the body. By the path's name it is taken to be how many times
    the
    flow was started, a bare integer (`AutomationFlowTimesStarted`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | int]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | int | None:
    """Get an automation's "flow times started" data (purpose unclear)

     A path of the official docs index that a public client copied and later dropped; the index's
    description
    of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was
    started).
    Not a line of the seed.

    **Inferred response:** no source shows the body. By the path's name it is taken to be how many times
    the
    flow was started, a bare integer (`AutomationFlowTimesStarted`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | int
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | int]:
    """Get an automation's "flow times started" data (purpose unclear)

     A path of the official docs index that a public client copied and later dropped; the index's
    description
    of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was
    started).
    Not a line of the seed.

    **Inferred response:** no source shows the body. By the path's name it is taken to be how many times
    the
    flow was started, a bare integer (`AutomationFlowTimesStarted`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | int]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | int | None:
    """Get an automation's "flow times started" data (purpose unclear)

     A path of the official docs index that a public client copied and later dropped; the index's
    description
    of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was
    started).
    Not a line of the seed.

    **Inferred response:** no source shows the body. By the path's name it is taken to be how many times
    the
    flow was started, a bare integer (`AutomationFlowTimesStarted`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | int
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
