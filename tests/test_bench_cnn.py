"""The digits CNN bench section: its three loops do the same math, and the row has positive numbers.

No timing is asserted: the tests run on slow, busy machines.
"""

from __future__ import annotations

import argparse

import numpy as np
import pytest

from nnviz.benchmarks import cnn, convnetjs
from nnviz.benchmarks.report import format_table
from nnviz.benchmarks.timing import Budget


def test_the_minimal_loop_does_the_same_math_as_the_core_over_an_epoch_and_a_half():
    params, x, t = cnn.make_problem()
    core, core_params = cnn.core_trainer(params, x, t)
    minimal, minimal_params = cnn.minimal_trainer(params, x, t)
    core(85)  # 57 batches make an epoch of 1 797 images, the last one of 5
    minimal(85)
    for ours, theirs in zip(core_params(), minimal_params()):
        np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)
    assert not np.allclose(core_params()[0], params[0])  # it trained


def test_section_without_torch_gives_one_row():
    result = cnn.run(Budget.tiny(), argparse.Namespace(torch=False, convnetjs=False))
    (row,) = result.rows
    assert row["core"] > 0 and row["minimal"] > 0 and row["images"] == row["core"] * cnn.BATCH
    assert row["torch"] is None and row["same_math"]
    assert "images/s" in result.notes[-2] and result.notes[-1] == "ConvNetJS not measured (--no-convnetjs)."
    assert cnn.NET in format_table(result)


def test_torch_loop_agrees_when_torch_is_installed():
    pytest.importorskip("torch")
    params, x, t = cnn.make_problem()
    core, core_params = cnn.core_trainer(params, x, t)
    torch_run, torch_params = cnn.torch_trainer(params, x, t)
    core(70)
    torch_run(70)
    for ours, theirs in zip(core_params(), torch_params()):
        np.testing.assert_allclose(ours, theirs, rtol=1e-7, atol=1e-10)


def test_without_node_the_convnetjs_rows_are_skipped_with_the_reason(monkeypatch, tmp_path):
    monkeypatch.setattr(convnetjs.shutil, "which", lambda name: None)
    monkeypatch.setenv("NNVIZ_BENCH_CACHE", str(tmp_path))
    result = cnn.run(Budget.tiny(), argparse.Namespace(torch=False))
    (row,) = result.rows
    assert "convnetjs" not in row and result.notes[-1] == "ConvNetJS not measured: node or npm not found."
    assert not any(tmp_path.iterdir()), "nothing installed"


def test_the_core_trains_convnetjs_mnist_demo_net():
    run, params = convnetjs.mnist_core_trainer()
    before = [p.copy() for p in params()]
    run(2)
    assert [p.shape for p in params()] == [(8, 1, 5, 5), (8,), (16, 8, 5, 5), (16,), (10, 256), (10,)]
    assert not np.array_equal(before[2], params()[2])


@pytest.mark.skipif(convnetjs.installed_module() is None, reason="convnetjs is not installed in the bench cache")
def test_convnetjs_trains_both_nets_under_node():
    module = convnetjs.installed_module()
    assert convnetjs.images_per_second(module, "digits", 0.05) > 0
    assert convnetjs.describe(module).startswith("ConvNetJS ")
