"""The web_hooks operations: one module per operation, and the `AsyncWebHooks` and
`SyncWebHooks` namespaces with one method per operation (what `client.web_hooks` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.webhook import Webhook
    from ...models.webhook_create import WebhookCreate
    from ...models.webhook_parameter import WebhookParameter
    from ...models.webhook_parameter_update import WebhookParameterUpdate
    from ...models.webhook_test_request import WebhookTestRequest
    from ...models.webhook_update import WebhookUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncWebHooks", "SyncWebHooks"]


class AsyncWebHooks:
    """The web_hooks operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_webhooks(
        self,
        *,
        event_type: str | Unset = UNSET,
        state_type: str | Unset = UNSET,
        target_type: str | Unset = UNSET,
        is_ignore_parameters: bool | Unset = UNSET,
    ) -> list[Webhook]:
        """List the account's webhooks

        Returns the account's webhooks as a bare array, optionally filtered by event type, state and target type.
        Set
        `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.
        """
        from . import list_webhooks as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            event_type=event_type,
            state_type=state_type,
            target_type=target_type,
            is_ignore_parameters=is_ignore_parameters,
        )

    async def create_webhook(
        self,
        *,
        body: WebhookCreate,
    ) -> Webhook:
        """Create a webhook

        Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the app, or
        programmatic ones through forms, imports...), with optional parameters sent as headers, query or body
        values.
        Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.
        """
        from . import create_webhook as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def test_webhook_url(
        self,
        *,
        body: WebhookTestRequest,
    ) -> None:
        """Send a test request to a given URL

        Sends a test webhook request to the URL in the body, with the given event type, target type and parameters,
        without creating a webhook. **Inferred body:** the fields come from Composio's parameter list (which also
        types `format` as a number); the success answer is not documented.
        """
        from . import test_webhook_url as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    async def get_webhook(
        self,
        id: int,
    ) -> Webhook:
        """Get a webhook by id

        Returns one webhook with its parameters (`UserApiEventItem`).
        """
        from . import get_webhook as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_webhook(
        self,
        id: int,
        *,
        body: WebhookUpdate,
    ) -> None:
        """Update a webhook

        Updates the webhook's name, URL, event type, format or active flag. Parameters are changed with the
        `/parameters` operations. **Inferred body:** the fields come from the create body and Composio's parameter
        list; the success answer is not documented.
        """
        from . import update_webhook as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_webhook(
        self,
        id: int,
    ) -> None:
        """Delete a webhook

        Deletes the webhook and its parameters.
        """
        from . import delete_webhook as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    async def test_webhook(
        self,
        id: int,
    ) -> None:
        """Send a test request for a webhook

        Makes ActiveTrail call the webhook's URL once with its parameters, to check that the endpoint is reachable,
        without waiting for a real event. Takes no body; the success answer is not documented.
        """
        from . import test_webhook as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    async def list_webhook_parameters(
        self,
        id: int,
    ) -> list[WebhookParameter]:
        """List a webhook's parameters

        Returns the parameters ActiveTrail sends with the webhook call: each a key with a fixed value or a contact
        field, sent as a header, a query parameter or a body field. **Inferred shape:** modelled as the `parameters`
        items of the official webhook DTO (`ParametersDetailsItem`).
        """
        from . import list_webhook_parameters as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def create_webhook_parameter(
        self,
        id: int,
        *,
        body: WebhookParameterUpdate,
    ) -> WebhookParameter:
        """Add a parameter to a webhook

        Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a value
        taken
        from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
        answer:**
        modelled as the created parameter; all its fields are optional.
        """
        from . import create_webhook_parameter as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def update_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        body: WebhookParameterUpdate,
    ) -> None:
        """Update a webhook parameter

        Changes one of the webhook's parameters (key, value, where it is sent, fixed value or contact field). The
        success answer is not documented.
        """
        from . import update_webhook_parameter as operation

        return await self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "parameterid",
            ),
            id=id,
            parameterid=parameterid,
            body=body,
        )

    async def delete_webhook_parameter(
        self,
        id: int,
        parameterid: int,
    ) -> None:
        """Delete a webhook parameter

        Removes one parameter from the webhook. COR's hand-set route spells this path
        `/api/webhooks/{webhookId}/parameters/{id}`; it is the same path as the parameter update (webhook id first,
        then parameter id), so it shares that path's parameter names here.
        """
        from . import delete_webhook_parameter as operation

        return await self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "parameterid",
            ),
            id=id,
            parameterid=parameterid,
        )


