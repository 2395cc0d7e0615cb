from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_executive_report import AccountExecutiveReport
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/account/executivereport",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountExecutiveReport | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountExecutiveReport.from_dict(response.json())

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
) -> Response[AccountExecutiveReport | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountExecutiveReport | ErrorResponse]:
    """Get the account's executive report

     Returns the executive report: month-by-month email statistics of the account (sent, bounce, open,
    click,
    click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
    (transactional) email, over about the last 12 months.

    **Response shape inferred** from a public client's description of the report; no source shows the
    field
    names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps
    the
    raw body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountExecutiveReport | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccountExecutiveReport | ErrorResponse | None:
    """Get the account's executive report

     Returns the executive report: month-by-month email statistics of the account (sent, bounce, open,
    click,
    click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
    (transactional) email, over about the last 12 months.

    **Response shape inferred** from a public client's description of the report; no source shows the
    field
    names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps
    the
    raw body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountExecutiveReport | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountExecutiveReport | ErrorResponse]:
    """Get the account's executive report

     Returns the executive report: month-by-month email statistics of the account (sent, bounce, open,
    click,
    click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
    (transactional) email, over about the last 12 months.

    **Response shape inferred** from a public client's description of the report; no source shows the
    field
    names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps
    the
    raw body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountExecutiveReport | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccountExecutiveReport | ErrorResponse | None:
    """Get the account's executive report

     Returns the executive report: month-by-month email statistics of the account (sent, bounce, open,
    click,
    click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
    (transactional) email, over about the last 12 months.

    **Response shape inferred** from a public client's description of the report; no source shows the
    field
    names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps
    the
    raw body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountExecutiveReport | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
