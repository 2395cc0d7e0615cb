from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_address_list import SmsAddressList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    limit: int = 100,
    offset: int = 0,
    sort_direction: SortDirection | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["sortField"] = sort_field

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/stats/sms/{id}/addresses".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsAddressList | None:
    if response.status_code == 200:
        response_200 = SmsAddressList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SmsAddressList]:
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
    limit: int = 100,
    offset: int = 0,
    sort_direction: SortDirection | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> Response[ErrorResponse | SmsAddressList]:
    """List the phone numbers an SMS element texted

     One page of the messages an SMS element sent: number, delivery status, sender name, text, price in
    each
    currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
    The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to
    bigger".

    Args:
        id (int):
        limit (int):  Default: 100.
        offset (int):  Default: 0.
        sort_direction (SortDirection | Unset): The sort order of a contact list, sent verbatim.
            The seed's wording is inverted ("asc - from highest to
            lowest", "desc - from lowest to highest"); the values are never swapped.
        sort_field (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsAddressList]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        sort_direction=sort_direction,
        sort_field=sort_field,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
    sort_direction: SortDirection | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> ErrorResponse | SmsAddressList | None:
    """List the phone numbers an SMS element texted

     One page of the messages an SMS element sent: number, delivery status, sender name, text, price in
    each
    currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
    The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to
    bigger".

    Args:
        id (int):
        limit (int):  Default: 100.
        offset (int):  Default: 0.
        sort_direction (SortDirection | Unset): The sort order of a contact list, sent verbatim.
            The seed's wording is inverted ("asc - from highest to
            lowest", "desc - from lowest to highest"); the values are never swapped.
        sort_field (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsAddressList
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
        sort_direction=sort_direction,
        sort_field=sort_field,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
    sort_direction: SortDirection | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> Response[ErrorResponse | SmsAddressList]:
    """List the phone numbers an SMS element texted

     One page of the messages an SMS element sent: number, delivery status, sender name, text, price in
    each
    currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
    The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to
    bigger".

    Args:
        id (int):
        limit (int):  Default: 100.
        offset (int):  Default: 0.
        sort_direction (SortDirection | Unset): The sort order of a contact list, sent verbatim.
            The seed's wording is inverted ("asc - from highest to
            lowest", "desc - from lowest to highest"); the values are never swapped.
        sort_field (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsAddressList]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
        sort_direction=sort_direction,
        sort_field=sort_field,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    offset: int = 0,
    sort_direction: SortDirection | Unset = UNSET,
    sort_field: str | Unset = UNSET,
) -> ErrorResponse | SmsAddressList | None:
    """List the phone numbers an SMS element texted

     One page of the messages an SMS element sent: number, delivery status, sender name, text, price in
    each
    currency and the account's currency, and the total. `ID` is the **element ID** of the SMS element.
    The seed words `sortDirection` here as "asc - from bigger to smaller, desc - from smaller to
    bigger".

    Args:
        id (int):
        limit (int):  Default: 100.
        offset (int):  Default: 0.
        sort_direction (SortDirection | Unset): The sort order of a contact list, sent verbatim.
            The seed's wording is inverted ("asc - from highest to
            lowest", "desc - from lowest to highest"); the values are never swapped.
        sort_field (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsAddressList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )
    ).parsed
