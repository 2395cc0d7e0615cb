"""The account operations: one module per operation, and the `AsyncAccount` and
`SyncAccount` namespaces with one method per operation (what `client.account` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from pulsetrail import AsyncPaginator, SyncPaginator

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

__all__ = ["AsyncAccount", "SyncAccount"]


class AsyncAccount:
    """The account operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_account_balance(
        self,
    ) -> AccountBalance:
        """Get the email and SMS credit balance

        Returns the account's remaining email and SMS credits, each with the percentage left and the low-credit
        alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a `coupons`
        object (a public client requires it and calls it the coupon balance); no source shows its fields, so they
        are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).
        """
        from . import get_account_balance as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def list_account_contact_fields(
        self,
        *,
        fields_type: str | Unset = UNSET,
    ) -> list[AccountContactField]:
        """List the account's contact fields, filtered by field type

        Returns the account's contact fields (the standard ones and the custom `ext`/`date`/`num`/`encryptedext`
        fields), optionally only those of one type.

        **Response shape inferred:** no source shows the items' fields. The field names below are our guess from
        the operation's purpose; every field is optional and the raw item is kept by the SDK.
        """
        from . import list_account_contact_fields as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            fields_type=fields_type,
        )

    async def list_email_sending_profiles(
        self,
    ) -> list[AccountEmailSendingProfile]:
        """List the account's email sending profiles

        Returns the email sending profiles (sender name and address, reply-to, subject postfix). Their `id` is the
        `user_profile_id` that email campaigns and automation email steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Note its `FromName` field is PascalCase while the others are snake_case.
        """
        from . import list_email_sending_profiles as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def list_sms_sending_profiles(
        self,
    ) -> list[AccountSmsSendingProfile]:
        """List the account's SMS sending profiles

        Returns the SMS sending profiles (sender name or number). Their `id` is the `user_sms_profile_id` /
        `sms_sending_profile_id` that SMS campaigns and automation SMS steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Its field names are camelCase.
        """
        from . import list_sms_sending_profiles as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_account_merge_status(
        self,
    ) -> bool:
        """Check whether the account has contact merges awaiting resolution

        Tells whether contacts are waiting in merge conflict (an email and an SMS number that belong to two
        different contacts; see `GET /api/contacts/merges`).

        **Response shape inferred:** no source shows the body. "Check if ..." suggests a plain JSON boolean; the
        SDK keeps the raw body in case it is an object.
        """
        from . import get_account_merge_status as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_active_commerce_integration(
        self,
    ) -> AccountActiveCommerceIntegration:
        """Get the account's ActiveCommerce integration data

        Returns the ActiveCommerce (e-commerce) integration settings of the account: which mailing list and group
        new customers are added to.

        **Response shape inferred** from a public client's description ("which mailing list and group are
        configured for the integration"); no source shows the field names. Every field is optional.
        """
        from . import get_active_commerce_integration as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def list_content_categories(
        self,
    ) -> list[AccountContentCategory]:
        """List the account's content categories

        Returns the content categories used to organize campaigns and templates.

        **Response shape inferred** from the fields a public client sends when creating and updating a category
        (`name`, `is_default`, `display_order`) plus its `id`. Every field is optional.
        """
        from . import list_content_categories as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def create_content_category(
        self,
        *,
        body: AccountContentCategoryCreate,
    ) -> AccountContentCategory:
        """Create a content category

        Creates a content category. The seed lists this line without a method; POST is the REST pattern and a
        public client's choice.

        **Response shape inferred:** no source shows the response; we assume the created category (as the API's
        other create calls return the created item).
        """
        from . import create_content_category as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    async def get_content_category(
        self,
        id: int,
    ) -> AccountContentCategory:
        """Get a content category by id

        Returns one content category.

        **Response shape inferred** (see `list_content_categories`). The path comes only from a public client's
        hand-set routes.
        """
        from . import get_content_category as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    async def update_content_category(
        self,
        id: int,
        *,
        body: AccountContentCategoryUpdate,
    ) -> None:
        """Update a content category

        Renames a content category or changes its display order. A public client sends `name` and `display_order`
        (both required there). The success body is not documented. The path comes only from that client's
        hand-set routes.
        """
        from . import update_content_category as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    async def delete_content_category(
        self,
        id: int,
    ) -> None:
        """Delete a content category

        Deletes a content category. The seed lists this line without a method; DELETE is the REST pattern and the
        path comes only from a public client's hand-set routes. The success body is not documented.
        """
        from . import delete_content_category as operation

        return await self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    async def get_executive_report(
        self,
    ) -> AccountExecutiveReport:
        """Get the account's executive report

        Returns the executive report: month-by-month email statistics of the account (sent, bounce, open, click,
        click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
        (transactional) email, over about the last 12 months.

        **Response shape inferred** from a public client's description of the report; no source shows the field
        names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps the
        raw body.
        """
        from . import get_executive_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_contact_growth_report(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> list[AccountContactGrowthDay]:
        """Get the daily growth of active and inactive contacts

        Returns, day by day, the number of active (subscribed) and inactive (unsubscribed) contacts in the date
        window. The default window is the last three months.

        **Response shape inferred** from a public client's description ("time-series data with daily
        breakdowns"); no source shows the field names. Every field is optional.
        """
        from . import get_contact_growth_report as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
            from_date=from_date,
            to_date=to_date,
        )


