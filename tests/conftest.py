"""Shared fixtures: Prism mock servers started from our specs, one per API for the whole session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from mock_servers import A360_SPEC, ACTIVETRAIL_SPEC, prism  # noqa: E402

__all__ = ["A360_SPEC", "ACTIVETRAIL_SPEC", "MockServer"]


@dataclass(frozen=True)
class MockServer:
    url: str
    spec: Path


@pytest.fixture(scope="session")
def a360_mock() -> Iterator[MockServer]:
    with prism(A360_SPEC) as url:
        yield MockServer(url, A360_SPEC)


@pytest.fixture(scope="session")
def activetrail_mock() -> Iterator[MockServer]:
    with prism(ACTIVETRAIL_SPEC) as url:
        yield MockServer(url, ACTIVETRAIL_SPEC)
