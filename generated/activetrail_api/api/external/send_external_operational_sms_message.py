from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_operational_sms_message import ExternalOperationalSmsMessage
from ...models.sms_operational_message import SmsOperationalMessage
from ...types import Response


def _get_kwargs(
    *,
    body: ExternalOperationalSmsMessage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/external/operational/sms_message",
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

    if response.status_code == 405:
        response_405 = ErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    body: ExternalOperationalSmsMessage,
) -> Response[ErrorResponse | SmsOperationalMessage]:
    """Create and send an operational SMS message

     Creates an operational (transactional) SMS and sends it to the contacts given by external id and
    external
    name in `customers`, now (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The body is
    the
    official `ApiExternalSmsCampaignPostContainer`: `details` is the same object as in
    `create_sms_operational_message` (the sender is `details.from_name`, up to 11 English letters, or
    `details.sms_sending_profile_id`). The answer is the official `ApiSmsCampaignInfo`: keep its `id`,
    the only
    way to query a contact's statistics for this message later
    (`get_contact_sms_operational_message_statistics`).

    Args:
        body (ExternalOperationalSmsMessage): The body of `send_external_operational_sms_message`
            (official `ApiExternalSmsCampaignPostContainer`, page
            POST-api-external-operational-sms_message): the message (`details`), when to send it
            (`scheduling`) and the
            recipients by external id and name (`customers`).

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
    body: ExternalOperationalSmsMessage,
) -> ErrorResponse | SmsOperationalMessage | None:
    """Create and send an operational SMS message

     Creates an operational (transactional) SMS and sends it to the contacts given by external id and
    external
    name in `customers`, now (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The body is
    the
    official `ApiExternalSmsCampaignPostContainer`: `details` is the same object as in
    `create_sms_operational_message` (the sender is `details.from_name`, up to 11 English letters, or
    `details.sms_sending_profile_id`). The answer is the official `ApiSmsCampaignInfo`: keep its `id`,
    the only
    way to query a contact's statistics for this message later
    (`get_contact_sms_operational_message_statistics`).

    Args:
        body (ExternalOperationalSmsMessage): The body of `send_external_operational_sms_message`
            (official `ApiExternalSmsCampaignPostContainer`, page
            POST-api-external-operational-sms_message): the message (`details`), when to send it
            (`scheduling`) and the
            recipients by external id and name (`customers`).

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
    body: ExternalOperationalSmsMessage,
) -> Response[ErrorResponse | SmsOperationalMessage]:
    """Create and send an operational SMS message

     Creates an operational (transactional) SMS and sends it to the contacts given by external id and
    external
    name in `customers`, now (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The body is
    the
    official `ApiExternalSmsCampaignPostContainer`: `details` is the same object as in
    `create_sms_operational_message` (the sender is `details.from_name`, up to 11 English letters, or
    `details.sms_sending_profile_id`). The answer is the official `ApiSmsCampaignInfo`: keep its `id`,
    the only
    way to query a contact's statistics for this message later
    (`get_contact_sms_operational_message_statistics`).

    Args:
        body (ExternalOperationalSmsMessage): The body of `send_external_operational_sms_message`
            (official `ApiExternalSmsCampaignPostContainer`, page
            POST-api-external-operational-sms_message): the message (`details`), when to send it
            (`scheduling`) and the
            recipients by external id and name (`customers`).

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
    body: ExternalOperationalSmsMessage,
) -> ErrorResponse | SmsOperationalMessage | None:
    """Create and send an operational SMS message

     Creates an operational (transactional) SMS and sends it to the contacts given by external id and
    external
    name in `customers`, now (`scheduling.send_now`) or at `scheduling.scheduled_date_utc`. The body is
    the
    official `ApiExternalSmsCampaignPostContainer`: `details` is the same object as in
    `create_sms_operational_message` (the sender is `details.from_name`, up to 11 English letters, or
    `details.sms_sending_profile_id`). The answer is the official `ApiSmsCampaignInfo`: keep its `id`,
    the only
    way to query a contact's statistics for this message later
    (`get_contact_sms_operational_message_statistics`).

    Args:
        body (ExternalOperationalSmsMessage): The body of `send_external_operational_sms_message`
            (official `ApiExternalSmsCampaignPostContainer`, page
            POST-api-external-operational-sms_message): the message (`details`), when to send it
            (`scheduling`) and the
            recipients by external id and name (`customers`).

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
