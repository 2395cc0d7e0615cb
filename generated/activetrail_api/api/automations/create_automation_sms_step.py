from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_sms_step import AutomationSmsStep
from ...models.automation_sms_step_update import AutomationSmsStepUpdate
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: AutomationSmsStepUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/automations/{id}/SMSCampaignSteps".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutomationSmsStep | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutomationSmsStep.from_dict(response.json())

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
) -> Response[AutomationSmsStep | ErrorResponse]:
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
    body: AutomationSmsStepUpdate,
) -> Response[AutomationSmsStep | ErrorResponse]:
    """Add a "send SMS" step to an automation

     Adds an SMS campaign step to the automation. The body is the official SMS-step body
    (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
    `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

    **Response shape inferred:** the stored copy of the page is cut before its response section; we
    assume the
    created step, as the sibling contact-update page documents. Every response field is optional.

    Args:
        id (int):
        body (AutomationSmsStepUpdate): A "send SMS" step's settings
            (`ApiAutomationSmsStepUpdateInfo` in the official docs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationSmsStep | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationSmsStepUpdate,
) -> AutomationSmsStep | ErrorResponse | None:
    """Add a "send SMS" step to an automation

     Adds an SMS campaign step to the automation. The body is the official SMS-step body
    (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
    `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

    **Response shape inferred:** the stored copy of the page is cut before its response section; we
    assume the
    created step, as the sibling contact-update page documents. Every response field is optional.

    Args:
        id (int):
        body (AutomationSmsStepUpdate): A "send SMS" step's settings
            (`ApiAutomationSmsStepUpdateInfo` in the official docs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationSmsStep | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationSmsStepUpdate,
) -> Response[AutomationSmsStep | ErrorResponse]:
    """Add a "send SMS" step to an automation

     Adds an SMS campaign step to the automation. The body is the official SMS-step body
    (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
    `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

    **Response shape inferred:** the stored copy of the page is cut before its response section; we
    assume the
    created step, as the sibling contact-update page documents. Every response field is optional.

    Args:
        id (int):
        body (AutomationSmsStepUpdate): A "send SMS" step's settings
            (`ApiAutomationSmsStepUpdateInfo` in the official docs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutomationSmsStep | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AutomationSmsStepUpdate,
) -> AutomationSmsStep | ErrorResponse | None:
    """Add a "send SMS" step to an automation

     Adds an SMS campaign step to the automation. The body is the official SMS-step body
    (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
    `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

    **Response shape inferred:** the stored copy of the page is cut before its response section; we
    assume the
    created step, as the sibling contact-update page documents. Every response field is optional.

    Args:
        id (int):
        body (AutomationSmsStepUpdate): A "send SMS" step's settings
            (`ApiAutomationSmsStepUpdateInfo` in the official docs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutomationSmsStep | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
