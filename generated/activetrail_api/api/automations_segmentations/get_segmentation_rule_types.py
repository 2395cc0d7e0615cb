from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/segmentation/ruleTypes",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[str] | None:
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

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
) -> Response[ErrorResponse | list[str]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[str]]:
    """Get the dictionary of rule types

     Returns the dictionary of segmentation rule types (the values usable as a rule's `type_id`: `Info`,
    `Numeric`, `Date`, `Group`, `Action`, order, cart and catalog rules...).

    The seed repeats the previous line's text ("Get dictionary of rules field types") for this line; by
    elimination among the COR paths, row 166 is `ruleFieldTypes` and this row (167) is `ruleTypes`, so
    the
    seed's "dictionary" is not this row's own word. **Inferred shape:** COR says the call "returns a
    list of rule
    type names" (Info, Numeric, Date, Group, Action, order, cart and catalog rules), so it is modelled
    as a
    bare array of names (`SegmentationRuleTypes`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[str]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[str] | None:
    """Get the dictionary of rule types

     Returns the dictionary of segmentation rule types (the values usable as a rule's `type_id`: `Info`,
    `Numeric`, `Date`, `Group`, `Action`, order, cart and catalog rules...).

    The seed repeats the previous line's text ("Get dictionary of rules field types") for this line; by
    elimination among the COR paths, row 166 is `ruleFieldTypes` and this row (167) is `ruleTypes`, so
    the
    seed's "dictionary" is not this row's own word. **Inferred shape:** COR says the call "returns a
    list of rule
    type names" (Info, Numeric, Date, Group, Action, order, cart and catalog rules), so it is modelled
    as a
    bare array of names (`SegmentationRuleTypes`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[str]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[str]]:
    """Get the dictionary of rule types

     Returns the dictionary of segmentation rule types (the values usable as a rule's `type_id`: `Info`,
    `Numeric`, `Date`, `Group`, `Action`, order, cart and catalog rules...).

    The seed repeats the previous line's text ("Get dictionary of rules field types") for this line; by
    elimination among the COR paths, row 166 is `ruleFieldTypes` and this row (167) is `ruleTypes`, so
    the
    seed's "dictionary" is not this row's own word. **Inferred shape:** COR says the call "returns a
    list of rule
    type names" (Info, Numeric, Date, Group, Action, order, cart and catalog rules), so it is modelled
    as a
    bare array of names (`SegmentationRuleTypes`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[str]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[str] | None:
    """Get the dictionary of rule types

     Returns the dictionary of segmentation rule types (the values usable as a rule's `type_id`: `Info`,
    `Numeric`, `Date`, `Group`, `Action`, order, cart and catalog rules...).

    The seed repeats the previous line's text ("Get dictionary of rules field types") for this line; by
    elimination among the COR paths, row 166 is `ruleFieldTypes` and this row (167) is `ruleTypes`, so
    the
    seed's "dictionary" is not this row's own word. **Inferred shape:** COR says the call "returns a
    list of rule
    type names" (Info, Numeric, Date, Group, Action, order, cart and catalog rules), so it is modelled
    as a
    bare array of names (`SegmentationRuleTypes`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[str]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
