from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_whats_app_step import AutomationWhatsAppStep
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    step_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/automations/{id}/WhatsAppCampaignSteps/{step_id}".format(
            id=quote(str(id), safe=""),
            step_id=quote(str(step_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationWhatsAppStep | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutomationWhatsAppStep.from_dict(response.json())

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
) -> Response[AutomationWhatsAppStep | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    step_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutomationWhatsAppStep | ErrorResponse]:
    """Get one WhatsApp step of an automation

     **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the
    official
    `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec
    wrote
    `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

    **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the
    official
    WhatsApp-step body. Every field is optional.

    Args:
        id (int):
        step_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationWhatsAppStep | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        step_id=step_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    step_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AutomationWhatsAppStep | ErrorResponse | None:
    """Get one WhatsApp step of an automation

     **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the
    official
    `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec
    wrote
    `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

    **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the
    official
    WhatsApp-step body. Every field is optional.

    Args:
        id (int):
        step_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationWhatsAppStep | ErrorResponse
    """

    return sync_detailed(
        id=id,
        step_id=step_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    step_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutomationWhatsAppStep | ErrorResponse]:
    """Get one WhatsApp step of an automation

     **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the
    official
    `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec
    wrote
    `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

    **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the
    official
    WhatsApp-step body. Every field is optional.

    Args:
        id (int):
        step_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationWhatsAppStep | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        step_id=step_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    step_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> AutomationWhatsAppStep | ErrorResponse | None:
    """Get one WhatsApp step of an automation

     **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the
    official
    `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec
    wrote
    `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

    **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the
    official
    WhatsApp-step body. Every field is optional.

    Args:
        id (int):
        step_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationWhatsAppStep | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            step_id=step_id,
            client=client,
        )
    ).parsed
