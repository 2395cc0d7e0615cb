import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.push_campaign_list import PushCampaignList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page_size: int | Unset = 20,
    campaign_id: int | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    page_number: int | Unset = 1,
    search_term: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_not_sent: bool | Unset = UNSET,
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

    params["PageSize"] = page_size

    params["CampaignId"] = campaign_id

    params["FilterType"] = filter_type

    params["PageNumber"] = page_number

    params["SearchTerm"] = search_term

    params["IncludeDeleted"] = include_deleted

    params["IncludeNotSent"] = include_not_sent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/pushcampaign/Campaign",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PushCampaignList | None:
    if response.status_code == 200:
        response_200 = PushCampaignList.from_dict(response.json())

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
) -> Response[ErrorResponse | PushCampaignList]:
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
    page_size: int | Unset = 20,
    campaign_id: int | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    page_number: int | Unset = 1,
    search_term: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_not_sent: bool | Unset = UNSET,
) -> Response[ErrorResponse | PushCampaignList]:
    """List the account's push campaigns

     Returns the account's push-notification campaigns, optionally filtered by dates, campaign id, filter
    type
    and name, with deleted and unsent campaigns left out unless asked for. By default you get the last
    20
    campaigns of the last **six** months (COR's description; other lists default to three). Paging uses
    `PageNumber`/`PageSize`, not `Page`/`Limit`. Not a seed line: the path and the query template come
    from the
    docs index via COR.

    **Inferred response:** no source shows the body. It is modelled on the sibling SMS list
    (`list_sms_campaigns`: the campaigns and `total_items`); the item fields follow the filters (id,
    name, send
    date, deleted, sent) and the official SMS campaign's status fields. Every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page_size (int | Unset):  Default: 20.
        campaign_id (int | Unset):
        filter_type (str | Unset):
        page_number (int | Unset):  Default: 1.
        search_term (str | Unset):
        include_deleted (bool | Unset):
        include_not_sent (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PushCampaignList]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        page_size=page_size,
        campaign_id=campaign_id,
        filter_type=filter_type,
        page_number=page_number,
        search_term=search_term,
        include_deleted=include_deleted,
        include_not_sent=include_not_sent,
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
    page_size: int | Unset = 20,
    campaign_id: int | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    page_number: int | Unset = 1,
    search_term: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_not_sent: bool | Unset = UNSET,
) -> ErrorResponse | PushCampaignList | None:
    """List the account's push campaigns

     Returns the account's push-notification campaigns, optionally filtered by dates, campaign id, filter
    type
    and name, with deleted and unsent campaigns left out unless asked for. By default you get the last
    20
    campaigns of the last **six** months (COR's description; other lists default to three). Paging uses
    `PageNumber`/`PageSize`, not `Page`/`Limit`. Not a seed line: the path and the query template come
    from the
    docs index via COR.

    **Inferred response:** no source shows the body. It is modelled on the sibling SMS list
    (`list_sms_campaigns`: the campaigns and `total_items`); the item fields follow the filters (id,
    name, send
    date, deleted, sent) and the official SMS campaign's status fields. Every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page_size (int | Unset):  Default: 20.
        campaign_id (int | Unset):
        filter_type (str | Unset):
        page_number (int | Unset):  Default: 1.
        search_term (str | Unset):
        include_deleted (bool | Unset):
        include_not_sent (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PushCampaignList
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
        page_size=page_size,
        campaign_id=campaign_id,
        filter_type=filter_type,
        page_number=page_number,
        search_term=search_term,
        include_deleted=include_deleted,
        include_not_sent=include_not_sent,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page_size: int | Unset = 20,
    campaign_id: int | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    page_number: int | Unset = 1,
    search_term: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_not_sent: bool | Unset = UNSET,
) -> Response[ErrorResponse | PushCampaignList]:
    """List the account's push campaigns

     Returns the account's push-notification campaigns, optionally filtered by dates, campaign id, filter
    type
    and name, with deleted and unsent campaigns left out unless asked for. By default you get the last
    20
    campaigns of the last **six** months (COR's description; other lists default to three). Paging uses
    `PageNumber`/`PageSize`, not `Page`/`Limit`. Not a seed line: the path and the query template come
    from the
    docs index via COR.

    **Inferred response:** no source shows the body. It is modelled on the sibling SMS list
    (`list_sms_campaigns`: the campaigns and `total_items`); the item fields follow the filters (id,
    name, send
    date, deleted, sent) and the official SMS campaign's status fields. Every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page_size (int | Unset):  Default: 20.
        campaign_id (int | Unset):
        filter_type (str | Unset):
        page_number (int | Unset):  Default: 1.
        search_term (str | Unset):
        include_deleted (bool | Unset):
        include_not_sent (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PushCampaignList]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        page_size=page_size,
        campaign_id=campaign_id,
        filter_type=filter_type,
        page_number=page_number,
        search_term=search_term,
        include_deleted=include_deleted,
        include_not_sent=include_not_sent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    page_size: int | Unset = 20,
    campaign_id: int | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    page_number: int | Unset = 1,
    search_term: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    include_not_sent: bool | Unset = UNSET,
) -> ErrorResponse | PushCampaignList | None:
    """List the account's push campaigns

     Returns the account's push-notification campaigns, optionally filtered by dates, campaign id, filter
    type
    and name, with deleted and unsent campaigns left out unless asked for. By default you get the last
    20
    campaigns of the last **six** months (COR's description; other lists default to three). Paging uses
    `PageNumber`/`PageSize`, not `Page`/`Limit`. Not a seed line: the path and the query template come
    from the
    docs index via COR.

    **Inferred response:** no source shows the body. It is modelled on the sibling SMS list
    (`list_sms_campaigns`: the campaigns and `total_items`); the item fields follow the filters (id,
    name, send
    date, deleted, sent) and the official SMS campaign's status fields. Every field is optional.

    Args:
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        page_size (int | Unset):  Default: 20.
        campaign_id (int | Unset):
        filter_type (str | Unset):
        page_number (int | Unset):  Default: 1.
        search_term (str | Unset):
        include_deleted (bool | Unset):
        include_not_sent (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PushCampaignList
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            page_size=page_size,
            campaign_id=campaign_id,
            filter_type=filter_type,
            page_number=page_number,
            search_term=search_term,
            include_deleted=include_deleted,
            include_not_sent=include_not_sent,
        )
    ).parsed
