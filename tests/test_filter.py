"""The A360 date filter: built once, encoded once, byte for byte what SendPulse documents."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest
from pulsetrail import InvalidInputError, date_filter

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "004_f89bfc63a1829d2a.txt"
# SendPulse's encoded example (seed line 169), copied here so the test runs without ../shared too.
DOCUMENTED = (
    "%7B%22type%22%3A%22group%22%2C%22expression%22%3A%22and%22%2C%22fields%22%3A%7B%22send_date_from%22%3A%7B%22"
    "name%22%3A%22user_stat_date%22%2C%22expression%22%3A%22gte%22%2C%22value%22%3A%222020-10-01%22%7D%2C%22send_"
    "date_to%22%3A%7B%22name%22%3A%22user_stat_date%22%2C%22expression%22%3A%22lte%22%2C%22value%22%3A%222020-10-31"
    "%22%7D%7D%7D"
)


def test_documented_example_matches_the_seed() -> None:
    if SEED.exists():
        assert DOCUMENTED in SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2020-10-01", "2020-10-31"),
        (dt.date(2020, 10, 1), dt.date(2020, 10, 31)),
        (dt.datetime(2020, 10, 1, 8, 30), "2020-10-31T23:59:59"),
    ],
)
def test_httpx_sends_the_documented_bytes(start: object, end: object) -> None:
    value = date_filter(send_date_from=start, send_date_to=end)  # type: ignore[arg-type]
    request = httpx.Request(
        "GET",
        "https://api.sendpulse.com/a360/stats/email/1/group-stat-filtered",
        params={"filter": value, "limit": 100, "offset": 0},
    )
    assert request.url.query == f"filter={DOCUMENTED}&limit=100&offset=0".encode()


def test_one_bound_is_enough() -> None:
    only_to = json.loads(date_filter(send_date_to="2024-02-29"))
    assert only_to["fields"] == {"send_date_to": {"name": "user_stat_date", "expression": "lte", "value": "2024-02-29"}}
    only_from = json.loads(date_filter(send_date_from=dt.date(2024, 1, 1)))
    assert list(only_from["fields"]) == ["send_date_from"]


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        ({}, "send_date_from", None),
        ({"send_date_from": "2024-03-01", "send_date_to": "2024-02-01"}, "send_date_from", "2024-03-01"),
        ({"send_date_from": "01/02/2024"}, "send_date_from", "01/02/2024"),
        ({"send_date_to": "2024-13-45"}, "send_date_to", "2024-13-45"),
        ({"send_date_to": 20240101}, "send_date_to", 20240101),
    ],
)
def test_bad_input_names_the_field_and_value(kwargs: dict[str, object], field: str, value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        date_filter(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert caught.value.value == value
    assert field in str(caught.value)
    assert isinstance(caught.value, ValueError)
