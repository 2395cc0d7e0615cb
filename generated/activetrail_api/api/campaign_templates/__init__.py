"""The campaign_templates operations: one module per operation, and the `AsyncCampaignTemplates` and
`SyncCampaignTemplates` namespaces with one method per operation (what `client.campaign_templates` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.email_campaign import EmailCampaign
    from ...models.email_campaign_details import EmailCampaignDetails
    from ...models.email_template import EmailTemplate
    from ...models.email_template_category import EmailTemplateCategory
    from ...models.email_template_category_input import EmailTemplateCategoryInput
    from ...models.email_template_content import EmailTemplateContent
    from ...models.email_template_content_update import EmailTemplateContentUpdate
    from ...models.email_template_input import EmailTemplateInput
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncCampaignTemplates", "SyncCampaignTemplates"]


class AsyncCampaignTemplates:
    """The campaign_templates operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    def list_templates(
        self,
        *,
        search_term: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[EmailTemplate, list[EmailTemplate]]:
        """List the account's "my templates"

        Returns the templates saved under "My Templates", optionally searched by name. Without `Limit` you get 20.
        The items are inferred to have the fields COR's template update accepts; every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_templates as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            search_term=search_term,
            page=page,
            limit=limit,
        )

    async def create_template(
        self,
        *,
        body: EmailTemplateInput,
    ) -> EmailTemplate:
        """Create a template in "my templates"

        Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this call;
        the body and the response are inferred from the template fields COR's update accepts.
        """
        from . import create_template as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_template(
        self,
        id: int,
    ) -> EmailTemplate:
        """Get a template

        Returns one "my templates" template: name, subject, content, category and encoding. The shape is inferred
        from COR's template update fields; every field is optional.
        """
        from . import get_template as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_template(
        self,
        id: int,
        *,
        body: EmailTemplateInput,
    ) -> None:
        """Update a template

        Updates a "my templates" template: name, subject, HTML, editor type, print button, category and encoding.
        Send only the fields to change. To change only the HTML, `update_template_content` is simpler. No response
        body is documented.
        """
        from . import update_template as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_template(
        self,
        id: int,
    ) -> None:
        """Delete a template

        Deletes a "my templates" template. No response body is documented.
        """
        from . import delete_template as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    async def get_template_content(
        self,
        id: int,
    ) -> EmailTemplateContent:
        """Get a template's HTML

        Returns the template's HTML on its own. The wrapper is inferred to be the `{content}` object the update
        takes (COR); it is optional.
        """
        from . import get_template_content as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_template_content(
        self,
        id: int,
        *,
        body: EmailTemplateContentUpdate,
    ) -> None:
        """Replace a template's HTML

        Replaces the template's HTML. No response body is documented.
        """
        from . import update_template_content as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def create_campaign_from_template(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
    ) -> EmailCampaign:
        """Create an email campaign from a template

        Creates a draft email campaign based on the template. The campaign needs a sending profile
        (`user_profile_id`, from `GET /api/account/sendingprofiles`).

        Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`; whether the
        server wants them bare or wrapped is not documented), and the response the created campaign (shape of
        `GET /api/campaigns/{id}`), every field optional.
        """
        from . import create_campaign_from_template as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    async def list_template_categories(
        self,
    ) -> list[EmailTemplateCategory]:
        """List the "my templates" categories

        Returns the categories that organise "my templates". The item shape is inferred from the fields COR's
        category create and update accept; every field is optional.
        """
        from . import list_template_categories as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def create_template_category(
        self,
        *,
        body: EmailTemplateCategoryInput,
    ) -> EmailTemplateCategory:
        """Create a "my templates" category

        Creates a template category and returns it. The response is inferred to be the created category.
        """
        from . import create_template_category as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def update_template_category(
        self,
        id: int,
        *,
        body: EmailTemplateCategoryInput,
    ) -> None:
        """Rename a "my templates" category

        Updates the template category (its name). No response body is documented.
        """
        from . import update_template_category as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_template_category(
        self,
        id: int,
    ) -> None:
        """Delete a "my templates" category and its templates

        Deletes the template category. **Every template in the category is deleted with it.** No response body is
        documented.
        """
        from . import delete_template_category as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )


class SyncCampaignTemplates:
    """The campaign_templates operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_templates(
        self,
        *,
        search_term: str | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[EmailTemplate, list[EmailTemplate]]:
        """List the account's "my templates"

        Returns the templates saved under "My Templates", optionally searched by name. Without `Limit` you get 20.
        The items are inferred to have the fields COR's template update accepts; every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_templates as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            search_term=search_term,
            page=page,
            limit=limit,
        )

    def create_template(
        self,
        *,
        body: EmailTemplateInput,
    ) -> EmailTemplate:
        """Create a template in "my templates"

        Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this call;
        the body and the response are inferred from the template fields COR's update accepts.
        """
        from . import create_template as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_template(
        self,
        id: int,
    ) -> EmailTemplate:
        """Get a template

        Returns one "my templates" template: name, subject, content, category and encoding. The shape is inferred
        from COR's template update fields; every field is optional.
        """
        from . import get_template as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_template(
        self,
        id: int,
        *,
        body: EmailTemplateInput,
    ) -> None:
        """Update a template

        Updates a "my templates" template: name, subject, HTML, editor type, print button, category and encoding.
        Send only the fields to change. To change only the HTML, `update_template_content` is simpler. No response
        body is documented.
        """
        from . import update_template as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_template(
        self,
        id: int,
    ) -> None:
        """Delete a template

        Deletes a "my templates" template. No response body is documented.
        """
        from . import delete_template as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def get_template_content(
        self,
        id: int,
    ) -> EmailTemplateContent:
        """Get a template's HTML

        Returns the template's HTML on its own. The wrapper is inferred to be the `{content}` object the update
        takes (COR); it is optional.
        """
        from . import get_template_content as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_template_content(
        self,
        id: int,
        *,
        body: EmailTemplateContentUpdate,
    ) -> None:
        """Replace a template's HTML

        Replaces the template's HTML. No response body is documented.
        """
        from . import update_template_content as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def create_campaign_from_template(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
    ) -> EmailCampaign:
        """Create an email campaign from a template

        Creates a draft email campaign based on the template. The campaign needs a sending profile
        (`user_profile_id`, from `GET /api/account/sendingprofiles`).

        Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`; whether the
        server wants them bare or wrapped is not documented), and the response the created campaign (shape of
        `GET /api/campaigns/{id}`), every field optional.
        """
        from . import create_campaign_from_template as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
            body=body,
        )

    def list_template_categories(
        self,
    ) -> list[EmailTemplateCategory]:
        """List the "my templates" categories

        Returns the categories that organise "my templates". The item shape is inferred from the fields COR's
        category create and update accept; every field is optional.
        """
        from . import list_template_categories as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def create_template_category(
        self,
        *,
        body: EmailTemplateCategoryInput,
    ) -> EmailTemplateCategory:
        """Create a "my templates" category

        Creates a template category and returns it. The response is inferred to be the created category.
        """
        from . import create_template_category as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def update_template_category(
        self,
        id: int,
        *,
        body: EmailTemplateCategoryInput,
    ) -> None:
        """Rename a "my templates" category

        Updates the template category (its name). No response body is documented.
        """
        from . import update_template_category as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_template_category(
        self,
        id: int,
    ) -> None:
        """Delete a "my templates" category and its templates

        Deletes the template category. **Every template in the category is deleted with it.** No response body is
        documented.
        """
        from . import delete_template_category as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )
