"""scripts/unasync.py: the sync clients' twin code is what the async code gives, and drift is caught."""

from __future__ import annotations

from pathlib import Path

import unasync


def test_the_sync_twins_are_up_to_date() -> None:
    assert unasync.main(["--check"]) == 0


def test_a_hand_edit_of_a_sync_region_is_caught(tmp_path: Path) -> None:
    source = tmp_path / "_a.py"
    source.write_text(
        "class A:\n    # unasync: begin\n    async def get(self) -> AsyncPaginator[int, int]:\n"
        "        return await self.fetch()\n\n    # unasync: end\n",
        encoding="utf-8",
    )
    twin = tmp_path / "_sync_a.py"
    twin.write_text(
        "class B:\n    # unasync: generated\n    def get(self) -> int:\n        return 1\n    # unasync: end\n",
        encoding="utf-8",
    )
    text = unasync.rewritten(source, twin)
    assert "    def get(self) -> SyncPaginator[int, int]:\n        return self.fetch()\n" in text
    assert text.startswith("class B:\n") and "async def" not in text and "await" not in text
