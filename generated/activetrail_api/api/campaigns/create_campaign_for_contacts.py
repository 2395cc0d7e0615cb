from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_campaign import EmailCampaign
from ...models.email_campaign_contacts_create import EmailCampaignContactsCreate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: EmailCampaignContactsCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns/Contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailCampaign | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailCampaign.from_dict(response.json())

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
) -> Response[EmailCampaign | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignContactsCreate,
) -> Response[EmailCampaign | ErrorResponse]:
    """Create an email campaign for specific contacts

     Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups,
    and returns
    it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each
    contact
    first (`POST /api/contacts`) and passes both the ids and the emails.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignContactsCreate): The body of `POST /api/campaigns/Contacts`
            (ApiCampaignContactPost).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailCampaign | ErrorResponse]
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
    body: EmailCampaignContactsCreate,
) -> EmailCampaign | ErrorResponse | None:
    """Create an email campaign for specific contacts

     Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups,
    and returns
    it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each
    contact
    first (`POST /api/contacts`) and passes both the ids and the emails.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignContactsCreate): The body of `POST /api/campaigns/Contacts`
            (ApiCampaignContactPost).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailCampaign | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignContactsCreate,
) -> Response[EmailCampaign | ErrorResponse]:
    """Create an email campaign for specific contacts

     Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups,
    and returns
    it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each
    contact
    first (`POST /api/contacts`) and passes both the ids and the emails.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignContactsCreate): The body of `POST /api/campaigns/Contacts`
            (ApiCampaignContactPost).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailCampaign | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignContactsCreate,
) -> EmailCampaign | ErrorResponse | None:
    """Create an email campaign for specific contacts

     Creates an email campaign addressed to the given contacts (by id and/or email) instead of groups,
    and returns
    it. Like `create_campaign` it can be a regular, A/B split or e-commerce campaign. DF creates each
    contact
    first (`POST /api/contacts`) and passes both the ids and the emails.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignContactsCreate): The body of `POST /api/campaigns/Contacts`
            (ApiCampaignContactPost).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailCampaign | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
