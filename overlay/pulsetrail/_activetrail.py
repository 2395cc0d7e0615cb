"""`pulsetrail.ActiveTrail`: the ActiveTrail REST API client."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Required, TypeAlias, TypedDict, TypeVar, Unpack

from activetrail_api.api import AsyncNamespaces

from ._auth import ActiveTrailAuth
from ._bulk import BulkResult, ChunkOutcome, match_index, send_in_chunks
from ._client import AsyncOptions, BaseClient
from ._exceptions import InvalidInputError, check_id
from ._filter import as_date
from ._operation import is_unset

# The generated client and models are imported where they are used: `from pulsetrail import ActiveTrail` builds no
# attrs class (they cost a third of its import time, make bench's import_ratio).
if TYPE_CHECKING:
    from activetrail_api import Client as GeneratedActiveTrailClient
    from activetrail_api.models import (
        ContactInput,
        ContactsImportRequest,
        ExternalContactRef,
        OperationalMessageContactPackage,
        OperationalMessageContactsRequest,
    )

    ExternalContactInput: TypeAlias = ExternalContactRef | Mapping[str, Any] | tuple[str, str]

__all__ = ["ActiveTrail"]

ACTIVETRAIL_BASE_URL = "https://webapi.mymarketing.co.il"
IMPORT_LIMIT = 1000  # contacts per call: contacts import, External import and add/remove
OPERATIONAL_MESSAGE_LIMIT = 500  # recipients per operational-message call
T = TypeVar("T")


def _generated_client(**settings: Any) -> GeneratedActiveTrailClient:
    from activetrail_api import Client

    return Client(**settings)


class _ActiveTrailCore:
    """What `ActiveTrail` and `SyncActiveTrail` decide alike, before their base (async or sync) takes over."""

    first_page: int

    def _setup(self, token: str, first_page: int) -> dict[str, Any]:
        """Checks `first_page`; the base's arguments besides the caller's options."""
        if first_page not in (0, 1):
            raise InvalidInputError("first_page", first_page, "must be 1 (documented) or 0")
        self.first_page = first_page
        defaults = {"base_url": ACTIVETRAIL_BASE_URL}
        return {"auth": ActiveTrailAuth(token), "generated": _generated_client, "defaults": defaults}

    def _paging_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """ActiveTrail's date filters take a date, a datetime or an ISO string."""
        return {name: _as_query_date(name, value) for name, value in arguments.items()}


