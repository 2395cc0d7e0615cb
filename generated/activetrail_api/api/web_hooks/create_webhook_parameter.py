from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook_parameter import WebhookParameter
from ...models.webhook_parameter_update import WebhookParameterUpdate
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: WebhookParameterUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/webhooks/{id}/parameters".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookParameter | None:
    if response.status_code == 200:
        response_200 = WebhookParameter.from_dict(response.json())

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
) -> Response[ErrorResponse | WebhookParameter]:
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
    body: WebhookParameterUpdate,
) -> Response[ErrorResponse | WebhookParameter]:
    """Add a parameter to a webhook

     Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a
    value taken
    from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
    answer:**
    modelled as the created parameter; all its fields are optional.

    Args:
        id (int):
        body (WebhookParameterUpdate): A webhook parameter in a create or update body (official
            `ParametersDetailsUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookParameter]
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
    body: WebhookParameterUpdate,
) -> ErrorResponse | WebhookParameter | None:
    """Add a parameter to a webhook

     Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a
    value taken
    from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
    answer:**
    modelled as the created parameter; all its fields are optional.

    Args:
        id (int):
        body (WebhookParameterUpdate): A webhook parameter in a create or update body (official
            `ParametersDetailsUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookParameter
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
    body: WebhookParameterUpdate,
) -> Response[ErrorResponse | WebhookParameter]:
    """Add a parameter to a webhook

     Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a
    value taken
    from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
    answer:**
    modelled as the created parameter; all its fields are optional.

    Args:
        id (int):
        body (WebhookParameterUpdate): A webhook parameter in a create or update body (official
            `ParametersDetailsUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookParameter]
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
    body: WebhookParameterUpdate,
) -> ErrorResponse | WebhookParameter | None:
    """Add a parameter to a webhook

     Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a
    value taken
    from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
    answer:**
    modelled as the created parameter; all its fields are optional.

    Args:
        id (int):
        body (WebhookParameterUpdate): A webhook parameter in a create or update body (official
            `ParametersDetailsUpdate`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookParameter
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
