from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_bounces_report import CampaignBouncesReport
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    bounce_type: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["BounceType"] = bounce_type

    params["Page"] = page

    params["Limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaignreports/{id}/bounced".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignBouncesReport | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignBouncesReport.from_dict(response.json())

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
) -> Response[CampaignBouncesReport | ErrorResponse]:
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
    bounce_type: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[CampaignBouncesReport | ErrorResponse]:
    """Get an email campaign's bounces by bounce type

     Returns the campaign's bounced contacts, filtered by bounce type.

    The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces`
    list the
    per-domain report leaves null); every field is optional, and the bounced contact's fields are
    inferred
    (see `CampaignBounce`). The accepted `BounceType` values are not documented.

    Args:
        id (int):
        bounce_type (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignBouncesReport | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        bounce_type=bounce_type,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    bounce_type: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> CampaignBouncesReport | ErrorResponse | None:
    """Get an email campaign's bounces by bounce type

     Returns the campaign's bounced contacts, filtered by bounce type.

    The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces`
    list the
    per-domain report leaves null); every field is optional, and the bounced contact's fields are
    inferred
    (see `CampaignBounce`). The accepted `BounceType` values are not documented.

    Args:
        id (int):
        bounce_type (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignBouncesReport | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        bounce_type=bounce_type,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    bounce_type: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[CampaignBouncesReport | ErrorResponse]:
    """Get an email campaign's bounces by bounce type

     Returns the campaign's bounced contacts, filtered by bounce type.

    The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces`
    list the
    per-domain report leaves null); every field is optional, and the bounced contact's fields are
    inferred
    (see `CampaignBounce`). The accepted `BounceType` values are not documented.

    Args:
        id (int):
        bounce_type (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignBouncesReport | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        bounce_type=bounce_type,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    bounce_type: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> CampaignBouncesReport | ErrorResponse | None:
    """Get an email campaign's bounces by bounce type

     Returns the campaign's bounced contacts, filtered by bounce type.

    The shape is inferred to be the bounces report (`ApiCampaignBouncesList`, whose `selected_bounces`
    list the
    per-domain report leaves null); every field is optional, and the bounced contact's fields are
    inferred
    (see `CampaignBounce`). The accepted `BounceType` values are not documented.

    Args:
        id (int):
        bounce_type (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignBouncesReport | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            bounce_type=bounce_type,
            page=page,
            limit=limit,
        )
    ).parsed
