from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group import Group
from ...models.group_input import GroupInput
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: GroupInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/groups/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Group | None:
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

        return response_200

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
) -> Response[Any | ErrorResponse | Group]:
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
    body: GroupInput,
) -> Response[Any | ErrorResponse | Group]:
    """Update (rename) a group

     Updates a group; in practice only `name` can be changed. Leave the counters and the creation date
    out of the
    body. Public clients report an empty `204` on success, while others read the updated group from a
    `200`
    body, so both are declared.

    Args:
        id (int):
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
        Response[Any | ErrorResponse | Group]
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
    body: GroupInput,
) -> Any | ErrorResponse | Group | None:
    """Update (rename) a group

     Updates a group; in practice only `name` can be changed. Leave the counters and the creation date
    out of the
    body. Public clients report an empty `204` on success, while others read the updated group from a
    `200`
    body, so both are declared.

    Args:
        id (int):
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
        Any | ErrorResponse | Group
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
    body: GroupInput,
) -> Response[Any | ErrorResponse | Group]:
    """Update (rename) a group

     Updates a group; in practice only `name` can be changed. Leave the counters and the creation date
    out of the
    body. Public clients report an empty `204` on success, while others read the updated group from a
    `200`
    body, so both are declared.

    Args:
        id (int):
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
        Response[Any | ErrorResponse | Group]
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
    body: GroupInput,
) -> Any | ErrorResponse | Group | None:
    """Update (rename) a group

     Updates a group; in practice only `name` can be changed. Leave the counters and the creation date
    out of the
    body. Public clients report an empty `204` on success, while others read the updated group from a
    `200`
    body, so both are declared.

    Args:
        id (int):
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
        Any | ErrorResponse | Group
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
