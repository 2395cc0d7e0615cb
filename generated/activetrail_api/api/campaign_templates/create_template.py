from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_template import EmailTemplate
from ...models.email_template_input import EmailTemplateInput
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: EmailTemplateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailTemplate | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailTemplate.from_dict(response.json())

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
) -> Response[EmailTemplate | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateInput,
) -> Response[EmailTemplate | ErrorResponse]:
    """Create a template in "my templates"

     Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this
    call;
    the body and the response are inferred from the template fields COR's update accepts.

    Args:
        body (EmailTemplateInput): The fields of a "my templates" template to create or update
            (those COR's template update accepts; note
            the PascalCase `AddPrintButton`). The server sets the `id`. Every field is optional: send
            only the ones to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplate | ErrorResponse]
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
    body: EmailTemplateInput,
) -> EmailTemplate | ErrorResponse | None:
    """Create a template in "my templates"

     Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this
    call;
    the body and the response are inferred from the template fields COR's update accepts.

    Args:
        body (EmailTemplateInput): The fields of a "my templates" template to create or update
            (those COR's template update accepts; note
            the PascalCase `AddPrintButton`). The server sets the `id`. Every field is optional: send
            only the ones to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplate | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateInput,
) -> Response[EmailTemplate | ErrorResponse]:
    """Create a template in "my templates"

     Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this
    call;
    the body and the response are inferred from the template fields COR's update accepts.

    Args:
        body (EmailTemplateInput): The fields of a "my templates" template to create or update
            (those COR's template update accepts; note
            the PascalCase `AddPrintButton`). The server sets the `id`. Every field is optional: send
            only the ones to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailTemplate | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateInput,
) -> EmailTemplate | ErrorResponse | None:
    """Create a template in "my templates"

     Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this
    call;
    the body and the response are inferred from the template fields COR's update accepts.

    Args:
        body (EmailTemplateInput): The fields of a "my templates" template to create or update
            (those COR's template update accepts; note
            the PascalCase `AddPrintButton`). The server sets the `id`. Every field is optional: send
            only the ones to
            set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailTemplate | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
