from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segmentation import Segmentation
from ...models.segmentation_create import SegmentationCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SegmentationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/segmentation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Segmentation | None:
    if response.status_code == 200:
        response_200 = Segmentation.from_dict(response.json())

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
) -> Response[ErrorResponse | Segmentation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SegmentationCreate,
) -> Response[ErrorResponse | Segmentation]:
    """Create a segmentation

     Creates a segmentation from a name and a rule tree. The tree has one basic rules set (a base rule
    plus
    optional additional rules, each joined by a connecting operator) and optional additional rules sets,
    each
    joined to the previous ones by its own connecting operator. Use the rule dictionaries
    (`/api/segmentation/ruleTypes`, `ruleFieldTypes`, `ruleOperations`, `ruleTypesMapping`) to find
    valid
    `type_id` / `field` / `operator_type` combinations.

    The body follows the official reference page POST-api-segmentation. The seed has no method for this
    line;
    the page and COR both show POST. The response is not documented: it is inferred to be the created
    segmentation, with every field optional.

    Args:
        body (SegmentationCreate): The body of `create_segmentation` (official page POST-api-
            segmentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Segmentation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SegmentationCreate,
) -> ErrorResponse | Segmentation | None:
    """Create a segmentation

     Creates a segmentation from a name and a rule tree. The tree has one basic rules set (a base rule
    plus
    optional additional rules, each joined by a connecting operator) and optional additional rules sets,
    each
    joined to the previous ones by its own connecting operator. Use the rule dictionaries
    (`/api/segmentation/ruleTypes`, `ruleFieldTypes`, `ruleOperations`, `ruleTypesMapping`) to find
    valid
    `type_id` / `field` / `operator_type` combinations.

    The body follows the official reference page POST-api-segmentation. The seed has no method for this
    line;
    the page and COR both show POST. The response is not documented: it is inferred to be the created
    segmentation, with every field optional.

    Args:
        body (SegmentationCreate): The body of `create_segmentation` (official page POST-api-
            segmentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Segmentation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SegmentationCreate,
) -> Response[ErrorResponse | Segmentation]:
    """Create a segmentation

     Creates a segmentation from a name and a rule tree. The tree has one basic rules set (a base rule
    plus
    optional additional rules, each joined by a connecting operator) and optional additional rules sets,
    each
    joined to the previous ones by its own connecting operator. Use the rule dictionaries
    (`/api/segmentation/ruleTypes`, `ruleFieldTypes`, `ruleOperations`, `ruleTypesMapping`) to find
    valid
    `type_id` / `field` / `operator_type` combinations.

    The body follows the official reference page POST-api-segmentation. The seed has no method for this
    line;
    the page and COR both show POST. The response is not documented: it is inferred to be the created
    segmentation, with every field optional.

    Args:
        body (SegmentationCreate): The body of `create_segmentation` (official page POST-api-
            segmentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Segmentation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SegmentationCreate,
) -> ErrorResponse | Segmentation | None:
    """Create a segmentation

     Creates a segmentation from a name and a rule tree. The tree has one basic rules set (a base rule
    plus
    optional additional rules, each joined by a connecting operator) and optional additional rules sets,
    each
    joined to the previous ones by its own connecting operator. Use the rule dictionaries
    (`/api/segmentation/ruleTypes`, `ruleFieldTypes`, `ruleOperations`, `ruleTypesMapping`) to find
    valid
    `type_id` / `field` / `operator_type` combinations.

    The body follows the official reference page POST-api-segmentation. The seed has no method for this
    line;
    the page and COR both show POST. The response is not documented: it is inferred to be the created
    segmentation, with every field optional.

    Args:
        body (SegmentationCreate): The body of `create_segmentation` (official page POST-api-
            segmentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Segmentation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
