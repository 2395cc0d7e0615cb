import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_sms_campaigns_summary import AutomationSmsCampaignsSummary
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/automationreports/{id}/SMSCampaignSummaryReport".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationSmsCampaignsSummary | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutomationSmsCampaignsSummary.from_dict(response.json())

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
) -> Response[AutomationSmsCampaignsSummary | ErrorResponse]:
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
) -> Response[AutomationSmsCampaignsSummary | ErrorResponse]:
    """Get the summary of an automation's SMS campaigns

     Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default:
    the
    last three months). An older version of the page, without the dates, returned only `total_sent`,
    `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`,
    `total_clicks`
    and `total_unique_clicks`.

    Args:
        id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationSmsCampaignsSummary | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        from_date=from_date,
        to_date=to_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
) -> AutomationSmsCampaignsSummary | ErrorResponse | None:
    """Get the summary of an automation's SMS campaigns

     Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default:
    the
    last three months). An older version of the page, without the dates, returned only `total_sent`,
    `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`,
    `total_clicks`
    and `total_unique_clicks`.

    Args:
        id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationSmsCampaignsSummary | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        from_date=from_date,
        to_date=to_date,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
) -> Response[AutomationSmsCampaignsSummary | ErrorResponse]:
    """Get the summary of an automation's SMS campaigns

     Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default:
    the
    last three months). An older version of the page, without the dates, returned only `total_sent`,
    `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`,
    `total_clicks`
    and `total_unique_clicks`.

    Args:
        id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationSmsCampaignsSummary | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        from_date=from_date,
        to_date=to_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
) -> AutomationSmsCampaignsSummary | ErrorResponse | None:
    """Get the summary of an automation's SMS campaigns

     Returns the summary of the SMS campaigns (SMS steps) of the automation in the date window (default:
    the
    last three months). An older version of the page, without the dates, returned only `total_sent`,
    `total_sent_calc`, `total_succeeded`, `total_failed`, `total_credits`, `total_unsubscribe`,
    `total_clicks`
    and `total_unique_clicks`.

    Args:
        id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationSmsCampaignsSummary | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            from_date=from_date,
            to_date=to_date,
        )
    ).parsed
