"""Shared fixtures: Prism mock servers started from our specs, one per API for the whole session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from mock_servers import A360_SPEC, ACTIVETRAIL_SPEC, prism  # noqa: E402

__all__ = ["A360_SPEC", "ACTIVETRAIL_SPEC", "MockServer", "Shadow"]


class Shadow:
    """A stand-in for a module as seen by ONE other module: `monkeypatch.setattr(pulsetrail._transport, "asyncio",
    Shadow(asyncio, sleep=fake))` changes `asyncio.sleep` for pulsetrail._transport only. Patching the attribute of
    the real module instead (`asyncio.sleep`, `time.monotonic`) would change it for the event loop, respx, httpx and
    every other caller too: the loop's own clock is `time.monotonic`."""

    def __init__(self, module: ModuleType, **overrides: Any) -> None:
        self._module = module
        self.__dict__.update(overrides)

    def __getattr__(self, name: str) -> Any:  # only called for what is not overridden
        return getattr(self._module, name)


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
