"""The signup_forms operations: one module per operation, and the `AsyncSignupForms` and
`SyncSignupForms` namespaces with one method per operation (what `client.signup_forms` returns on a
pulsetrail client, async or sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from pulsetrail import AsyncPaginator, SyncPaginator

    from ...models.landing_page import LandingPage
    from ...models.signup_form import SignupForm
    from .. import AsyncRunner, SyncRunner

__all__ = ["AsyncSignupForms", "SyncSignupForms"]


class AsyncSignupForms:
    """The signup_forms operations of the API, each an async method: auth, throttle, retries and typed
    errors come from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_signup_forms(
        self,
    ) -> list[SignupForm]:
        """List the account's sign-up forms

        Returns all the account's sign-up forms, as a bare array. No paging or filter parameters are documented for
        this call.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.
        """
        from . import list_signup_forms as operation

        return await self._runner._call_operation(
            operation,
            True,
            (),
        )

    async def get_signup_form(
        self,
        id: int,
    ) -> SignupForm:
        """Get a sign-up form

        **Inferred path:** only SL (one unverified client) calls `GET /api/signupforms/{id}`; it follows
        ActiveTrail's `resource/{id}` pattern next to the confirmed `GET /api/signupforms`.

        Returns one sign-up form by its id. The shape is inferred (the list's item shape); every field is optional.
        """
        from . import get_signup_form as operation

        return await self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_landing_pages(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> AsyncPaginator[LandingPage, list[LandingPage]]:
        """List the account's landing pages

        Returns the account's landing pages, a page at a time (`Page`, `Limit`; 20 items when `Limit` is omitted),
        as a bare array.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        from . import list_landing_pages as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            page=page,
            limit=limit,
        )


class SyncSignupForms:
    """The signup_forms operations of the API, each a plain (blocking) method: auth, throttle, retries
    and typed errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_signup_forms(
        self,
    ) -> list[SignupForm]:
        """List the account's sign-up forms

        Returns all the account's sign-up forms, as a bare array. No paging or filter parameters are documented for
        this call.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.
        """
        from . import list_signup_forms as operation

        return self._runner._call_operation(
            operation,
            True,
            (),
        )

    def get_signup_form(
        self,
        id: int,
    ) -> SignupForm:
        """Get a sign-up form

        **Inferred path:** only SL (one unverified client) calls `GET /api/signupforms/{id}`; it follows
        ActiveTrail's `resource/{id}` pattern next to the confirmed `GET /api/signupforms`.

        Returns one sign-up form by its id. The shape is inferred (the list's item shape); every field is optional.
        """
        from . import get_signup_form as operation

        return self._runner._call_operation(
            operation,
            True,
            ("id",),
            id=id,
        )

    def list_landing_pages(
        self,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 20,
    ) -> SyncPaginator[LandingPage, list[LandingPage]]:
        """List the account's landing pages

        Returns the account's landing pages, a page at a time (`Page`, `Limit`; 20 items when `Limit` is omitted),
        as a bare array.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        from . import list_landing_pages as operation

        return self._runner._paginate_operation(
            operation,
            "page",
            None,
            (),
            page=page,
            limit=limit,
        )
