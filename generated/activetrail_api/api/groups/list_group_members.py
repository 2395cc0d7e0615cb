import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_state import CustomerState
from ...models.error_response import ErrorResponse
from ...models.group_members_page import GroupMembersPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
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
        "url": "/api/groups/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GroupMembersPage | None:
    if response.status_code == 200:
        response_200 = GroupMembersPage.from_dict(response.json())

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
) -> Response[ErrorResponse | GroupMembersPage]:
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
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | GroupMembersPage]:
    """List a group's members

     Returns the group's contacts, optionally filtered by contact state, by a search on email or name and
    by the
    date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The
    body is a
    wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

    Args:
        id (int):
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
        Response[ErrorResponse | GroupMembersPage]
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | GroupMembersPage | None:
    """List a group's members

     Returns the group's contacts, optionally filtered by contact state, by a search on email or name and
    by the
    date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The
    body is a
    wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

    Args:
        id (int):
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
        ErrorResponse | GroupMembersPage
    """

    return sync_detailed(
        id=id,
        client=client,
        customer_states=customer_states,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | GroupMembersPage]:
    """List a group's members

     Returns the group's contacts, optionally filtered by contact state, by a search on email or name and
    by the
    date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The
    body is a
    wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

    Args:
        id (int):
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
        Response[ErrorResponse | GroupMembersPage]
    """

    kwargs = _get_kwargs(
        id=id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    customer_states: CustomerState | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | GroupMembersPage | None:
    """List a group's members

     Returns the group's contacts, optionally filtered by contact state, by a search on email or name and
    by the
    date the state last changed (`FromDate`/`ToDate`; the default window is the last three months). The
    body is a
    wrapper object `{count, contacts}` as read by public client code (OC); no official sample exists.

    Args:
        id (int):
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
        ErrorResponse | GroupMembersPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            customer_states=customer_states,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
    ).parsed
