import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.customer_state import CustomerState
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_states: str | Unset = UNSET
    if not isinstance(customer_states, Unset):
        json_customer_states = customer_states.value

    params["CustomerStates"] = json_customer_states

    params["SearchTerm"] = search_term

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["FromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["ToDate"] = json_to_date

    params["Page"] = page

    params["Limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Contact] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[Contact]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | list[Contact]]:
    """List the account's contacts

     Returns the account's contacts as a bare array. Filter by the contact's state (`CustomerStates`), by
    a search
    on the email or name (`SearchTerm`) and by the date the state last changed (`FromDate`/`ToDate`;
    when omitted
    the window is the last three months). Without `Limit` the server returns 20 contacts; a page shorter
    than
    `Limit` is the last one.

    Args:
        customer_states (CustomerState | Unset): A contact-state filter. `SPAM_COMPLIENT` is the
            official spelling.
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Contact]]
    """

    kwargs = _get_kwargs(
        customer_states=customer_states,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | list[Contact] | None:
    """List the account's contacts

     Returns the account's contacts as a bare array. Filter by the contact's state (`CustomerStates`), by
    a search
    on the email or name (`SearchTerm`) and by the date the state last changed (`FromDate`/`ToDate`;
    when omitted
    the window is the last three months). Without `Limit` the server returns 20 contacts; a page shorter
    than
    `Limit` is the last one.

    Args:
        customer_states (CustomerState | Unset): A contact-state filter. `SPAM_COMPLIENT` is the
            official spelling.
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Contact]
    """

    return sync_detailed(
        client=client,
        customer_states=customer_states,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | list[Contact]]:
    """List the account's contacts

     Returns the account's contacts as a bare array. Filter by the contact's state (`CustomerStates`), by
    a search
    on the email or name (`SearchTerm`) and by the date the state last changed (`FromDate`/`ToDate`;
    when omitted
    the window is the last three months). Without `Limit` the server returns 20 contacts; a page shorter
    than
    `Limit` is the last one.

    Args:
        customer_states (CustomerState | Unset): A contact-state filter. `SPAM_COMPLIENT` is the
            official spelling.
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Contact]]
    """

    kwargs = _get_kwargs(
        customer_states=customer_states,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | list[Contact] | None:
    """List the account's contacts

     Returns the account's contacts as a bare array. Filter by the contact's state (`CustomerStates`), by
    a search
    on the email or name (`SearchTerm`) and by the date the state last changed (`FromDate`/`ToDate`;
    when omitted
    the window is the last three months). Without `Limit` the server returns 20 contacts; a page shorter
    than
    `Limit` is the last one.

    Args:
        customer_states (CustomerState | Unset): A contact-state filter. `SPAM_COMPLIENT` is the
            official spelling.
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Contact]
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
    ).parsed