class SyncAccount:
    """The account operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def get_account_balance(
        self,
    ) -> AccountBalance:
        """Get the email and SMS credit balance

        Returns the account's remaining email and SMS credits, each with the percentage left and the low-credit
        alert level. The shape of `email` and `sms` is the official sample's. Live responses also carry a `coupons`
        object (a public client requires it and calls it the coupon balance); no source shows its fields, so they
        are inferred to mirror the `email` and `sms` balances (see `AccountBalanceCoupons`).
        """
        from . import get_account_balance as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def list_account_contact_fields(
        self,
        *,
        fields_type: str | Unset = UNSET,
    ) -> list[AccountContactField]:
        """List the account's contact fields, filtered by field type

        Returns the account's contact fields (the standard ones and the custom `ext`/`date`/`num`/`encryptedext`
        fields), optionally only those of one type.

        **Response shape inferred:** no source shows the items' fields. The field names below are our guess from
        the operation's purpose; every field is optional and the raw item is kept by the SDK.
        """
        from . import list_account_contact_fields as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            fields_type=fields_type,
        )

    def list_email_sending_profiles(
        self,
    ) -> list[AccountEmailSendingProfile]:
        """List the account's email sending profiles

        Returns the email sending profiles (sender name and address, reply-to, subject postfix). Their `id` is the
        `user_profile_id` that email campaigns and automation email steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Note its `FromName` field is PascalCase while the others are snake_case.
        """
        from . import list_email_sending_profiles as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def list_sms_sending_profiles(
        self,
    ) -> list[AccountSmsSendingProfile]:
        """List the account's SMS sending profiles

        Returns the SMS sending profiles (sender name or number). Their `id` is the `user_sms_profile_id` /
        `sms_sending_profile_id` that SMS campaigns and automation SMS steps take.

        **Response shape inferred** from a public Go client's struct (repository not identified, index id
        15270225362); no official sample. Its field names are camelCase.
        """
        from . import list_sms_sending_profiles as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_account_merge_status(
        self,
    ) -> bool:
        """Check whether the account has contact merges awaiting resolution

        Tells whether contacts are waiting in merge conflict (an email and an SMS number that belong to two
        different contacts; see `GET /api/contacts/merges`).

        **Response shape inferred:** no source shows the body. "Check if ..." suggests a plain JSON boolean; the
        SDK keeps the raw body in case it is an object.
        """
        from . import get_account_merge_status as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_active_commerce_integration(
        self,
    ) -> AccountActiveCommerceIntegration:
        """Get the account's ActiveCommerce integration data

        Returns the ActiveCommerce (e-commerce) integration settings of the account: which mailing list and group
        new customers are added to.

        **Response shape inferred** from a public client's description ("which mailing list and group are
        configured for the integration"); no source shows the field names. Every field is optional.
        """
        from . import get_active_commerce_integration as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def list_content_categories(
        self,
    ) -> list[AccountContentCategory]:
        """List the account's content categories

        Returns the content categories used to organize campaigns and templates.

        **Response shape inferred** from the fields a public client sends when creating and updating a category
        (`name`, `is_default`, `display_order`) plus its `id`. Every field is optional.
        """
        from . import list_content_categories as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def create_content_category(
        self,
        *,
        body: AccountContentCategoryCreate,
    ) -> AccountContentCategory:
        """Create a content category

        Creates a content category. The seed lists this line without a method; POST is the REST pattern and a
        public client's choice.

        **Response shape inferred:** no source shows the response; we assume the created category (as the API's
        other create calls return the created item).
        """
        from . import create_content_category as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            body=body,
        )

    def get_content_category(
        self,
        id: int,
    ) -> AccountContentCategory:
        """Get a content category by id

        Returns one content category.

        **Response shape inferred** (see `list_content_categories`). The path comes only from a public client's
        hand-set routes.
        """
        from . import get_content_category as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def update_content_category(
        self,
        id: int,
        *,
        body: AccountContentCategoryUpdate,
    ) -> None:
        """Update a content category

        Renames a content category or changes its display order. A public client sends `name` and `display_order`
        (both required there). The success body is not documented. The path comes only from that client's
        hand-set routes.
        """
        from . import update_content_category as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
            body=body,
        )

    def delete_content_category(
        self,
        id: int,
    ) -> None:
        """Delete a content category

        Deletes a content category. The seed lists this line without a method; DELETE is the REST pattern and the
        path comes only from a public client's hand-set routes. The success body is not documented.
        """
        from . import delete_content_category as operation

        return self._runner._call_operation(
            operation,
            False,
            ("id",),
            id=id,
        )

    def get_executive_report(
        self,
    ) -> AccountExecutiveReport:
        """Get the account's executive report

        Returns the executive report: month-by-month email statistics of the account (sent, bounce, open, click,
        click-to-open, complaint and unsubscribe rates), for marketing campaigns and for operational
        (transactional) email, over about the last 12 months.

        **Response shape inferred** from a public client's description of the report; no source shows the field
        names. We model an object holding a list of monthly rows; every field is optional and the SDK keeps the
        raw body.
        """
        from . import get_executive_report as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_contact_growth_report(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
    ) -> list[AccountContactGrowthDay]:
        """Get the daily growth of active and inactive contacts

        Returns, day by day, the number of active (subscribed) and inactive (unsubscribed) contacts in the date
        window. The default window is the last three months.

        **Response shape inferred** from a public client's description ("time-series data with daily
        breakdowns"); no source shows the field names. Every field is optional.
        """
        from . import get_contact_growth_report as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
            from_date=from_date,
            to_date=to_date,
        )
