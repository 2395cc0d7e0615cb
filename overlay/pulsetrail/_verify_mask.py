"""Masking personal data in recorded answers (`pulsetrail verify --record`).

Every value keeps its JSON type and the document keeps its shape, so a recording can become the operation's
example: emails, phone numbers, names, tokens, URLs and any other free text become placeholders (the same original
value always the same placeholder within a recording, so joins between fields survive). Kept as they are: numbers
(IDs, counters) except under a phone-like key, booleans, nulls, dates and times (a birthday or anniversary becomes
2000-01-01), numeric strings that are not phone numbers, and the strings the spec itself declares (`enum`,
`const`, `x-known-values`), which are codes, not data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["Masker"]

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,20}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_NUMBER = re.compile(r"^-?\d{1,6}(\.\d+)?$")  # short numeric strings (counters, codes); longer ones may be phones
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_PLAIN = frozenset({"true", "false", "null", "none", "yes", "no", ""})

_PHONE_WORDS = frozenset({"phone", "phones", "mobile", "sms", "cell", "cellphone", "tel", "telephone", "msisdn"})
_NAME_WORDS = frozenset({"name", "names", "first", "last", "firstname", "lastname", "fullname", "surname", "nick"})
_BIRTH_WORDS = frozenset({"birthday", "birth", "birthdate", "dob", "anniversary"})
_SECRET_WORDS = frozenset(
    {"token", "secret", "password", "passwd", "key", "apikey", "hash", "signature", "authorization", "auth", "cookie"}
)


def _words(key: str) -> set[str]:
    return {word.lower() for word in _WORDS.findall(key)}


class Masker:
    """Masks one recording; `keep` is the set of strings to leave alone (the spec's declared values)."""

    def __init__(self, keep: Iterable[str] = ()) -> None:
        self._keep = frozenset(keep)
        self._seen: dict[tuple[str, Any], Any] = {}

    def mask(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self.mask(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.mask(v, key) for v in value]
        words = _words(key)
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int | float):
            if words & _PHONE_WORDS and value > 999_999:
                return self._placeholder("phone-number", value, lambda n: 500_000_000 + n)
            return value
        if not isinstance(value, str):
            return value
        return self._mask_string(value, words)

    def _mask_string(self, value: str, words: set[str]) -> str:
        stripped = value.strip()
        if words & _SECRET_WORDS and stripped:
            return "REDACTED"
        if _EMAIL.fullmatch(stripped):
            return str(self._placeholder("email", value, lambda n: f"person{n}@example.com"))
        digits = sum(ch.isdigit() for ch in stripped)
        if (words & _PHONE_WORDS or digits >= 9) and _PHONE.match(stripped) and digits >= 7:
            return str(self._placeholder("phone", value, lambda n: f"0500000{n:03d}"))
        if value in self._keep or stripped.lower() in _PLAIN:
            return value
        if _DATE.match(stripped):  # dates stay, but a birthday is personal: 2000-01-01, the time part zeroed
            return "2000-01-01" + re.sub(r"\d", "0", stripped[10:]) if words & _BIRTH_WORDS else value
        if _TIME.match(stripped) or _NUMBER.match(stripped):
            return value
        if words & _NAME_WORDS:
            return str(self._placeholder("name", value, lambda n: f"Name {n}"))
        if stripped.startswith(("http://", "https://", "//")):
            return str(self._placeholder("url", value, lambda n: f"https://example.com/{n}"))
        return str(self._placeholder("text", value, lambda n: f"Text {n}"))

    def _placeholder(self, kind: str, original: Any, make: Callable[[int], Any]) -> Any:
        slot = (kind, original)
        if slot not in self._seen:
            self._seen[slot] = make(1 + sum(1 for k, _ in self._seen if k == kind))
        return self._seen[slot]
