from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_design import AutomationDesign
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/automations/{id}/designWithData".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationDesign | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutomationDesign.from_dict(response.json())

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
) -> Response[AutomationDesign | ErrorResponse]:
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
) -> Response[AutomationDesign | ErrorResponse]:
    """Get the JSON design of an automation's flow, with its data

     **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON
    that the
    UI uses to draw the automation's flow, including the data of the automation (its steps).

    **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`).
    Every
    field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationDesign | ErrorResponse]
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
) -> AutomationDesign | ErrorResponse | None:
    """Get the JSON design of an automation's flow, with its data

     **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON
    that the
    UI uses to draw the automation's flow, including the data of the automation (its steps).

    **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`).
    Every
    field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationDesign | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutomationDesign | ErrorResponse]:
    """Get the JSON design of an automation's flow, with its data

     **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON
    that the
    UI uses to draw the automation's flow, including the data of the automation (its steps).

    **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`).
    Every
    field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationDesign | ErrorResponse]
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
) -> AutomationDesign | ErrorResponse | None:
    """Get the JSON design of an automation's flow, with its data

     **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON
    that the
    UI uses to draw the automation's flow, including the data of the automation (its steps).

    **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`).
    Every
    field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationDesign | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
