"""The comparison bench section: the pool gives the numbers of the runs trained one after
another, and the row has positive times (no timing is asserted: the tests run on busy machines)."""

from __future__ import annotations

import argparse

import pytest

from nnviz.benchmarks import compare
from nnviz.benchmarks.report import format_table
from nnviz.benchmarks.timing import Budget


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the workers leave the current folder off their import path


def test_section_gives_one_row_with_the_same_numbers_both_ways():
    result = compare.run(Budget.tiny(), argparse.Namespace())
    (row,) = result.rows
    assert row["same_numbers"] and row["runs"] == 24 and row["epochs"] == 2
    assert row["sequential"] > 0 and row["parallel"] > 0 and row["workers"] >= 1
    assert "2-8×6-1 spiral" in format_table(result)
