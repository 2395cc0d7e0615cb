from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.error_response import ErrorResponse
from ...models.group_member_add import GroupMemberAdd
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: GroupMemberAdd,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/groups/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = ErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Contact | ErrorResponse]:
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
    body: GroupMemberAdd,
) -> Response[Contact | ErrorResponse]:
    """Add a contact to a group

     Adds a contact to the group, creating the contact when it does not exist yet (contacts are
    identified by id or
    lowercase email), and returns the contact. Besides the contact fields the body may set `status`, the
    campaign
    that triggered the subscription (`campaign_id`), whether automations triggered by joining the group
    should run
    (`is_trigger_events`) and a double opt-in message. A contact that is inactive in ActiveTrail cannot
    be added
    with the status `Subscribed`. Adding a contact that is already a member is not an error.

    Args:
        id (int):
        body (GroupMemberAdd): The body of `add_group_member`: the contact's fields (a new contact
            needs `email` or `sms`; `status` sets its
            subscription status) plus the group-specific options. Fields from the official guide
            (GUIDE-members, whose
            stored copy is cut off) and public client code (DF, YF).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
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
    body: GroupMemberAdd,
) -> Contact | ErrorResponse | None:
    """Add a contact to a group

     Adds a contact to the group, creating the contact when it does not exist yet (contacts are
    identified by id or
    lowercase email), and returns the contact. Besides the contact fields the body may set `status`, the
    campaign
    that triggered the subscription (`campaign_id`), whether automations triggered by joining the group
    should run
    (`is_trigger_events`) and a double opt-in message. A contact that is inactive in ActiveTrail cannot
    be added
    with the status `Subscribed`. Adding a contact that is already a member is not an error.

    Args:
        id (int):
        body (GroupMemberAdd): The body of `add_group_member`: the contact's fields (a new contact
            needs `email` or `sms`; `status` sets its
            subscription status) plus the group-specific options. Fields from the official guide
            (GUIDE-members, whose
            stored copy is cut off) and public client code (DF, YF).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
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
    body: GroupMemberAdd,
) -> Response[Contact | ErrorResponse]:
    """Add a contact to a group

     Adds a contact to the group, creating the contact when it does not exist yet (contacts are
    identified by id or
    lowercase email), and returns the contact. Besides the contact fields the body may set `status`, the
    campaign
    that triggered the subscription (`campaign_id`), whether automations triggered by joining the group
    should run
    (`is_trigger_events`) and a double opt-in message. A contact that is inactive in ActiveTrail cannot
    be added
    with the status `Subscribed`. Adding a contact that is already a member is not an error.

    Args:
        id (int):
        body (GroupMemberAdd): The body of `add_group_member`: the contact's fields (a new contact
            needs `email` or `sms`; `status` sets its
            subscription status) plus the group-specific options. Fields from the official guide
            (GUIDE-members, whose
            stored copy is cut off) and public client code (DF, YF).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ErrorResponse]
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
    body: GroupMemberAdd,
) -> Contact | ErrorResponse | None:
    """Add a contact to a group

     Adds a contact to the group, creating the contact when it does not exist yet (contacts are
    identified by id or
    lowercase email), and returns the contact. Besides the contact fields the body may set `status`, the
    campaign
    that triggered the subscription (`campaign_id`), whether automations triggered by joining the group
    should run
    (`is_trigger_events`) and a double opt-in message. A contact that is inactive in ActiveTrail cannot
    be added
    with the status `Subscribed`. Adding a contact that is already a member is not an error.

    Args:
        id (int):
        body (GroupMemberAdd): The body of `add_group_member`: the contact's fields (a new contact
            needs `email` or `sms`; `status` sets its
            subscription status) plus the group-specific options. Fields from the official guide
            (GUIDE-members, whose
            stored copy is cut off) and public client code (DF, YF).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
