"""Smoke test of the live section of ``python -m nnviz.bench``: the whole window trains and
paints, and every row has its numbers. No timing is asserted (slow, busy machines)."""

from __future__ import annotations

import argparse

from nnviz.benchmarks import live
from nnviz.benchmarks.report import format_table
from nnviz.benchmarks.timing import Budget
from nnviz.core.experiment import Experiment


def test_the_benchmark_experiment_is_the_one_of_the_target():
    for case in live.CASES:
        if case.preset:
            experiment = live.experiment_of(case)
            assert experiment.trainer.batch_size == 32 and experiment.network.layers[0].kind == "conv2d"
            continue
        experiment = Experiment(live.make_spec(case.hidden))
        assert len(experiment.data.x_train) == 250 and len(experiment.data.x_test) == 250
        assert experiment.trainer.batch_size == 10
        assert list(experiment.network.sizes) == [2, *case.hidden, 1]


def test_live_section_runs_the_whole_window_and_reports_every_case(qapp):
    result = live.run(Budget.tiny(), argparse.Namespace())
    assert len(result.rows) == len(live.CASES)
    for case, row in zip(live.CASES, result.rows):
        assert row["net"] == case.net
        # The canvas really painted (its paint count), ticks redrew, training went on.
        assert row["redraws/s"] > 0 and row["ticks/s"] > 0 and row["it/s"] > 0
        assert row["input_gap_ms"] > 0 and row["redraw_ms"] > 0 and row["bare epochs/s"] > 0
        assert row["pass"] in (True, False)
    table = format_table(result)
    assert "redraws/s" in table and "epochs/s" in table and "max input gap ms" in table
