"""`pulsetrail.SyncActiveTrail`: the ActiveTrail REST API client for sync code."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from activetrail_api import Client as GeneratedActiveTrailClient
from activetrail_api.api import SyncNamespaces
from activetrail_api.models import (
    ContactInput,
    ExternalContactList,
    ExternalContactRef,
    OperationalMessageContactPackage,
    OperationalMessageContactsRequest,
)

from ._activetrail import (
    _ACTIVETRAIL_SETUP,
    IMPORT_LIMIT,
    OPERATIONAL_MESSAGE_LIMIT,
    ExternalContactInput,
    _as_query_date,
    _external_outcome,
    _external_plan,
    _first_page,
    _import_body,
    _import_items,
    _import_outcome,
    _message_body,
    _operational_message,
    _recipient,
)
from ._auth import ActiveTrailAuth
from ._bulk import BulkResult, ChunkOutcome, send_in_chunks_sync
from ._sync import SyncBaseClient, SyncOptions

__all__ = ["SyncActiveTrail"]


class SyncActiveTrail(SyncBaseClient[GeneratedActiveTrailClient], SyncNamespaces):
    """A sync client of the ActiveTrail REST API: `ActiveTrail`'s constructor, namespaces and bulk helpers, as
    blocking calls and plain iterators (`for contact in at.contacts.list_contacts(): ...`). Use it as a context
    manager; one client may be shared by threads."""

    def __init__(
        self,
        token: str,
        *,
        first_page: int = 1,
        **options: Unpack[SyncOptions],
    ) -> None:
        self.first_page = _first_page(first_page)
        super().__init__(auth=ActiveTrailAuth(token), **_ACTIVETRAIL_SETUP, **options)

    def _paging_arguments(self, arguments: dict[str, Any]) -> dict[str, Any]:
        return {name: _as_query_date(name, value) for name, value in arguments.items()}

    def import_contacts(
        self,
        contacts: Sequence[ContactInput | Mapping[str, Any]],
        *,
        group_id: int,
        mailing_list_id: int | None = None,
        concurrency: int = 4,
    ) -> BulkResult[ContactInput]:
        """Import any number of contacts into a group (see `ActiveTrail.import_contacts`): 1000 per call,
        `concurrency` threads, one merged result."""
        items = _import_items(contacts, group_id, mailing_list_id)

        def send(chunk: Sequence[ContactInput]) -> ChunkOutcome:
            body = _import_body(chunk, group_id, mailing_list_id)
            return _import_outcome(chunk, self.contacts.import_contacts(body=body))

        return send_in_chunks_sync(items, chunk_size=IMPORT_LIMIT, send=send, concurrency=concurrency)

    def add_external_contacts(
        self,
        contacts: Sequence[ExternalContactInput],
        *,
        group_id: int | None = None,
        mailing_list_id: int | None = None,
        concurrency: int = 4,
    ) -> BulkResult[ExternalContactRef]:
        """Add contacts known by external id and name to a group or a mailing list, 1000 per call, merged."""
        return self._external_bulk(contacts, group_id, mailing_list_id, concurrency, remove=False)

    def remove_external_contacts(
        self,
        contacts: Sequence[ExternalContactInput],
        *,
        group_id: int | None = None,
        mailing_list_id: int | None = None,
        concurrency: int = 4,
    ) -> BulkResult[ExternalContactRef]:
        """Remove contacts known by external id and name from a group or a mailing list, 1000 per call, merged."""
        return self._external_bulk(contacts, group_id, mailing_list_id, concurrency, remove=True)

    def _external_bulk(
        self,
        contacts: Sequence[ExternalContactInput],
        group_id: int | None,
        mailing_list_id: int | None,
        concurrency: int,
        *,
        remove: bool,
    ) -> BulkResult[ExternalContactRef]:
        name, target, items = _external_plan(contacts, group_id, mailing_list_id, remove=remove)
        operation = getattr(self.external, name)

        def send(chunk: Sequence[ExternalContactRef]) -> ChunkOutcome:
            return _external_outcome(chunk, operation(target, body=ExternalContactList(contacts=list(chunk))))

        return send_in_chunks_sync(items, chunk_size=IMPORT_LIMIT, send=send, concurrency=concurrency)

    def send_operational_message(
        self,
        recipients: Sequence[OperationalMessageContactPackage | Mapping[str, Any]],
        *,
        message: OperationalMessageContactsRequest | Mapping[str, Any],
        concurrency: int = 4,
    ) -> BulkResult[OperationalMessageContactPackage]:
        """Send an operational (transactional) email to any number of contacts, 500 per call (see
        `ActiveTrail.send_operational_message`)."""
        template = _operational_message(message)
        items = [_recipient(i, r) for i, r in enumerate(recipients)]

        def send(chunk: Sequence[OperationalMessageContactPackage]) -> ChunkOutcome:
            self.operational_message.send_operational_message_to_contacts(body=_message_body(template, chunk))
            return len(chunk), []

        return send_in_chunks_sync(items, chunk_size=OPERATIONAL_MESSAGE_LIMIT, send=send, concurrency=concurrency)
