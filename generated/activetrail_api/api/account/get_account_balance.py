from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_balance import AccountBalance
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/account/balance",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountBalance | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountBalance.from_dict(response.json())

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
) -> Response[AccountBalance | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountBalance | ErrorResponse]:
    """Get the email and SMS credit balance

     Returns the account's remaining email and SMS credits, each with the percentage left and the low-
    credit
    alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a
    `coupons`
    object (a public client requires it and calls it the coupon balance); no source shows its fields, so
    they
    are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalance | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccountBalance | ErrorResponse | None:
    """Get the email and SMS credit balance

     Returns the account's remaining email and SMS credits, each with the percentage left and the low-
    credit
    alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a
    `coupons`
    object (a public client requires it and calls it the coupon balance); no source shows its fields, so
    they
    are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalance | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountBalance | ErrorResponse]:
    """Get the email and SMS credit balance

     Returns the account's remaining email and SMS credits, each with the percentage left and the low-
    credit
    alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a
    `coupons`
    object (a public client requires it and calls it the coupon balance); no source shows its fields, so
    they
    are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalance | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccountBalance | ErrorResponse | None:
    """Get the email and SMS credit balance

     Returns the account's remaining email and SMS credits, each with the percentage left and the low-
    credit
    alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a
    `coupons`
    object (a public client requires it and calls it the coupon balance); no source shows its fields, so
    they
    are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalance | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
