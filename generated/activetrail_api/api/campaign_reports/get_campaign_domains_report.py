from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_domain_report import CampaignDomainReport
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaignreports/{id}/domains".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[CampaignDomainReport] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CampaignDomainReport.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[CampaignDomainReport]]:
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
) -> Response[ErrorResponse | list[CampaignDomainReport]]:
    """Get an email campaign's overview per recipient domain

     Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

    The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces
    report
    uses), with the counters public client code (COR) names for this call (sends, opens, clicks,
    bounces).
    Their field names are inferred (see `CampaignDomainReport`); every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CampaignDomainReport]]
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
) -> ErrorResponse | list[CampaignDomainReport] | None:
    """Get an email campaign's overview per recipient domain

     Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

    The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces
    report
    uses), with the counters public client code (COR) names for this call (sends, opens, clicks,
    bounces).
    Their field names are inferred (see `CampaignDomainReport`); every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CampaignDomainReport]
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[CampaignDomainReport]]:
    """Get an email campaign's overview per recipient domain

     Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

    The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces
    report
    uses), with the counters public client code (COR) names for this call (sends, opens, clicks,
    bounces).
    Their field names are inferred (see `CampaignDomainReport`); every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CampaignDomainReport]]
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
) -> ErrorResponse | list[CampaignDomainReport] | None:
    """Get an email campaign's overview per recipient domain

     Returns the campaign's results (sent, opens, clicks, bounces...) per recipient email domain.

    The shape is inferred: a bare array of per-domain rows keyed by `domain_name` (the name the bounces
    report
    uses), with the counters public client code (COR) names for this call (sends, opens, clicks,
    bounces).
    Their field names are inferred (see `CampaignDomainReport`); every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CampaignDomainReport]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
