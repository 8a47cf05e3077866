"""The Wide&Deep gradient share: each lane's gradient norm and share of the change in z."""

import copy
import math

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.session.history import MetricHistory
from nnviz.session.lane_share import LaneShare, wide_share
from nnviz.session.wide_deep import find_lanes, rows_split
from nnviz.session.workspace import Workspace


def test_lane_norms_are_the_norms_of_the_traces_gradients_by_hand(trained_wide_deep):
    experiment, trace = trained_wide_deep
    lanes = LaneShare.of(experiment.network)
    g1, gb1, g3 = trace.layers[0].grad_W, trace.layers[0].grad_b, trace.layers[2].grad_W
    assert g3.dtype == np.float64 and g3.shape == (1, 20)
    wide_by_hand = math.sqrt(sum(g * g for g in g3[0, :16]))
    deep_parts = [*g1.ravel(), *gb1, *g3[0, 16:]]
    deep_by_hand = math.sqrt(sum(g * g for g in deep_parts))
    wide, deep = lanes.norms(trace)
    assert wide == pytest.approx(wide_by_hand, rel=0, abs=1e-12)
    assert deep == pytest.approx(deep_by_hand, rel=0, abs=1e-12)
    # the output bias is in neither lane: both norms together fall short of the whole gradient by it
    whole = sum(float(np.vdot(g, g)) for g in trace.gradients())
    assert wide**2 + deep**2 + trace.layers[2].grad_b[0] ** 2 == pytest.approx(whole, rel=1e-12)


def test_the_changes_are_the_lane_parts_recomputed_before_and_after_the_update(trained_wide_deep):
    experiment, trace = trained_wide_deep
    network = experiment.network
    lanes = find_lanes(network, experiment.data.input_names)

    def parts(when):
        def parameters(k):
            lt = trace.layers[k - 1]
            return (lt.W_before, lt.b_before) if when == "before" else (lt.W, lt.b)

        return rows_split(lanes, network, trace.x, parameters=parameters)

    before, after = parts("before"), parts("after")
    change = LaneShare.of(network).change(trace)
    np.testing.assert_allclose(change.dz_wide, after.z_wide - before.z_wide, rtol=0, atol=1e-12)
    np.testing.assert_allclose(change.dz_deep, after.z_deep - before.z_deep, rtol=0, atol=1e-12)
    assert np.any(change.dz_wide != 0) and np.any(change.dz_deep != 0)


def test_with_dropout_the_after_pass_keeps_the_iterations_masks():
    spec = copy.deepcopy(load_experiment("wide-and-deep").spec)
    spec["network"]["layers"][0]["dropout"] = 0.5
    experiment = Experiment(spec)
    trainer = experiment.trainer
    trace = trainer.step()
    assert trace.layers[0].mask is not None and not trace.layers[0].mask.all()
    change = LaneShare.of(experiment.network).change(trace)
    # the same batch and masks again, now under the updated parameters
    again = experiment.network.compute(
        trace.x, trace.t, trainer.loss, trainer.regularizer, masks=[lt.mask for lt in trace.layers]
    )
    db = trace.layers[2].b - trace.layers[2].b_before
    dz = again.layers[2].z - trace.layers[2].z
    np.testing.assert_allclose(change.dz_wide + change.dz_deep + db, dz, rtol=0, atol=1e-12)


def test_the_share_is_in_0_1_and_nan_when_nothing_moved():
    assert wide_share(np.array([[0.5], [-0.5]]), np.array([[0.25], [0.75]])) == pytest.approx(0.5)
    assert wide_share(np.zeros((3, 1)), np.array([[1.0], [0.0], [0.0]])) == 0.0
    assert math.isnan(wide_share(np.zeros((3, 1)), np.zeros((3, 1))))
    ws = Workspace(load_experiment("wide-and-deep"))
    ws.run(60)
    share = ws.stepper.metrics.wide_share
    assert len(share) == 60 and np.all((share >= 0) & (share <= 1))
    assert 0 < share.min() < share.max() < 1


def test_stepping_records_the_lanes_of_every_iteration():
    ws = Workspace(load_experiment("wide-and-deep"))
    lanes = LaneShare.of(ws.experiment.network)
    columns = []
    for _ in range(3):
        ws.run(1)
        columns.append(lanes.columns(ws.stepper.trace))
    metrics = ws.stepper.metrics
    np.testing.assert_array_equal(metrics.lane_norms, np.array(columns)[:, :2])
    np.testing.assert_array_equal(metrics.wide_share, np.array(columns)[:, 2])
    assert metrics.grad_norms.shape == (3, 3)  # the layers' norms are where they were


def test_other_networks_record_no_lanes():
    experiment = load_experiment("xor-2-2-1")
    assert LaneShare.of(experiment.network) is None
    ws = Workspace(experiment)
    ws.run(2)
    assert ws.stepper.metrics.lane_norms is None and ws.stepper.metrics.wide_share is None


def test_lane_columns_survive_thinning_and_a_copy():
    experiment = load_experiment("wide-and-deep")
    lanes = LaneShare.of(experiment.network)
    history = MetricHistory(3, capacity=4, lanes=lanes)
    seen = {}
    for _ in range(9):
        trace = experiment.trainer.step()
        seen[trace.iteration] = lanes.columns(trace)
        history.record(trace)
    assert list(history.iterations) == [2, 4, 6, 8]
    assert history.wide_share.tolist() == [seen[i][2] for i in (2, 4, 6, 8)]
    copy_ = MetricHistory(3, capacity=4, lanes=lanes)
    copy_.take_points(history.points_after(-1, 1))
    np.testing.assert_array_equal(copy_.lane_norms, history.lane_norms)
    with pytest.raises(ValueError, match="metric points of 9 columns, expected 6"):
        MetricHistory(3, capacity=4).take_points(history.points_after(-1, 1))
