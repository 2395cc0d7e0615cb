import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_report_summary import CampaignReportSummary
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/campaignreports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[CampaignReportSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CampaignReportSummary.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[CampaignReportSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | list[CampaignReportSummary]]:
    """List the reports of the account's email campaigns

     Returns one summary per email campaign: send date, opens, clicks, click-to-open rate, bounces,
    unsubscribes,
    complaints, unopened and sent counts. Without dates you get the campaigns last updated in the last
    three
    months; without `Limit` you get 20.

    Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads them). The counters
    are the
    ones public client code (COR) lists for this call; their field names are inferred (see
    `CampaignReportSummary`), so every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CampaignReportSummary]]
    """

    kwargs = _get_kwargs(
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | list[CampaignReportSummary] | None:
    """List the reports of the account's email campaigns

     Returns one summary per email campaign: send date, opens, clicks, click-to-open rate, bounces,
    unsubscribes,
    complaints, unopened and sent counts. Without dates you get the campaigns last updated in the last
    three
    months; without `Limit` you get 20.

    Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads them). The counters
    are the
    ones public client code (COR) lists for this call; their field names are inferred (see
    `CampaignReportSummary`), so every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CampaignReportSummary]
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | list[CampaignReportSummary]]:
    """List the reports of the account's email campaigns

     Returns one summary per email campaign: send date, opens, clicks, click-to-open rate, bounces,
    unsubscribes,
    complaints, unopened and sent counts. Without dates you get the campaigns last updated in the last
    three
    months; without `Limit` you get 20.

    Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads them). The counters
    are the
    ones public client code (COR) lists for this call; their field names are inferred (see
    `CampaignReportSummary`), so every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[CampaignReportSummary]]
    """

    kwargs = _get_kwargs(
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> ErrorResponse | list[CampaignReportSummary] | None:
    """List the reports of the account's email campaigns

     Returns one summary per email campaign: send date, opens, clicks, click-to-open rate, bounces,
    unsubscribes,
    complaints, unopened and sent counts. Without dates you get the campaigns last updated in the last
    three
    months; without `Limit` you get 20.

    Only `campaign_id`, `campaign_name` and `last_sent_date` are sourced (KP reads them). The counters
    are the
    ones public client code (COR) lists for this call; their field names are inferred (see
    `CampaignReportSummary`), so every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[CampaignReportSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
    ).parsed
