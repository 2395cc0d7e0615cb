from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_campaign import EmailCampaign
from ...models.email_campaign_details import EmailCampaignDetails
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: EmailCampaignDetails,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/templates/{id}/campaign".format(
            id=quote(str(id), safe=""),
        ),
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignDetails,
) -> Response[EmailCampaign | ErrorResponse]:
    """Create an email campaign from a template

     Creates a draft email campaign based on the template. The campaign needs a sending profile
    (`user_profile_id`, from `GET /api/account/sendingprofiles`).

    Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`;
    whether the
    server wants them bare or wrapped is not documented), and the response the created campaign (shape
    of
    `GET /api/campaigns/{id}`), every field optional.

    Args:
        id (int):
        body (EmailCampaignDetails): A campaign's details (ApiCampaignDetails). Reads return them;
            writes replace them. A new campaign needs at
            least `name`, `subject` and `user_profile_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailCampaign | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignDetails,
) -> EmailCampaign | ErrorResponse | None:
    """Create an email campaign from a template

     Creates a draft email campaign based on the template. The campaign needs a sending profile
    (`user_profile_id`, from `GET /api/account/sendingprofiles`).

    Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`;
    whether the
    server wants them bare or wrapped is not documented), and the response the created campaign (shape
    of
    `GET /api/campaigns/{id}`), every field optional.

    Args:
        id (int):
        body (EmailCampaignDetails): A campaign's details (ApiCampaignDetails). Reads return them;
            writes replace them. A new campaign needs at
            least `name`, `subject` and `user_profile_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailCampaign | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignDetails,
) -> Response[EmailCampaign | ErrorResponse]:
    """Create an email campaign from a template

     Creates a draft email campaign based on the template. The campaign needs a sending profile
    (`user_profile_id`, from `GET /api/account/sendingprofiles`).

    Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`;
    whether the
    server wants them bare or wrapped is not documented), and the response the created campaign (shape
    of
    `GET /api/campaigns/{id}`), every field optional.

    Args:
        id (int):
        body (EmailCampaignDetails): A campaign's details (ApiCampaignDetails). Reads return them;
            writes replace them. A new campaign needs at
            least `name`, `subject` and `user_profile_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailCampaign | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EmailCampaignDetails,
) -> EmailCampaign | ErrorResponse | None:
    """Create an email campaign from a template

     Creates a draft email campaign based on the template. The campaign needs a sending profile
    (`user_profile_id`, from `GET /api/account/sendingprofiles`).

    Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`;
    whether the
    server wants them bare or wrapped is not documented), and the response the created campaign (shape
    of
    `GET /api/campaigns/{id}`), every field optional.

    Args:
        id (int):
        body (EmailCampaignDetails): A campaign's details (ApiCampaignDetails). Reads return them;
            writes replace them. A new campaign needs at
            least `name`, `subject` and `user_profile_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailCampaign | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
