"""`pulsetrail.A360`: the SendPulse Automation360 client."""

from __future__ import annotations

import httpx
from sendpulse_a360_api import Client as GeneratedA360Client

from ._auth import SendPulseAuth, TokenStore
from ._client import DEFAULT_TIMEOUT, BaseClient
from ._exceptions import APIStatusError, NoDataError, error_name_of, status_error_class
from ._retry import RetryPolicy

__all__ = ["A360"]

SENDPULSE_BASE_URL = "https://api.sendpulse.com"
SENDPULSE_RATE_LIMIT = 10.0  # requests per second, SendPulse's documented limit


def _classify(response: httpx.Response) -> type[APIStatusError]:
    if response.status_code == 404:
        return NoDataError  # A360 documents 404 as "no data for this request"
    return status_error_class(response.status_code, error_name_of(response))


class A360(BaseClient[GeneratedA360Client]):
    """An async client of the SendPulse Automation360 API.

    Give OAuth2 client credentials (`client_id` + `client_secret`; the token is fetched on first use, cached, and
    refreshed before it expires) or a static `api_key`, not both. Use it as an async context manager.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        token_store: TokenStore | None = None,
        base_url: str = SENDPULSE_BASE_URL,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: float | None = SENDPULSE_RATE_LIMIT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.auth = SendPulseAuth(
            client_id=client_id, client_secret=client_secret, api_key=api_key, token_store=token_store
        )
        super().__init__(
            base_url=base_url,
            auth=self.auth,
            generated=GeneratedA360Client(base_url=base_url),
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            transport=transport,
            http_client=http_client,
            classify=_classify,
        )
        self.auth.bind(self._unauthenticated_http)
