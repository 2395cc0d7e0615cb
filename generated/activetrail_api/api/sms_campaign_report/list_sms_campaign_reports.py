import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_campaign_overview import SmsCampaignOverview
from ...models.sms_send_type import SmsSendType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
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

    params["RowsAffected"] = rows_affected

    params["PreviousRowCount"] = previous_row_count

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
        "url": "/api/smscampaignreport",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[SmsCampaignOverview] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SmsCampaignOverview.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[SmsCampaignOverview]]:
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
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | list[SmsCampaignOverview]]:
    """List SMS campaign reports

     Returns the SMS campaigns' reports, filtered by send type, campaign name and dates. By default you
    get
    the campaigns last updated in the last 3 months, 20 per page.

    The seed gives this line and the next (row 185) the same text; by elimination among the COR paths,
    this
    row is `/api/smscampaignreport` and row 185 is `/api/smscampaignreport/GetSummary`.

    The item shape is inferred: the per-campaign report's fields (`get_sms_campaign_report`) plus the
    campaign's `id` and `name`; all optional. Whether the list is a bare array is also inferred.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        rows_affected (int | Unset):
        previous_row_count (int | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[SmsCampaignOverview]]
    """

    kwargs = _get_kwargs(
        send_type=send_type,
        search_term=search_term,
        rows_affected=rows_affected,
        previous_row_count=previous_row_count,
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
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | list[SmsCampaignOverview] | None:
    """List SMS campaign reports

     Returns the SMS campaigns' reports, filtered by send type, campaign name and dates. By default you
    get
    the campaigns last updated in the last 3 months, 20 per page.

    The seed gives this line and the next (row 185) the same text; by elimination among the COR paths,
    this
    row is `/api/smscampaignreport` and row 185 is `/api/smscampaignreport/GetSummary`.

    The item shape is inferred: the per-campaign report's fields (`get_sms_campaign_report`) plus the
    campaign's `id` and `name`; all optional. Whether the list is a bare array is also inferred.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        rows_affected (int | Unset):
        previous_row_count (int | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[SmsCampaignOverview]
    """

    return sync_detailed(
        client=client,
        send_type=send_type,
        search_term=search_term,
        rows_affected=rows_affected,
        previous_row_count=previous_row_count,
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
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | list[SmsCampaignOverview]]:
    """List SMS campaign reports

     Returns the SMS campaigns' reports, filtered by send type, campaign name and dates. By default you
    get
    the campaigns last updated in the last 3 months, 20 per page.

    The seed gives this line and the next (row 185) the same text; by elimination among the COR paths,
    this
    row is `/api/smscampaignreport` and row 185 is `/api/smscampaignreport/GetSummary`.

    The item shape is inferred: the per-campaign report's fields (`get_sms_campaign_report`) plus the
    campaign's `id` and `name`; all optional. Whether the list is a bare array is also inferred.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        rows_affected (int | Unset):
        previous_row_count (int | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[SmsCampaignOverview]]
    """

    kwargs = _get_kwargs(
        send_type=send_type,
        search_term=search_term,
        rows_affected=rows_affected,
        previous_row_count=previous_row_count,
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
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | list[SmsCampaignOverview] | None:
    """List SMS campaign reports

     Returns the SMS campaigns' reports, filtered by send type, campaign name and dates. By default you
    get
    the campaigns last updated in the last 3 months, 20 per page.

    The seed gives this line and the next (row 185) the same text; by elimination among the COR paths,
    this
    row is `/api/smscampaignreport` and row 185 is `/api/smscampaignreport/GetSummary`.

    The item shape is inferred: the per-campaign report's fields (`get_sms_campaign_report`) plus the
    campaign's `id` and `name`; all optional. Whether the list is a bare array is also inferred.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        rows_affected (int | Unset):
        previous_row_count (int | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[SmsCampaignOverview]
    """

    return (
        await asyncio_detailed(
            client=client,
            send_type=send_type,
            search_term=search_term,
            rows_affected=rows_affected,
            previous_row_count=previous_row_count,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
    ).parsed
