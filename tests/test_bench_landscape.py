"""The landscape bench section: one row per pair of axes, each surface's centre the loss there
(no timing is asserted: the tests run on busy machines)."""

from __future__ import annotations

import argparse

from nnviz.benchmarks import landscape
from nnviz.benchmarks.report import format_table
from nnviz.benchmarks.timing import Budget


def test_section_gives_a_row_per_pair_of_axes():
    result = landscape.run(Budget.tiny(), argparse.Namespace())
    assert [row["axes"] for row in result.rows] == list(landscape.PAIRS)
    assert all(row["centre_is_the_loss"] and row["best"] > 0 and row["grid"] == "41×41" for row in result.rows)
    assert "slowest" in format_table(result)
