from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_details_filtered import FlowDetailsFiltered
from ...models.general_error import GeneralError
from ...models.o_auth_error import OAuthError
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    filter_: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/a360/autoresponders/{id}/group-stat-filtered".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowDetailsFiltered | GeneralError | OAuthError | ValidationError | None:
    if response.status_code == 200:
        response_200 = FlowDetailsFiltered.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> GeneralError | OAuthError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_unauthorized_error_type_0 = OAuthError.from_dict(data)

                return componentsschemas_unauthorized_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_unauthorized_error_type_1 = GeneralError.from_dict(data)

            return componentsschemas_unauthorized_error_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GeneralError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = GeneralError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GeneralError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GeneralError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowDetailsFiltered | GeneralError | OAuthError | ValidationError]:
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
    filter_: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[FlowDetailsFiltered | GeneralError | OAuthError | ValidationError]:
    """Get a flow's statistics for a period

     The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it
    "Element ID",
    but this is a flow path and the seed calls the result "information about the flow").

    **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
    (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with
    the
    counters for the period, possibly as numeric strings; every field is optional and the example is
    ours.

    Args:
        id (int):
        filter_ (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowDetailsFiltered | GeneralError | GeneralError | OAuthError | ValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_=filter_,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> FlowDetailsFiltered | GeneralError | OAuthError | ValidationError | None:
    """Get a flow's statistics for a period

     The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it
    "Element ID",
    but this is a flow path and the seed calls the result "information about the flow").

    **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
    (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with
    the
    counters for the period, possibly as numeric strings; every field is optional and the example is
    ours.

    Args:
        id (int):
        filter_ (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowDetailsFiltered | GeneralError | GeneralError | OAuthError | ValidationError
    """

    return sync_detailed(
        id=id,
        client=client,
        filter_=filter_,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[FlowDetailsFiltered | GeneralError | OAuthError | ValidationError]:
    """Get a flow's statistics for a period

     The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it
    "Element ID",
    but this is a flow path and the seed calls the result "information about the flow").

    **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
    (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with
    the
    counters for the period, possibly as numeric strings; every field is optional and the example is
    ours.

    Args:
        id (int):
        filter_ (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowDetailsFiltered | GeneralError | GeneralError | OAuthError | ValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_=filter_,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> FlowDetailsFiltered | GeneralError | OAuthError | ValidationError | None:
    """Get a flow's statistics for a period

     The flow's information for the period in `filter`. `ID` is the **flow ID** (the seed labels it
    "Element ID",
    but this is a flow path and the seed calls the result "information about the flow").

    **Response assumed:** the seed documents no response. This spec assumes the shape of `get_flow`
    (`autoresponder`, `flows[]`, `starts`, `in_queue`, `end_count`, `send_messages`, `conversions`) with
    the
    counters for the period, possibly as numeric strings; every field is optional and the example is
    ours.

    Args:
        id (int):
        filter_ (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowDetailsFiltered | GeneralError | GeneralError | OAuthError | ValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_=filter_,
            limit=limit,
            offset=offset,
        )
    ).parsed
