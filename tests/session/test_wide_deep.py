"""The Wide&Deep logit split: the parts add up to the output unit's z the network computed."""

import numpy as np
import pytest

from nnviz.core.losses import get_loss
from nnviz.presets import load_experiment
from nnviz.session.wide_deep import find_lanes, rows_split, split_lines, trace_split


def test_lanes_of_the_preset(trained_wide_deep):
    experiment, _ = trained_wide_deep
    lanes = find_lanes(experiment.network, experiment.data.input_names)
    assert lanes.concat == 2 and lanes.output == 3
    assert lanes.wide_width == 16 and lanes.deep_width == 4
    assert lanes.wide_names[0] == "colour=blue × size=L"
    names = experiment.data.input_names
    assert [names[c] for c in lanes.columns] == list(lanes.wide_names)


def test_no_lanes_without_a_concat_before_the_output():
    experiment = load_experiment("xor-2-2-1")
    assert find_lanes(experiment.network, experiment.data.input_names) is None


def test_parts_add_up_to_the_traced_z(trained_wide_deep):
    experiment, trace = trained_wide_deep
    lanes = find_lanes(experiment.network, experiment.data.input_names)
    parts = trace_split(lanes, experiment.network, trace, experiment.trainer.loss)
    z = trace.layers[-1].z
    np.testing.assert_allclose(parts.z_wide + parts.z_deep + parts.b, z, rtol=0, atol=1e-12)
    assert not np.allclose(parts.z_wide, 0) and not np.allclose(parts.z_deep, 0)
    np.testing.assert_allclose(parts.y, trace.layers[-1].a, rtol=0, atol=1e-12)
    assert np.mean(parts.loss) == pytest.approx(trace.loss_data, abs=1e-12)


def test_parts_add_up_for_every_test_row(trained_wide_deep):
    experiment, _ = trained_wide_deep
    network, trainer, data = experiment.network, experiment.trainer, experiment.data
    lanes = find_lanes(network, data.input_names)
    parts = rows_split(lanes, network, data.x_test, data.t_test, trainer.loss)
    # the test rows as one traced batch: the output unit's z the network's own pass computed
    trace = network.compute(data.x_test, data.t_test, trainer.loss, trainer.regularizer)
    assert len(data.x_test) == 90
    np.testing.assert_allclose(parts.z_wide + parts.z_deep + parts.b, trace.layers[-1].z, rtol=0, atol=1e-12)
    per = get_loss("bce").per_sample(
        trace.layers[-1].z, trace.layers[-1].a, data.t_test, network.output_activation
    )
    np.testing.assert_allclose(parts.loss, per, rtol=0, atol=1e-12)


def test_wide_part_is_the_weights_of_the_active_crosses(trained_wide_deep):
    experiment, trace = trained_wide_deep
    lanes = find_lanes(experiment.network, experiment.data.input_names)
    parts = trace_split(lanes, experiment.network, trace)
    W = trace.layers[-1].W_before
    for n in range(len(trace.x)):
        on = np.flatnonzero(trace.x[n, lanes.columns])
        assert len(on) == 1  # one crossed pair is 1 per row
        assert parts.z_wide[n, 0] == pytest.approx(W[0, on[0]], abs=1e-15)


def test_sentences_carry_the_numbers(trained_wide_deep):
    experiment, trace = trained_wide_deep
    lanes = find_lanes(experiment.network, experiment.data.input_names)
    loss = experiment.trainer.loss
    parts = trace_split(lanes, experiment.network, trace, loss)
    lines = split_lines(parts, lanes, 0, loss=loss)
    on = np.flatnonzero(parts.x_wide[0])[0]
    assert lanes.wide_names[on] in lines[0]
    assert lines[2].startswith("z = z_wide + z_deep + b")
    assert lines[-1].startswith("BCE term")
    assert len(lines) == 6


def test_the_inspector_splits_the_output_logit_once_the_output_is_computed():
    from nnviz.session.events import FORWARD, Granularity
    from nnviz.session.inspection import inspect
    from nnviz.session.selection import Selection
    from nnviz.session.workspace import Workspace

    ws = Workspace(load_experiment("wide-and-deep"))
    ws.run(2)
    names = list(ws.experiment.data.input_names)
    ws.selection = Selection(3, 0)
    ws.step(Granularity.UNIT)
    assert ws.step_view().event.phase == FORWARD and ws.step_view().event.layer == 1
    assert "Wide & Deep" not in dict(inspect(ws.step_view(), ws.stepper.trainer, names).groups)
    ws.step(Granularity.ITERATION)
    view = ws.step_view()
    lines = dict(inspect(view, ws.stepper.trainer, names).groups)["Wide & Deep"]
    lanes = find_lanes(ws.experiment.network, names)
    parts = trace_split(lanes, ws.experiment.network, view.trace, ws.stepper.trainer.loss)
    assert lines == split_lines(parts, lanes, view.row, loss=ws.stepper.trainer.loss)
    assert any(name in lines[0] for name in lanes.wide_names)
    assert lines[-1].startswith("BCE term")


def test_test_rows_use_the_parameters_the_cursor_shows():
    from nnviz.session.events import Granularity
    from nnviz.session.workspace import Workspace

    ws = Workspace(load_experiment("wide-and-deep"))
    ws.run(3)
    ws.step(Granularity.UNIT)  # forward of iteration 4: its update not revealed
    network, data = ws.experiment.network, ws.experiment.data
    lanes = find_lanes(network, data.input_names)
    shown = rows_split(lanes, network, data.x_test, parameters=ws.stepper.visible_parameters)
    before = [p.copy() for p in network.parameters()]
    network.set_parameters(
        [lt_p for lt in ws.stepper.trace.layers if lt.W_before is not None for lt_p in (lt.W_before, lt.b_before)]
    )
    expected = network.output(data.x_test)[0]
    network.set_parameters(before)
    np.testing.assert_allclose(shown.z, expected, rtol=0, atol=1e-12)
    assert not np.allclose(rows_split(lanes, network, data.x_test).z, expected)


def test_the_bar_stacks_the_parts_and_ends_at_z(trained_wide_deep):
    from nnviz.session.wide_deep import bar_segments

    experiment, trace = trained_wide_deep
    lanes = find_lanes(experiment.network, experiment.data.input_names)
    parts = trace_split(lanes, experiment.network, trace)
    for n in range(len(trace.x)):
        (w, w0, w1), (d, d0, d1), (b, b0, b1) = bar_segments(parts, n)
        assert (w, d, b) == ("wide", "deep", "b") and w0 == 0 and w1 == d0 and d1 == b0
        assert w1 == parts.z_wide[n, 0] and b1 - b0 == pytest.approx(parts.b[0], abs=1e-15)
        assert b1 == pytest.approx(trace.layers[-1].z[n, 0], abs=1e-12)
