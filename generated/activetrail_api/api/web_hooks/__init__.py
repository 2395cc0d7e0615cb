"""The web_hooks operations: one module per operation, its descriptor, and the `AsyncWebHooks` and
`SyncWebHooks` namespaces with one method per operation (what `client.web_hooks` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.webhook import Webhook
    from ...models.webhook_create import WebhookCreate
    from ...models.webhook_parameter import WebhookParameter
    from ...models.webhook_parameter_update import WebhookParameterUpdate
    from ...models.webhook_test_request import WebhookTestRequest
    from ...models.webhook_update import WebhookUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncWebHooks",
    "AsyncWebHooksWithRawResponse",
    "SyncWebHooks",
    "SyncWebHooksWithRawResponse",
]


_LIST_WEBHOOKS = op.Operation(
    name="list_webhooks",
    module=__name__ + ".list_webhooks",
    method="GET",
    path="/api/webhooks",
    parameters=(
        op.Parameter("event_type", "EventType", "query", op.STR, required=False),
        op.Parameter("state_type", "StateType", "query", op.STR, required=False),
        op.Parameter("target_type", "TargetType", "query", op.STR, required=False),
        op.Parameter(
            "is_ignore_parameters",
            "IsIgnoreParameters",
            "query",
            op.BOOL,
            required=False,
        ),
    ),
    success="list[Webhook]",
)


_CREATE_WEBHOOK = op.Operation(
    name="create_webhook",
    module=__name__ + ".create_webhook",
    method="POST",
    path="/api/webhooks",
    parameters=(op.Parameter("body", "", "body", op.Type("model", "WebhookCreate")),),
    success="Webhook",
)


_TEST_WEBHOOK_URL = op.Operation(
    name="test_webhook_url",
    module=__name__ + ".test_webhook_url",
    method="POST",
    path="/api/webhooks/Test",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "WebhookTestRequest")),
    ),
    success="None",
)


_GET_WEBHOOK = op.Operation(
    name="get_webhook",
    module=__name__ + ".get_webhook",
    method="GET",
    path="/api/webhooks/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="Webhook",
)


_UPDATE_WEBHOOK = op.Operation(
    name="update_webhook",
    module=__name__ + ".update_webhook",
    method="PUT",
    path="/api/webhooks/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "WebhookUpdate")),
    ),
    success="None",
)


_DELETE_WEBHOOK = op.Operation(
    name="delete_webhook",
    module=__name__ + ".delete_webhook",
    method="DELETE",
    path="/api/webhooks/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_TEST_WEBHOOK = op.Operation(
    name="test_webhook",
    module=__name__ + ".test_webhook",
    method="POST",
    path="/api/webhooks/{id}/test",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_LIST_WEBHOOK_PARAMETERS = op.Operation(
    name="list_webhook_parameters",
    module=__name__ + ".list_webhook_parameters",
    method="GET",
    path="/api/webhooks/{id}/parameters",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[WebhookParameter]",
)


_CREATE_WEBHOOK_PARAMETER = op.Operation(
    name="create_webhook_parameter",
    module=__name__ + ".create_webhook_parameter",
    method="POST",
    path="/api/webhooks/{id}/parameters",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "WebhookParameterUpdate")),
    ),
    success="WebhookParameter",
)


_UPDATE_WEBHOOK_PARAMETER = op.Operation(
    name="update_webhook_parameter",
    module=__name__ + ".update_webhook_parameter",
    method="PUT",
    path="/api/webhooks/{id}/parameters/{parameterid}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("parameterid", "parameterid", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "WebhookParameterUpdate")),
    ),
    success="None",
)


_DELETE_WEBHOOK_PARAMETER = op.Operation(
    name="delete_webhook_parameter",
    module=__name__ + ".delete_webhook_parameter",
    method="DELETE",
    path="/api/webhooks/{id}/parameters/{parameterid}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("parameterid", "parameterid", "path", op.INT),
    ),
    success="None",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_webhooks": _LIST_WEBHOOKS,
    "create_webhook": _CREATE_WEBHOOK,
    "test_webhook_url": _TEST_WEBHOOK_URL,
    "get_webhook": _GET_WEBHOOK,
    "update_webhook": _UPDATE_WEBHOOK,
    "delete_webhook": _DELETE_WEBHOOK,
    "test_webhook": _TEST_WEBHOOK,
    "list_webhook_parameters": _LIST_WEBHOOK_PARAMETERS,
    "create_webhook_parameter": _CREATE_WEBHOOK_PARAMETER,
    "update_webhook_parameter": _UPDATE_WEBHOOK_PARAMETER,
    "delete_webhook_parameter": _DELETE_WEBHOOK_PARAMETER,
}


class AsyncWebHooks:
    """Webhooks and their parameters.

    The web_hooks operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncWebHooksWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncWebHooksWithRawResponse(self._runner)

    async def list_webhooks(
        self,
        *,
        event_type: str | None = None,
        state_type: str | None = None,
        target_type: str | None = None,
        is_ignore_parameters: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[Webhook]:
        """List the account's webhooks

        Returns the account's webhooks as a bare array, optionally filtered by event type, state and target type.
        Set
        `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.
        """
        return await self._runner._call(
            _LIST_WEBHOOKS,
            {
                "event_type": event_type,
                "state_type": state_type,
                "target_type": target_type,
                "is_ignore_parameters": is_ignore_parameters,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_webhook(
        self,
        *,
        body: WebhookCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Webhook:
        """Create a webhook

        Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the app, or
        programmatic ones through forms, imports...), with optional parameters sent as headers, query or body
        values.
        Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.
        """
        return await self._runner._call(
            _CREATE_WEBHOOK,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def test_webhook_url(
        self,
        *,
        body: WebhookTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a test request to a given URL

        Sends a test webhook request to the URL in the body, with the given event type, target type and parameters,
        without creating a webhook. **Inferred body:** the fields come from Composio's parameter list (which also
        types `format` as a number); the success answer is not documented.
        """
        return await self._runner._call(
            _TEST_WEBHOOK_URL,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Webhook:
        """Get a webhook by id

        Returns one webhook with its parameters (`UserApiEventItem`).
        """
        return await self._runner._call(
            _GET_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_webhook(
        self,
        id: int,
        *,
        body: WebhookUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a webhook

        Updates the webhook's name, URL, event type, format or active flag. Parameters are changed with the
        `/parameters` operations. **Inferred body:** the fields come from the create body and Composio's parameter
        list; the success answer is not documented.
        """
        return await self._runner._call(
            _UPDATE_WEBHOOK,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a webhook

        Deletes the webhook and its parameters.
        """
        return await self._runner._call(
            _DELETE_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def test_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a test request for a webhook

        Makes ActiveTrail call the webhook's URL once with its parameters, to check that the endpoint is reachable,
        without waiting for a real event. Takes no body; the success answer is not documented.
        """
        return await self._runner._call(
            _TEST_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_webhook_parameters(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[WebhookParameter]:
        """List a webhook's parameters

        Returns the parameters ActiveTrail sends with the webhook call: each a key with a fixed value or a contact
        field, sent as a header, a query parameter or a body field. **Inferred shape:** modelled as the `parameters`
        items of the official webhook DTO (`ParametersDetailsItem`).
        """
        return await self._runner._call(
            _LIST_WEBHOOK_PARAMETERS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_webhook_parameter(
        self,
        id: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> WebhookParameter:
        """Add a parameter to a webhook

        Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a value
        taken
        from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
        answer:**
        modelled as the created parameter; all its fields are optional.
        """
        return await self._runner._call(
            _CREATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a webhook parameter

        Changes one of the webhook's parameters (key, value, where it is sent, fixed value or contact field). The
        success answer is not documented.
        """
        return await self._runner._call(
            _UPDATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a webhook parameter

        Removes one parameter from the webhook. COR's hand-set route spells this path
        `/api/webhooks/{webhookId}/parameters/{id}`; it is the same path as the parameter update (webhook id first,
        then parameter id), so it shares that path's parameter names here.
        """
        return await self._runner._call(
            _DELETE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncWebHooksWithRawResponse:
    """Webhooks and their parameters.

    The web_hooks operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncWebHooks`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_webhooks(
        self,
        *,
        event_type: str | None = None,
        state_type: str | None = None,
        target_type: str | None = None,
        is_ignore_parameters: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Webhook]]:
        """List the account's webhooks: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_WEBHOOKS,
            {
                "event_type": event_type,
                "state_type": state_type,
                "target_type": target_type,
                "is_ignore_parameters": is_ignore_parameters,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_webhook(
        self,
        *,
        body: WebhookCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Webhook]:
        """Create a webhook: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_WEBHOOK,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def test_webhook_url(
        self,
        *,
        body: WebhookTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a test request to a given URL: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _TEST_WEBHOOK_URL,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Webhook]:
        """Get a webhook by id: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_webhook(
        self,
        id: int,
        *,
        body: WebhookUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a webhook: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_WEBHOOK,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a webhook: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def test_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a test request for a webhook: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _TEST_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_webhook_parameters(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[WebhookParameter]]:
        """List a webhook's parameters: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_WEBHOOK_PARAMETERS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_webhook_parameter(
        self,
        id: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[WebhookParameter]:
        """Add a parameter to a webhook: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a webhook parameter: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def delete_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a webhook parameter: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncWebHooks:
    """Webhooks and their parameters.

    The web_hooks operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncWebHooksWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncWebHooksWithRawResponse(self._runner)

    def list_webhooks(
        self,
        *,
        event_type: str | None = None,
        state_type: str | None = None,
        target_type: str | None = None,
        is_ignore_parameters: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[Webhook]:
        """List the account's webhooks

        Returns the account's webhooks as a bare array, optionally filtered by event type, state and target type.
        Set
        `IsIgnoreParameters` to leave each webhook's `parameters` out of the answer.
        """
        return self._runner._call(
            _LIST_WEBHOOKS,
            {
                "event_type": event_type,
                "state_type": state_type,
                "target_type": target_type,
                "is_ignore_parameters": is_ignore_parameters,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_webhook(
        self,
        *,
        body: WebhookCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Webhook:
        """Create a webhook

        Creates a webhook: the URL ActiveTrail calls when the event happens (manual contact updates in the app, or
        programmatic ones through forms, imports...), with optional parameters sent as headers, query or body
        values.
        Returns the new webhook with its id. `stateid` is deprecated; use `is_active`.
        """
        return self._runner._call(
            _CREATE_WEBHOOK,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def test_webhook_url(
        self,
        *,
        body: WebhookTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a test request to a given URL

        Sends a test webhook request to the URL in the body, with the given event type, target type and parameters,
        without creating a webhook. **Inferred body:** the fields come from Composio's parameter list (which also
        types `format` as a number); the success answer is not documented.
        """
        return self._runner._call(
            _TEST_WEBHOOK_URL,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Webhook:
        """Get a webhook by id

        Returns one webhook with its parameters (`UserApiEventItem`).
        """
        return self._runner._call(
            _GET_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_webhook(
        self,
        id: int,
        *,
        body: WebhookUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a webhook

        Updates the webhook's name, URL, event type, format or active flag. Parameters are changed with the
        `/parameters` operations. **Inferred body:** the fields come from the create body and Composio's parameter
        list; the success answer is not documented.
        """
        return self._runner._call(
            _UPDATE_WEBHOOK,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a webhook

        Deletes the webhook and its parameters.
        """
        return self._runner._call(
            _DELETE_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def test_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a test request for a webhook

        Makes ActiveTrail call the webhook's URL once with its parameters, to check that the endpoint is reachable,
        without waiting for a real event. Takes no body; the success answer is not documented.
        """
        return self._runner._call(
            _TEST_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_webhook_parameters(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[WebhookParameter]:
        """List a webhook's parameters

        Returns the parameters ActiveTrail sends with the webhook call: each a key with a fixed value or a contact
        field, sent as a header, a query parameter or a body field. **Inferred shape:** modelled as the `parameters`
        items of the official webhook DTO (`ParametersDetailsItem`).
        """
        return self._runner._call(
            _LIST_WEBHOOK_PARAMETERS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_webhook_parameter(
        self,
        id: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> WebhookParameter:
        """Add a parameter to a webhook

        Adds one parameter to the webhook: a key with a fixed value (`event_value_type: custom_text`) or a value
        taken
        from a contact field (`user_field`), sent as a header, a query parameter or a body field. **Inferred
        answer:**
        modelled as the created parameter; all its fields are optional.
        """
        return self._runner._call(
            _CREATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a webhook parameter

        Changes one of the webhook's parameters (key, value, where it is sent, fixed value or contact field). The
        success answer is not documented.
        """
        return self._runner._call(
            _UPDATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a webhook parameter

        Removes one parameter from the webhook. COR's hand-set route spells this path
        `/api/webhooks/{webhookId}/parameters/{id}`; it is the same path as the parameter update (webhook id first,
        then parameter id), so it shares that path's parameter names here.
        """
        return self._runner._call(
            _DELETE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncWebHooksWithRawResponse:
    """Webhooks and their parameters.

    The web_hooks operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncWebHooks`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_webhooks(
        self,
        *,
        event_type: str | None = None,
        state_type: str | None = None,
        target_type: str | None = None,
        is_ignore_parameters: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Webhook]]:
        """List the account's webhooks: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_WEBHOOKS,
            {
                "event_type": event_type,
                "state_type": state_type,
                "target_type": target_type,
                "is_ignore_parameters": is_ignore_parameters,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_webhook(
        self,
        *,
        body: WebhookCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Webhook]:
        """Create a webhook: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_WEBHOOK,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def test_webhook_url(
        self,
        *,
        body: WebhookTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a test request to a given URL: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _TEST_WEBHOOK_URL,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Webhook]:
        """Get a webhook by id: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_webhook(
        self,
        id: int,
        *,
        body: WebhookUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a webhook: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_WEBHOOK,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a webhook: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def test_webhook(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send a test request for a webhook: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _TEST_WEBHOOK,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_webhook_parameters(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[WebhookParameter]]:
        """List a webhook's parameters: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_WEBHOOK_PARAMETERS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_webhook_parameter(
        self,
        id: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[WebhookParameter]:
        """Add a parameter to a webhook: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        body: WebhookParameterUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a webhook parameter: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def delete_webhook_parameter(
        self,
        id: int,
        parameterid: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a webhook parameter: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_WEBHOOK_PARAMETER,
            {
                "id": id,
                "parameterid": parameterid,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
