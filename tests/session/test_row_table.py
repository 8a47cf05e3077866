"""The rows of a tabular data set: raw values, target, output with the shown parameters, right or wrong."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.presets import load_experiment
from nnviz.session import row_table
from nnviz.session.events import Granularity
from nnviz.session.image_results import forward_with
from nnviz.session.workspace import Workspace


@pytest.fixture
def ws():
    ws = Workspace(load_experiment("wide-and-deep"))
    ws.run(20)
    return ws


def test_only_tables_of_categories_apply():
    assert row_table.applies(load_experiment("wide-and-deep"))
    assert not row_table.applies(load_experiment("xor-2-2-1"))
    assert not row_table.applies(load_experiment("digits-cnn"))


def test_rows_are_the_batch_then_the_test_set_as_the_csv_had_them(ws):
    table = row_table.row_table(ws.experiment, ws.stepper)
    data = ws.experiment.data
    samples = ws.stepper.trace.samples
    assert table.columns == ("price", "colour", "size")
    kinds = [r.kind for r in table.rows]
    assert kinds == ["batch"] * len(samples) + ["test"] * len(data.x_test)
    first = table.rows[0]
    x = data.x_train[samples[0]]
    on = [n for n, v in zip(data.input_names, x) if v == 1 and "×" not in n]
    assert first.raw[1:] == tuple(n.split("=")[1] for n in on) and first.batch_row == 0


def test_the_output_and_the_marks_are_the_networks_on_the_test_set(ws):
    table = row_table.row_table(ws.experiment, ws.stepper)
    data, network = ws.experiment.data, ws.experiment.network
    y = network.output(data.x_test)[1][:, 0]
    test = [r for r in table.rows if r.kind == "test"]
    assert [float(r.output) for r in test] == pytest.approx(y, rel=1e-3)
    right = (y >= 0.5) == (data.t_test[:, 0] >= 0.5)
    assert [r.right for r in test] == right.tolist()
    assert 0 < np.mean(right) < 1  # some right, some wrong: the marks say something


def test_before_the_update_the_rows_use_the_parameters_the_cursor_shows(ws):
    ws.step(Granularity.UNIT)  # a new iteration: the network holds the updated parameters, the cursor not yet
    table = row_table.row_table(ws.experiment, ws.stepper)
    data, network = ws.experiment.data, ws.experiment.network
    shown = [p for k in range(1, 4) for p in ws.stepper.visible_parameters(k) if p is not None]
    y_shown = forward_with(network, shown, data.x_test)[:, 0]
    y_after = network.output(data.x_test)[1][:, 0]
    assert not np.allclose(y_shown, y_after, atol=1e-4)
    test = [float(r.output) for r in table.rows if r.kind == "test"]
    assert test == pytest.approx(y_shown, rel=1e-3)


def test_a_test_row_the_data_no_longer_has_is_forgotten(ws):
    ws.split_row = 5
    assert ws.split_row == 5
    ws.split_row = 10_000
    assert ws.split_row is None
    ws.split_row = 3
    ws.sample = 1  # tracing a batch row shows its split again
    assert ws.split_row is None
