from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_content_category import AccountContentCategory
from ...models.account_content_category_create import AccountContentCategoryCreate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AccountContentCategoryCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/account/contentCategories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountContentCategory | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountContentCategory.from_dict(response.json())

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
) -> Response[AccountContentCategory | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountContentCategoryCreate,
) -> Response[AccountContentCategory | ErrorResponse]:
    """Create a content category

     Creates a content category. The seed lists this line without a method; POST is the REST pattern and
    a
    public client's choice.

    **Response shape inferred:** no source shows the response; we assume the created category (as the
    API's
    other create calls return the created item).

    Args:
        body (AccountContentCategoryCreate): A new content category (the fields a public client
            sends).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountContentCategory | ErrorResponse]
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
    body: AccountContentCategoryCreate,
) -> AccountContentCategory | ErrorResponse | None:
    """Create a content category

     Creates a content category. The seed lists this line without a method; POST is the REST pattern and
    a
    public client's choice.

    **Response shape inferred:** no source shows the response; we assume the created category (as the
    API's
    other create calls return the created item).

    Args:
        body (AccountContentCategoryCreate): A new content category (the fields a public client
            sends).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountContentCategory | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccountContentCategoryCreate,
) -> Response[AccountContentCategory | ErrorResponse]:
    """Create a content category

     Creates a content category. The seed lists this line without a method; POST is the REST pattern and
    a
    public client's choice.

    **Response shape inferred:** no source shows the response; we assume the created category (as the
    API's
    other create calls return the created item).

    Args:
        body (AccountContentCategoryCreate): A new content category (the fields a public client
            sends).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountContentCategory | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccountContentCategoryCreate,
) -> AccountContentCategory | ErrorResponse | None:
    """Create a content category

     Creates a content category. The seed lists this line without a method; POST is the REST pattern and
    a
    public client's choice.

    **Response shape inferred:** no source shows the response; we assume the created category (as the
    API's
    other create calls return the created item).

    Args:
        body (AccountContentCategoryCreate): A new content category (the fields a public client
            sends).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountContentCategory | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
