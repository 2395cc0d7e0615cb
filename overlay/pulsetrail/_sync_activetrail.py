"""`pulsetrail.SyncActiveTrail`: the ActiveTrail REST API client for sync code."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from activetrail_api import Client as GeneratedActiveTrailClient
from activetrail_api.api import SyncNamespaces
from activetrail_api.models import (
    ContactInput,
    ExternalContactRef,
    OperationalMessageContactPackage,
)

from ._activetrail import (
    BulkPlan,
    ExternalContactInput,
    ExternalOptions,
    ImportOptions,
    MessageOptions,
    T,
    _ActiveTrailCore,
    _external_bulk_plan,
    _import_plan,
    _message_plan,
)
from ._bulk import BulkResult, ChunkOutcome, send_in_chunks_sync
from ._sync import SyncBaseClient, SyncOptions

__all__ = ["SyncActiveTrail"]


class SyncActiveTrail(_ActiveTrailCore, SyncBaseClient[GeneratedActiveTrailClient], SyncNamespaces):
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
        super().__init__(**self._setup(token, first_page), **options)

    def import_contacts(
        self, contacts: Sequence[ContactInput | Mapping[str, Any]], **options: Unpack[ImportOptions]
    ) -> BulkResult[ContactInput]:
        """Import any number of contacts into a group (see `ActiveTrail.import_contacts`): 1000 per call,
        `concurrency` threads, one merged result."""
        return self._bulk(_import_plan(contacts, **options))

    def add_external_contacts(
        self, contacts: Sequence[ExternalContactInput], **options: Unpack[ExternalOptions]
    ) -> BulkResult[ExternalContactRef]:
        """Add contacts known by external id and name to a group or a mailing list (see
        `ActiveTrail.add_external_contacts`)."""
        return self._bulk(_external_bulk_plan(contacts, remove=False, **options))

    def remove_external_contacts(
        self, contacts: Sequence[ExternalContactInput], **options: Unpack[ExternalOptions]
    ) -> BulkResult[ExternalContactRef]:
        """Remove contacts known by external id and name from a group or a mailing list (see
        `ActiveTrail.remove_external_contacts`)."""
        return self._bulk(_external_bulk_plan(contacts, remove=True, **options))

    def send_operational_message(
        self,
        recipients: Sequence[OperationalMessageContactPackage | Mapping[str, Any]],
        **options: Unpack[MessageOptions],
    ) -> BulkResult[OperationalMessageContactPackage]:
        """Send an operational (transactional) email to any number of contacts, 500 per call (see
        `ActiveTrail.send_operational_message`)."""
        return self._bulk(_message_plan(recipients, **options))

    def _bulk(self, plan: BulkPlan[T]) -> BulkResult[T]:
        def send(chunk: Sequence[T]) -> ChunkOutcome:
            return plan.outcome(chunk, plan.request(self, chunk))

        return send_in_chunks_sync(plan.items, chunk_size=plan.chunk_size, send=send, concurrency=plan.concurrency)
