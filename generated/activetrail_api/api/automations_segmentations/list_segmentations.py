from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segmentation import Segmentation
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/segmentation",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Segmentation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Segmentation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[Segmentation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[Segmentation]]:
    """List the account's segmentations

     Returns every segmentation of the account (the rule-based audiences automations can use), as a bare
    array.
    No paging or filter parameters are documented for this call.

    The item shape is inferred: no stored sample shows the list's response. It mirrors the create body
    of the
    official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields
    are
    optional and unknown fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Segmentation]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[Segmentation] | None:
    """List the account's segmentations

     Returns every segmentation of the account (the rule-based audiences automations can use), as a bare
    array.
    No paging or filter parameters are documented for this call.

    The item shape is inferred: no stored sample shows the list's response. It mirrors the create body
    of the
    official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields
    are
    optional and unknown fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Segmentation]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[Segmentation]]:
    """List the account's segmentations

     Returns every segmentation of the account (the rule-based audiences automations can use), as a bare
    array.
    No paging or filter parameters are documented for this call.

    The item shape is inferred: no stored sample shows the list's response. It mirrors the create body
    of the
    official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields
    are
    optional and unknown fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Segmentation]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[Segmentation] | None:
    """List the account's segmentations

     Returns every segmentation of the account (the rule-based audiences automations can use), as a bare
    array.
    No paging or filter parameters are documented for this call.

    The item shape is inferred: no stored sample shows the list's response. It mirrors the create body
    of the
    official page POST-api-segmentation (`name`, `rules_segment`) plus the segmentation `id`; all fields
    are
    optional and unknown fields are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Segmentation]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
