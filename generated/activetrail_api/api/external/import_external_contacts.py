from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_bulk_result import ExternalBulkResult
from ...models.external_import_request import ExternalImportRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ExternalImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/external/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalBulkResult | None:
    if response.status_code == 200:
        response_200 = ExternalBulkResult.from_dict(response.json())

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
) -> Response[ErrorResponse | ExternalBulkResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalImportRequest,
) -> Response[ErrorResponse | ExternalBulkResult]:
    """Import contacts with external ids

     Creates up to **1000 contacts per call**, each with its external id and external name. A contact
    whose
    external id already exists is not imported and is reported in `contact_errors`; the others succeed.
    **Inferred body:** only the path is sourced; the body is modelled on the External list body
    (`contacts`)
    with each item carrying its external id and name next to the contact fields.

    Args:
        body (ExternalImportRequest): The body of `import_external_contacts` (**inferred shape**);
            at most 1000 contacts per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalBulkResult]
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
    body: ExternalImportRequest,
) -> ErrorResponse | ExternalBulkResult | None:
    """Import contacts with external ids

     Creates up to **1000 contacts per call**, each with its external id and external name. A contact
    whose
    external id already exists is not imported and is reported in `contact_errors`; the others succeed.
    **Inferred body:** only the path is sourced; the body is modelled on the External list body
    (`contacts`)
    with each item carrying its external id and name next to the contact fields.

    Args:
        body (ExternalImportRequest): The body of `import_external_contacts` (**inferred shape**);
            at most 1000 contacts per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalBulkResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalImportRequest,
) -> Response[ErrorResponse | ExternalBulkResult]:
    """Import contacts with external ids

     Creates up to **1000 contacts per call**, each with its external id and external name. A contact
    whose
    external id already exists is not imported and is reported in `contact_errors`; the others succeed.
    **Inferred body:** only the path is sourced; the body is modelled on the External list body
    (`contacts`)
    with each item carrying its external id and name next to the contact fields.

    Args:
        body (ExternalImportRequest): The body of `import_external_contacts` (**inferred shape**);
            at most 1000 contacts per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalBulkResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalImportRequest,
) -> ErrorResponse | ExternalBulkResult | None:
    """Import contacts with external ids

     Creates up to **1000 contacts per call**, each with its external id and external name. A contact
    whose
    external id already exists is not imported and is reported in `contact_errors`; the others succeed.
    **Inferred body:** only the path is sourced; the body is modelled on the External list body
    (`contacts`)
    with each item carrying its external id and name next to the contact fields.

    Args:
        body (ExternalImportRequest): The body of `import_external_contacts` (**inferred shape**);
            at most 1000 contacts per call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalBulkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
