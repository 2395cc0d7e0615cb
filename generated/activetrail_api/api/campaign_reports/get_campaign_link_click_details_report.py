import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_click_details_report import CampaignClickDetailsReport
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    link_id: int,
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
        "url": "/api/campaignreports/{id}/clickdetails/{link_id}".format(
            id=quote(str(id), safe=""),
            link_id=quote(str(link_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignClickDetailsReport | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignClickDetailsReport.from_dict(response.json())

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
) -> Response[CampaignClickDetailsReport | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    link_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[CampaignClickDetailsReport | ErrorResponse]:
    """Get the contacts who clicked one link of an email campaign

     Returns the contacts who clicked the given link, with the click date. The search window defaults to
    the
    campaigns updated in the last three months. **If the campaign was not sent in the given dates, the
    server
    answers an error.**

    KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the
    items; `sms`
    mirrors the official SMS click-details sample.

    Args:
        id (int):
        link_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignClickDetailsReport | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        link_id=link_id,
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
    link_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> CampaignClickDetailsReport | ErrorResponse | None:
    """Get the contacts who clicked one link of an email campaign

     Returns the contacts who clicked the given link, with the click date. The search window defaults to
    the
    campaigns updated in the last three months. **If the campaign was not sent in the given dates, the
    server
    answers an error.**

    KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the
    items; `sms`
    mirrors the official SMS click-details sample.

    Args:
        id (int):
        link_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignClickDetailsReport | ErrorResponse
    """

    return sync_detailed(
        id=id,
        link_id=link_id,
        client=client,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: int,
    link_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> Response[CampaignClickDetailsReport | ErrorResponse]:
    """Get the contacts who clicked one link of an email campaign

     Returns the contacts who clicked the given link, with the click date. The search window defaults to
    the
    campaigns updated in the last three months. **If the campaign was not sent in the given dates, the
    server
    answers an error.**

    KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the
    items; `sms`
    mirrors the official SMS click-details sample.

    Args:
        id (int):
        link_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignClickDetailsReport | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        link_id=link_id,
        from_date=from_date,
        to_date=to_date,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    link_id: int,
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 20,
) -> CampaignClickDetailsReport | ErrorResponse | None:
    """Get the contacts who clicked one link of an email campaign

     Returns the contacts who clicked the given link, with the click date. The search window defaults to
    the
    campaigns updated in the last three months. **If the campaign was not sent in the given dates, the
    server
    answers an error.**

    KP reads `contact_id`, `email`, `first_name`, `last_name`, `link_id` and `click_date` from the
    items; `sms`
    mirrors the official SMS click-details sample.

    Args:
        id (int):
        link_id (int):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignClickDetailsReport | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            link_id=link_id,
            client=client,
            from_date=from_date,
            to_date=to_date,
            page=page,
            limit=limit,
        )
    ).parsed
