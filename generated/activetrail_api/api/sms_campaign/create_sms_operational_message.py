from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_operational_message import SmsOperationalMessage
from ...models.sms_operational_message_input import SmsOperationalMessageInput
from ...types import Response


def _get_kwargs(
    *,
    body: SmsOperationalMessageInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/smscampaign/OperationalMessage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsOperationalMessage | None:
    if response.status_code == 200:
        response_200 = SmsOperationalMessage.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsOperationalMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsOperationalMessageInput,
) -> Response[ErrorResponse | SmsOperationalMessage]:
    """Create (and send) an operational SMS message

     Creates and returns a new operational (transactional) SMS to the given mobile numbers, sent now
    (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The sender is either
    `details.from_name`
    (up to 11 English letters, no spaces or special characters) or `details.sms_sending_profile_id`.
    Keep the
    returned `id`: it is the only way to query a contact's statistics for this message later
    (`/api/contacts/{id}/Statistics/SmsOperationMessage/{messageId}`).

    The seed has no method for this line. The official page POST-api-smscampaign-OperationalMessage
    shows POST
    and the body; DF sends the same body. The page's response table (ApiSmsCampaignInfo) is cut after
    `sms_sending_profile_id`; the remaining response fields are inferred from `details`.

    Args:
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsOperationalMessage]
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
    body: SmsOperationalMessageInput,
) -> ErrorResponse | SmsOperationalMessage | None:
    """Create (and send) an operational SMS message

     Creates and returns a new operational (transactional) SMS to the given mobile numbers, sent now
    (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The sender is either
    `details.from_name`
    (up to 11 English letters, no spaces or special characters) or `details.sms_sending_profile_id`.
    Keep the
    returned `id`: it is the only way to query a contact's statistics for this message later
    (`/api/contacts/{id}/Statistics/SmsOperationMessage/{messageId}`).

    The seed has no method for this line. The official page POST-api-smscampaign-OperationalMessage
    shows POST
    and the body; DF sends the same body. The page's response table (ApiSmsCampaignInfo) is cut after
    `sms_sending_profile_id`; the remaining response fields are inferred from `details`.

    Args:
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsOperationalMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsOperationalMessageInput,
) -> Response[ErrorResponse | SmsOperationalMessage]:
    """Create (and send) an operational SMS message

     Creates and returns a new operational (transactional) SMS to the given mobile numbers, sent now
    (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The sender is either
    `details.from_name`
    (up to 11 English letters, no spaces or special characters) or `details.sms_sending_profile_id`.
    Keep the
    returned `id`: it is the only way to query a contact's statistics for this message later
    (`/api/contacts/{id}/Statistics/SmsOperationMessage/{messageId}`).

    The seed has no method for this line. The official page POST-api-smscampaign-OperationalMessage
    shows POST
    and the body; DF sends the same body. The page's response table (ApiSmsCampaignInfo) is cut after
    `sms_sending_profile_id`; the remaining response fields are inferred from `details`.

    Args:
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsOperationalMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsOperationalMessageInput,
) -> ErrorResponse | SmsOperationalMessage | None:
    """Create (and send) an operational SMS message

     Creates and returns a new operational (transactional) SMS to the given mobile numbers, sent now
    (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The sender is either
    `details.from_name`
    (up to 11 English letters, no spaces or special characters) or `details.sms_sending_profile_id`.
    Keep the
    returned `id`: it is the only way to query a contact's statistics for this message later
    (`/api/contacts/{id}/Statistics/SmsOperationMessage/{messageId}`).

    The seed has no method for this line. The official page POST-api-smscampaign-OperationalMessage
    shows POST
    and the body; DF sends the same body. The page's response table (ApiSmsCampaignInfo) is cut after
    `sms_sending_profile_id`; the remaining response fields are inferred from `details`.

    Args:
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsOperationalMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
