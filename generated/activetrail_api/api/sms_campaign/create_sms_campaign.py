from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_campaign import SmsCampaign
from ...models.sms_campaign_input import SmsCampaignInput
from ...types import Response


def _get_kwargs(
    *,
    body: SmsCampaignInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/smscampaign/Campaign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsCampaign | None:
    if response.status_code == 200:
        response_200 = SmsCampaign.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsCampaign]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsCampaignInput,
) -> Response[ErrorResponse | SmsCampaign]:
    """Create an SMS campaign

     Creates and returns a new SMS campaign for groups (or a mailing list) of the account. Set
    `scheduling.is_sent` to send it at once; otherwise it is saved (or scheduled). The sender is either
    `from_name` (up to 11 English letters, no spaces or special characters) or
    `segment.sms_sending_profile_id`.

    The seed has no method for this line; COR and SL show POST. The body's fields and their required
    marks are
    those of the official page GET-api-smscampaign-Campaign-id (the campaign object without its read-
    only
    status fields); COR and an unidentified client also send `unsubscribe_text` as required, so send it.

    Args:
        body (SmsCampaignInput): The body of `create_sms_campaign` and `update_sms_campaign`: the
            official ApiSmsCampaignInfoCampaign without
            its read-only fields. Required marks as on the official page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsCampaign]
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
    body: SmsCampaignInput,
) -> ErrorResponse | SmsCampaign | None:
    """Create an SMS campaign

     Creates and returns a new SMS campaign for groups (or a mailing list) of the account. Set
    `scheduling.is_sent` to send it at once; otherwise it is saved (or scheduled). The sender is either
    `from_name` (up to 11 English letters, no spaces or special characters) or
    `segment.sms_sending_profile_id`.

    The seed has no method for this line; COR and SL show POST. The body's fields and their required
    marks are
    those of the official page GET-api-smscampaign-Campaign-id (the campaign object without its read-
    only
    status fields); COR and an unidentified client also send `unsubscribe_text` as required, so send it.

    Args:
        body (SmsCampaignInput): The body of `create_sms_campaign` and `update_sms_campaign`: the
            official ApiSmsCampaignInfoCampaign without
            its read-only fields. Required marks as on the official page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsCampaign
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsCampaignInput,
) -> Response[ErrorResponse | SmsCampaign]:
    """Create an SMS campaign

     Creates and returns a new SMS campaign for groups (or a mailing list) of the account. Set
    `scheduling.is_sent` to send it at once; otherwise it is saved (or scheduled). The sender is either
    `from_name` (up to 11 English letters, no spaces or special characters) or
    `segment.sms_sending_profile_id`.

    The seed has no method for this line; COR and SL show POST. The body's fields and their required
    marks are
    those of the official page GET-api-smscampaign-Campaign-id (the campaign object without its read-
    only
    status fields); COR and an unidentified client also send `unsubscribe_text` as required, so send it.

    Args:
        body (SmsCampaignInput): The body of `create_sms_campaign` and `update_sms_campaign`: the
            official ApiSmsCampaignInfoCampaign without
            its read-only fields. Required marks as on the official page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsCampaign]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsCampaignInput,
) -> ErrorResponse | SmsCampaign | None:
    """Create an SMS campaign

     Creates and returns a new SMS campaign for groups (or a mailing list) of the account. Set
    `scheduling.is_sent` to send it at once; otherwise it is saved (or scheduled). The sender is either
    `from_name` (up to 11 English letters, no spaces or special characters) or
    `segment.sms_sending_profile_id`.

    The seed has no method for this line; COR and SL show POST. The body's fields and their required
    marks are
    those of the official page GET-api-smscampaign-Campaign-id (the campaign object without its read-
    only
    status fields); COR and an unidentified client also send `unsubscribe_text` as required, so send it.

    Args:
        body (SmsCampaignInput): The body of `create_sms_campaign` and `update_sms_campaign`: the
            official ApiSmsCampaignInfoCampaign without
            its read-only fields. Required marks as on the official page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsCampaign
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
