"""`pulsetrail verify`: where the spec and the live API disagree, for an account with credentials.

    pulsetrail verify activetrail|a360 [--base-url URL] [--max-calls N] [--follow] [--report PATH] [--record DIR]
                                       [--overlay PATH]
    python -m pulsetrail.verify activetrail|a360 ...      # the same, without the `pulsetrail` program

It calls every read-only (GET) operation of the spec that needs no ID (with `--follow`, also those whose IDs it can
take from earlier answers), through the SDK's client (auth, throttle, retries), and validates each raw JSON answer
against the operation's response schema with `jsonschema`: undeclared keys, wrong types, missing required fields,
nulls where the spec allows none, undeclared values; a 404 on a path that should exist and a 405. It settles the
open questions it can without writing (ActiveTrail's `Page` base, the error body's shape) and writes a report:
Markdown on stdout, JSON with `--report`. It never sends anything but GET (and A360's OAuth token request).
Exit code: 0 when nothing it called contradicts the spec, 1 when anything does, 2 on a usage or credentials error.

The modules: `_run` (the entry point, `verify`), `_calls` (each call and its check), `_follow` (IDs from earlier
answers), `_probes` (the open questions), `_report` (the report). The command line lives in `pulsetrail.cli` (the
`pulsetrail[cli]` extra); this package never imports it, except `__main__` (`python -m pulsetrail.verify`).
"""

from __future__ import annotations

from .._credentials import APIS, CredentialsError, client_from_environment
from ._report import Finding, OperationResult, Report
from ._run import DEFAULT_MAX_CALLS, verify

__all__ = [
    "APIS",
    "DEFAULT_MAX_CALLS",
    "CredentialsError",
    "Finding",
    "OperationResult",
    "Report",
    "client_from_environment",
    "verify",
]
