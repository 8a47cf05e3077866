"""The workspace: live vs resetting settings changes, exact undo, per-epoch evaluation."""

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.presets import load_experiment
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def spec(**changes):
    doc = {
        "nnviz": 1,
        "seed": 2,
        "data": {"dataset": "gauss", "samples": 40, "noise": 0.1, "test_fraction": 0.25},
        "network": {"layers": [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1, "momentum": 0.5},
        "batch_size": 10,
    }
    doc.update(changes)
    return doc


def test_learning_rate_change_is_live_and_keeps_the_run():
    ws = Workspace(Experiment(spec()))
    ws.run(5)
    message = ws.set(("optimizer", "learning_rate"), 0.01)
    assert "continues" in message
    assert ws.stepper.trainer.iteration == 5
    assert ws.stepper.trainer.optimizer.learning_rate == 0.01
    trace = (ws.run(1), ws.stepper.trace)[1]
    assert trace.learning_rate == 0.01


def test_rewind_across_a_live_change_replays_the_old_learning_rate():
    ws = Workspace(Experiment(spec()))
    ws.run(4)
    before = [ws.stepper.trace.layers[0].W.copy()]
    ws.set(("optimizer", "learning_rate"), 0.5)
    ws.run(2)
    for _ in range(2 * len(ws.stepper.events) + 1):
        ws.step_back(Granularity.UNIT)
    assert ws.stepper.position.iteration == 4
    assert np.array_equal(ws.stepper.trace.layers[0].W, before[0])
    assert ws.stepper.trace.learning_rate == 0.1


def test_architecture_change_resets_and_undo_restores_exactly():
    ws = Workspace(Experiment(spec()))
    ws.run(7)
    params = [p.copy() for p in ws.experiment.network.parameters()]
    message = ws.set(("network", "layers", 0, "units"), 5)
    assert "restarts from iteration 0" in message
    assert ws.stepper.trainer.iteration == 0
    assert ws.experiment.network.sizes == [2, 5, 1]
    assert ws.undo()
    assert ws.stepper.trainer.iteration == 7
    assert all(np.array_equal(p, q) for p, q in zip(params, ws.experiment.network.parameters()))
    assert ws.redo() and ws.experiment.network.sizes == [2, 5, 1]


def test_refused_change_leaves_everything_as_it_was():
    ws = Workspace(Experiment(spec()))
    ws.run(3)
    stepper = ws.stepper
    with pytest.raises(ExperimentError, match="learning_rate"):
        ws.set(("optimizer", "learning_rate"), -1)
    with pytest.raises(ExperimentError, match=r"network.layers\[0\].activation"):
        ws.set(("network", "layers", 0, "activation"), "softmax")
    assert ws.stepper is stepper and stepper.trainer.iteration == 3
    assert ws.experiment.spec["optimizer"]["learning_rate"] == 0.1
    assert not ws.can_undo()


def test_epochs_are_evaluated_and_rising_test_loss_stops():
    ws = Workspace(Experiment(spec()))
    ws.run(9)  # 3 iterations per epoch (30 training samples, batch 10)
    assert [r.epoch for r in ws.epochs] == [1, 2, 3]
    assert all(r.result.test_loss is not None for r in ws.epochs)
    ws.test_rise_epochs = 1
    record, result = type(ws.epochs[0]), type(ws.epochs[0].result)
    # The test loss fell from 0.9 to 0.0 (impossibly low): the next real epoch is a rise from there.
    ws.epochs = [record(1, 3, result(0.1, 0.9, None, None)), record(2, 6, result(0.1, 0.0, None, None))]
    stop = ws.run(100)
    assert stop is not None and stop.kind == "test_loss"
    assert "over-fitting" in stop.message


def test_a_rise_before_the_test_loss_has_fallen_a_tenth_is_not_over_fitting():
    """The overfitting lesson's test loss went 0.697, 0.689, 0.685, 0.688, 0.698, 0.705 over epochs 1–6:
    three rises in a row, and the stop said "over-fitting" at 52 % test accuracy. It falls to about 0.41
    by epoch 40 and only then rises for good."""
    ws = Workspace(load_experiment("overfitting"))
    ws.test_rise_epochs = 3
    stop = ws.run(1000 * ws.stepper.trainer.iterations_per_epoch)
    losses = [r.result.test_loss for r in ws.epochs]
    assert losses[3] > losses[2] and losses[4] > losses[3] and losses[5] > losses[4]  # the early rises
    assert stop is not None and stop.kind == "test_loss" and ws.stepper.trainer.epoch > 6
    assert min(losses[:-3]) <= 0.9 * losses[0]
    assert losses[-4] < losses[-3] < losses[-2] < losses[-1]


def test_reset_keeps_settings_and_can_be_undone():
    ws = Workspace(Experiment(spec()))
    ws.run(4)
    ws.reset()
    assert ws.stepper.trainer.iteration == 0
    assert ws.undo() and ws.stepper.trainer.iteration == 4


def test_dirty_tracks_unsaved_work(tmp_path):
    ws = Workspace(Experiment(spec()))
    assert not ws.dirty
    ws.step(Granularity.UNIT)
    assert ws.dirty
    ws.save(tmp_path / "w.json")
    assert not ws.dirty
    assert Workspace.open(tmp_path / "w.json").experiment.trainer.iteration == 1


def test_weight_edits_share_the_undo_stack_with_settings():
    ws = Workspace(Experiment(spec()))
    ws.step(Granularity.UNIT)
    z_before = ws.stepper.trace.layers[0].z.copy()
    ws.edit_parameter(1, 0, 0, 3.0)
    assert ws.stepper.trace.layers[0].W_before[0, 0] == 3.0
    assert not np.array_equal(ws.stepper.trace.layers[0].z, z_before)
    ws.set(("optimizer", "learning_rate"), 0.05)
    assert ws.undo() and ws.stepper.trainer.optimizer.learning_rate == 0.1
    assert ws.undo()
    assert np.array_equal(ws.stepper.trace.layers[0].z, z_before)
    assert ws.redo() and ws.stepper.trace.layers[0].W_before[0, 0] == 3.0


def test_undo_and_redo_name_the_change_they_would_make():
    ws = Workspace(Experiment(spec()))
    assert ws.undo_name() == ws.redo_name() == ""
    ws.set(("network", "layers", 0, "units"), 5)
    ws.set(("optimizer", "learning_rate"), 0.05)
    ws.step(Granularity.UNIT)
    ws.edit_parameter(1, 0, 0, 0.5)
    assert ws.undo_name() == "Weight edit"
    assert ws.undo() and ws.undo_name() == "Learning rate" and ws.redo_name() == "Weight edit"
    assert ws.undo() and ws.undo_name() == "Layer 1 units" and ws.redo_name() == "Learning rate"
    assert ws.redo() and ws.redo_name() == "Weight edit"
    ws.reset()
    assert ws.undo_name() == "Reset" and ws.redo_name() == ""
