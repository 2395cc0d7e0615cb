from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commerce_order_update import CommerceOrderUpdate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: CommerceOrderUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/commerce/Order/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommerceOrderUpdate,
) -> Response[Any | ErrorResponse]:
    """Modify a commerce order

     Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most
    fields in
    lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body
    is not
    documented.

    Args:
        order_id (str):
        body (CommerceOrderUpdate): The changes to an order (ApiUpdateOrder). The current
            reference page spells the fields as below (mostly
            lowercase); an older version used `externaluserid` instead of `externalid`. Send only the
            fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommerceOrderUpdate,
) -> Any | ErrorResponse | None:
    """Modify a commerce order

     Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most
    fields in
    lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body
    is not
    documented.

    Args:
        order_id (str):
        body (CommerceOrderUpdate): The changes to an order (ApiUpdateOrder). The current
            reference page spells the fields as below (mostly
            lowercase); an older version used `externaluserid` instead of `externalid`. Send only the
            fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommerceOrderUpdate,
) -> Response[Any | ErrorResponse]:
    """Modify a commerce order

     Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most
    fields in
    lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body
    is not
    documented.

    Args:
        order_id (str):
        body (CommerceOrderUpdate): The changes to an order (ApiUpdateOrder). The current
            reference page spells the fields as below (mostly
            lowercase); an older version used `externaluserid` instead of `externalid`. Send only the
            fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CommerceOrderUpdate,
) -> Any | ErrorResponse | None:
    """Modify a commerce order

     Modifies an existing order; it cannot create one. Note that this body (ApiUpdateOrder) spells most
    fields in
    lowercase (`firstname`, `netamount`, `purchasedate`...), unlike the order itself. The response body
    is not
    documented.

    Args:
        order_id (str):
        body (CommerceOrderUpdate): The changes to an order (ApiUpdateOrder). The current
            reference page spells the fields as below (mostly
            lowercase); an older version used `externaluserid` instead of `externalid`. Send only the
            fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
