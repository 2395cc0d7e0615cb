"""The campaign_templates operations: one module per operation, its descriptor, and the `AsyncCampaignTemplates` and
`SyncCampaignTemplates` namespaces with one method per operation (what `client.campaign_templates` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.email_campaign import EmailCampaign
    from ...models.email_campaign_details import EmailCampaignDetails
    from ...models.email_template import EmailTemplate
    from ...models.email_template_category import EmailTemplateCategory
    from ...models.email_template_category_input import EmailTemplateCategoryInput
    from ...models.email_template_content import EmailTemplateContent
    from ...models.email_template_content_update import EmailTemplateContentUpdate
    from ...models.email_template_input import EmailTemplateInput
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncCampaignTemplates",
    "AsyncCampaignTemplatesWithRawResponse",
    "SyncCampaignTemplates",
    "SyncCampaignTemplatesWithRawResponse",
]


_LIST_TEMPLATES = op.Operation(
    name="list_templates",
    module=__name__ + ".list_templates",
    method="GET",
    path="/api/templates",
    parameters=(
        op.Parameter("search_term", "SearchTerm", "query", op.STR, required=False),
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[EmailTemplate]",
    paging=op.PageNumberPaging("page", "limit"),
)


_CREATE_TEMPLATE = op.Operation(
    name="create_template",
    module=__name__ + ".create_template",
    method="POST",
    path="/api/templates",
    parameters=(
        op.Parameter("body", "", "body", op.Type("model", "EmailTemplateInput")),
    ),
    success="EmailTemplate",
)


_GET_TEMPLATE = op.Operation(
    name="get_template",
    module=__name__ + ".get_template",
    method="GET",
    path="/api/templates/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailTemplate",
)


_UPDATE_TEMPLATE = op.Operation(
    name="update_template",
    module=__name__ + ".update_template",
    method="PUT",
    path="/api/templates/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailTemplateInput")),
    ),
    success="None",
)


_DELETE_TEMPLATE = op.Operation(
    name="delete_template",
    module=__name__ + ".delete_template",
    method="DELETE",
    path="/api/templates/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_GET_TEMPLATE_CONTENT = op.Operation(
    name="get_template_content",
    module=__name__ + ".get_template_content",
    method="GET",
    path="/api/templates/{id}/content",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="EmailTemplateContent",
)


_UPDATE_TEMPLATE_CONTENT = op.Operation(
    name="update_template_content",
    module=__name__ + ".update_template_content",
    method="PUT",
    path="/api/templates/{id}/content",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter(
            "body", "", "body", op.Type("model", "EmailTemplateContentUpdate")
        ),
    ),
    success="None",
)


_CREATE_CAMPAIGN_FROM_TEMPLATE = op.Operation(
    name="create_campaign_from_template",
    module=__name__ + ".create_campaign_from_template",
    method="POST",
    path="/api/templates/{id}/campaign",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter("body", "", "body", op.Type("model", "EmailCampaignDetails")),
    ),
    success="EmailCampaign",
)


_LIST_TEMPLATE_CATEGORIES = op.Operation(
    name="list_template_categories",
    module=__name__ + ".list_template_categories",
    method="GET",
    path="/api/templates/TemplateCategory",
    parameters=(),
    success="list[EmailTemplateCategory]",
)


_CREATE_TEMPLATE_CATEGORY = op.Operation(
    name="create_template_category",
    module=__name__ + ".create_template_category",
    method="POST",
    path="/api/templates/TemplateCategory",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "EmailTemplateCategoryInput")
        ),
    ),
    success="EmailTemplateCategory",
)


_UPDATE_TEMPLATE_CATEGORY = op.Operation(
    name="update_template_category",
    module=__name__ + ".update_template_category",
    method="PUT",
    path="/api/templates/TemplateCategory/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter(
            "body", "", "body", op.Type("model", "EmailTemplateCategoryInput")
        ),
    ),
    success="None",
)


_DELETE_TEMPLATE_CATEGORY = op.Operation(
    name="delete_template_category",
    module=__name__ + ".delete_template_category",
    method="DELETE",
    path="/api/templates/TemplateCategory/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_templates": _LIST_TEMPLATES,
    "create_template": _CREATE_TEMPLATE,
    "get_template": _GET_TEMPLATE,
    "update_template": _UPDATE_TEMPLATE,
    "delete_template": _DELETE_TEMPLATE,
    "get_template_content": _GET_TEMPLATE_CONTENT,
    "update_template_content": _UPDATE_TEMPLATE_CONTENT,
    "create_campaign_from_template": _CREATE_CAMPAIGN_FROM_TEMPLATE,
    "list_template_categories": _LIST_TEMPLATE_CATEGORIES,
    "create_template_category": _CREATE_TEMPLATE_CATEGORY,
    "update_template_category": _UPDATE_TEMPLATE_CATEGORY,
    "delete_template_category": _DELETE_TEMPLATE_CATEGORY,
}


class AsyncCampaignTemplates:
    """The account's "my templates" and template categories.

    The campaign_templates operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncCampaignTemplatesWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncCampaignTemplatesWithRawResponse(self._runner)

    def list_templates(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[EmailTemplate, list[EmailTemplate]]:
        """List the account's "my templates"

        Returns the templates saved under "My Templates", optionally searched by name. Without `Limit` you get 20.
        The items are inferred to have the fields COR's template update accepts; every field is optional.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_TEMPLATES,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_template(
        self,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplate:
        """Create a template in "my templates"

        Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this call;
        the body and the response are inferred from the template fields COR's update accepts.
        """
        return await self._runner._call(
            _CREATE_TEMPLATE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplate:
        """Get a template

        Returns one "my templates" template: name, subject, content, category and encoding. The shape is inferred
        from COR's template update fields; every field is optional.
        """
        return await self._runner._call(
            _GET_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_template(
        self,
        id: int,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a template

        Updates a "my templates" template: name, subject, HTML, editor type, print button, category and encoding.
        Send only the fields to change. To change only the HTML, `update_template_content` is simpler. No response
        body is documented.
        """
        return await self._runner._call(
            _UPDATE_TEMPLATE,
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

    async def delete_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a template

        Deletes a "my templates" template. No response body is documented.
        """
        return await self._runner._call(
            _DELETE_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_template_content(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplateContent:
        """Get a template's HTML

        Returns the template's HTML on its own. The wrapper is inferred to be the `{content}` object the update
        takes (COR); it is optional.
        """
        return await self._runner._call(
            _GET_TEMPLATE_CONTENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_template_content(
        self,
        id: int,
        *,
        body: EmailTemplateContentUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Replace a template's HTML

        Replaces the template's HTML. No response body is documented.
        """
        return await self._runner._call(
            _UPDATE_TEMPLATE_CONTENT,
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

    async def create_campaign_from_template(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Create an email campaign from a template

        Creates a draft email campaign based on the template. The campaign needs a sending profile
        (`user_profile_id`, from `GET /api/account/sendingprofiles`).

        Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`; whether the
        server wants them bare or wrapped is not documented), and the response the created campaign (shape of
        `GET /api/campaigns/{id}`), every field optional.
        """
        return await self._runner._call(
            _CREATE_CAMPAIGN_FROM_TEMPLATE,
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

    async def list_template_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[EmailTemplateCategory]:
        """List the "my templates" categories

        Returns the categories that organise "my templates". The item shape is inferred from the fields COR's
        category create and update accept; every field is optional.
        """
        return await self._runner._call(
            _LIST_TEMPLATE_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_template_category(
        self,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplateCategory:
        """Create a "my templates" category

        Creates a template category and returns it. The response is inferred to be the created category.
        """
        return await self._runner._call(
            _CREATE_TEMPLATE_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_template_category(
        self,
        id: int,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Rename a "my templates" category

        Updates the template category (its name). No response body is documented.
        """
        return await self._runner._call(
            _UPDATE_TEMPLATE_CATEGORY,
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

    async def delete_template_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a "my templates" category and its templates

        Deletes the template category. **Every template in the category is deleted with it.** No response body is
        documented.
        """
        return await self._runner._call(
            _DELETE_TEMPLATE_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncCampaignTemplatesWithRawResponse:
    """The account's "my templates" and template categories.

    The campaign_templates operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncCampaignTemplates`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_templates(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[EmailTemplate]]:
        """List the account's "my templates": the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_TEMPLATES,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_template(
        self,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplate]:
        """Create a template in "my templates": the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_TEMPLATE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplate]:
        """Get a template: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_template(
        self,
        id: int,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a template: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_TEMPLATE,
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

    async def delete_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a template: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_template_content(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplateContent]:
        """Get a template's HTML: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_TEMPLATE_CONTENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_template_content(
        self,
        id: int,
        *,
        body: EmailTemplateContentUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Replace a template's HTML: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_TEMPLATE_CONTENT,
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

    async def create_campaign_from_template(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Create an email campaign from a template: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_CAMPAIGN_FROM_TEMPLATE,
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

    async def list_template_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[EmailTemplateCategory]]:
        """List the "my templates" categories: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_TEMPLATE_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_template_category(
        self,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplateCategory]:
        """Create a "my templates" category: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_TEMPLATE_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def update_template_category(
        self,
        id: int,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Rename a "my templates" category: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_TEMPLATE_CATEGORY,
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

    async def delete_template_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a "my templates" category and its templates: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_TEMPLATE_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncCampaignTemplates:
    """The account's "my templates" and template categories.

    The campaign_templates operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncCampaignTemplatesWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncCampaignTemplatesWithRawResponse(self._runner)

    def list_templates(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[EmailTemplate, list[EmailTemplate]]:
        """List the account's "my templates"

        Returns the templates saved under "My Templates", optionally searched by name. Without `Limit` you get 20.
        The items are inferred to have the fields COR's template update accepts; every field is optional.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_TEMPLATES,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_template(
        self,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplate:
        """Create a template in "my templates"

        Saves a new template under "My Templates" and returns it. Only one unverified client (SL) shows this call;
        the body and the response are inferred from the template fields COR's update accepts.
        """
        return self._runner._call(
            _CREATE_TEMPLATE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplate:
        """Get a template

        Returns one "my templates" template: name, subject, content, category and encoding. The shape is inferred
        from COR's template update fields; every field is optional.
        """
        return self._runner._call(
            _GET_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_template(
        self,
        id: int,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a template

        Updates a "my templates" template: name, subject, HTML, editor type, print button, category and encoding.
        Send only the fields to change. To change only the HTML, `update_template_content` is simpler. No response
        body is documented.
        """
        return self._runner._call(
            _UPDATE_TEMPLATE,
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

    def delete_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a template

        Deletes a "my templates" template. No response body is documented.
        """
        return self._runner._call(
            _DELETE_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_template_content(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplateContent:
        """Get a template's HTML

        Returns the template's HTML on its own. The wrapper is inferred to be the `{content}` object the update
        takes (COR); it is optional.
        """
        return self._runner._call(
            _GET_TEMPLATE_CONTENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_template_content(
        self,
        id: int,
        *,
        body: EmailTemplateContentUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Replace a template's HTML

        Replaces the template's HTML. No response body is documented.
        """
        return self._runner._call(
            _UPDATE_TEMPLATE_CONTENT,
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

    def create_campaign_from_template(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailCampaign:
        """Create an email campaign from a template

        Creates a draft email campaign based on the template. The campaign needs a sending profile
        (`user_profile_id`, from `GET /api/account/sendingprofiles`).

        Inferred: the body is taken to be the campaign's details (COR sends them as `campaign_details`; whether the
        server wants them bare or wrapped is not documented), and the response the created campaign (shape of
        `GET /api/campaigns/{id}`), every field optional.
        """
        return self._runner._call(
            _CREATE_CAMPAIGN_FROM_TEMPLATE,
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

    def list_template_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[EmailTemplateCategory]:
        """List the "my templates" categories

        Returns the categories that organise "my templates". The item shape is inferred from the fields COR's
        category create and update accept; every field is optional.
        """
        return self._runner._call(
            _LIST_TEMPLATE_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_template_category(
        self,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> EmailTemplateCategory:
        """Create a "my templates" category

        Creates a template category and returns it. The response is inferred to be the created category.
        """
        return self._runner._call(
            _CREATE_TEMPLATE_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_template_category(
        self,
        id: int,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Rename a "my templates" category

        Updates the template category (its name). No response body is documented.
        """
        return self._runner._call(
            _UPDATE_TEMPLATE_CATEGORY,
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

    def delete_template_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a "my templates" category and its templates

        Deletes the template category. **Every template in the category is deleted with it.** No response body is
        documented.
        """
        return self._runner._call(
            _DELETE_TEMPLATE_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncCampaignTemplatesWithRawResponse:
    """The account's "my templates" and template categories.

    The campaign_templates operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncCampaignTemplates`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_templates(
        self,
        *,
        search_term: str | None = None,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[EmailTemplate]]:
        """List the account's "my templates": the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_TEMPLATES,
            {
                "search_term": search_term,
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_template(
        self,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplate]:
        """Create a template in "my templates": the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_TEMPLATE,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplate]:
        """Get a template: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_template(
        self,
        id: int,
        *,
        body: EmailTemplateInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a template: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_TEMPLATE,
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

    def delete_template(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a template: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_TEMPLATE,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_template_content(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplateContent]:
        """Get a template's HTML: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_TEMPLATE_CONTENT,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_template_content(
        self,
        id: int,
        *,
        body: EmailTemplateContentUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Replace a template's HTML: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_TEMPLATE_CONTENT,
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

    def create_campaign_from_template(
        self,
        id: int,
        *,
        body: EmailCampaignDetails,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailCampaign]:
        """Create an email campaign from a template: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_CAMPAIGN_FROM_TEMPLATE,
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

    def list_template_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[EmailTemplateCategory]]:
        """List the "my templates" categories: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_TEMPLATE_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_template_category(
        self,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[EmailTemplateCategory]:
        """Create a "my templates" category: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_TEMPLATE_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def update_template_category(
        self,
        id: int,
        *,
        body: EmailTemplateCategoryInput,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Rename a "my templates" category: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_TEMPLATE_CATEGORY,
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

    def delete_template_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a "my templates" category and its templates: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_TEMPLATE_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
