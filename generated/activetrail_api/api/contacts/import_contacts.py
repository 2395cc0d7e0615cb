from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contacts_import_request import ContactsImportRequest
from ...models.contacts_import_result import ContactsImportResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContactsImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/contacts/Import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactsImportResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactsImportResult.from_dict(response.json())

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
) -> Response[ContactsImportResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsImportRequest,
) -> Response[ContactsImportResult | ErrorResponse]:
    """Import contacts into a group

     Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
    `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in
    the
    answer's `contact_errors` next to the count of contacts that succeeded.
    **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify
    function; the
    answer is described by Composio's text as "success count and any errors for failed contact imports"
    and is
    modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.

    Args:
        body (ContactsImportRequest): The body of `import_contacts` (DF's `ApiContactsImport`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsImportResult | ErrorResponse]
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
    body: ContactsImportRequest,
) -> ContactsImportResult | ErrorResponse | None:
    """Import contacts into a group

     Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
    `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in
    the
    answer's `contact_errors` next to the count of contacts that succeeded.
    **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify
    function; the
    answer is described by Composio's text as "success count and any errors for failed contact imports"
    and is
    modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.

    Args:
        body (ContactsImportRequest): The body of `import_contacts` (DF's `ApiContactsImport`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsImportResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsImportRequest,
) -> Response[ContactsImportResult | ErrorResponse]:
    """Import contacts into a group

     Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
    `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in
    the
    answer's `contact_errors` next to the count of contacts that succeeded.
    **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify
    function; the
    answer is described by Composio's text as "success count and any errors for failed contact imports"
    and is
    modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.

    Args:
        body (ContactsImportRequest): The body of `import_contacts` (DF's `ApiContactsImport`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsImportResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactsImportRequest,
) -> ContactsImportResult | ErrorResponse | None:
    """Import contacts into a group

     Creates or updates up to **1000 contacts per call** and adds them to `group` (and, optionally, to
    `mailing_list`). Contacts that cannot be imported do not fail the whole call: they are reported in
    the
    answer's `contact_errors` next to the count of contacts that succeeded.
    **Inferred shape:** the request body comes from DF's `ApiContactsImport` and a public Netlify
    function; the
    answer is described by Composio's text as "success count and any errors for failed contact imports"
    and is
    modelled on the External bulk answer (`ExternalBulkResult`), so all its fields are optional.

    Args:
        body (ContactsImportRequest): The body of `import_contacts` (DF's `ApiContactsImport`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsImportResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
