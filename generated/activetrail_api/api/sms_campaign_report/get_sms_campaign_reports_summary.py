import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_campaign_reports_summary import SmsCampaignReportsSummary
from ...models.sms_send_type import SmsSendType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/smscampaignreport/GetSummary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsCampaignReportsSummary | None:
    if response.status_code == 200:
        response_200 = SmsCampaignReportsSummary.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsCampaignReportsSummary]:
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
) -> Response[ErrorResponse | SmsCampaignReportsSummary]:
    """Get the summary of the SMS campaigns' reports

     Returns totals over the SMS campaigns in the date window (sent, succeeded, failed, credits,
    unsubscribes, clicks and unique clicks). By default the window is the last 3 months.

    The seed repeats row 184's text ("Get SMS campaigns reports...") for this line; by elimination among
    the
    COR paths, this row (185) is `/api/smscampaignreport/GetSummary`. The parameters are COR's (dates,
    send
    type, name search). The response shape is inferred from the official sibling
    ApiAutomationSMSCampaignsSummary (page GET-api-automationreports-id-SMSCampaignSummaryReport), which
    matches COR's description of this call; all fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsCampaignReportsSummary]
    """

    kwargs = _get_kwargs(
        send_type=send_type,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
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
) -> ErrorResponse | SmsCampaignReportsSummary | None:
    """Get the summary of the SMS campaigns' reports

     Returns totals over the SMS campaigns in the date window (sent, succeeded, failed, credits,
    unsubscribes, clicks and unique clicks). By default the window is the last 3 months.

    The seed repeats row 184's text ("Get SMS campaigns reports...") for this line; by elimination among
    the
    COR paths, this row (185) is `/api/smscampaignreport/GetSummary`. The parameters are COR's (dates,
    send
    type, name search). The response shape is inferred from the official sibling
    ApiAutomationSMSCampaignsSummary (page GET-api-automationreports-id-SMSCampaignSummaryReport), which
    matches COR's description of this call; all fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsCampaignReportsSummary
    """

    return sync_detailed(
        client=client,
        send_type=send_type,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    send_type: SmsSendType | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
) -> Response[ErrorResponse | SmsCampaignReportsSummary]:
    """Get the summary of the SMS campaigns' reports

     Returns totals over the SMS campaigns in the date window (sent, succeeded, failed, credits,
    unsubscribes, clicks and unique clicks). By default the window is the last 3 months.

    The seed repeats row 184's text ("Get SMS campaigns reports...") for this line; by elimination among
    the
    COR paths, this row (185) is `/api/smscampaignreport/GetSummary`. The parameters are COR's (dates,
    send
    type, name search). The response shape is inferred from the official sibling
    ApiAutomationSMSCampaignsSummary (page GET-api-automationreports-id-SMSCampaignSummaryReport), which
    matches COR's description of this call; all fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsCampaignReportsSummary]
    """

    kwargs = _get_kwargs(
        send_type=send_type,
        search_term=search_term,
        from_date=from_date,
        to_date=to_date,
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
) -> ErrorResponse | SmsCampaignReportsSummary | None:
    """Get the summary of the SMS campaigns' reports

     Returns totals over the SMS campaigns in the date window (sent, succeeded, failed, credits,
    unsubscribes, clicks and unique clicks). By default the window is the last 3 months.

    The seed repeats row 184's text ("Get SMS campaigns reports...") for this line; by elimination among
    the
    COR paths, this row (185) is `/api/smscampaignreport/GetSummary`. The parameters are COR's (dates,
    send
    type, name search). The response shape is inferred from the official sibling
    ApiAutomationSMSCampaignsSummary (page GET-api-automationreports-id-SMSCampaignSummaryReport), which
    matches COR's description of this call; all fields are optional.

    Args:
        send_type (SmsSendType | Unset): SMS send type filter: 0 all, 1 regular, 2 test, 3
            transactional (operational).
        search_term (str | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsCampaignReportsSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            send_type=send_type,
            search_term=search_term,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