class ActiveTrail(_ActiveTrailCore, BaseClient["GeneratedActiveTrailClient"], AsyncNamespaces):
    """An async client of the ActiveTrail REST API. The token is sent raw in `Authorization` (no scheme).

    `first_page` is the number of ActiveTrail's first page: 1 per the official reference pages (some sources say
    0; the paginator never sends a page below `first_page`). No rate limit is documented; set `rate_limit` (requests
    per second) to throttle anyway. At most `max_in_flight` requests are sent at once (over as many kept-alive
    connections); further calls wait their turn. The other keyword arguments (`base_url`, `timeout`, `retry`,
    `rate_limit`, `rate_limiter`, `transport`, `http_client`, `max_in_flight`) are `pulsetrail.ClientOptions`.

    Every operation is a typed method of a namespace named after its section: `await at.contacts.get_contact(42)`,
    `await at.groups.add_group_member(12, body=...)`, `async for contact in at.contacts.list_contacts(): ...`.
    """

    def __init__(
        self,
        token: str,
        *,
        first_page: int = 1,
        **options: Unpack[AsyncOptions],
    ) -> None:
        super().__init__(**self._setup(token, first_page), **options)

    # unasync: begin (scripts/unasync.py writes SyncActiveTrail's twin of what follows into _sync_activetrail.py)
    async def import_contacts(
        self, contacts: Sequence[ContactInput | Mapping[str, Any]], **options: Unpack[ImportOptions]
    ) -> BulkResult[ContactInput]:
        """Import any number of contacts into a group (`group_id`, and `mailing_list_id` when given): 1000 per call,
        `concurrency` calls at a time (4), one merged result whose errors give each failed contact's index. Every
        contact is checked (email or sms) before anything is sent."""
        return await self._bulk(_import_plan(contacts, **options))

    async def add_external_contacts(
        self, contacts: Sequence[ExternalContactInput], **options: Unpack[ExternalOptions]
    ) -> BulkResult[ExternalContactRef]:
        """Add contacts known by external id and name (`ExternalContactRef`, a mapping or an `(id, name)` pair) to a
        group (`group_id`) or a mailing list (`mailing_list_id`), 1000 per call, `concurrency` at a time, merged."""
        return await self._bulk(_external_bulk_plan(contacts, remove=False, **options))

    async def remove_external_contacts(
        self, contacts: Sequence[ExternalContactInput], **options: Unpack[ExternalOptions]
    ) -> BulkResult[ExternalContactRef]:
        """Remove contacts known by external id and name from a group (`group_id`) or a mailing list
        (`mailing_list_id`), 1000 per call, `concurrency` at a time, merged."""
        return await self._bulk(_external_bulk_plan(contacts, remove=True, **options))

    async def send_operational_message(
        self,
        recipients: Sequence[OperationalMessageContactPackage | Mapping[str, Any]],
        **options: Unpack[MessageOptions],
    ) -> BulkResult[OperationalMessageContactPackage]:
        """Send an operational (transactional) email to any number of contacts, 500 per call, `concurrency` at a
        time. `message` holds the message itself (`details`, `design`, ...; its own `contact_package` is ignored);
        each recipient is a `{contact: {email, ...}, pairs: [{key, value}]}` package and needs an email."""
        return await self._bulk(_message_plan(recipients, **options))

    async def _bulk(self, plan: BulkPlan[T]) -> BulkResult[T]:
        async def send(chunk: Sequence[T]) -> ChunkOutcome:
            return plan.outcome(chunk, await plan.request(self, chunk))

        return await send_in_chunks(plan.items, chunk_size=plan.chunk_size, send=send, concurrency=plan.concurrency)

    # unasync: end


def _as_query_date(name: str, value: Any) -> Any:
    """`from_date`/`to_date` (and other date filters) accept a date, a datetime or an ISO string."""
    if not name.endswith("date") or value is None or is_unset(value):
        return value
    return as_date(name, value)


