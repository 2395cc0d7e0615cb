"""The automations operations: one module per operation, and the `AsyncAutomations` and
`SyncAutomations` namespaces with one method per operation (what `client.automations` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

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

__all__ = ["AsyncAutomations", "SyncAutomations"]


class AsyncAutomations:
    """The automations operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_automations(
        self,
        *,
        state_type: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[Automation, list[Automation]]:
        """List the account's automations

        Returns the account's automations, a page at a time (the last 20 when no paging is given), optionally only
        those in one state. Each item is the full automation (details, design and activation). Not a line of the
        seed, but documented on an official reference page.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_automations as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            state_type=state_type,
            page=page,
            limit=limit,
        )

    async def get_automation(
        self,
        id: int,
    ) -> Automation:
        """Get an automation by id

        Returns the automation: its trigger, details (name, settings, dates), design (the UI flow and its steps)
        and activation state.
        """
        from . import get_automation as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def delete_automations(
        self,
        id: str,
    ) -> None:
        """Delete one or more automations

        Deletes the given automation, or several at once when their ids are separated by commas (`12,13,14`). The
        seed lists this line without a method; DELETE comes from public clients. The source path is
        `/api/automations/{ids}`; it is written here with the `{id}` placeholder because OpenAPI treats two
        templates on the same path as one path (the value on the wire is the same). The success body is not
        documented.
        """
        from . import delete_automations as operation

        return await self._runner._call_operation(
            operation,
            False,
            (),
            id=id,
        )

    async def get_automation_celebrates_date_trigger_info(
        self,
        id: int,
    ) -> AutomationTriggerInfo:
        """Get the trigger of a "contact celebrates a date" automation

        **Inferred path:** no source shows it; we chose a sub-path of the trigger-information path
        (`/triggerInfo`, row 27). Returns the trigger settings of an automation started by "contact celebrates a
        date". An automation with a different trigger answers an error.

        **Response shape inferred:** we assume the generic trigger information; the date-specific settings
        (which date field, how many days before) are not modelled because no source shows them. Every field is
        optional; the example's trigger name is illustrative.
        """
        from . import get_automation_celebrates_date_trigger_info as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_trigger_info(
        self,
        id: int,
    ) -> AutomationTriggerInfo:
        """Get an automation's trigger information

        Returns what starts the automation (the trigger type and the object it watches, such as a sign-up form or
        a group).

        **Response shape inferred:** no source shows the body; we use the trigger fields of the official
        automation object (`trigger_type_id`, `trigger_object_id`, `segmentation_id`). Every field is optional.
        """
        from . import get_automation_trigger_info as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_details(
        self,
        id: int,
    ) -> AutomationDetails:
        """Get an automation's details (without its steps)

        Returns the automation's name, settings, report settings, dates and working days.
        """
        from . import get_automation_details as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_automation_details(
        self,
        id: int,
        *,
        body: AutomationDetailsUpdate,
    ) -> None:
        """Update an automation's setup

        Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo` per
        the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
        documented.
        """
        from . import update_automation_details as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_automation_design(
        self,
        id: int,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow (without its steps)

        **Inferred path:** only one unverified client calls this path. Returns the JSON that the UI uses to draw
        the automation's flow, without the steps' data.

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`);
        `stepsInfo` may be absent here. Every field is optional.
        """
        from . import get_automation_design as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_design_with_data(
        self,
        id: int,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow, with its data

        **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON that the
        UI uses to draw the automation's flow, including the data of the automation (its steps).

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`). Every
        field is optional.
        """
        from . import get_automation_design_with_data as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def list_automation_steps(
        self,
        id: int,
    ) -> list[AutomationStepInfo]:
        """Get an automation's steps flow

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns the
        automation's steps.

        **Response shape inferred:** the official `stepsInfo` items (`id`, `type`, `object_id`, `is_active`).
        Every field is optional.
        """
        from . import list_automation_steps as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def get_automation_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns one
        step of the automation, whatever its kind.

        **Response shape inferred:** an official `stepsInfo` item. Every field is optional.
        """
        from . import get_automation_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def list_automation_email_steps(
        self,
        id: int,
    ) -> list[AutomationEmailStep]:
        """List an automation's "send email" steps

        Returns every "send email" step of the automation.

        **Response shape inferred:** no source shows it. We assume the step fields (`id`, `object_id`, `type`)
        plus the fields of the official email-step body, as the official contact-update step response does.
        Every field is optional.
        """
        from . import list_automation_email_steps as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def create_automation_email_step(
        self,
        id: int,
        *,
        body: AutomationEmailStepUpdate,
    ) -> AutomationEmailStep:
        """Add a "send email" step to an automation

        Adds an email campaign step to the automation. `user_profile_id` is an email sending profile's id (see
        `list_email_sending_profiles`). Documented on an older official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents.
        """
        from . import create_automation_email_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def get_automation_email_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationEmailStep:
        """Get one "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Returns one email step.

        **Response shape inferred** (see `list_automation_email_steps`). Every field is optional.
        """
        from . import get_automation_email_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def update_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationEmailStepUpdate,
    ) -> None:
        """Update a "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Updates the email step; the body is the official email-step body
        (`ApiAutomationEmailStepUpdateInfo`). The success body is not documented.
        """
        from . import update_automation_email_step as operation

        return await self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
            body=body,
        )

    async def list_automation_sms_steps(
        self,
        id: int,
    ) -> list[AutomationSmsStep]:
        """List an automation's "send SMS" steps

        Returns every "send SMS" step of the automation. The path comes only from a public client's hand-set
        routes (an official page documents `POST` on the same collection).

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        SMS-step body. Every field is optional.
        """
        from . import list_automation_sms_steps as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def create_automation_sms_step(
        self,
        id: int,
        *,
        body: AutomationSmsStepUpdate,
    ) -> AutomationSmsStep:
        """Add a "send SMS" step to an automation

        Adds an SMS campaign step to the automation. The body is the official SMS-step body
        (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
        `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        from . import create_automation_sms_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def get_automation_sms_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationSmsStep:
        """Get one "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Returns one SMS step.

        **Response shape inferred** (see `list_automation_sms_steps`). Every field is optional.
        """
        from . import get_automation_sms_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def update_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationSmsStepUpdate,
    ) -> None:
        """Update a "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Updates the SMS step; the body is the official SMS-step body (`ApiAutomationSmsStepUpdateInfo`).
        `user_sms_profile_id` is an SMS sending profile's id. The success body is not documented.
        """
        from . import update_automation_sms_step as operation

        return await self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
            body=body,
        )

    async def create_automation_whatsapp_step(
        self,
        id: int,
        *,
        body: AutomationWhatsAppStepUpdate,
    ) -> AutomationWhatsAppStep:
        """Add a WhatsApp step to an automation

        Adds a WhatsApp campaign step to the automation. The body is the official WhatsApp-step body
        (`ApiAutomationWhatsAppStepUpdateInfo`); `user_whatsapp_profile_id` is a WhatsApp sending profile's id.
        Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        from . import create_automation_whatsapp_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def get_automation_whatsapp_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationWhatsAppStep:
        """Get one WhatsApp step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the official
        `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec wrote
        `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        WhatsApp-step body. Every field is optional.
        """
        from . import get_automation_whatsapp_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def get_automation_push_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one push-notification step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one
        push-notification step.

        **Response shape inferred:** the generic official step fields only (`id`, `type`, `object_id`,
        `is_active`); the push-specific fields are unknown. Every field is optional.
        """
        from . import get_automation_push_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def create_automation_contact_update_step(
        self,
        id: int,
        *,
        body: AutomationContactUpdateStepUpdate,
    ) -> AutomationContactUpdateStep:
        """Add a "contact update" step to an automation

        Adds a step that updates the contact (for example adds it to a group): `action_type` is the kind of update
        (see `list_automation_update_actions`), `entity_id` the group or field id and `entity_value` the value to
        set. Documented on an older official reference page; not a line of the seed.
        """
        from . import create_automation_contact_update_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def get_automation_contact_update_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationContactUpdateStep:
        """Get one "contact update" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `ContactUpdateSteps` collection,
        which an official page documents. Returns one contact-update step, in the shape the official page gives
        for the created step.
        """
        from . import get_automation_contact_update_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def get_automation_social_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one social step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one social step.

        **Response shape inferred:** the generic official step fields only; the social-specific fields are
        unknown. Every field is optional.
        """
        from . import get_automation_social_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def get_automation_ab_split_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one A/B split step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one A/B split step.

        **Response shape inferred:** the generic official step fields only; the split settings are unknown. Every
        field is optional.
        """
        from . import get_automation_ab_split_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def get_automation_notify_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one "notify someone" step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one "notify
        someone" step.

        **Response shape inferred:** the generic official step fields only; the notification settings are
        unknown. Every field is optional.
        """
        from . import get_automation_notify_step as operation

        return await self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    async def get_automation_activation(
        self,
        id: int,
    ) -> AutomationActivation:
        """Get an automation's activation status

        **Inferred path:** only one unverified client calls this path. Returns whether the automation is published
        (active) and when it is scheduled to start.

        **Response shape inferred:** the `activation` object of the official automation. Every field is optional.
        """
        from . import get_automation_activation as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_automation_activation(
        self,
        id: int,
        *,
        body: AutomationActivationUpdate,
    ) -> None:
        """Activate or deactivate an automation

        **Inferred path:** only one unverified client calls this path. Activates or deactivates the automation.
        That client sends `{"is_active": true|false}`; the official activation object calls the flag
        `is_published`. Which name the server reads is unknown, so both are accepted here: send one of them. The
        success body is not documented.
        """
        from . import update_automation_activation as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def list_automation_update_actions(
        self,
    ) -> list[AutomationUpdateAction]:
        """List the kinds of contact update an automation step can make

        Returns the types of action a "contact update" step can apply to a contact (the `action_type` values, such
        as `AddToGroup`).

        **Response shape inferred:** no source shows the body; a public client's description says each action has
        an id, a name and a description. Every field is optional.
        """
        from . import list_automation_update_actions as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def send_automation_test(
        self,
        id: int,
        *,
        body: AutomationTestRequest,
    ) -> None:
        """Send test campaigns from an automation

        **Inferred path:** only one unverified client calls this path (with a body it does not describe). The seed
        lists this line without a method; POST is that client's. Sends the automation's campaigns as tests.

        **Request body inferred:** we assume the test recipients' addresses. The success body is not documented.
        """
        from . import send_automation_test as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def get_automation_flow_times_started(
        self,
        id: int,
    ) -> int:
        """Get an automation's "flow times started" data (purpose unclear)

        A path of the official docs index that a public client copied and later dropped; the index's description
        of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was started).
        Not a line of the seed.

        **Inferred response:** no source shows the body. By the path's name it is taken to be how many times the
        flow was started, a bare integer (`AutomationFlowTimesStarted`).
        """
        from . import get_automation_flow_times_started as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )


class SyncAutomations:
    """The automations operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_automations(
        self,
        *,
        state_type: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[Automation, list[Automation]]:
        """List the account's automations

        Returns the account's automations, a page at a time (the last 20 when no paging is given), optionally only
        those in one state. Each item is the full automation (details, design and activation). Not a line of the
        seed, but documented on an official reference page.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_automations as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            state_type=state_type,
            page=page,
            limit=limit,
        )

    def get_automation(
        self,
        id: int,
    ) -> Automation:
        """Get an automation by id

        Returns the automation: its trigger, details (name, settings, dates), design (the UI flow and its steps)
        and activation state.
        """
        from . import get_automation as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def delete_automations(
        self,
        id: str,
    ) -> None:
        """Delete one or more automations

        Deletes the given automation, or several at once when their ids are separated by commas (`12,13,14`). The
        seed lists this line without a method; DELETE comes from public clients. The source path is
        `/api/automations/{ids}`; it is written here with the `{id}` placeholder because OpenAPI treats two
        templates on the same path as one path (the value on the wire is the same). The success body is not
        documented.
        """
        from . import delete_automations as operation

        return self._runner._call_operation(
            operation,
            False,
            (),
            id=id,
        )

    def get_automation_celebrates_date_trigger_info(
        self,
        id: int,
    ) -> AutomationTriggerInfo:
        """Get the trigger of a "contact celebrates a date" automation

        **Inferred path:** no source shows it; we chose a sub-path of the trigger-information path
        (`/triggerInfo`, row 27). Returns the trigger settings of an automation started by "contact celebrates a
        date". An automation with a different trigger answers an error.

        **Response shape inferred:** we assume the generic trigger information; the date-specific settings
        (which date field, how many days before) are not modelled because no source shows them. Every field is
        optional; the example's trigger name is illustrative.
        """
        from . import get_automation_celebrates_date_trigger_info as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_trigger_info(
        self,
        id: int,
    ) -> AutomationTriggerInfo:
        """Get an automation's trigger information

        Returns what starts the automation (the trigger type and the object it watches, such as a sign-up form or
        a group).

        **Response shape inferred:** no source shows the body; we use the trigger fields of the official
        automation object (`trigger_type_id`, `trigger_object_id`, `segmentation_id`). Every field is optional.
        """
        from . import get_automation_trigger_info as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_details(
        self,
        id: int,
    ) -> AutomationDetails:
        """Get an automation's details (without its steps)

        Returns the automation's name, settings, report settings, dates and working days.
        """
        from . import get_automation_details as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_automation_details(
        self,
        id: int,
        *,
        body: AutomationDetailsUpdate,
    ) -> None:
        """Update an automation's setup

        Updates the automation's name and settings. The body is the details object (`AutomationDetailsInfo` per
        the docs index) without its server-set dates (`AutomationDetailsUpdate`). The success body is not
        documented.
        """
        from . import update_automation_details as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_automation_design(
        self,
        id: int,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow (without its steps)

        **Inferred path:** only one unverified client calls this path. Returns the JSON that the UI uses to draw
        the automation's flow, without the steps' data.

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`);
        `stepsInfo` may be absent here. Every field is optional.
        """
        from . import get_automation_design as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_design_with_data(
        self,
        id: int,
    ) -> AutomationDesign:
        """Get the JSON design of an automation's flow, with its data

        **Inferred path:** no source shows it; we chose a name beside `/design` (row 30). Returns the JSON that the
        UI uses to draw the automation's flow, including the data of the automation (its steps).

        **Response shape inferred:** the `design` object of the official automation (`data`, `stepsInfo`). Every
        field is optional.
        """
        from . import get_automation_design_with_data as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_automation_steps(
        self,
        id: int,
    ) -> list[AutomationStepInfo]:
        """Get an automation's steps flow

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns the
        automation's steps.

        **Response shape inferred:** the official `stepsInfo` items (`id`, `type`, `object_id`, `is_active`).
        Every field is optional.
        """
        from . import list_automation_steps as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def get_automation_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern of the step collections. Returns one
        step of the automation, whatever its kind.

        **Response shape inferred:** an official `stepsInfo` item. Every field is optional.
        """
        from . import get_automation_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def list_automation_email_steps(
        self,
        id: int,
    ) -> list[AutomationEmailStep]:
        """List an automation's "send email" steps

        Returns every "send email" step of the automation.

        **Response shape inferred:** no source shows it. We assume the step fields (`id`, `object_id`, `type`)
        plus the fields of the official email-step body, as the official contact-update step response does.
        Every field is optional.
        """
        from . import list_automation_email_steps as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def create_automation_email_step(
        self,
        id: int,
        *,
        body: AutomationEmailStepUpdate,
    ) -> AutomationEmailStep:
        """Add a "send email" step to an automation

        Adds an email campaign step to the automation. `user_profile_id` is an email sending profile's id (see
        `list_email_sending_profiles`). Documented on an older official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents.
        """
        from . import create_automation_email_step as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def get_automation_email_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationEmailStep:
        """Get one "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Returns one email step.

        **Response shape inferred** (see `list_automation_email_steps`). Every field is optional.
        """
        from . import get_automation_email_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def update_automation_email_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationEmailStepUpdate,
    ) -> None:
        """Update a "send email" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the confirmed `EmailCampaignSteps`
        collection. Updates the email step; the body is the official email-step body
        (`ApiAutomationEmailStepUpdateInfo`). The success body is not documented.
        """
        from . import update_automation_email_step as operation

        return self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
            body=body,
        )

    def list_automation_sms_steps(
        self,
        id: int,
    ) -> list[AutomationSmsStep]:
        """List an automation's "send SMS" steps

        Returns every "send SMS" step of the automation. The path comes only from a public client's hand-set
        routes (an official page documents `POST` on the same collection).

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        SMS-step body. Every field is optional.
        """
        from . import list_automation_sms_steps as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def create_automation_sms_step(
        self,
        id: int,
        *,
        body: AutomationSmsStepUpdate,
    ) -> AutomationSmsStep:
        """Add a "send SMS" step to an automation

        Adds an SMS campaign step to the automation. The body is the official SMS-step body
        (`ApiAutomationSmsStepUpdateInfo`); `user_sms_profile_id` is an SMS sending profile's id (see
        `list_sms_sending_profiles`). Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        from . import create_automation_sms_step as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def get_automation_sms_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationSmsStep:
        """Get one "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Returns one SMS step.

        **Response shape inferred** (see `list_automation_sms_steps`). Every field is optional.
        """
        from . import get_automation_sms_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def update_automation_sms_step(
        self,
        id: int,
        step_id: int,
        *,
        body: AutomationSmsStepUpdate,
    ) -> None:
        """Update a "send SMS" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `SMSCampaignSteps` collection.
        Updates the SMS step; the body is the official SMS-step body (`ApiAutomationSmsStepUpdateInfo`).
        `user_sms_profile_id` is an SMS sending profile's id. The success body is not documented.
        """
        from . import update_automation_sms_step as operation

        return self._runner._call_operation(
            operation,
            False,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
            body=body,
        )

    def create_automation_whatsapp_step(
        self,
        id: int,
        *,
        body: AutomationWhatsAppStepUpdate,
    ) -> AutomationWhatsAppStep:
        """Add a WhatsApp step to an automation

        Adds a WhatsApp campaign step to the automation. The body is the official WhatsApp-step body
        (`ApiAutomationWhatsAppStepUpdateInfo`); `user_whatsapp_profile_id` is a WhatsApp sending profile's id.
        Documented on an official reference page; not a line of the seed.

        **Response shape inferred:** the stored copy of the page is cut before its response section; we assume the
        created step, as the sibling contact-update page documents. Every response field is optional.
        """
        from . import create_automation_whatsapp_step as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def get_automation_whatsapp_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationWhatsAppStep:
        """Get one WhatsApp step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming, spelled like the official
        `POST /api/automations/{id}/WhatsAppCampaignSteps` page (capital A; earlier versions of this spec wrote
        `Whatsapp`, which the server's case-insensitive routing also accepts). Returns one WhatsApp step.

        **Response shape inferred:** the step fields (`id`, `object_id`, `type`) plus the fields of the official
        WhatsApp-step body. Every field is optional.
        """
        from . import get_automation_whatsapp_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def get_automation_push_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one push-notification step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one
        push-notification step.

        **Response shape inferred:** the generic official step fields only (`id`, `type`, `object_id`,
        `is_active`); the push-specific fields are unknown. Every field is optional.
        """
        from . import get_automation_push_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def create_automation_contact_update_step(
        self,
        id: int,
        *,
        body: AutomationContactUpdateStepUpdate,
    ) -> AutomationContactUpdateStep:
        """Add a "contact update" step to an automation

        Adds a step that updates the contact (for example adds it to a group): `action_type` is the kind of update
        (see `list_automation_update_actions`), `entity_id` the group or field id and `entity_value` the value to
        set. Documented on an older official reference page; not a line of the seed.
        """
        from . import create_automation_contact_update_step as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def get_automation_contact_update_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationContactUpdateStep:
        """Get one "contact update" step of an automation

        **Inferred path:** no source shows it; it follows the REST pattern on the `ContactUpdateSteps` collection,
        which an official page documents. Returns one contact-update step, in the shape the official page gives
        for the created step.
        """
        from . import get_automation_contact_update_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def get_automation_social_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one social step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one social step.

        **Response shape inferred:** the generic official step fields only; the social-specific fields are
        unknown. Every field is optional.
        """
        from . import get_automation_social_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def get_automation_ab_split_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one A/B split step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one A/B split step.

        **Response shape inferred:** the generic official step fields only; the split settings are unknown. Every
        field is optional.
        """
        from . import get_automation_ab_split_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def get_automation_notify_step(
        self,
        id: int,
        step_id: int,
    ) -> AutomationStepInfo:
        """Get one "notify someone" step of an automation

        **Inferred path:** no source shows it; it follows the step collections' naming. Returns one "notify
        someone" step.

        **Response shape inferred:** the generic official step fields only; the notification settings are
        unknown. Every field is optional.
        """
        from . import get_automation_notify_step as operation

        return self._runner._call_operation(
            operation,
            True,
            (
                "id",
                "step_id",
            ),
            id=id,
            step_id=step_id,
        )

    def get_automation_activation(
        self,
        id: int,
    ) -> AutomationActivation:
        """Get an automation's activation status

        **Inferred path:** only one unverified client calls this path. Returns whether the automation is published
        (active) and when it is scheduled to start.

        **Response shape inferred:** the `activation` object of the official automation. Every field is optional.
        """
        from . import get_automation_activation as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_automation_activation(
        self,
        id: int,
        *,
        body: AutomationActivationUpdate,
    ) -> None:
        """Activate or deactivate an automation

        **Inferred path:** only one unverified client calls this path. Activates or deactivates the automation.
        That client sends `{"is_active": true|false}`; the official activation object calls the flag
        `is_published`. Which name the server reads is unknown, so both are accepted here: send one of them. The
        success body is not documented.
        """
        from . import update_automation_activation as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def list_automation_update_actions(
        self,
    ) -> list[AutomationUpdateAction]:
        """List the kinds of contact update an automation step can make

        Returns the types of action a "contact update" step can apply to a contact (the `action_type` values, such
        as `AddToGroup`).

        **Response shape inferred:** no source shows the body; a public client's description says each action has
        an id, a name and a description. Every field is optional.
        """
        from . import list_automation_update_actions as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def send_automation_test(
        self,
        id: int,
        *,
        body: AutomationTestRequest,
    ) -> None:
        """Send test campaigns from an automation

        **Inferred path:** only one unverified client calls this path (with a body it does not describe). The seed
        lists this line without a method; POST is that client's. Sends the automation's campaigns as tests.

        **Request body inferred:** we assume the test recipients' addresses. The success body is not documented.
        """
        from . import send_automation_test as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def get_automation_flow_times_started(
        self,
        id: int,
    ) -> int:
        """Get an automation's "flow times started" data (purpose unclear)

        A path of the official docs index that a public client copied and later dropped; the index's description
        of it is not known and its purpose is unclear (by its name, how many times, or when, the flow was started).
        Not a line of the seed.

        **Inferred response:** no source shows the body. By the path's name it is taken to be how many times the
        flow was started, a bare integer (`AutomationFlowTimesStarted`).
        """
        from . import get_automation_flow_times_started as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )
