import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_campaign_list import SmsCampaignList
from ...models.sms_send_type import SmsSendType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_send_type: int | Unset = UNSET
    if not isinstance(send_type, Unset):
        json_send_type = send_type.value

    params["SendType"] = json_send_type

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
        "url": "/api/smscampaign/Campaign",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsCampaignList | None:
    if response.status_code == 200:
        response_200 = SmsCampaignList.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsCampaignList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | SmsCampaignList]:
    """List the account's SMS campaigns

     Returns the account's SMS campaigns, operational (transactional) SMS included, filtered by send
    type, name
    and dates. By default you get the campaigns last updated in the last 3 months, 20 per page.

    The query parameters are the table's probable set (the docs index lists no query template for this
    path).
    The response shape is inferred from an unidentified public client's `ApiSmsCampaignInfoCampaignList`
    (`sms_campaign` + `total_items`, unverified); the items are the official ApiSmsCampaignInfoCampaign.
    All
    fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsCampaignList]
    """

    kwargs = _get_kwargs(
        send_type=send_type,
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
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | SmsCampaignList | None:
    """List the account's SMS campaigns

     Returns the account's SMS campaigns, operational (transactional) SMS included, filtered by send
    type, name
    and dates. By default you get the campaigns last updated in the last 3 months, 20 per page.

    The query parameters are the table's probable set (the docs index lists no query template for this
    path).
    The response shape is inferred from an unidentified public client's `ApiSmsCampaignInfoCampaignList`
    (`sms_campaign` + `total_items`, unverified); the items are the official ApiSmsCampaignInfoCampaign.
    All
    fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsCampaignList
    """

    return sync_detailed(
        client=client,
        send_type=send_type,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | SmsCampaignList]:
    """List the account's SMS campaigns

     Returns the account's SMS campaigns, operational (transactional) SMS included, filtered by send
    type, name
    and dates. By default you get the campaigns last updated in the last 3 months, 20 per page.

    The query parameters are the table's probable set (the docs index lists no query template for this
    path).
    The response shape is inferred from an unidentified public client's `ApiSmsCampaignInfoCampaignList`
    (`sms_campaign` + `total_items`, unverified); the items are the official ApiSmsCampaignInfoCampaign.
    All
    fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsCampaignList]
    """

    kwargs = _get_kwargs(
        send_type=send_type,
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
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | SmsCampaignList | None:
    """List the account's SMS campaigns

     Returns the account's SMS campaigns, operational (transactional) SMS included, filtered by send
    type, name
    and dates. By default you get the campaigns last updated in the last 3 months, 20 per page.

    The query parameters are the table's probable set (the docs index lists no query template for this
    path).
    The response shape is inferred from an unidentified public client's `ApiSmsCampaignInfoCampaignList`
    (`sms_campaign` + `total_items`, unverified); the items are the official ApiSmsCampaignInfoCampaign.
    All
    fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsCampaignList
    """

    return (
        await asyncio_detailed(
            client=client,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
    ).parsed
