"""The A360 date filter: the JSON that every `group-stat-filtered` call takes in its `filter` query parameter."""

from __future__ import annotations

import datetime as dt
import json
import re

from ._exceptions import InvalidInputError

__all__ = ["DateInput", "as_date", "date_filter"]

DateInput = dt.date | dt.datetime | str

# A full calendar date first: dateutil's isoparse alone would read "2024-01" as 2024-01-01.
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|$)")


def date_filter(*, send_date_from: DateInput | None = None, send_date_to: DateInput | None = None) -> str:
    """Build the A360 `filter` value for a date window (one bound or both, inclusive).

    Returns compact JSON, serialized once, in the key order of SendPulse's documented example. Pass it as the
    `filter` argument as it is: httpx percent-encodes it exactly once (encoding it yourself would double-encode).

    >>> date_filter(send_date_from="2024-01-01", send_date_to=dt.date(2024, 1, 31))[:40]
    '{"type":"group","expression":"and","fiel'
    """
    start = as_date("send_date_from", send_date_from)
    end = as_date("send_date_to", send_date_to)
    if start is None and end is None:
        raise InvalidInputError("send_date_from", None, "give send_date_from and/or send_date_to")
    if start is not None and end is not None and start > end:
        raise InvalidInputError("send_date_from", start.isoformat(), f"is after send_date_to={end.isoformat()!r}")
    fields: dict[str, dict[str, str]] = {}
    if start is not None:
        fields["send_date_from"] = {"name": "user_stat_date", "expression": "gte", "value": start.isoformat()}
    if end is not None:
        fields["send_date_to"] = {"name": "user_stat_date", "expression": "lte", "value": end.isoformat()}
    return json.dumps({"type": "group", "expression": "and", "fields": fields}, separators=(",", ":"))


def as_date(field: str, value: DateInput | None) -> dt.date | None:
    """A date from a date, a datetime (its date) or an ISO 8601 date or date-time string; `field` names it in errors."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from dateutil.parser import isoparse  # here, not at the top: it costs about 10 ms to import

        text = value.strip()
        try:
            if not _FULL_DATE.match(text):
                raise ValueError(text)
            return isoparse(text).date()
        except (ValueError, OverflowError):
            raise InvalidInputError(field, value, "is not an ISO 8601 date (YYYY-MM-DD)") from None
    raise InvalidInputError(field, value, "must be a date, a datetime or an ISO 8601 string")
