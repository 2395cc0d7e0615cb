"""SDK clients with credentials from the environment: one place for `pulsetrail verify` and the data commands."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from ._client import BaseClient
from ._exceptions import PulsetrailError

__all__ = ["APIS", "CredentialsError", "client_from_environment"]

APIS = ("activetrail", "a360")


class CredentialsError(PulsetrailError):
    """No credentials in the environment, or the server rejected them (exit code 2)."""


def client_from_environment(
    api: str, *, base_url: str | None = None, environ: Mapping[str, str] | None = None
) -> BaseClient[Any]:
    """The SDK client of `api` with credentials from the environment (`ACTIVETRAIL_TOKEN`;
    `SENDPULSE_CLIENT_ID` + `SENDPULSE_CLIENT_SECRET` or `SENDPULSE_API_KEY`)."""
    env = os.environ if environ is None else environ
    extra: dict[str, Any] = {"base_url": base_url} if base_url else {}
    if api == "activetrail":
        token = env.get("ACTIVETRAIL_TOKEN", "").strip()
        if not token:
            raise CredentialsError("set ACTIVETRAIL_TOKEN to your ActiveTrail API token")
        from ._activetrail import ActiveTrail

        return ActiveTrail(token, **extra)
    if api == "a360":
        client_id = env.get("SENDPULSE_CLIENT_ID", "").strip()
        client_secret = env.get("SENDPULSE_CLIENT_SECRET", "").strip()
        api_key = env.get("SENDPULSE_API_KEY", "").strip()
        from ._a360 import A360

        if client_id and client_secret:
            return A360(client_id=client_id, client_secret=client_secret, **extra)
        if api_key:
            return A360(api_key=api_key, **extra)
        raise CredentialsError("set SENDPULSE_CLIENT_ID and SENDPULSE_CLIENT_SECRET, or SENDPULSE_API_KEY")
    raise CredentialsError(f"unknown API {api!r}: one of {', '.join(APIS)}")
