from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_operational_message_input import SmsOperationalMessageInput
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: SmsOperationalMessageInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/smscampaign/OperationalMessage/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
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
    body: SmsOperationalMessageInput,
) -> Response[Any | ErrorResponse]:
    """Update an operational SMS message

     Updates an operational (transactional) SMS message. Only messages that were not sent yet can be
    updated.

    The body is inferred to be the create body (ApiSmsCampaignPostContainer, official page
    POST-api-smscampaign-OperationalMessage); COR only shows that `name`, `from_name` and `content` are
    sent,
    which live in `details`. No success body is documented.

    Args:
        id (int):
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: SmsOperationalMessageInput,
) -> Any | ErrorResponse | None:
    """Update an operational SMS message

     Updates an operational (transactional) SMS message. Only messages that were not sent yet can be
    updated.

    The body is inferred to be the create body (ApiSmsCampaignPostContainer, official page
    POST-api-smscampaign-OperationalMessage); COR only shows that `name`, `from_name` and `content` are
    sent,
    which live in `details`. No success body is documented.

    Args:
        id (int):
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: SmsOperationalMessageInput,
) -> Response[Any | ErrorResponse]:
    """Update an operational SMS message

     Updates an operational (transactional) SMS message. Only messages that were not sent yet can be
    updated.

    The body is inferred to be the create body (ApiSmsCampaignPostContainer, official page
    POST-api-smscampaign-OperationalMessage); COR only shows that `name`, `from_name` and `content` are
    sent,
    which live in `details`. No success body is documented.

    Args:
        id (int):
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: SmsOperationalMessageInput,
) -> Any | ErrorResponse | None:
    """Update an operational SMS message

     Updates an operational (transactional) SMS message. Only messages that were not sent yet can be
    updated.

    The body is inferred to be the create body (ApiSmsCampaignPostContainer, official page
    POST-api-smscampaign-OperationalMessage); COR only shows that `name`, `from_name` and `content` are
    sent,
    which live in `details`. No success body is documented.

    Args:
        id (int):
        body (SmsOperationalMessageInput): The body of `create_sms_operational_message` (official
            ApiSmsCampaignPostContainer; DF's classes of the same
            names) and, inferred, of `update_sms_operational_message`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
