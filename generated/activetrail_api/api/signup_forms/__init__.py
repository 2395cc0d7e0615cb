"""The signup_forms operations: one module per operation, its descriptor, and the `AsyncSignupForms` and
`SyncSignupForms` namespaces with one method per operation (what `client.signup_forms` returns on a
pulsetrail client, async or sync; `.with_raw_response` gives the same methods answering raw responses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pulsetrail import _operation as op

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from pulsetrail import AsyncPaginator, RawResponse, SyncPaginator

    from ...models.landing_page import LandingPage
    from ...models.signup_form import SignupForm
    from .. import AsyncRunner, SyncRunner

__all__ = [
    "OPERATIONS",
    "AsyncSignupForms",
    "AsyncSignupFormsWithRawResponse",
    "SyncSignupForms",
    "SyncSignupFormsWithRawResponse",
]


_LIST_SIGNUP_FORMS = op.Operation(
    name="list_signup_forms",
    module=__name__ + ".list_signup_forms",
    method="GET",
    path="/api/signupforms",
    parameters=(),
    success="list[SignupForm]",
)


_GET_SIGNUP_FORM = op.Operation(
    name="get_signup_form",
    module=__name__ + ".get_signup_form",
    method="GET",
    path="/api/signupforms/{id}",
    parameters=(op.Parameter("id", "id", "path", op.INT),),
    success="SignupForm",
)


_LIST_LANDING_PAGES = op.Operation(
    name="list_landing_pages",
    module=__name__ + ".list_landing_pages",
    method="GET",
    path="/api/landingpage",
    parameters=(
        op.Parameter("page", "Page", "query", op.INT, required=False),
        op.Parameter("limit", "Limit", "query", op.INT, required=False),
    ),
    success="list[LandingPage]",
    paging=op.PageNumberPaging("page", "limit"),
)

#: every operation of the tag by its Python name: what its methods hand the client (verify, tools and docs read them)
OPERATIONS: dict[str, op.Operation] = {
    "list_signup_forms": _LIST_SIGNUP_FORMS,
    "get_signup_form": _GET_SIGNUP_FORM,
    "list_landing_pages": _LIST_LANDING_PAGES,
}


class AsyncSignupForms:
    """Sign-up forms and landing pages.

    The signup_forms operations, each an async method: auth, throttle, retries and typed errors come
    from the pulsetrail client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> AsyncSignupFormsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return AsyncSignupFormsWithRawResponse(self._runner)

    async def list_signup_forms(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[SignupForm]:
        """List the account's sign-up forms

        Returns all the account's sign-up forms, as a bare array. No paging or filter parameters are documented for
        this call.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.
        """
        return await self._runner._call(
            _LIST_SIGNUP_FORMS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_signup_form(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SignupForm:
        """Get a sign-up form

        **Inferred path:** only SL (one unverified client) calls `GET /api/signupforms/{id}`; it follows
        ActiveTrail's `resource/{id}` pattern next to the confirmed `GET /api/signupforms`.

        Returns one sign-up form by its id. The shape is inferred (the list's item shape); every field is optional.
        """
        return await self._runner._call(
            _GET_SIGNUP_FORM,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_landing_pages(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> AsyncPaginator[LandingPage, list[LandingPage]]:
        """List the account's landing pages

        Returns the account's landing pages, a page at a time (`Page`, `Limit`; 20 items when `Limit` is omitted),
        as a bare array.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.

        Awaited, returns the one page asked for; iterated (`async for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_LANDING_PAGES,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class AsyncSignupFormsWithRawResponse:
    """Sign-up forms and landing pages.

    The signup_forms operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `AsyncSignupForms`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_signup_forms(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[SignupForm]]:
        """List the account's sign-up forms: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_SIGNUP_FORMS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def get_signup_form(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SignupForm]:
        """Get a sign-up form: the raw response; `.parse()` reads it."""
        return await self._runner._call_raw(
            _GET_SIGNUP_FORM,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    async def list_landing_pages(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[LandingPage]]:
        """List the account's landing pages: the raw response (one page); `.parse()` reads it."""
        return await self._runner._call_raw(
            _LIST_LANDING_PAGES,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncSignupForms:
    """Sign-up forms and landing pages.

    The signup_forms operations, each a plain (blocking) method: auth, throttle, retries and typed
    errors come from the pulsetrail sync client that holds this namespace."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    @property
    def with_raw_response(self) -> SyncSignupFormsWithRawResponse:
        """The same operations, each answering its raw response (`RawResponse`)."""
        return SyncSignupFormsWithRawResponse(self._runner)

    def list_signup_forms(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> list[SignupForm]:
        """List the account's sign-up forms

        Returns all the account's sign-up forms, as a bare array. No paging or filter parameters are documented for
        this call.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.
        """
        return self._runner._call(
            _LIST_SIGNUP_FORMS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_signup_form(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SignupForm:
        """Get a sign-up form

        **Inferred path:** only SL (one unverified client) calls `GET /api/signupforms/{id}`; it follows
        ActiveTrail's `resource/{id}` pattern next to the confirmed `GET /api/signupforms`.

        Returns one sign-up form by its id. The shape is inferred (the list's item shape); every field is optional.
        """
        return self._runner._call(
            _GET_SIGNUP_FORM,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_landing_pages(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> SyncPaginator[LandingPage, list[LandingPage]]:
        """List the account's landing pages

        Returns the account's landing pages, a page at a time (`Page`, `Limit`; 20 items when `Limit` is omitted),
        as a bare array.

        The item shape is inferred (no sample is stored): `id` and `name`, all optional; other fields are kept as
        sent.

        Called with `.get()`, returns the one page asked for; iterated (`for`), streams every item of every page from there.
        """
        return self._runner._paginate(
            _LIST_LANDING_PAGES,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )


class SyncSignupFormsWithRawResponse:
    """Sign-up forms and landing pages.

    The signup_forms operations, each answering its `RawResponse` (status, headers, attempts, elapsed
    time; `.parse()` gives what `SyncSignupForms`'s method returns; a list operation answers its one page)."""

    __slots__ = ("_runner",)

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def list_signup_forms(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[SignupForm]]:
        """List the account's sign-up forms: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_SIGNUP_FORMS,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def get_signup_form(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[SignupForm]:
        """Get a sign-up form: the raw response; `.parse()` reads it."""
        return self._runner._call_raw(
            _GET_SIGNUP_FORM,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )

    def list_landing_pages(
        self,
        *,
        page: int | None = 1,
        limit: int | None = 20,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        deadline: float | None = None,
    ) -> RawResponse[list[LandingPage]]:
        """List the account's landing pages: the raw response (one page); `.parse()` reads it."""
        return self._runner._call_raw(
            _LIST_LANDING_PAGES,
            {
                "page": page,
                "limit": limit,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            deadline=deadline,
        )
