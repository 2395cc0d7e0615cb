"""The operational_message operations: one module per operation, its descriptor, and the `AsyncOperationalMessage` and
`SyncOperationalMessage` namespaces with one method per operation (what `client.operational_message` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.operational_message_contacts_request import (
        OperationalMessageContactsRequest,
    )
    from ...models.operational_message_email_request import (
        OperationalMessageEmailRequest,
    )
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncOperationalMessage",
    "AsyncOperationalMessageWithRawResponse",
    "SyncOperationalMessage",
    "SyncOperationalMessageWithRawResponse",
]


_SEND_OPERATIONAL_MESSAGE = op.Operation(
    name="send_operational_message",
    module=__name__ + ".send_operational_message",
    method="POST",
    path="/api/OperationalMessage/Message",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "OperationalMessageEmailRequest")
        ),
    ),
    success="None",
)


_SEND_OPERATIONAL_MESSAGE_TO_CONTACTS = op.Operation(
    name="send_operational_message_to_contacts",
    module=__name__ + ".send_operational_message_to_contacts",
    method="POST",
    path="/api/OperationalMessage/Contacts",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "OperationalMessageContactsRequest")
        ),
    ),
    success="None",
)


_LIST_OPERATIONAL_MESSAGE_CLASSIFICATIONS = op.Operation(
    name="list_operational_message_classifications",
    module=__name__ + ".list_operational_message_classifications",
    method="GET",
    path="/api/OperationalMessage/Classification",
    parameters=(),
    success="list[str]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "send_operational_message": _SEND_OPERATIONAL_MESSAGE,
    "send_operational_message_to_contacts": _SEND_OPERATIONAL_MESSAGE_TO_CONTACTS,
    "list_operational_message_classifications": _LIST_OPERATIONAL_MESSAGE_CLASSIFICATIONS,
}


class AsyncOperationalMessage:
    """Transactional (operational) email messages.

    The operational_message operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncOperationalMessageWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncOperationalMessageWithRawResponse(self._runner)

    async def send_operational_message(
        self,
        *,
        body: OperationalMessageEmailRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a transactional email to individual email addresses

        Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address becomes
        a contact in the account. The account's personalization fields do not work here: personalize each message
        with its own `pairs` of placeholder keys and values. `details` and `design` are required. The official page
        documents no response body, so success is declared as an empty `204`.
        """
        return await self._runner._call(
            _SEND_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_operational_message_to_contacts(
        self,
        *,
        body: OperationalMessageContactsRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a transactional email to individual contacts

        Creates and sends an operational (transactional) email to up to 500 contacts per call. Each entry carries
        the
        contact's fields (created or updated in the account; `email` is required) and its own `pairs` of placeholder
        keys and values; personalization fields work only for the values supplied in the request. The stored copy of
        the official page is cut off after `contact_package`: the message fields (`details`, `design`, `bcc`) are
        taken from the sibling `send_operational_message` page (inferred). No response body is documented, so
        success is declared as an empty `204`.
        """
        return await self._runner._call(
            _SEND_OPERATIONAL_MESSAGE_TO_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def list_operational_message_classifications(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[str]:
        """List the classifications of operational messages

        Returns the classification options that operational messages can be filed under (`details.classification`)
        and their reports filtered by. **Inferred item shape:** no source shows the items; since
        `details.classification` takes a string, each item is taken to be a classification name (a string).
        """
        return await self._runner._call(
            _LIST_OPERATIONAL_MESSAGE_CLASSIFICATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncOperationalMessageWithRawResponse:
    """Transactional (operational) email messages.

    The operational_message operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncOperationalMessage`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def send_operational_message(
        self,
        *,
        body: OperationalMessageEmailRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a transactional email to individual email addresses: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def send_operational_message_to_contacts(
        self,
        *,
        body: OperationalMessageContactsRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a transactional email to individual contacts: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_OPERATIONAL_MESSAGE_TO_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def list_operational_message_classifications(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[str]]:
        """List the classifications of operational messages: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_OPERATIONAL_MESSAGE_CLASSIFICATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncOperationalMessage:
    """Transactional (operational) email messages.

    The operational_message operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncOperationalMessageWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncOperationalMessageWithRawResponse(self._runner)

    def send_operational_message(
        self,
        *,
        body: OperationalMessageEmailRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a transactional email to individual email addresses

        Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address becomes
        a contact in the account. The account's personalization fields do not work here: personalize each message
        with its own `pairs` of placeholder keys and values. `details` and `design` are required. The official page
        documents no response body, so success is declared as an empty `204`.
        """
        return self._runner._call(
            _SEND_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_operational_message_to_contacts(
        self,
        *,
        body: OperationalMessageContactsRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a transactional email to individual contacts

        Creates and sends an operational (transactional) email to up to 500 contacts per call. Each entry carries
        the
        contact's fields (created or updated in the account; `email` is required) and its own `pairs` of placeholder
        keys and values; personalization fields work only for the values supplied in the request. The stored copy of
        the official page is cut off after `contact_package`: the message fields (`details`, `design`, `bcc`) are
        taken from the sibling `send_operational_message` page (inferred). No response body is documented, so
        success is declared as an empty `204`.
        """
        return self._runner._call(
            _SEND_OPERATIONAL_MESSAGE_TO_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_operational_message_classifications(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[str]:
        """List the classifications of operational messages

        Returns the classification options that operational messages can be filed under (`details.classification`)
        and their reports filtered by. **Inferred item shape:** no source shows the items; since
        `details.classification` takes a string, each item is taken to be a classification name (a string).
        """
        return self._runner._call(
            _LIST_OPERATIONAL_MESSAGE_CLASSIFICATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncOperationalMessageWithRawResponse:
    """Transactional (operational) email messages.

    The operational_message operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncOperationalMessage`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def send_operational_message(
        self,
        *,
        body: OperationalMessageEmailRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a transactional email to individual email addresses: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_OPERATIONAL_MESSAGE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def send_operational_message_to_contacts(
        self,
        *,
        body: OperationalMessageContactsRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a transactional email to individual contacts: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_OPERATIONAL_MESSAGE_TO_CONTACTS,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_operational_message_classifications(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[str]]:
        """List the classifications of operational messages: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_OPERATIONAL_MESSAGE_CLASSIFICATIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
