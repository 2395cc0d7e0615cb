from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segmentation_rule_types_mapping_map import (
    SegmentationRuleTypesMappingMap,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/segmentation/ruleTypesMapping",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentationRuleTypesMappingMap | None:
    if response.status_code == 200:
        response_200 = SegmentationRuleTypesMappingMap.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentationRuleTypesMappingMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SegmentationRuleTypesMappingMap]:
    """Get the mapping of rule types to field types and operations

     Returns, for each rule type, the field types and operations that go with it (for example an `Info`
    rule on
    the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
    **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
    operation") it is modelled as a JSON object from each rule type to an object from each field to the
    list of
    its operation names (`SegmentationRuleTypesMappingMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationRuleTypesMappingMap]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SegmentationRuleTypesMappingMap | None:
    """Get the mapping of rule types to field types and operations

     Returns, for each rule type, the field types and operations that go with it (for example an `Info`
    rule on
    the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
    **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
    operation") it is modelled as a JSON object from each rule type to an object from each field to the
    list of
    its operation names (`SegmentationRuleTypesMappingMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationRuleTypesMappingMap
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SegmentationRuleTypesMappingMap]:
    """Get the mapping of rule types to field types and operations

     Returns, for each rule type, the field types and operations that go with it (for example an `Info`
    rule on
    the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
    **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
    operation") it is modelled as a JSON object from each rule type to an object from each field to the
    list of
    its operation names (`SegmentationRuleTypesMappingMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationRuleTypesMappingMap]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SegmentationRuleTypesMappingMap | None:
    """Get the mapping of rule types to field types and operations

     Returns, for each rule type, the field types and operations that go with it (for example an `Info`
    rule on
    the `Email` field with the `Is` operation). Use it to build valid rules for `create_segmentation`.
    **Inferred shape:** from COR's description and example ("Info rules support Email fields with 'Is'
    operation") it is modelled as a JSON object from each rule type to an object from each field to the
    list of
    its operation names (`SegmentationRuleTypesMappingMap`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationRuleTypesMappingMap
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
