"""Smoke tests of ``python -m nnviz.bench``: it runs, and every row has positive numbers.

No timing is asserted: the tests run on slow, busy machines.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import numpy as np
import pytest

from nnviz import bench
from nnviz.benchmarks import training
from nnviz.benchmarks.report import format_table
from nnviz.benchmarks.timing import Budget, calibrate, measure


def test_measure_returns_a_rate_per_contender():
    calls = {"a": 0, "b": 0}

    def counter(name):
        def run(n):
            calls[name] += n

        return run

    rates = measure({"a": counter("a"), "b": counter("b")}, Budget.tiny())
    assert set(rates) == {"a", "b"}
    assert all(r.best >= r.median > 0 for r in rates.values())
    assert calls["a"] > 0 and calls["b"] > 0


def test_calibrate_grows_the_chunk_until_it_is_long_enough():
    assert calibrate(lambda n: None, 1e-4) > 1


def test_training_section_without_torch_gives_a_row_per_case():
    result = training.run(Budget.tiny(), argparse.Namespace(torch=False))
    assert len(result.rows) == len(training.CASES)
    for row in result.rows:
        assert row["core"] > 0 and row["minimal"] > 0 and row["tuned"] > 0 and row["core/minimal"] > 0
        assert row["torch"] is None and row["core/torch"] is None
        assert row["same_math"], row
        assert row["pass"] in (True, False)
    table = format_table(result)
    assert "core/minimal" in table
    assert all(case.net in table for case in training.CASES)


def test_torch_row_when_torch_is_installed():
    torch = pytest.importorskip("torch")
    threads = torch.get_num_threads()
    row = training.bench_case(training.CASES[0], Budget.tiny(), with_torch=True)
    assert row["torch"] > 0 and row["core/torch"] > 0
    assert row["same_math"]
    assert torch.get_num_threads() == threads


@pytest.mark.parametrize("case", training.CASES, ids=lambda c: f"{c.net}-b{c.batch}-{c.optimizer}")
def test_the_minimal_loop_does_the_same_math_as_the_core(case):
    params, x, t = training.make_problem(case)
    core, core_params = training.core_trainer(case, params, x, t)
    core(40)
    for build in (training.minimal_trainer, training.tuned_trainer):
        loop, loop_params = build(case, params, x, t)
        loop(40)
        for p, q in zip(core_params(), loop_params()):
            np.testing.assert_allclose(p, q, rtol=1e-9, atol=1e-12)


def test_cli_quick_json(monkeypatch, capsys):
    monkeypatch.setattr(Budget, "quick", classmethod(lambda cls: Budget.tiny()))
    assert bench.main(["--quick", "--json", "--no-torch", "--no-convnetjs"]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = out["sections"]["training"]["rows"]
    assert len(rows) == len(training.CASES)
    assert all(row["core"] > 0 and row["minimal"] > 0 for row in rows)


def test_the_training_section_does_not_import_qt():
    code = (
        "import sys, nnviz.bench, nnviz.benchmarks.training\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
