from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group import Group
from ...models.group_input import GroupInput
from ...types import Response


def _get_kwargs(
    *,
    body: GroupInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

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
) -> Response[ErrorResponse | Group]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupInput,
) -> Response[ErrorResponse | Group]:
    """Create a group

     Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a
    dynamic
    group); the counters and the creation date are set by the server and should be left out of the body.
    Add
    contacts with `add_group_member`.

    Args:
        body (GroupInput): The body of `create_group` and `update_group` (official
            `PostGroupContainer`): the group's name and, for a
            dynamic group, `last_generated`. The official sample also shows `active_counter`,
            `counter` and `created`,
            but the pages say to delete them in POST/PUT bodies (the server sets them), so they are
            left out here.
             Example: {'name': 'Spring sale leads'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Group]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GroupInput,
) -> ErrorResponse | Group | None:
    """Create a group

     Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a
    dynamic
    group); the counters and the creation date are set by the server and should be left out of the body.
    Add
    contacts with `add_group_member`.

    Args:
        body (GroupInput): The body of `create_group` and `update_group` (official
            `PostGroupContainer`): the group's name and, for a
            dynamic group, `last_generated`. The official sample also shows `active_counter`,
            `counter` and `created`,
            but the pages say to delete them in POST/PUT bodies (the server sets them), so they are
            left out here.
             Example: {'name': 'Spring sale leads'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Group
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupInput,
) -> Response[ErrorResponse | Group]:
    """Create a group

     Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a
    dynamic
    group); the counters and the creation date are set by the server and should be left out of the body.
    Add
    contacts with `add_group_member`.

    Args:
        body (GroupInput): The body of `create_group` and `update_group` (official
            `PostGroupContainer`): the group's name and, for a
            dynamic group, `last_generated`. The official sample also shows `active_counter`,
            `counter` and `created`,
            but the pages say to delete them in POST/PUT bodies (the server sets them), so they are
            left out here.
             Example: {'name': 'Spring sale leads'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Group]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupInput,
) -> ErrorResponse | Group | None:
    """Create a group

     Creates an empty group and returns it with its new id. Send only `name` (and `last_generated` for a
    dynamic
    group); the counters and the creation date are set by the server and should be left out of the body.
    Add
    contacts with `add_group_member`.

    Args:
        body (GroupInput): The body of `create_group` and `update_group` (official
            `PostGroupContainer`): the group's name and, for a
            dynamic group, `last_generated`. The official sample also shows `active_counter`,
            `counter` and `created`,
            but the pages say to delete them in POST/PUT bodies (the server sets them), so they are
            left out here.
             Example: {'name': 'Spring sale leads'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Group
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