def _contact(index: int, item: ContactInput | Mapping[str, Any]) -> ContactInput:
    from activetrail_api.models import ContactInput

    field = f"contacts[{index}]"
    if isinstance(item, Mapping):
        try:
            item = ContactInput.from_dict(dict(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(field, item, f"is not a valid contact ({exc})") from None
    if not isinstance(item, ContactInput):
        raise InvalidInputError(field, item, "must be a ContactInput or a mapping of contact fields")
    email = item.email if isinstance(item.email, str) else None
    sms = item.sms if isinstance(item.sms, str) else None
    if not (email and email.strip()) and not (sms and sms.strip()):
        raise InvalidInputError(f"{field}.email", item.email or None, "a contact needs an email or an sms number")
    if email and "@" not in email:
        raise InvalidInputError(f"{field}.email", email, "is not an email address")
    return item


def _match_contact(chunk: Sequence[ContactInput], failed: Any) -> int | None:
    for attribute in ("email", "sms"):
        value = getattr(failed, attribute, None)
        if isinstance(value, str) and value:
            found = match_index(chunk, lambda c, a=attribute: getattr(c, a, None), value)  # type: ignore[misc]
            if found is not None:
                return found
    return None


def _external_contact(index: int, item: ExternalContactInput) -> ExternalContactRef:
    from activetrail_api.models import ExternalContactRef

    field = f"contacts[{index}]"
    if isinstance(item, tuple):
        if len(item) != 2:
            raise InvalidInputError(field, item, "must be (external_id, external_name)")
        item = ExternalContactRef(external_id=item[0], external_name=item[1])
    elif isinstance(item, Mapping):
        item = ExternalContactRef.from_dict(dict(item))
    if not isinstance(item, ExternalContactRef):
        raise InvalidInputError(field, item, "must be an ExternalContactRef, a mapping or an (id, name) pair")
    for attribute, wire in (("external_id", "externalId"), ("external_name", "externalName")):
        value = getattr(item, attribute)
        if not isinstance(value, str) or not value.strip():
            raise InvalidInputError(f"{field}.{wire}", value if isinstance(value, str) else None, "is required")
    return item


def _recipient(
    index: int, item: OperationalMessageContactPackage | Mapping[str, Any]
) -> OperationalMessageContactPackage:
    from activetrail_api.models import OperationalMessageContactPackage

    field = f"recipients[{index}]"
    if isinstance(item, Mapping):
        contact = item.get("contact")
        email = contact.get("email") if isinstance(contact, Mapping) else None
        if not isinstance(email, str) or "@" not in email:
            raise InvalidInputError(f"{field}.contact.email", email, "an email is needed")
        try:
            item = OperationalMessageContactPackage.from_dict(dict(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(field, item, f"is not a valid recipient package ({exc})") from None
    if not isinstance(item, OperationalMessageContactPackage):
        raise InvalidInputError(field, item, "must be an OperationalMessageContactPackage or a mapping")
    email = getattr(item.contact, "email", None)
    if not isinstance(email, str) or "@" not in email:
        raise InvalidInputError(
            f"{field}.contact.email", email if isinstance(email, str) else None, "an email is needed"
        )
    return item


def _operational_message(message: OperationalMessageContactsRequest | Mapping[str, Any]) -> dict[str, Any]:
    from activetrail_api.models import OperationalMessageContactsRequest

    if isinstance(message, OperationalMessageContactsRequest):
        return {k: v for k, v in message.to_dict().items() if k != "contact_package"}
    if isinstance(message, Mapping):
        return {k: v for k, v in message.items() if k != "contact_package"}
    raise InvalidInputError("message", message, "must be an OperationalMessageContactsRequest or a mapping")


# What the bulk helpers decide without I/O, shared by `ActiveTrail` and `SyncActiveTrail`: their keyword arguments,
# and a plan (the checked items, the chunk size, per chunk the namespace call and how its answer reads).


class ImportOptions(TypedDict, total=False):
    """The keyword arguments of `import_contacts()` (async and sync)."""

    group_id: Required[int]
    mailing_list_id: int | None
    concurrency: int


class ExternalOptions(TypedDict, total=False):
    """The keyword arguments of `add_external_contacts()`/`remove_external_contacts()`: exactly one target."""

    group_id: int | None
    mailing_list_id: int | None
    concurrency: int


class MessageOptions(TypedDict, total=False):
    """The keyword arguments of `send_operational_message()`."""

    message: Required[OperationalMessageContactsRequest | Mapping[str, Any]]
    concurrency: int


@dataclass(frozen=True)
class BulkPlan(Generic[T]):
    """A bulk helper's call, decided before anything is sent: the checked `items`, `chunk_size` of them per call,
    `concurrency` calls at a time; `request(client, chunk)` makes one call through the client's namespace (an
    awaitable from an async client) and `outcome(chunk, answer)` reads its answer."""

    items: list[T]
    chunk_size: int
    concurrency: int
    request: Callable[[Any, Sequence[T]], Any]
    outcome: Callable[[Sequence[T], Any], ChunkOutcome]


def _import_plan(
    contacts: Sequence[ContactInput | Mapping[str, Any]],
    *,
    group_id: int,
    mailing_list_id: int | None = None,
    concurrency: int = 4,
) -> BulkPlan[ContactInput]:
    def request(client: Any, chunk: Sequence[ContactInput]) -> Any:
        return client.contacts.import_contacts(body=_import_body(chunk, group_id, mailing_list_id))

    return BulkPlan(
        _import_items(contacts, group_id, mailing_list_id), IMPORT_LIMIT, concurrency, request, _import_outcome
    )


def _external_bulk_plan(
    contacts: Sequence[ExternalContactInput],
    *,
    remove: bool,
    group_id: int | None = None,
    mailing_list_id: int | None = None,
    concurrency: int = 4,
) -> BulkPlan[ExternalContactRef]:
    name, target, items = _external_plan(contacts, group_id, mailing_list_id, remove=remove)

    def request(client: Any, chunk: Sequence[ExternalContactRef]) -> Any:
        from activetrail_api.models import ExternalContactList

        return getattr(client.external, name)(target, body=ExternalContactList(contacts=list(chunk)))

    return BulkPlan(items, IMPORT_LIMIT, concurrency, request, _external_outcome)


def _message_plan(
    recipients: Sequence[OperationalMessageContactPackage | Mapping[str, Any]],
    *,
    message: OperationalMessageContactsRequest | Mapping[str, Any],
    concurrency: int = 4,
) -> BulkPlan[OperationalMessageContactPackage]:
    template = _operational_message(message)
    items = [_recipient(i, r) for i, r in enumerate(recipients)]

    def request(client: Any, chunk: Sequence[OperationalMessageContactPackage]) -> Any:
        return client.operational_message.send_operational_message_to_contacts(body=_message_body(template, chunk))

    return BulkPlan(items, OPERATIONAL_MESSAGE_LIMIT, concurrency, request, lambda chunk, _: (len(chunk), []))


def _import_items(
    contacts: Sequence[ContactInput | Mapping[str, Any]], group_id: int, mailing_list_id: int | None
) -> list[ContactInput]:
    check_id("group_id", group_id)
    if mailing_list_id is not None:
        check_id("mailing_list_id", mailing_list_id)
    return [_contact(i, c) for i, c in enumerate(contacts)]


def _import_body(chunk: Sequence[ContactInput], group_id: int, mailing_list_id: int | None) -> ContactsImportRequest:
    from activetrail_api.models import ContactsImportRequest
    from activetrail_api.types import UNSET

    return ContactsImportRequest(
        group=group_id,
        contacts=list(chunk),
        mailing_list=mailing_list_id if mailing_list_id is not None else UNSET,
    )


def _import_outcome(chunk: Sequence[ContactInput], parsed: Any) -> ChunkOutcome:
    errors = [
        (_match_contact(chunk, e.contact_error), str(e.message or "rejected")) for e in (parsed.contact_errors or [])
    ]
    succeeded = parsed.success if isinstance(parsed.success, int) else len(chunk) - len(errors)
    return succeeded, errors


def _external_plan(
    contacts: Sequence[ExternalContactInput], group_id: int | None, mailing_list_id: int | None, *, remove: bool
) -> tuple[str, int, list[ExternalContactRef]]:
    """The External namespace method to call, its target ID, and the checked contacts."""
    field, target = ("group_id", group_id) if group_id is not None else ("mailing_list_id", mailing_list_id)
    if target is None or (group_id is not None and mailing_list_id is not None):
        raise InvalidInputError("group_id", group_id, "give exactly one of group_id and mailing_list_id")
    check_id(field, target)
    name = {
        (False, True): "add_external_contacts_to_group",
        (False, False): "add_external_contacts_to_mailing_list",
        (True, True): "remove_external_contacts_from_group",
        (True, False): "remove_external_contacts_from_mailing_list",
    }[(remove, group_id is not None)]
    return name, target, [_external_contact(i, c) for i, c in enumerate(contacts)]


def _external_outcome(chunk: Sequence[ExternalContactRef], parsed: Any) -> ChunkOutcome:
    errors = []
    for error in parsed.contact_errors or []:
        ref = error.contact_error if not is_unset(error.contact_error) else None
        key = (getattr(ref, "external_id", None), getattr(ref, "external_name", None))
        errors.append((match_index(chunk, lambda c: (c.external_id, c.external_name), key), str(error.message or "")))
    succeeded = parsed.success if isinstance(parsed.success, int) else len(chunk) - len(errors)
    return succeeded, errors


def _message_body(
    template: dict[str, Any], chunk: Sequence[OperationalMessageContactPackage]
) -> OperationalMessageContactsRequest:
    from activetrail_api.models import OperationalMessageContactsRequest

    body = OperationalMessageContactsRequest.from_dict({**template, "contact_package": []})
    body.contact_package = list(chunk)
    return body
