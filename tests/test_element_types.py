"""One vocabulary for A360 element types (#24): pulsetrail's words (`start`, `condition`, the enum's names) and
A360's own (`maintrigger`, `trigger`) mean the same element type in `A360ElementType`, `A360.stats`,
`A360.addresses`, their sync twins and the CLI, against Prism."""

from __future__ import annotations

from typing import assert_type

import pytest
from conftest import MockServer
from pulsetrail import A360, A360ElementType, InvalidInputError, SyncA360
from sendpulse_a360_api.models import ConditionStatsResponse, FlowOperatorAddress, StartStatsResponse
from test_cli import cli

SPELLINGS = [("start", "maintrigger", A360ElementType.START), ("condition", "trigger", A360ElementType.CONDITION)]


@pytest.mark.parametrize(("word", "a360_word", "member"), SPELLINGS)
def test_the_enum_reads_both_spellings(word: str, a360_word: str, member: A360ElementType) -> None:
    assert A360ElementType(word) is member
    assert A360ElementType(a360_word) is member
    assert member.name.lower() == word
    assert member.value == a360_word  # what the wire carries (an element's af_type)
    unknown = A360ElementType("webhook")  # still tolerant: kept, not an error
    assert not unknown.is_known and unknown == "webhook"


async def test_stats_and_addresses_take_both_spellings(a360_mock: MockServer) -> None:
    async with A360(client_id="id", client_secret="secret", base_url=a360_mock.url) as a360:
        start = await a360.stats("start", 467510)
        assert_type(start, StartStatsResponse | None)
        assert isinstance(start, StartStatsResponse)
        assert isinstance(await a360.stats("maintrigger", 467510), StartStatsResponse)
        condition = await a360.stats("condition", 5, send_date_from="2026-10-01")
        assert_type(condition, ConditionStatsResponse | None)
        assert isinstance(condition, ConditionStatsResponse)
        assert isinstance(await a360.stats("trigger", 5), ConditionStatsResponse)
        rows = [row async for row in a360.addresses("condition", 5, max_items=3)]
        assert rows and all(isinstance(row, FlowOperatorAddress) for row in rows)
        with pytest.raises(InvalidInputError, match="one of start, email, push, sms, messenger, filter, condition"):
            await a360.stats("webhook", 1)


def test_the_sync_client_takes_both_spellings(a360_mock: MockServer) -> None:
    with SyncA360(client_id="id", client_secret="secret", base_url=a360_mock.url) as a360:
        assert isinstance(a360.stats("start", 467510), StartStatsResponse)
        assert isinstance(a360.stats("trigger", 5), ConditionStatsResponse)
        assert list(a360.addresses("start", 467510, max_items=2))


@pytest.mark.parametrize("word", ["start", "maintrigger", "condition", "trigger"])
def test_the_cli_takes_both_spellings_and_shows_one(a360_mock: MockServer, word: str) -> None:
    result = cli("a360", "recipients", word, "5", "-o", "-", "--base-url", a360_mock.url)
    assert result.exit_code == 0, result.stderr
    shown = "start" if word in {"start", "maintrigger"} else "condition"
    assert f"of {shown} element 5 written to stdout" in result.stderr
    help_text = " ".join(cli("a360", "recipients", "--help").stdout.split())
    assert "TYPE The element's type: start, email, push, sms, condition, goal, action, filter." in help_text
