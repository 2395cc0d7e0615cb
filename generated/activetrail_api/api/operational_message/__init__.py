"""The operational_message operations: one module per operation, and the `AsyncOperationalMessage` and
`SyncOperationalMessage` namespaces with one method per operation (what `client.operational_message` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.operational_message_contacts_request import (
        OperationalMessageContactsRequest,
    )
    from ...models.operational_message_email_request import (
        OperationalMessageEmailRequest,
    )
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncOperationalMessage", "SyncOperationalMessage"]


class AsyncOperationalMessage:
    """The operational_message operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def send_operational_message(
        self,
        *,
        body: OperationalMessageEmailRequest,
    ) -> None:
        """Send a transactional email to individual email addresses

        Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address becomes
        a contact in the account. The account's personalization fields do not work here: personalize each message
        with its own `pairs` of placeholder keys and values. `details` and `design` are required. The official page
        documents no response body, so success is declared as an empty `204`.
        """
        from . import send_operational_message as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    async def send_operational_message_to_contacts(
        self,
        *,
        body: OperationalMessageContactsRequest,
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
        from . import send_operational_message_to_contacts as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    async def list_operational_message_classifications(
        self,
    ) -> list[str]:
        """List the classifications of operational messages

        Returns the classification options that operational messages can be filed under (`details.classification`)
        and their reports filtered by. **Inferred item shape:** no source shows the items; since
        `details.classification` takes a string, each item is taken to be a classification name (a string).
        """
        from . import list_operational_message_classifications as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )


class SyncOperationalMessage:
    """The operational_message operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def send_operational_message(
        self,
        *,
        body: OperationalMessageEmailRequest,
    ) -> None:
        """Send a transactional email to individual email addresses

        Creates and sends an operational (transactional) email to up to 500 addresses per call. Each address becomes
        a contact in the account. The account's personalization fields do not work here: personalize each message
        with its own `pairs` of placeholder keys and values. `details` and `design` are required. The official page
        documents no response body, so success is declared as an empty `204`.
        """
        from . import send_operational_message as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    def send_operational_message_to_contacts(
        self,
        *,
        body: OperationalMessageContactsRequest,
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
        from . import send_operational_message_to_contacts as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    def list_operational_message_classifications(
        self,
    ) -> list[str]:
        """List the classifications of operational messages

        Returns the classification options that operational messages can be filed under (`details.classification`)
        and their reports filtered by. **Inferred item shape:** no source shows the items; since
        `details.classification` takes a string, each item is taken to be a classification name (a string).
        """
        from . import list_operational_message_classifications as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )
