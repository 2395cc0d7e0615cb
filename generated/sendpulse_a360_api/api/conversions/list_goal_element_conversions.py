from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_list import ConversionList
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    goal_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/autoresponders/{id}/conversions/list/goal/{goal_id}".format(
            id=quote(str(id), safe=""),
            goal_id=quote(str(goal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConversionList.from_dict(response.json())

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
) -> Response[ConversionList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    goal_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConversionList | ErrorResponse]:
    """List the contacts that reached one Goal element

     The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**;
    `goalId` is
    the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the
    filtered
    variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this
    call.

    Args:
        id (int):
        goal_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        goal_id=goal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    goal_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ConversionList | ErrorResponse | None:
    """List the contacts that reached one Goal element

     The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**;
    `goalId` is
    the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the
    filtered
    variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this
    call.

    Args:
        id (int):
        goal_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionList | ErrorResponse
    """

    return sync_detailed(
        id=id,
        goal_id=goal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    goal_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConversionList | ErrorResponse]:
    """List the contacts that reached one Goal element

     The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**;
    `goalId` is
    the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the
    filtered
    variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this
    call.

    Args:
        id (int):
        goal_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        goal_id=goal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    goal_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ConversionList | ErrorResponse | None:
    """List the contacts that reached one Goal element

     The conversions made by reaching one Goal element, and their total. `ID` is the **flow ID**;
    `goalId` is
    the **element ID** of the Goal element (the seed writes it `{{goalID}}` here and `{goalId}` in the
    filtered
    variant; this spec writes `{goalId}` in both). The seed documents no paging parameters for this
    call.

    Args:
        id (int):
        goal_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            goal_id=goal_id,
            client=client,
        )
    ).parsed
