from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_email_message_stats import ContactEmailMessageStats
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    campaign_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/contacts/{id}/Statistics/Campaign/{campaign_id}".format(
            id=quote(str(id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactEmailMessageStats | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactEmailMessageStats.from_dict(response.json())

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
) -> Response[ContactEmailMessageStats | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactEmailMessageStats | ErrorResponse]:
    """Get the contact's statistics for an email campaign

     Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
    complaint.
    **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official
    SMS
    counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are
    optional.

    Args:
        id (int):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactEmailMessageStats | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContactEmailMessageStats | ErrorResponse | None:
    """Get the contact's statistics for an email campaign

     Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
    complaint.
    **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official
    SMS
    counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are
    optional.

    Args:
        id (int):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEmailMessageStats | ErrorResponse
    """

    return sync_detailed(
        id=id,
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactEmailMessageStats | ErrorResponse]:
    """Get the contact's statistics for an email campaign

     Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
    complaint.
    **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official
    SMS
    counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are
    optional.

    Args:
        id (int):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactEmailMessageStats | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ContactEmailMessageStats | ErrorResponse | None:
    """Get the contact's statistics for an email campaign

     Returns how the contact engaged with one email campaign: opens, clicks, bounce, unsubscribe and spam
    complaint.
    **Inferred shape:** no source shows the response; `ContactEmailMessageStats` follows the official
    SMS
    counterpart (`ContactSmsCampaignStatsDTO`) and Composio's list of metrics, and all its fields are
    optional.

    Args:
        id (int):
        campaign_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEmailMessageStats | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