class SyncWebHooks:
    """The web_hooks operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_webhooks(
        self,
        *,
        event_type: str | Unset = UNSET,
        state_type: str | Unset = UNSET,
        target_type: str | Unset = UNSET,
        is_ignore_parameters: bool | Unset = UNSET,
    ) -> list[Webhook]:
        """List the account's webhooks

        Returns the account's webhooks as a bare array, optionally filtered by event type, state and target type.
        Set
        `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.
        """
        from . import list_webhooks as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            event_type=event_type,
            state_type=state_type,
            target_type=target_type,
            is_ignore_parameters=is_ignore_parameters,
        )

    def create_webhook(
        self,
        *,
        body: WebhookCreate,
    ) -> Webhook:
        """Create a webhook

        Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the app, or
        programmatic ones through forms, imports...), with optional parameters sent as headers, query or body
        values.
        Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.
        """
        from . import create_webhook as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def test_webhook_url(
        self,
        *,
        body: WebhookTestRequest,
    ) -> None:
        """Send a test request to a given URL

        Sends a test webhook request to the URL in the body, with the given event type, target type and parameters,
        without creating a webhook. **Inferred body:** the fields come from Composio's parameter list (which also
        types `format` as a number); the success answer is not documented.
        """
        from . import test_webhook_url as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            body=body,
        )

    def get_webhook(
        self,
        id: int,
    ) -> Webhook:
        """Get a webhook by id

        Returns one webhook with its parameters (`UserApiEventItem`).
        """
        from . import get_webhook as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_webhook(
        self,
        id: int,
        *,
        body: WebhookUpdate,
    ) -> None:
        """Update a webhook

        Updates the webhook's name, URL, event type, format or active flag. Parameters are changed with the
        `/parameters` operations. **Inferred body:** the fields come from the create body and Composio's parameter
        list; the success answer is not documented.
        """
        from . import update_webhook as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_webhook(
        self,
        id: int,
    ) -> None:
        """Delete a webhook

        Deletes the webhook and its parameters.
        """
        from . import delete_webhook as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def test_webhook(
        self,
        id: int,
    ) -> None:
        """Send a test request for a webhook

        Makes ActiveTrail call the webhook's URL once with its parameters, to check that the endpoint is reachable,
        without waiting for a real event. Takes no body; the success answer is not documented.
        """
        from . import test_webhook as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def list_webhook_parameters(
        self,
        id: int,
    ) -> list[WebhookParameter]:
        """List a webhook's parameters

        Returns the parameters ActiveTrail sends with the webhook call: each a key with a fixed value or a contact
        field, sent as a header, a query parameter or a body field. **Inferred shape:** modelled as the `parameters`
        items of the official webhook DTO (`ParametersDetailsItem`).
        """
        from . import list_webhook_parameters as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def create_webhook_parameter(
        self,
        id: int,
        *,
        body: WebhookParameterUpdate,
    ) -> WebhookParameter:
        """Add a parameter to a webhook

        Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a value
        taken
        from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
        answer:**
        modelled as the created parameter; all its fields are optional.
        """
        from . import create_webhook_parameter as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def update_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        body: WebhookParameterUpdate,
    ) -> None:
        """Update a webhook parameter

        Changes one of the webhook's parameters (key, value, where it is sent, fixed value or contact field). The
        success answer is not documented.
        """
        from . import update_webhook_parameter as operation

        return self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "parameterid",
            ),
            id=id,
            parameterid=parameterid,
            body=body,
        )

    def delete_webhook_parameter(
        self,
        id: int,
        parameterid: int,
    ) -> None:
        """Delete a webhook parameter

        Removes one parameter from the webhook. COR's hand-set route spells this path
        `/api/webhooks/{webhookId}/parameters/{id}`; it is the same path as the parameter update (webhook id first,
        then parameter id), so it shares that path's parameter names here.
        """
        from . import delete_webhook_parameter as operation

        return self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "parameterid",
            ),
            id=id,
            parameterid=parameterid,
        )
