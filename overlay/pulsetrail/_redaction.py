"""What logs, hook events and spans show of a request: never a credential or token, never unmasked personal data.

Secrets are the request's own (`pulsetrail_secrets`: the key, client secret and token its auth flow sent) plus every
credential-carrying header, whatever its value. Personal data in bodies is masked by the masker of `pulsetrail
verify --record` (`_verify_mask.Masker`, imported from that one place): a JSON body keeps its shape, each email,
phone number, name or free text becoming a placeholder. URLs keep their path (an email in it is masked) and their
query keys; a query value is kept only when it is a short number (a page, a limit, an offset).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import httpx

from ._exceptions import REDACTED, UNREADABLE_JSON, redact

__all__ = ["safe_url", "shown_body", "shown_headers"]

#: headers shown as `***` whatever they hold
_CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key", "x-auth-token"}
)
_KEPT_QUERY_VALUE = re.compile(r"\d{1,6}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])\+?\d[\d\s().-]{5,18}\d(?![\w.])")
#: a body larger than this is not parsed to be masked (a debug log line of a 100,000-row page helps nobody)
MAX_BODY_MASKED = 1 << 20
#: characters of a masked body shown in a log line
MAX_BODY_SHOWN = 4000


def safe_url(url: httpx.URL) -> str:
    """`url` without credentials, an email in its path masked, each query value but a short number replaced."""
    path = url.path
    masked = _EMAIL.sub(REDACTED, path) if "@" in path else path
    params = url.params
    if not params and not url.userinfo and masked == path:
        return str(url)
    query = [(key, value if _KEPT_QUERY_VALUE.fullmatch(value) else "REDACTED") for key, value in params.multi_items()]
    return str(url.copy_with(userinfo=b"", path=masked, params=query or None))


def shown_headers(headers: Iterable[tuple[str, str]], secrets: tuple[str, ...]) -> dict[str, str]:
    return {
        name: REDACTED if name.lower() in _CREDENTIAL_HEADERS else redact(value, secrets) for name, value in headers
    }


def shown_body(content: bytes, secrets: tuple[str, ...]) -> str:
    """A body as a log line may show it: JSON masked field by field, other text its emails and phone numbers."""
    if not content:
        return ""
    if len(content) > MAX_BODY_MASKED:
        return f"<{len(content)} bytes, not shown>"
    from ._verify_mask import Masker

    masker = Masker()
    text = redact(content.decode("utf-8", errors="replace"), secrets)  # first: masking could split a secret
    try:
        shown = json.dumps(masker.mask(json.loads(text)), ensure_ascii=False)
    except UNREADABLE_JSON:
        shown = _PHONE.sub(lambda m: str(masker.mask(m[0], "phone")), _EMAIL.sub(lambda m: masker.mask(m[0]), text))
    if len(shown) > MAX_BODY_SHOWN:
        shown = f"{shown[:MAX_BODY_SHOWN]}... ({len(shown) - MAX_BODY_SHOWN} characters more)"
    return shown
