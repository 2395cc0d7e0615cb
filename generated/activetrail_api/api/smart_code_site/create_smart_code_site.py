from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.smart_code_site import SmartCodeSite
from ...models.smart_code_site_input import SmartCodeSiteInput
from ...types import Response


def _get_kwargs(
    *,
    body: SmartCodeSiteInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/smartcodesite",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmartCodeSite | None:
    if response.status_code == 200:
        response_200 = SmartCodeSite.from_dict(response.json())

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
) -> Response[ErrorResponse | SmartCodeSite]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmartCodeSiteInput,
) -> Response[ErrorResponse | SmartCodeSite]:
    """Create a Smart Code site

     Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method
    for this
    line; COR shows POST.

    The response is not documented; it is inferred to be the created site (with its `id`), every field
    optional.

    Args:
        body (SmartCodeSiteInput): The body of `create_smart_code_site` and
            `update_smart_code_site` (COR; both fields required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmartCodeSite]
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
    body: SmartCodeSiteInput,
) -> ErrorResponse | SmartCodeSite | None:
    """Create a Smart Code site

     Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method
    for this
    line; COR shows POST.

    The response is not documented; it is inferred to be the created site (with its `id`), every field
    optional.

    Args:
        body (SmartCodeSiteInput): The body of `create_smart_code_site` and
            `update_smart_code_site` (COR; both fields required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmartCodeSite
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmartCodeSiteInput,
) -> Response[ErrorResponse | SmartCodeSite]:
    """Create a Smart Code site

     Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method
    for this
    line; COR shows POST.

    The response is not documented; it is inferred to be the created site (with its `id`), every field
    optional.

    Args:
        body (SmartCodeSiteInput): The body of `create_smart_code_site` and
            `update_smart_code_site` (COR; both fields required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmartCodeSite]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmartCodeSiteInput,
) -> ErrorResponse | SmartCodeSite | None:
    """Create a Smart Code site

     Registers a website for Smart Code tracking, from a name and its domain(s). The seed has no method
    for this
    line; COR shows POST.

    The response is not documented; it is inferred to be the created site (with its `id`), every field
    optional.

    Args:
        body (SmartCodeSiteInput): The body of `create_smart_code_site` and
            `update_smart_code_site` (COR; both fields required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmartCodeSite
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
