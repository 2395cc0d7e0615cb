from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segmentation_rule_field_types_map import SegmentationRuleFieldTypesMap
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/segmentation/ruleFieldTypes",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentationRuleFieldTypesMap | None:
    if response.status_code == 200:
        response_200 = SegmentationRuleFieldTypesMap.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentationRuleFieldTypesMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SegmentationRuleFieldTypesMap]:
    """Get the dictionary of rule field types

     Returns the dictionary of field types a segmentation rule can test (the values usable as a rule's
    `field`, grouped by kind). The seed describes both this line and the next one as "Get dictionary of
    rules
    field types"; by elimination among the COR paths, this row (166) is `ruleFieldTypes` and the next
    (167) is
    `ruleTypes`.

    **Inferred shape:** the seed calls it a dictionary and COR says it returns the field types with
    their
    identifiers and names (naming Info, Date, Action and Numeric as field types), so it is modelled as a
    JSON
    object from each field-type name to its identifier (`SegmentationRuleFieldTypesMap`; an identifier
    may be a
    number or a string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationRuleFieldTypesMap]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SegmentationRuleFieldTypesMap | None:
    """Get the dictionary of rule field types

     Returns the dictionary of field types a segmentation rule can test (the values usable as a rule's
    `field`, grouped by kind). The seed describes both this line and the next one as "Get dictionary of
    rules
    field types"; by elimination among the COR paths, this row (166) is `ruleFieldTypes` and the next
    (167) is
    `ruleTypes`.

    **Inferred shape:** the seed calls it a dictionary and COR says it returns the field types with
    their
    identifiers and names (naming Info, Date, Action and Numeric as field types), so it is modelled as a
    JSON
    object from each field-type name to its identifier (`SegmentationRuleFieldTypesMap`; an identifier
    may be a
    number or a string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationRuleFieldTypesMap
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SegmentationRuleFieldTypesMap]:
    """Get the dictionary of rule field types

     Returns the dictionary of field types a segmentation rule can test (the values usable as a rule's
    `field`, grouped by kind). The seed describes both this line and the next one as "Get dictionary of
    rules
    field types"; by elimination among the COR paths, this row (166) is `ruleFieldTypes` and the next
    (167) is
    `ruleTypes`.

    **Inferred shape:** the seed calls it a dictionary and COR says it returns the field types with
    their
    identifiers and names (naming Info, Date, Action and Numeric as field types), so it is modelled as a
    JSON
    object from each field-type name to its identifier (`SegmentationRuleFieldTypesMap`; an identifier
    may be a
    number or a string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentationRuleFieldTypesMap]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SegmentationRuleFieldTypesMap | None:
    """Get the dictionary of rule field types

     Returns the dictionary of field types a segmentation rule can test (the values usable as a rule's
    `field`, grouped by kind). The seed describes both this line and the next one as "Get dictionary of
    rules
    field types"; by elimination among the COR paths, this row (166) is `ruleFieldTypes` and the next
    (167) is
    `ruleTypes`.

    **Inferred shape:** the seed calls it a dictionary and COR says it returns the field types with
    their
    identifiers and names (naming Info, Date, Action and Numeric as field types), so it is modelled as a
    JSON
    object from each field-type name to its identifier (`SegmentationRuleFieldTypesMap`; an identifier
    may be a
    number or a string).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentationRuleFieldTypesMap
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
