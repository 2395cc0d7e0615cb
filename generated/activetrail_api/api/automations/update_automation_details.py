from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_details_update import AutomationDetailsUpdate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: AutomationDetailsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/automations/{id}/details".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
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
    body: AutomationDetailsUpdate,
) -> Response[Any | ErrorResponse]:
    """Update an automation's setup

     Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo`
    per
    the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
    documented.

    Args:
        id (int):
        body (AutomationDetailsUpdate): The body of `update_automation_details`: the writable
            fields of the details object
            (`AutomationDetailsInfo`), without the server-set `date_created_utc` and
            `date_updated_utc`. Send the
            fields to change; no source marks any of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationDetailsUpdate,
) -> Any | ErrorResponse | None:
    """Update an automation's setup

     Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo`
    per
    the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
    documented.

    Args:
        id (int):
        body (AutomationDetailsUpdate): The body of `update_automation_details`: the writable
            fields of the details object
            (`AutomationDetailsInfo`), without the server-set `date_created_utc` and
            `date_updated_utc`. Send the
            fields to change; no source marks any of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationDetailsUpdate,
) -> Response[Any | ErrorResponse]:
    """Update an automation's setup

     Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo`
    per
    the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
    documented.

    Args:
        id (int):
        body (AutomationDetailsUpdate): The body of `update_automation_details`: the writable
            fields of the details object
            (`AutomationDetailsInfo`), without the server-set `date_created_utc` and
            `date_updated_utc`. Send the
            fields to change; no source marks any of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationDetailsUpdate,
) -> Any | ErrorResponse | None:
    """Update an automation's setup

     Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo`
    per
    the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
    documented.

    Args:
        id (int):
        body (AutomationDetailsUpdate): The body of `update_automation_details`: the writable
            fields of the details object
            (`AutomationDetailsInfo`), without the server-set `date_created_utc` and
            `date_updated_utc`. Send the
            fields to change; no source marks any of them required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
