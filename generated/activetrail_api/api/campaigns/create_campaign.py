from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_campaign import EmailCampaign
from ...models.email_campaign_create import EmailCampaignCreate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: EmailCampaignCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns",
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
    body: EmailCampaignCreate,
) -> Response[EmailCampaign | ErrorResponse]:
    """Create an email campaign for groups

     Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a
    regular,
    an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
    `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test
    copies.
    ActiveTrail's Postman collection has simplified examples of these bodies.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignCreate): The body of `POST /api/campaigns` (ApiCampaignPost): the
            update container plus the recipients (`segment`)
            and the schedule. COR requires `details`, `design` and `scheduling`.

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
    body: EmailCampaignCreate,
) -> EmailCampaign | ErrorResponse | None:
    """Create an email campaign for groups

     Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a
    regular,
    an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
    `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test
    copies.
    ActiveTrail's Postman collection has simplified examples of these bodies.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignCreate): The body of `POST /api/campaigns` (ApiCampaignPost): the
            update container plus the recipients (`segment`)
            and the schedule. COR requires `details`, `design` and `scheduling`.

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
    body: EmailCampaignCreate,
) -> Response[EmailCampaign | ErrorResponse]:
    """Create an email campaign for groups

     Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a
    regular,
    an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
    `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test
    copies.
    ActiveTrail's Postman collection has simplified examples of these bodies.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignCreate): The body of `POST /api/campaigns` (ApiCampaignPost): the
            update container plus the recipients (`segment`)
            and the schedule. COR requires `details`, `design` and `scheduling`.

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
    body: EmailCampaignCreate,
) -> EmailCampaign | ErrorResponse | None:
    """Create an email campaign for groups

     Creates an email campaign addressed to groups (the `segment`) and returns it. The campaign can be a
    regular,
    an A/B split (`a_b_settings`) or an e-commerce (`carts`) campaign. It stays a draft unless
    `scheduling.is_sent` is true or a `scheduling.scheduled_date_utc` is set; `send_test` sends test
    copies.
    ActiveTrail's Postman collection has simplified examples of these bodies.

    The response is inferred to be the created campaign (shape of `GET /api/campaigns/{id}`).

    Args:
        body (EmailCampaignCreate): The body of `POST /api/campaigns` (ApiCampaignPost): the
            update container plus the recipients (`segment`)
            and the schedule. COR requires `details`, `design` and `scheduling`.

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
