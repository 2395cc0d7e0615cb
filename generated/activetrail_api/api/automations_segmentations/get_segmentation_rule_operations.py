from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segmentation_rule_operations_map import SegmentationRuleOperationsMap
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/segmentation/ruleOperations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentationRuleOperationsMap | None:
    if response.status_code == 200:
        response_200 = SegmentationRuleOperationsMap.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentationRuleOperationsMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SegmentationRuleOperationsMap]:
    """Get the dictionary of rule operations

     Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`,
    `IsNot`,
    `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the
    operations
    "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object
    from each
    field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationRuleOperationsMap]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SegmentationRuleOperationsMap | None:
    """Get the dictionary of rule operations

     Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`,
    `IsNot`,
    `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the
    operations
    "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object
    from each
    field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationRuleOperationsMap
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SegmentationRuleOperationsMap]:
    """Get the dictionary of rule operations

     Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`,
    `IsNot`,
    `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the
    operations
    "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object
    from each
    field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationRuleOperationsMap]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SegmentationRuleOperationsMap | None:
    """Get the dictionary of rule operations

     Returns the dictionary of rule operations (the values usable as a rule's `operator_type`: `Is`,
    `IsNot`,
    `Contain`, `GreaterThan`...), by field type. **Inferred shape:** COR says the call returns the
    operations
    "categorized by field types (Info, Date, Action, Numeric...)", so it is modelled as a JSON object
    from each
    field-type name to the list of its operation names (`SegmentationRuleOperationsMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationRuleOperationsMap
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
