"""`make bench`'s `generate_s` regenerates both packages in a scratch copy of the tree: that copy must hold what
`scripts/generate.py` reads (it lacked the overlay once, and the whole bench stopped there), and what it generates
must be the committed `generated/` (the regeneration is byte-reproducible)."""

from __future__ import annotations

import sys
from typing import Any

from conftest import ROOT

if str(ROOT) not in sys.path:  # the benchmarks package lives beside the tests
    sys.path.insert(0, str(ROOT))

from benchmarks.bench import Deadline, generate


def test_the_bench_regenerates_the_committed_packages_in_a_scratch_copy() -> None:
    results: dict[str, Any] = {}
    generate(results, Deadline(600, "generate"))
    assert results["generate_s"] > 0
    assert results["generate_matches_working_tree"] is True
