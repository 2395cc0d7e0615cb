"""The account operations: one module per operation, its descriptor, and the `AsyncAccount` and
`SyncAccount` namespaces with one method per operation (what `client.account` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.account_active_commerce_integration import (
        AccountActiveCommerceIntegration,
    )
    from ...models.account_balance import AccountBalance
    from ...models.account_contact_field import AccountContactField
    from ...models.account_contact_growth_day import AccountContactGrowthDay
    from ...models.account_content_category import AccountContentCategory
    from ...models.account_content_category_create import AccountContentCategoryCreate
    from ...models.account_content_category_update import AccountContentCategoryUpdate
    from ...models.account_email_sending_profile import AccountEmailSendingProfile
    from ...models.account_executive_report import AccountExecutiveReport
    from ...models.account_sms_sending_profile import AccountSmsSendingProfile
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncAccount",
    "AsyncAccountWithRawResponse",
    "SyncAccount",
    "SyncAccountWithRawResponse",
]


_GET_ACCOUNT_BALANCE = op.Operation(
    name="get_account_balance",
    module=__name__ + ".get_account_balance",
    method="GET",
    path="/api/account/balance",
    parameters=(),
    success="AccountBalance",
)


_LIST_ACCOUNT_CONTACT_FIELDS = op.Operation(
    name="list_account_contact_fields",
    module=__name__ + ".list_account_contact_fields",
    method="GET",
    path="/api/account/contactFields",
    parameters=(
        op.Parameter("fields_type", "FieldsType", "query", op.STR, required=False),
    ),
    success="list[AccountContactField]",
)


_LIST_EMAIL_SENDING_PROFILES = op.Operation(
    name="list_email_sending_profiles",
    module=__name__ + ".list_email_sending_profiles",
    method="GET",
    path="/api/account/sendingprofiles",
    parameters=(),
    success="list[AccountEmailSendingProfile]",
)


_LIST_SMS_SENDING_PROFILES = op.Operation(
    name="list_sms_sending_profiles",
    module=__name__ + ".list_sms_sending_profiles",
    method="GET",
    path="/api/account/sms-sendingprofiles",
    parameters=(),
    success="list[AccountSmsSendingProfile]",
)


_GET_ACCOUNT_MERGE_STATUS = op.Operation(
    name="get_account_merge_status",
    module=__name__ + ".get_account_merge_status",
    method="GET",
    path="/api/account/merge",
    parameters=(),
    success="bool",
)


_GET_ACTIVE_COMMERCE_INTEGRATION = op.Operation(
    name="get_active_commerce_integration",
    module=__name__ + ".get_active_commerce_integration",
    method="GET",
    path="/api/account/integrationdata/activecommerce",
    parameters=(),
    success="AccountActiveCommerceIntegration",
)


_LIST_CONTENT_CATEGORIES = op.Operation(
    name="list_content_categories",
    module=__name__ + ".list_content_categories",
    method="GET",
    path="/api/account/contentCategories",
    parameters=(),
    success="list[AccountContentCategory]",
)


_CREATE_CONTENT_CATEGORY = op.Operation(
    name="create_content_category",
    module=__name__ + ".create_content_category",
    method="POST",
    path="/api/account/contentCategories",
    parameters=(
        op.Parameter(
            "body", "", "body", op.Type("model", "AccountContentCategoryCreate")
        ),
    ),
    success="AccountContentCategory",
)


_GET_CONTENT_CATEGORY = op.Operation(
    name="get_content_category",
    module=__name__ + ".get_content_category",
    method="GET",
    path="/api/account/contentCategories/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="AccountContentCategory",
)


_UPDATE_CONTENT_CATEGORY = op.Operation(
    name="update_content_category",
    module=__name__ + ".update_content_category",
    method="PUT",
    path="/api/account/contentCategories/{id}",
    parameters=(
        op.Parameter("id", "id", "path", op.INT),
        op.Parameter(
            "body", "", "body", op.Type("model", "AccountContentCategoryUpdate")
        ),
    ),
    success="None",
)


_DELETE_CONTENT_CATEGORY = op.Operation(
    name="delete_content_category",
    module=__name__ + ".delete_content_category",
    method="DELETE",
    path="/api/account/contentCategories/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="None",
)


_GET_EXECUTIVE_REPORT = op.Operation(
    name="get_executive_report",
    module=__name__ + ".get_executive_report",
    method="GET",
    path="/api/account/executivereport",
    parameters=(),
    success="AccountExecutiveReport",
)


_GET_CONTACT_GROWTH_REPORT = op.Operation(
    name="get_contact_growth_report",
    module=__name__ + ".get_contact_growth_report",
    method="GET",
    path="/api/account/executivereport/contactgrowth",
    parameters=(
        op.Parameter("from_date", "FromDate", "query", op.DATE, required=False),
        op.Parameter("to_date", "ToDate", "query", op.DATE, required=False),
    ),
    success="list[AccountContactGrowthDay]",
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "get_account_balance": _GET_ACCOUNT_BALANCE,
    "list_account_contact_fields": _LIST_ACCOUNT_CONTACT_FIELDS,
    "list_email_sending_profiles": _LIST_EMAIL_SENDING_PROFILES,
    "list_sms_sending_profiles": _LIST_SMS_SENDING_PROFILES,
    "get_account_merge_status": _GET_ACCOUNT_MERGE_STATUS,
    "get_active_commerce_integration": _GET_ACTIVE_COMMERCE_INTEGRATION,
    "list_content_categories": _LIST_CONTENT_CATEGORIES,
    "create_content_category": _CREATE_CONTENT_CATEGORY,
    "get_content_category": _GET_CONTENT_CATEGORY,
    "update_content_category": _UPDATE_CONTENT_CATEGORY,
    "delete_content_category": _DELETE_CONTENT_CATEGORY,
    "get_executive_report": _GET_EXECUTIVE_REPORT,
    "get_contact_growth_report": _GET_CONTACT_GROWTH_REPORT,
}


class AsyncAccount:
    """Account settings, credit balance, sending profiles, content categories and executive reports.

    The account operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncAccountWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncAccountWithRawResponse(self._runner)

    async def get_account_balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountBalance:
        """Get the email and SMS credit balance

        Returns the account's remaining email and SMS credits, each with the percentage left and the low-credit
        alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a `coupons`
        object (a public client requires it and calls it the coupon balance); no source shows its fields, so they
        are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).
        """
        return await self._runner._call(
            _GET_ACCOUNT_BALANCE,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_account_contact_fields(
        self,
        *,
        fields_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountContactField]:
        """List the account's contact fields, filtered by field type

        Returns the account's contact fields (the standard ones and the custom `ext`/`date`/`num`/`encryptedext`
        fields), optionally only those of one type.

        **Response shape inferred:** no source shows the items' fields. The field names below are our guess from
        the operation's purpose; every field is optional and the raw item is kept by the SDK.
        """
        return await self._runner._call(
            _LIST_ACCOUNT_CONTACT_FIELDS,
            {
                "fields_type": fields_type,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_email_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountEmailSendingProfile]:
        """List the account's email sending profiles

        Returns the email sending profiles (sender name and address, reply-to, subject postfix). Their `id` is the
        `user_profile_id` that email campaigns and automation email steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Note its `FromName` field is PascalCase while the others are snake_case.
        """
        return await self._runner._call(
            _LIST_EMAIL_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_sms_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountSmsSendingProfile]:
        """List the account's SMS sending profiles

        Returns the SMS sending profiles (sender name or number). Their `id` is the `user_sms_profile_id` /
        `sms_sending_profile_id` that SMS campaigns and automation SMS steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Its field names are camelCase.
        """
        return await self._runner._call(
            _LIST_SMS_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_account_merge_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> bool:
        """Check whether the account has contact merges awaiting resolution

        Tells whether contacts are waiting in merge conflict (an email and an SMS number that belong to two
        different contacts; see `GET /api/contacts/merges`).

        **Response shape inferred:** no source shows the body. "Check if ..." suggests a plain JSON boolean; the
        SDK keeps the raw body in case it is an object.
        """
        return await self._runner._call(
            _GET_ACCOUNT_MERGE_STATUS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_active_commerce_integration(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountActiveCommerceIntegration:
        """Get the account's ActiveCommerce integration data

        Returns the ActiveCommerce (e-commerce) integration settings of the account: which mailing list and group
        new customers are added to.

        **Response shape inferred** from a public client's description ("which mailing list and group are
        configured for the integration"); no source shows the field names. Every field is optional.
        """
        return await self._runner._call(
            _GET_ACTIVE_COMMERCE_INTEGRATION,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_content_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountContentCategory]:
        """List the account's content categories

        Returns the content categories used to organize campaigns and templates.

        **Response shape inferred** from the fields a public client sends when creating and updating a category
        (`name`, `is_default`, `display_order`) plus its `id`. Every field is optional.
        """
        return await self._runner._call(
            _LIST_CONTENT_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_content_category(
        self,
        *,
        body: AccountContentCategoryCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountContentCategory:
        """Create a content category

        Creates a content category. The seed lists this line without a method; POST is the REST pattern and a
        public client's choice.

        **Response shape inferred:** no source shows the response; we assume the created category (as the API's
        other create calls return the created item).
        """
        return await self._runner._call(
            _CREATE_CONTENT_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountContentCategory:
        """Get a content category by id

        Returns one content category.

        **Response shape inferred** (see `list_content_categories`). The path comes only from a public client's
        hand-set routes.
        """
        return await self._runner._call(
            _GET_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_content_category(
        self,
        id: int,
        *,
        body: AccountContentCategoryUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a content category

        Renames a content category or changes its display order. A public client sends `name` and `display_order`
        (both required there). The success body is not documented. The path comes only from that client's
        hand-set routes.
        """
        return await self._runner._call(
            _UPDATE_CONTENT_CATEGORY,
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

    async def delete_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a content category

        Deletes a content category. The seed lists this line without a method; DELETE is the REST pattern and the
        path comes only from a public client's hand-set routes. The success body is not documented.
        """
        return await self._runner._call(
            _DELETE_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_executive_report(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountExecutiveReport:
        """Get the account's executive report

        Returns the executive report: month-by-month email statistics of the account (sent, bounce, open, click,
        click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
        (transactional) email, over about the last 12 months.

        **Response shape inferred** from a public client's description of the report; no source shows the field
        names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps the
        raw body.
        """
        return await self._runner._call(
            _GET_EXECUTIVE_REPORT,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_contact_growth_report(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountContactGrowthDay]:
        """Get the daily growth of active and inactive contacts

        Returns, day by day, the number of active (subscribed) and inactive (unsubscribed) contacts in the date
        window. The default window is the last three months.

        **Response shape inferred** from a public client's description ("time-series data with daily
        breakdowns"); no source shows the field names. Every field is optional.
        """
        return await self._runner._call(
            _GET_CONTACT_GROWTH_REPORT,
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncAccountWithRawResponse:
    """Account settings, credit balance, sending profiles, content categories and executive reports.

    The account operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncAccount`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_account_balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountBalance]:
        """Get the email and SMS credit balance: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_ACCOUNT_BALANCE,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_account_contact_fields(
        self,
        *,
        fields_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountContactField]]:
        """List the account's contact fields, filtered by field type: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_ACCOUNT_CONTACT_FIELDS,
            {
                "fields_type": fields_type,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_email_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountEmailSendingProfile]]:
        """List the account's email sending profiles: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_EMAIL_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_sms_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountSmsSendingProfile]]:
        """List the account's SMS sending profiles: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_SMS_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_account_merge_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[bool]:
        """Check whether the account has contact merges awaiting resolution: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_ACCOUNT_MERGE_STATUS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_active_commerce_integration(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountActiveCommerceIntegration]:
        """Get the account's ActiveCommerce integration data: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_ACTIVE_COMMERCE_INTEGRATION,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_content_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountContentCategory]]:
        """List the account's content categories: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_CONTENT_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def create_content_category(
        self,
        *,
        body: AccountContentCategoryCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountContentCategory]:
        """Create a content category: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _CREATE_CONTENT_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    async def get_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountContentCategory]:
        """Get a content category by id: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def update_content_category(
        self,
        id: int,
        *,
        body: AccountContentCategoryUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a content category: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _UPDATE_CONTENT_CATEGORY,
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

    async def delete_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a content category: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _DELETE_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_executive_report(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountExecutiveReport]:
        """Get the account's executive report: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_EXECUTIVE_REPORT,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_contact_growth_report(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountContactGrowthDay]]:
        """Get the daily growth of active and inactive contacts: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_CONTACT_GROWTH_REPORT,
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAccount:
    """Account settings, credit balance, sending profiles, content categories and executive reports.

    The account operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncAccountWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncAccountWithRawResponse(self._runner)

    def get_account_balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountBalance:
        """Get the email and SMS credit balance

        Returns the account's remaining email and SMS credits, each with the percentage left and the low-credit
        alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a `coupons`
        object (a public client requires it and calls it the coupon balance); no source shows its fields, so they
        are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).
        """
        return self._runner._call(
            _GET_ACCOUNT_BALANCE,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_account_contact_fields(
        self,
        *,
        fields_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountContactField]:
        """List the account's contact fields, filtered by field type

        Returns the account's contact fields (the standard ones and the custom `ext`/`date`/`num`/`encryptedext`
        fields), optionally only those of one type.

        **Response shape inferred:** no source shows the items' fields. The field names below are our guess from
        the operation's purpose; every field is optional and the raw item is kept by the SDK.
        """
        return self._runner._call(
            _LIST_ACCOUNT_CONTACT_FIELDS,
            {
                "fields_type": fields_type,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_email_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountEmailSendingProfile]:
        """List the account's email sending profiles

        Returns the email sending profiles (sender name and address, reply-to, subject postfix). Their `id` is the
        `user_profile_id` that email campaigns and automation email steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Note its `FromName` field is PascalCase while the others are snake_case.
        """
        return self._runner._call(
            _LIST_EMAIL_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_sms_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountSmsSendingProfile]:
        """List the account's SMS sending profiles

        Returns the SMS sending profiles (sender name or number). Their `id` is the `user_sms_profile_id` /
        `sms_sending_profile_id` that SMS campaigns and automation SMS steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Its field names are camelCase.
        """
        return self._runner._call(
            _LIST_SMS_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_account_merge_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> bool:
        """Check whether the account has contact merges awaiting resolution

        Tells whether contacts are waiting in merge conflict (an email and an SMS number that belong to two
        different contacts; see `GET /api/contacts/merges`).

        **Response shape inferred:** no source shows the body. "Check if ..." suggests a plain JSON boolean; the
        SDK keeps the raw body in case it is an object.
        """
        return self._runner._call(
            _GET_ACCOUNT_MERGE_STATUS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_active_commerce_integration(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountActiveCommerceIntegration:
        """Get the account's ActiveCommerce integration data

        Returns the ActiveCommerce (e-commerce) integration settings of the account: which mailing list and group
        new customers are added to.

        **Response shape inferred** from a public client's description ("which mailing list and group are
        configured for the integration"); no source shows the field names. Every field is optional.
        """
        return self._runner._call(
            _GET_ACTIVE_COMMERCE_INTEGRATION,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_content_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountContentCategory]:
        """List the account's content categories

        Returns the content categories used to organize campaigns and templates.

        **Response shape inferred** from the fields a public client sends when creating and updating a category
        (`name`, `is_default`, `display_order`) plus its `id`. Every field is optional.
        """
        return self._runner._call(
            _LIST_CONTENT_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_content_category(
        self,
        *,
        body: AccountContentCategoryCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountContentCategory:
        """Create a content category

        Creates a content category. The seed lists this line without a method; POST is the REST pattern and a
        public client's choice.

        **Response shape inferred:** no source shows the response; we assume the created category (as the API's
        other create calls return the created item).
        """
        return self._runner._call(
            _CREATE_CONTENT_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountContentCategory:
        """Get a content category by id

        Returns one content category.

        **Response shape inferred** (see `list_content_categories`). The path comes only from a public client's
        hand-set routes.
        """
        return self._runner._call(
            _GET_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_content_category(
        self,
        id: int,
        *,
        body: AccountContentCategoryUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a content category

        Renames a content category or changes its display order. A public client sends `name` and `display_order`
        (both required there). The success body is not documented. The path comes only from that client's
        hand-set routes.
        """
        return self._runner._call(
            _UPDATE_CONTENT_CATEGORY,
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

    def delete_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a content category

        Deletes a content category. The seed lists this line without a method; DELETE is the REST pattern and the
        path comes only from a public client's hand-set routes. The success body is not documented.
        """
        return self._runner._call(
            _DELETE_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_executive_report(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AccountExecutiveReport:
        """Get the account's executive report

        Returns the executive report: month-by-month email statistics of the account (sent, bounce, open, click,
        click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
        (transactional) email, over about the last 12 months.

        **Response shape inferred** from a public client's description of the report; no source shows the field
        names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps the
        raw body.
        """
        return self._runner._call(
            _GET_EXECUTIVE_REPORT,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_contact_growth_report(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[AccountContactGrowthDay]:
        """Get the daily growth of active and inactive contacts

        Returns, day by day, the number of active (subscribed) and inactive (unsubscribed) contacts in the date
        window. The default window is the last three months.

        **Response shape inferred** from a public client's description ("time-series data with daily
        breakdowns"); no source shows the field names. Every field is optional.
        """
        return self._runner._call(
            _GET_CONTACT_GROWTH_REPORT,
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncAccountWithRawResponse:
    """Account settings, credit balance, sending profiles, content categories and executive reports.

    The account operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncAccount`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_account_balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountBalance]:
        """Get the email and SMS credit balance: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_ACCOUNT_BALANCE,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_account_contact_fields(
        self,
        *,
        fields_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountContactField]]:
        """List the account's contact fields, filtered by field type: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_ACCOUNT_CONTACT_FIELDS,
            {
                "fields_type": fields_type,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_email_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountEmailSendingProfile]]:
        """List the account's email sending profiles: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_EMAIL_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_sms_sending_profiles(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountSmsSendingProfile]]:
        """List the account's SMS sending profiles: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_SMS_SENDING_PROFILES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_account_merge_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[bool]:
        """Check whether the account has contact merges awaiting resolution: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_ACCOUNT_MERGE_STATUS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_active_commerce_integration(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountActiveCommerceIntegration]:
        """Get the account's ActiveCommerce integration data: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_ACTIVE_COMMERCE_INTEGRATION,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_content_categories(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountContentCategory]]:
        """List the account's content categories: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_CONTENT_CATEGORIES,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def create_content_category(
        self,
        *,
        body: AccountContentCategoryCreate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountContentCategory]:
        """Create a content category: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _CREATE_CONTENT_CATEGORY,
            {
                "body": body,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            deadline=deadline,
        )

    def get_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountContentCategory]:
        """Get a content category by id: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def update_content_category(
        self,
        id: int,
        *,
        body: AccountContentCategoryUpdate,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Update a content category: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _UPDATE_CONTENT_CATEGORY,
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

    def delete_content_category(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[None]:
        """Delete a content category: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _DELETE_CONTENT_CATEGORY,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_executive_report(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[AccountExecutiveReport]:
        """Get the account's executive report: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_EXECUTIVE_REPORT,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_contact_growth_report(
        self,
        *,
        from_date: datetime.date | None = None,
        to_date: datetime.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[AccountContactGrowthDay]]:
        """Get the daily growth of active and inactive contacts: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_CONTACT_GROWTH_REPORT,
            {
                "from_date": from_date,
                "to_date": to_date,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
