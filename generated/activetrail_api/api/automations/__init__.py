"""The automations operations: one module per operation, its descriptor, and the `AsyncAutomations` and
`SyncAutomations` namespaces with one method per operation (what `client.automations` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.automation import Automation
    from ...models.automation_activation import AutomationActivation
    from ...models.automation_activation_update import AutomationActivationUpdate
    from ...models.automation_contact_update_step import AutomationContactUpdateStep
    from ...models.automation_contact_update_step_update import (
        AutomationContactUpdateStepUpdate,
    )
    from ...models.automation_design import AutomationDesign
    from ...models.automation_details import AutomationDetails
    from ...models.automation_details_update import AutomationDetailsUpdate
    from ...models.automation_email_step import AutomationEmailStep
    from ...models.automation_email_step_update import AutomationEmailStepUpdate
    from ...models.automation_sms_step import AutomationSmsStep
    from ...models.automation_sms_step_update import AutomationSmsStepUpdate
    from ...models.automation_step_info import AutomationStepInfo
    from ...models.automation_test_request import AutomationTestRequest
    from ...models.automation_trigger_info import AutomationTriggerInfo
    from ...models.automation_update_action import AutomationUpdateAction
    from ...models.automation_whats_app_step import AutomationWhatsAppStep
    from ...models.automation_whats_app_step_update import AutomationWhatsAppStepUpdate
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncAutomations",
    "AsyncAutomationsWithRawResponse",
    "SyncAutomations",
    "SyncAutomationsWithRawResponse",
]


_LIST_AUTOMATIONS = op.Operation(
    name="list_automations",
    module=__name__ + ".list_automations",
    method="GET",
    path="/api/automations",
    parameters=(
        op.Parameter("state_type", "StateType", "query", op.STR, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[Automation]",
    paging=op.PageNumberPaging("page", "limit"),
)


_GET_AUTOMATION = op.Operation(
    name="get_automation",
    module=__name__ + ".get_automation",
    method="GET",
    path="/api/automations/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="Automation",
)


_DELETE_AUTOMATIONS = op.Operation(
    name="delete_automations",
    module=__name__ + ".delete_automations",
    method="DELETE",
    path="/api/automations/{id}",
    parameters=(op.Parameter("id", "id", "path", op.STR),),
    success="None",
)


_GET_AUTOMATION_CELEBRATES_DATE_TRIGGER_INFO = op.Operation(
    name="get_automation_celebrates_date_trigger_info",
    module=__name__ + ".get_automation_celebrates_date_trigger_info",
    method="GET",
    path="/api/automations/{id}/triggerInfo/CelebratesDate",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AutomationTriggerInfo",
)


_GET_AUTOMATION_TRIGGER_INFO = op.Operation(
    name="get_automation_trigger_info",
    module=__name__ + ".get_automation_trigger_info",
    method="GET",
    path="/api/automations/{id}/triggerInfo",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AutomationTriggerInfo",
)


_GET_AUTOMATION_DETAILS = op.Operation(
    name="get_automation_details",
    module=__name__ + ".get_automation_details",
    method="GET",
    path="/api/automations/{id}/details",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AutomationDetails",
)


_UPDATE_AUTOMATION_DETAILS = op.Operation(
    name="update_automation_details",
    module=__name__ + ".update_automation_details",
    method="PUT",
    path="/api/automations/{id}/details",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "AutomationDetailsUpdate")),
    ),
    success="None",
)


_GET_AUTOMATION_DESIGN = op.Operation(
    name="get_automation_design",
    module=__name__ + ".get_automation_design",
    method="GET",
    path="/api/automations/{id}/design",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AutomationDesign",
)


_GET_AUTOMATION_DESIGN_WITH_DATA = op.Operation(
    name="get_automation_design_with_data",
    module=__name__ + ".get_automation_design_with_data",
    method="GET",
    path="/api/automations/{id}/designWithData",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AutomationDesign",
)


_LIST_AUTOMATION_STEPS = op.Operation(
    name="list_automation_steps",
    module=__name__ + ".list_automation_steps",
    method="GET",
    path="/api/automations/{id}/steps",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[AutomationStepInfo]",
)


_GET_AUTOMATION_STEP = op.Operation(
    name="get_automation_step",
    module=__name__ + ".get_automation_step",
    method="GET",
    path="/api/automations/{id}/steps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationStepInfo",
)


_LIST_AUTOMATION_EMAIL_STEPS = op.Operation(
    name="list_automation_email_steps",
    module=__name__ + ".list_automation_email_steps",
    method="GET",
    path="/api/automations/{id}/EmailCampaignSteps",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[AutomationEmailStep]",
)


_CREATE_AUTOMATION_EMAIL_STEP = op.Operation(
    name="create_automation_email_step",
    module=__name__ + ".create_automation_email_step",
    method="POST",
    path="/api/automations/{id}/EmailCampaignSteps",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "AutomationEmailStepUpdate")),
    ),
    success="AutomationEmailStep",
)


_GET_AUTOMATION_EMAIL_STEP = op.Operation(
    name="get_automation_email_step",
    module=__name__ + ".get_automation_email_step",
    method="GET",
    path="/api/automations/{id}/EmailCampaignSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationEmailStep",
)


_UPDATE_AUTOMATION_EMAIL_STEP = op.Operation(
    name="update_automation_email_step",
    module=__name__ + ".update_automation_email_step",
    method="PUT",
    path="/api/automations/{id}/EmailCampaignSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "AutomationEmailStepUpdate")),
    ),
    success="None",
)


_LIST_AUTOMATION_SMS_STEPS = op.Operation(
    name="list_automation_sms_steps",
    module=__name__ + ".list_automation_sms_steps",
    method="GET",
    path="/api/automations/{id}/SMSCampaignSteps",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="list[AutomationSmsStep]",
)


_CREATE_AUTOMATION_SMS_STEP = op.Operation(
    name="create_automation_sms_step",
    module=__name__ + ".create_automation_sms_step",
    method="POST",
    path="/api/automations/{id}/SMSCampaignSteps",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "AutomationSmsStepUpdate")),
    ),
    success="AutomationSmsStep",
)


_GET_AUTOMATION_SMS_STEP = op.Operation(
    name="get_automation_sms_step",
    module=__name__ + ".get_automation_sms_step",
    method="GET",
    path="/api/automations/{id}/SMSCampaignSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationSmsStep",
)


_UPDATE_AUTOMATION_SMS_STEP = op.Operation(
    name="update_automation_sms_step",
    module=__name__ + ".update_automation_sms_step",
    method="PUT",
    path="/api/automations/{id}/SMSCampaignSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "AutomationSmsStepUpdate")),
    ),
    success="None",
)


_CREATE_AUTOMATION_WHATSAPP_STEP = op.Operation(
    name="create_automation_whatsapp_step",
    module=__name__ + ".create_automation_whatsapp_step",
    method="POST",
    path="/api/automations/{id}/WhatsAppCampaignSteps",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter(
            "body", "", "body", op.Type("model", "AutomationWhatsAppStepUpdate")
        ),
    ),
    success="AutomationWhatsAppStep",
)


_GET_AUTOMATION_WHATSAPP_STEP = op.Operation(
    name="get_automation_whatsapp_step",
    module=__name__ + ".get_automation_whatsapp_step",
    method="GET",
    path="/api/automations/{id}/WhatsAppCampaignSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationWhatsAppStep",
)


_GET_AUTOMATION_PUSH_STEP = op.Operation(
    name="get_automation_push_step",
    module=__name__ + ".get_automation_push_step",
    method="GET",
    path="/api/automations/{id}/PushCampaignSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationStepInfo",
)


_CREATE_AUTOMATION_CONTACT_UPDATE_STEP = op.Operation(
    name="create_automation_contact_update_step",
    module=__name__ + ".create_automation_contact_update_step",
    method="POST",
    path="/api/automations/{id}/ContactUpdateSteps",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter(
            "body", "", "body", op.Type("model", "AutomationContactUpdateStepUpdate")
        ),
    ),
    success="AutomationContactUpdateStep",
)


_GET_AUTOMATION_CONTACT_UPDATE_STEP = op.Operation(
    name="get_automation_contact_update_step",
    module=__name__ + ".get_automation_contact_update_step",
    method="GET",
    path="/api/automations/{id}/ContactUpdateSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationContactUpdateStep",
)


_GET_AUTOMATION_SOCIAL_STEP = op.Operation(
    name="get_automation_social_step",
    module=__name__ + ".get_automation_social_step",
    method="GET",
    path="/api/automations/{id}/SocialSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationStepInfo",
)


_GET_AUTOMATION_AB_SPLIT_STEP = op.Operation(
    name="get_automation_ab_split_step",
    module=__name__ + ".get_automation_ab_split_step",
    method="GET",
    path="/api/automations/{id}/ABSplitSteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationStepInfo",
)


_GET_AUTOMATION_NOTIFY_STEP = op.Operation(
    name="get_automation_notify_step",
    module=__name__ + ".get_automation_notify_step",
    method="GET",
    path="/api/automations/{id}/NotifySteps/{step_id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("step_id", "stepId", "path", op.INT),
    ),
    success="AutomationStepInfo",
)


_GET_AUTOMATION_ACTIVATION = op.Operation(
    name="get_automation_activation",
    module=__name__ + ".get_automation_activation",
    method="GET",
    path="/api/automations/{id}/activation",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AutomationActivation",
)


_UPDATE_AUTOMATION_ACTIVATION = op.Operation(
    name="update_automation_activation",
    module=__name__ + ".update_automation_activation",
    method="PUT",
    path="/api/automations/{id}/activation",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter(
            "body", "", "body", op.Type("model", "AutomationActivationUpdate")
        ),
    ),
    success="None",
)


_LIST_AUTOMATION_UPDATE_ACTIONS = op.Operation(
    name="list_automation_update_actions",
    module=__name__ + ".list_automation_update_actions",
    method="GET",
    path="/api/automations/GetUpdateActions",
    parameters=(),
    success="list[AutomationUpdateAction]",
)


_SEND_AUTOMATION_TEST = op.Operation(
    name="send_automation_test",
    module=__name__ + ".send_automation_test",
    method="POST",
    path="/api/automations/{id}/test",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "AutomationTestRequest")),
    ),
    success="None",
)


_GET_AUTOMATION_FLOW_TIMES_STARTED = op.Operation(
    name="get_automation_flow_times_started",
    module=__name__ + ".get_automation_flow_times_started",
    method="GET",
    path="/api/automations/{id}/FlowTimesStarted",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="int",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_automations": _LIST_AUTOMATIONS,
    "get_automation": _GET_AUTOMATION,
    "delete_automations": _DELETE_AUTOMATIONS,
    "get_automation_celebrates_date_trigger_info": _GET_AUTOMATION_CELEBRATES_DATE_TRIGGER_INFO,
    "get_automation_trigger_info": _GET_AUTOMATION_TRIGGER_INFO,
    "get_automation_details": _GET_AUTOMATION_DETAILS,
    "update_automation_details": _UPDATE_AUTOMATION_DETAILS,
    "get_automation_design": _GET_AUTOMATION_DESIGN,
    "get_automation_design_with_data": _GET_AUTOMATION_DESIGN_WITH_DATA,
    "list_automation_steps": _LIST_AUTOMATION_STEPS,
    "get_automation_step": _GET_AUTOMATION_STEP,
    "list_automation_email_steps": _LIST_AUTOMATION_EMAIL_STEPS,
    "create_automation_email_step": _CREATE_AUTOMATION_EMAIL_STEP,
    "get_automation_email_step": _GET_AUTOMATION_EMAIL_STEP,
    "update_automation_email_step": _UPDATE_AUTOMATION_EMAIL_STEP,
    "list_automation_sms_steps": _LIST_AUTOMATION_SMS_STEPS,
    "create_automation_sms_step": _CREATE_AUTOMATION_SMS_STEP,
    "get_automation_sms_step": _GET_AUTOMATION_SMS_STEP,
    "update_automation_sms_step": _UPDATE_AUTOMATION_SMS_STEP,
    "create_automation_whatsapp_step": _CREATE_AUTOMATION_WHATSAPP_STEP,
    "get_automation_whatsapp_step": _GET_AUTOMATION_WHATSAPP_STEP,
    "get_automation_push_step": _GET_AUTOMATION_PUSH_STEP,
    "create_automation_contact_update_step": _CREATE_AUTOMATION_CONTACT_UPDATE_STEP,
    "get_automation_contact_update_step": _GET_AUTOMATION_CONTACT_UPDATE_STEP,
    "get_automation_social_step": _GET_AUTOMATION_SOCIAL_STEP,
    "get_automation_ab_split_step": _GET_AUTOMATION_AB_SPLIT_STEP,
    "get_automation_notify_step": _GET_AUTOMATION_NOTIFY_STEP,
    "get_automation_activation": _GET_AUTOMATION_ACTIVATION,
    "update_automation_activation": _UPDATE_AUTOMATION_ACTIVATION,
    "list_automation_update_actions": _LIST_AUTOMATION_UPDATE_ACTIONS,
    "send_automation_test": _SEND_AUTOMATION_TEST,
    "get_automation_flow_times_started": _GET_AUTOMATION_FLOW_TIMES_STARTED,
}


class AsyncAutomations:
    """Automations, their details, design, steps and activation.

    The automations operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAutomationsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncAutomationsWithRawResponse(self._runner)

    def list_automations(
        self,
        *,
        state_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[Automation, list[Automation]]:
        """List the account's automations

        Returns the account's automations, a page at a time (the last 20 when no paging is given), optionally only
        those in one state. Each item is the full automation (details, design and activation). Not a line of the
        seed, but documented on an official reference page.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_AUTOMATIONS,
            {
                "state_type": state_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Automation:
        """Get an automation by id

        Returns the automation: its trigger, details (name, settings, dates), design (the UI flow and its steps)
        and activation state.
        """
        return await self._runner._call(
            _GET_AUTOMATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def delete_automations(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete one or more automations

        Deletes the given automation, or several at once when their ids are separated by commas (`12,13,14`). The
        seed lists this line without a method; DELETE comes from public clients. The source path is
        `/api/automations/{ids}`; it is written here with the `{id}` placeholder because OpenAPI treats two
        templates on the same path as one path (the value on the wire is the same). The success body is not
        documented.
        """
        return await self._runner._call(
            _DELETE_AUTOMATIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_celebrates_date_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationTriggerInfo:
        """Get the trigger of a "contact celebrates a date" automation

        **Inferred path:** no source shows it; we chose a sub-path of the trigger-information path
        (`/triggerInfo`, row 27). Returns the trigger settings of an automation started by "contact celebrates a
        date". An automation with a different trigger answers an error.

        **Response shape inferred:** we assume the generic trigger information; the date-specific settings
        (which date field, how many days before) are not modelled because no source shows them. Every field is
        optional; the example's trigger name is illustrative.
        """
        return await self._runner._call(
            _GET_AUTOMATION_CELEBRATES_DATE_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationTriggerInfo:
        """Get an automation's trigger information

        Returns what starts the automation (the trigger type and the object it watches, such as a sign-up form or
        a group).

        **Response shape inferred:** no source shows the body; we use the trigger fields of the official
        automation object (`trigger_type_id`, `trigger_object_id`, `segmentation_id`). Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationDetails:
        """Get an automation's details (without its steps)

        Returns the automation's name, settings, report settings, dates and working days.
        """
        return await self._runner._call(
            _GET_AUTOMATION_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_details(
        self,
        id: int,
        *,
        body: AutomationDetailsUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an automation's setup

        Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo` per
        the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
        documented.
        """
        return await self._runner._call(
            _UPDATE_AUTOMATION_DETAILS,
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

    async def get_automation_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow (without its steps)

        **Inferred path:** only one unverified client calls this path. Returns the JSON that the UI uses to draw
        the automation's flow, without the steps' data.

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`);
        `stepsInfo` may be absent here. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_design_with_data(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow, with its data

        **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON that the
        UI uses to draw the automation's flow, including the data of the automation (its steps).

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`). Every
        field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_DESIGN_WITH_DATA,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_automation_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationStepInfo]:
        """Get an automation's steps flow

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns the
        automation's steps.

        **Response shape inferred:** the official `stepsInfo` items (`id`, `type`, `object_id`, `is_active`).
        Every field is optional.
        """
        return await self._runner._call(
            _LIST_AUTOMATION_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns one
        step of the automation, whatever its kind.

        **Response shape inferred:** an official `stepsInfo` item. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_automation_email_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationEmailStep]:
        """List an automation's "send email" steps

        Returns every "send email" step of the automation.

        **Response shape inferred:** no source shows it. We assume the step fields (`id`, `object_id`, `type`)
        plus the fields of the official email-step body, as the official contact-update step response does.
        Every field is optional.
        """
        return await self._runner._call(
            _LIST_AUTOMATION_EMAIL_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_automation_email_step(
        self,
        id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationEmailStep:
        """Add a "send email" step to an automation

        Adds an email campaign step to the automation. `user_profile_id` is an email sending profile's id (see
        `list_email_sending_profiles`). Documented on an older official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents.
        """
        return await self._runner._call(
            _CREATE_AUTOMATION_EMAIL_STEP,
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

    async def get_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationEmailStep:
        """Get one "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Returns one email step.

        **Response shape inferred** (see `list_automation_email_steps`). Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Updates the email step; the body is the official email-step body
        (`ApiAutomationEmailStepUpdateInfo`). The success body is not documented.
        """
        return await self._runner._call(
            _UPDATE_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def list_automation_sms_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationSmsStep]:
        """List an automation's "send SMS" steps

        Returns every "send SMS" step of the automation. The path comes only from a public client's hand-set
        routes (an official page documents `POST` on the same collection).

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        SMS-step body. Every field is optional.
        """
        return await self._runner._call(
            _LIST_AUTOMATION_SMS_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_automation_sms_step(
        self,
        id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationSmsStep:
        """Add a "send SMS" step to an automation

        Adds an SMS campaign step to the automation. The body is the official SMS-step body
        (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
        `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        return await self._runner._call(
            _CREATE_AUTOMATION_SMS_STEP,
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

    async def get_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationSmsStep:
        """Get one "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Returns one SMS step.

        **Response shape inferred** (see `list_automation_sms_steps`). Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Updates the SMS step; the body is the official SMS-step body (`ApiAutomationSmsStepUpdateInfo`).
        `user_sms_profile_id` is an SMS sending profile's id. The success body is not documented.
        """
        return await self._runner._call(
            _UPDATE_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def create_automation_whatsapp_step(
        self,
        id: int,
        *,
        body: AutomationWhatsAppStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationWhatsAppStep:
        """Add a WhatsApp step to an automation

        Adds a WhatsApp campaign step to the automation. The body is the official WhatsApp-step body
        (`ApiAutomationWhatsAppStepUpdateInfo`); `user_whatsapp_profile_id` is a WhatsApp sending profile's id.
        Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        return await self._runner._call(
            _CREATE_AUTOMATION_WHATSAPP_STEP,
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

    async def get_automation_whatsapp_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationWhatsAppStep:
        """Get one WhatsApp step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the official
        `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec wrote
        `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        WhatsApp-step body. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_WHATSAPP_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_push_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one push-notification step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one
        push-notification step.

        **Response shape inferred:** the generic official step fields only (`id`, `type`, `object_id`,
        `is_active`); the push-specific fields are unknown. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_PUSH_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_automation_contact_update_step(
        self,
        id: int,
        *,
        body: AutomationContactUpdateStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationContactUpdateStep:
        """Add a "contact update" step to an automation

        Adds a step that updates the contact (for example adds it to a group): `action_type` is the kind of update
        (see `list_automation_update_actions`), `entity_id` the group or field id and `entity_value` the value to
        set. Documented on an older official reference page; not a line of the seed.
        """
        return await self._runner._call(
            _CREATE_AUTOMATION_CONTACT_UPDATE_STEP,
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

    async def get_automation_contact_update_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationContactUpdateStep:
        """Get one "contact update" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `ContactUpdateSteps` collection,
        which an official page documents. Returns one contact-update step, in the shape the official page gives
        for the created step.
        """
        return await self._runner._call(
            _GET_AUTOMATION_CONTACT_UPDATE_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_social_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one social step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one social step.

        **Response shape inferred:** the generic official step fields only; the social-specific fields are
        unknown. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_SOCIAL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_ab_split_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one A/B split step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one A/B split step.

        **Response shape inferred:** the generic official step fields only; the split settings are unknown. Every
        field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_AB_SPLIT_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_notify_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one "notify someone" step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one "notify
        someone" step.

        **Response shape inferred:** the generic official step fields only; the notification settings are
        unknown. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_NOTIFY_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_activation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationActivation:
        """Get an automation's activation status

        **Inferred path:** only one unverified client calls this path. Returns whether the automation is published
        (active) and when it is scheduled to start.

        **Response shape inferred:** the `activation` object of the official automation. Every field is optional.
        """
        return await self._runner._call(
            _GET_AUTOMATION_ACTIVATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_activation(
        self,
        id: int,
        *,
        body: AutomationActivationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Activate or deactivate an automation

        **Inferred path:** only one unverified client calls this path. Activates or deactivates the automation.
        That client sends `{"is_active": true|false}`; the official activation object calls the flag
        `is_published`. Which name the server reads is unknown, so both are accepted here: send one of them. The
        success body is not documented.
        """
        return await self._runner._call(
            _UPDATE_AUTOMATION_ACTIVATION,
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

    async def list_automation_update_actions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationUpdateAction]:
        """List the kinds of contact update an automation step can make

        Returns the types of action a "contact update" step can apply to a contact (the `action_type` values, such
        as `AddToGroup`).

        **Response shape inferred:** no source shows the body; a public client's description says each action has
        an id, a name and a description. Every field is optional.
        """
        return await self._runner._call(
            _LIST_AUTOMATION_UPDATE_ACTIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def send_automation_test(
        self,
        id: int,
        *,
        body: AutomationTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send test campaigns from an automation

        **Inferred path:** only one unverified client calls this path (with a body it does not describe). The seed
        lists this line without a method; POST is that client's. Sends the automation's campaigns as tests.

        **Request body inferred:** we assume the test recipients' addresses. The success body is not documented.
        """
        return await self._runner._call(
            _SEND_AUTOMATION_TEST,
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

    async def get_automation_flow_times_started(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> int:
        """Get an automation's "flow times started" data (purpose unclear)

        A path of the official docs index that a public client copied and later dropped; the index's description
        of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was started).
        Not a line of the seed.

        **Inferred response:** no source shows the body. By the path's name it is taken to be how many times the
        flow was started, a bare integer (`AutomationFlowTimesStarted`).
        """
        return await self._runner._call(
            _GET_AUTOMATION_FLOW_TIMES_STARTED,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncAutomationsWithRawResponse:
    """Automations, their details, design, steps and activation.

    The automations operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAutomations`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_automations(
        self,
        *,
        state_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Automation]]:
        """List the account's automations: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATIONS,
            {
                "state_type": state_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Automation]:
        """Get an automation by id: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def delete_automations(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete one or more automations: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_AUTOMATIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_celebrates_date_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationTriggerInfo]:
        """Get the trigger of a "contact celebrates a date" automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_CELEBRATES_DATE_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationTriggerInfo]:
        """Get an automation's trigger information: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationDetails]:
        """Get an automation's details (without its steps): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_details(
        self,
        id: int,
        *,
        body: AutomationDetailsUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an automation's setup: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_AUTOMATION_DETAILS,
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

    async def get_automation_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationDesign]:
        """Get the JSON design of an automation's flow (without its steps): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_design_with_data(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationDesign]:
        """Get the JSON design of an automation's flow, with its data: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_DESIGN_WITH_DATA,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_automation_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationStepInfo]]:
        """Get an automation's steps flow: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_automation_email_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationEmailStep]]:
        """List an automation's "send email" steps: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_EMAIL_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_automation_email_step(
        self,
        id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationEmailStep]:
        """Add a "send email" step to an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_AUTOMATION_EMAIL_STEP,
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

    async def get_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationEmailStep]:
        """Get one "send email" step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a "send email" step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def list_automation_sms_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationSmsStep]]:
        """List an automation's "send SMS" steps: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_SMS_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_automation_sms_step(
        self,
        id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationSmsStep]:
        """Add a "send SMS" step to an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_AUTOMATION_SMS_STEP,
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

    async def get_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationSmsStep]:
        """Get one "send SMS" step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a "send SMS" step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def create_automation_whatsapp_step(
        self,
        id: int,
        *,
        body: AutomationWhatsAppStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationWhatsAppStep]:
        """Add a WhatsApp step to an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_AUTOMATION_WHATSAPP_STEP,
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

    async def get_automation_whatsapp_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationWhatsAppStep]:
        """Get one WhatsApp step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_WHATSAPP_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_push_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one push-notification step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_PUSH_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_automation_contact_update_step(
        self,
        id: int,
        *,
        body: AutomationContactUpdateStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactUpdateStep]:
        """Add a "contact update" step to an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_AUTOMATION_CONTACT_UPDATE_STEP,
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

    async def get_automation_contact_update_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactUpdateStep]:
        """Get one "contact update" step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_CONTACT_UPDATE_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_social_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one social step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_SOCIAL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_ab_split_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one A/B split step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_AB_SPLIT_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_notify_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one "notify someone" step of an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_NOTIFY_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_automation_activation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationActivation]:
        """Get an automation's activation status: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_ACTIVATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_automation_activation(
        self,
        id: int,
        *,
        body: AutomationActivationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Activate or deactivate an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_AUTOMATION_ACTIVATION,
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

    async def list_automation_update_actions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationUpdateAction]]:
        """List the kinds of contact update an automation step can make: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_AUTOMATION_UPDATE_ACTIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def send_automation_test(
        self,
        id: int,
        *,
        body: AutomationTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send test campaigns from an automation: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _SEND_AUTOMATION_TEST,
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

    async def get_automation_flow_times_started(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[int]:
        """Get an automation's "flow times started" data (purpose unclear): the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_AUTOMATION_FLOW_TIMES_STARTED,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomations:
    """Automations, their details, design, steps and activation.

    The automations operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncAutomationsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncAutomationsWithRawResponse(self._runner)

    def list_automations(
        self,
        *,
        state_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[Automation, list[Automation]]:
        """List the account's automations

        Returns the account's automations, a page at a time (the last 20 when no paging is given), optionally only
        those in one state. Each item is the full automation (details, design and activation). Not a line of the
        seed, but documented on an official reference page.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_AUTOMATIONS,
            {
                "state_type": state_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> Automation:
        """Get an automation by id

        Returns the automation: its trigger, details (name, settings, dates), design (the UI flow and its steps)
        and activation state.
        """
        return self._runner._call(
            _GET_AUTOMATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def delete_automations(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete one or more automations

        Deletes the given automation, or several at once when their ids are separated by commas (`12,13,14`). The
        seed lists this line without a method; DELETE comes from public clients. The source path is
        `/api/automations/{ids}`; it is written here with the `{id}` placeholder because OpenAPI treats two
        templates on the same path as one path (the value on the wire is the same). The success body is not
        documented.
        """
        return self._runner._call(
            _DELETE_AUTOMATIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_celebrates_date_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationTriggerInfo:
        """Get the trigger of a "contact celebrates a date" automation

        **Inferred path:** no source shows it; we chose a sub-path of the trigger-information path
        (`/triggerInfo`, row 27). Returns the trigger settings of an automation started by "contact celebrates a
        date". An automation with a different trigger answers an error.

        **Response shape inferred:** we assume the generic trigger information; the date-specific settings
        (which date field, how many days before) are not modelled because no source shows them. Every field is
        optional; the example's trigger name is illustrative.
        """
        return self._runner._call(
            _GET_AUTOMATION_CELEBRATES_DATE_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationTriggerInfo:
        """Get an automation's trigger information

        Returns what starts the automation (the trigger type and the object it watches, such as a sign-up form or
        a group).

        **Response shape inferred:** no source shows the body; we use the trigger fields of the official
        automation object (`trigger_type_id`, `trigger_object_id`, `segmentation_id`). Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationDetails:
        """Get an automation's details (without its steps)

        Returns the automation's name, settings, report settings, dates and working days.
        """
        return self._runner._call(
            _GET_AUTOMATION_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_details(
        self,
        id: int,
        *,
        body: AutomationDetailsUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update an automation's setup

        Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo` per
        the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
        documented.
        """
        return self._runner._call(
            _UPDATE_AUTOMATION_DETAILS,
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

    def get_automation_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow (without its steps)

        **Inferred path:** only one unverified client calls this path. Returns the JSON that the UI uses to draw
        the automation's flow, without the steps' data.

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`);
        `stepsInfo` may be absent here. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_design_with_data(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow, with its data

        **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON that the
        UI uses to draw the automation's flow, including the data of the automation (its steps).

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`). Every
        field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_DESIGN_WITH_DATA,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationStepInfo]:
        """Get an automation's steps flow

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns the
        automation's steps.

        **Response shape inferred:** the official `stepsInfo` items (`id`, `type`, `object_id`, `is_active`).
        Every field is optional.
        """
        return self._runner._call(
            _LIST_AUTOMATION_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns one
        step of the automation, whatever its kind.

        **Response shape inferred:** an official `stepsInfo` item. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_email_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationEmailStep]:
        """List an automation's "send email" steps

        Returns every "send email" step of the automation.

        **Response shape inferred:** no source shows it. We assume the step fields (`id`, `object_id`, `type`)
        plus the fields of the official email-step body, as the official contact-update step response does.
        Every field is optional.
        """
        return self._runner._call(
            _LIST_AUTOMATION_EMAIL_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_automation_email_step(
        self,
        id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationEmailStep:
        """Add a "send email" step to an automation

        Adds an email campaign step to the automation. `user_profile_id` is an email sending profile's id (see
        `list_email_sending_profiles`). Documented on an older official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents.
        """
        return self._runner._call(
            _CREATE_AUTOMATION_EMAIL_STEP,
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

    def get_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationEmailStep:
        """Get one "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Returns one email step.

        **Response shape inferred** (see `list_automation_email_steps`). Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Updates the email step; the body is the official email-step body
        (`ApiAutomationEmailStepUpdateInfo`). The success body is not documented.
        """
        return self._runner._call(
            _UPDATE_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_automation_sms_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationSmsStep]:
        """List an automation's "send SMS" steps

        Returns every "send SMS" step of the automation. The path comes only from a public client's hand-set
        routes (an official page documents `POST` on the same collection).

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        SMS-step body. Every field is optional.
        """
        return self._runner._call(
            _LIST_AUTOMATION_SMS_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_automation_sms_step(
        self,
        id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationSmsStep:
        """Add a "send SMS" step to an automation

        Adds an SMS campaign step to the automation. The body is the official SMS-step body
        (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
        `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        return self._runner._call(
            _CREATE_AUTOMATION_SMS_STEP,
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

    def get_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationSmsStep:
        """Get one "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Returns one SMS step.

        **Response shape inferred** (see `list_automation_sms_steps`). Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Updates the SMS step; the body is the official SMS-step body (`ApiAutomationSmsStepUpdateInfo`).
        `user_sms_profile_id` is an SMS sending profile's id. The success body is not documented.
        """
        return self._runner._call(
            _UPDATE_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def create_automation_whatsapp_step(
        self,
        id: int,
        *,
        body: AutomationWhatsAppStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationWhatsAppStep:
        """Add a WhatsApp step to an automation

        Adds a WhatsApp campaign step to the automation. The body is the official WhatsApp-step body
        (`ApiAutomationWhatsAppStepUpdateInfo`); `user_whatsapp_profile_id` is a WhatsApp sending profile's id.
        Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        return self._runner._call(
            _CREATE_AUTOMATION_WHATSAPP_STEP,
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

    def get_automation_whatsapp_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationWhatsAppStep:
        """Get one WhatsApp step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the official
        `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec wrote
        `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        WhatsApp-step body. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_WHATSAPP_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_push_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one push-notification step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one
        push-notification step.

        **Response shape inferred:** the generic official step fields only (`id`, `type`, `object_id`,
        `is_active`); the push-specific fields are unknown. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_PUSH_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_automation_contact_update_step(
        self,
        id: int,
        *,
        body: AutomationContactUpdateStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationContactUpdateStep:
        """Add a "contact update" step to an automation

        Adds a step that updates the contact (for example adds it to a group): `action_type` is the kind of update
        (see `list_automation_update_actions`), `entity_id` the group or field id and `entity_value` the value to
        set. Documented on an older official reference page; not a line of the seed.
        """
        return self._runner._call(
            _CREATE_AUTOMATION_CONTACT_UPDATE_STEP,
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

    def get_automation_contact_update_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationContactUpdateStep:
        """Get one "contact update" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `ContactUpdateSteps` collection,
        which an official page documents. Returns one contact-update step, in the shape the official page gives
        for the created step.
        """
        return self._runner._call(
            _GET_AUTOMATION_CONTACT_UPDATE_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_social_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one social step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one social step.

        **Response shape inferred:** the generic official step fields only; the social-specific fields are
        unknown. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_SOCIAL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_ab_split_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one A/B split step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one A/B split step.

        **Response shape inferred:** the generic official step fields only; the split settings are unknown. Every
        field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_AB_SPLIT_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_notify_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationStepInfo:
        """Get one "notify someone" step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one "notify
        someone" step.

        **Response shape inferred:** the generic official step fields only; the notification settings are
        unknown. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_NOTIFY_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_activation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AutomationActivation:
        """Get an automation's activation status

        **Inferred path:** only one unverified client calls this path. Returns whether the automation is published
        (active) and when it is scheduled to start.

        **Response shape inferred:** the `activation` object of the official automation. Every field is optional.
        """
        return self._runner._call(
            _GET_AUTOMATION_ACTIVATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_activation(
        self,
        id: int,
        *,
        body: AutomationActivationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Activate or deactivate an automation

        **Inferred path:** only one unverified client calls this path. Activates or deactivates the automation.
        That client sends `{"is_active": true|false}`; the official activation object calls the flag
        `is_published`. Which name the server reads is unknown, so both are accepted here: send one of them. The
        success body is not documented.
        """
        return self._runner._call(
            _UPDATE_AUTOMATION_ACTIVATION,
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

    def list_automation_update_actions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AutomationUpdateAction]:
        """List the kinds of contact update an automation step can make

        Returns the types of action a "contact update" step can apply to a contact (the `action_type` values, such
        as `AddToGroup`).

        **Response shape inferred:** no source shows the body; a public client's description says each action has
        an id, a name and a description. Every field is optional.
        """
        return self._runner._call(
            _LIST_AUTOMATION_UPDATE_ACTIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def send_automation_test(
        self,
        id: int,
        *,
        body: AutomationTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send test campaigns from an automation

        **Inferred path:** only one unverified client calls this path (with a body it does not describe). The seed
        lists this line without a method; POST is that client's. Sends the automation's campaigns as tests.

        **Request body inferred:** we assume the test recipients' addresses. The success body is not documented.
        """
        return self._runner._call(
            _SEND_AUTOMATION_TEST,
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

    def get_automation_flow_times_started(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> int:
        """Get an automation's "flow times started" data (purpose unclear)

        A path of the official docs index that a public client copied and later dropped; the index's description
        of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was started).
        Not a line of the seed.

        **Inferred response:** no source shows the body. By the path's name it is taken to be how many times the
        flow was started, a bare integer (`AutomationFlowTimesStarted`).
        """
        return self._runner._call(
            _GET_AUTOMATION_FLOW_TIMES_STARTED,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAutomationsWithRawResponse:
    """Automations, their details, design, steps and activation.

    The automations operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAutomations`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_automations(
        self,
        *,
        state_type: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[Automation]]:
        """List the account's automations: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATIONS,
            {
                "state_type": state_type,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[Automation]:
        """Get an automation by id: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def delete_automations(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete one or more automations: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_AUTOMATIONS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_celebrates_date_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationTriggerInfo]:
        """Get the trigger of a "contact celebrates a date" automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_CELEBRATES_DATE_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_trigger_info(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationTriggerInfo]:
        """Get an automation's trigger information: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_TRIGGER_INFO,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_details(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationDetails]:
        """Get an automation's details (without its steps): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_DETAILS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_details(
        self,
        id: int,
        *,
        body: AutomationDetailsUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update an automation's setup: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_AUTOMATION_DETAILS,
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

    def get_automation_design(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationDesign]:
        """Get the JSON design of an automation's flow (without its steps): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_DESIGN,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_design_with_data(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationDesign]:
        """Get the JSON design of an automation's flow, with its data: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_DESIGN_WITH_DATA,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationStepInfo]]:
        """Get an automation's steps flow: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_automation_email_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationEmailStep]]:
        """List an automation's "send email" steps: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_EMAIL_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_automation_email_step(
        self,
        id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationEmailStep]:
        """Add a "send email" step to an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_AUTOMATION_EMAIL_STEP,
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

    def get_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationEmailStep]:
        """Get one "send email" step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationEmailStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a "send email" step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_AUTOMATION_EMAIL_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def list_automation_sms_steps(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationSmsStep]]:
        """List an automation's "send SMS" steps: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_SMS_STEPS,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_automation_sms_step(
        self,
        id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationSmsStep]:
        """Add a "send SMS" step to an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_AUTOMATION_SMS_STEP,
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

    def get_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationSmsStep]:
        """Get one "send SMS" step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationSmsStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a "send SMS" step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_AUTOMATION_SMS_STEP,
            {
                "id": id,
                "step_id": step_id,
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def create_automation_whatsapp_step(
        self,
        id: int,
        *,
        body: AutomationWhatsAppStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationWhatsAppStep]:
        """Add a WhatsApp step to an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_AUTOMATION_WHATSAPP_STEP,
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

    def get_automation_whatsapp_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationWhatsAppStep]:
        """Get one WhatsApp step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_WHATSAPP_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_push_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one push-notification step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_PUSH_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_automation_contact_update_step(
        self,
        id: int,
        *,
        body: AutomationContactUpdateStepUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactUpdateStep]:
        """Add a "contact update" step to an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_AUTOMATION_CONTACT_UPDATE_STEP,
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

    def get_automation_contact_update_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationContactUpdateStep]:
        """Get one "contact update" step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_CONTACT_UPDATE_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_social_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one social step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_SOCIAL_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_ab_split_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one A/B split step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_AB_SPLIT_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_notify_step(
        self,
        id: int,
        step_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationStepInfo]:
        """Get one "notify someone" step of an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_NOTIFY_STEP,
            {
                "id": id,
                "step_id": step_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_automation_activation(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AutomationActivation]:
        """Get an automation's activation status: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_ACTIVATION,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_automation_activation(
        self,
        id: int,
        *,
        body: AutomationActivationUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Activate or deactivate an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_AUTOMATION_ACTIVATION,
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

    def list_automation_update_actions(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AutomationUpdateAction]]:
        """List the kinds of contact update an automation step can make: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_AUTOMATION_UPDATE_ACTIONS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def send_automation_test(
        self,
        id: int,
        *,
        body: AutomationTestRequest,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Send test campaigns from an automation: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _SEND_AUTOMATION_TEST,
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

    def get_automation_flow_times_started(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[int]:
        """Get an automation's "flow times started" data (purpose unclear): the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_AUTOMATION_FLOW_TIMES_STARTED,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
