import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_campaign_clickers_report import SmsCampaignClickersReport
from ...models.sms_send_type import SmsSendType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    link_id: int | Unset = UNSET,
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

    params["LinkId"] = link_id

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
        "url": "/api/smscampaignreport/{id}/Clickers".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsCampaignClickersReport | None:
    if response.status_code == 200:
        response_200 = SmsCampaignClickersReport.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsCampaignClickersReport]:
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
    link_id: int | Unset = UNSET,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | SmsCampaignClickersReport]:
    """Get the contacts that clicked a link in an SMS campaign

     Returns the contacts that clicked a link in the SMS campaign, optionally only one link (`LinkId`).
    If
    the SMS was not sent to a group but to numbers added manually ("add numbers manually"), you get the
    number of clickers but not their mobile numbers. The campaign is searched, by default, among those
    sent
    in the last 3 months (`FromDate`/`ToDate` move the window); if it wasn't sent in the window you get
    no
    information (an empty report).

    The method, path and parameters are the official page's. Its response is cut at the type name
    ("ApiReportSmsCampaignL..."), so the shape is inferred from the sibling clickdetails page
    (`urls_clicked` rows and a count); all fields are optional.

    Args:
        id (int):
        link_id (int | Unset):
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
        Response[ErrorResponse | SmsCampaignClickersReport]
    """

    kwargs = _get_kwargs(
        id=id,
        link_id=link_id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    link_id: int | Unset = UNSET,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | SmsCampaignClickersReport | None:
    """Get the contacts that clicked a link in an SMS campaign

     Returns the contacts that clicked a link in the SMS campaign, optionally only one link (`LinkId`).
    If
    the SMS was not sent to a group but to numbers added manually ("add numbers manually"), you get the
    number of clickers but not their mobile numbers. The campaign is searched, by default, among those
    sent
    in the last 3 months (`FromDate`/`ToDate` move the window); if it wasn't sent in the window you get
    no
    information (an empty report).

    The method, path and parameters are the official page's. Its response is cut at the type name
    ("ApiReportSmsCampaignL..."), so the shape is inferred from the sibling clickdetails page
    (`urls_clicked` rows and a count); all fields are optional.

    Args:
        id (int):
        link_id (int | Unset):
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
        ErrorResponse | SmsCampaignClickersReport
    """

    return sync_detailed(
        id=id,
        client=client,
        link_id=link_id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    link_id: int | Unset = UNSET,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | SmsCampaignClickersReport]:
    """Get the contacts that clicked a link in an SMS campaign

     Returns the contacts that clicked a link in the SMS campaign, optionally only one link (`LinkId`).
    If
    the SMS was not sent to a group but to numbers added manually ("add numbers manually"), you get the
    number of clickers but not their mobile numbers. The campaign is searched, by default, among those
    sent
    in the last 3 months (`FromDate`/`ToDate` move the window); if it wasn't sent in the window you get
    no
    information (an empty report).

    The method, path and parameters are the official page's. Its response is cut at the type name
    ("ApiReportSmsCampaignL..."), so the shape is inferred from the sibling clickdetails page
    (`urls_clicked` rows and a count); all fields are optional.

    Args:
        id (int):
        link_id (int | Unset):
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
        Response[ErrorResponse | SmsCampaignClickersReport]
    """

    kwargs = _get_kwargs(
        id=id,
        link_id=link_id,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    link_id: int | Unset = UNSET,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    rows_affected: int | Unset = UNSET,
    previous_row_count: int | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | SmsCampaignClickersReport | None:
    """Get the contacts that clicked a link in an SMS campaign

     Returns the contacts that clicked a link in the SMS campaign, optionally only one link (`LinkId`).
    If
    the SMS was not sent to a group but to numbers added manually ("add numbers manually"), you get the
    number of clickers but not their mobile numbers. The campaign is searched, by default, among those
    sent
    in the last 3 months (`FromDate`/`ToDate` move the window); if it wasn't sent in the window you get
    no
    information (an empty report).

    The method, path and parameters are the official page's. Its response is cut at the type name
    ("ApiReportSmsCampaignL..."), so the shape is inferred from the sibling clickdetails page
    (`urls_clicked` rows and a count); all fields are optional.

    Args:
        id (int):
        link_id (int | Unset):
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
        ErrorResponse | SmsCampaignClickersReport
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            link_id=link_id,
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
