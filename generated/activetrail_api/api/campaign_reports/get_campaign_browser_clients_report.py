from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_browser_clients_report import CampaignBrowserClientsReport
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaignreports/{id}/browserclients".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignBrowserClientsReport | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignBrowserClientsReport.from_dict(response.json())

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
) -> Response[CampaignBrowserClientsReport | ErrorResponse]:
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
) -> Response[CampaignBrowserClientsReport | ErrorResponse]:
    """Get an email campaign's browser and email-client statistics

     **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource
    names of
    this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email
    clients
    the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers
    and
    email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
    every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignBrowserClientsReport | ErrorResponse]
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
) -> CampaignBrowserClientsReport | ErrorResponse | None:
    """Get an email campaign's browser and email-client statistics

     **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource
    names of
    this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email
    clients
    the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers
    and
    email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
    every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignBrowserClientsReport | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CampaignBrowserClientsReport | ErrorResponse]:
    """Get an email campaign's browser and email-client statistics

     **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource
    names of
    this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email
    clients
    the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers
    and
    email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
    every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignBrowserClientsReport | ErrorResponse]
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
) -> CampaignBrowserClientsReport | ErrorResponse | None:
    """Get an email campaign's browser and email-client statistics

     **Inferred path:** no source shows this path; `browserclients` follows the lowercase sub-resource
    names of
    this section (`clickdetails`, `emailactivity`). Returns the statistics of the browsers and email
    clients
    the campaign was opened with. **Inferred shape** too (no source shows the body): two lists, browsers
    and
    email clients, each row a client name with its opens and share (see `CampaignBrowserClientsReport`);
    every field is optional.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignBrowserClientsReport | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
