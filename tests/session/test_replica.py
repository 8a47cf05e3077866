"""Replicas: a pickled copy of a stepper or workspace trains, and its progress brings the original
level with it — bit for bit the state the original would have reached by training itself."""

import pickle

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment, preset_names
from nnviz.session import epoch_records as epoch_records_module
from nnviz.session import history as history_module
from nnviz.session import replica_pickle
from nnviz.session import workspace as workspace_module
from nnviz.session.breakpoints import Breakpoints
from nnviz.session.events import Granularity
from nnviz.session.stepper import Stepper
from nnviz.session.workspace import Workspace
from tests.session.test_breakpoints import finite_loss_divergence


def copy_of(obj):
    """A copy as the window gets the worker's progress."""
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def sent(replica):
    """A replica as the training process gets it."""
    return pickle.loads(replica_pickle.dumps(replica))


def assert_same_stepper(a: Stepper, b: Stepper, state_arrays, arrays, same) -> None:
    assert a.position == b.position and a.stop_reason == b.stop_reason
    same(state_arrays(a.trainer), state_arrays(b.trainer))
    assert (a.trace is None) == (b.trace is None)
    if a.trace is not None:
        same(arrays(a.trace), arrays(b.trace))
    assert a.snapshots._iterations == b.snapshots._iterations and a.snapshots._pinned == b.snapshots._pinned
    assert a.can_step_back == b.can_step_back
    assert a.metrics.every == b.metrics.every
    for name in ("iterations", "loss_data", "loss_reg", "loss_total", "grad_norms"):
        assert np.array_equal(getattr(a.metrics, name), getattr(b.metrics, name)), name


def stepper(make_trainer, **kwargs) -> Stepper:
    return Stepper(make_trainer(), history_limit=40, metric_points=16, **kwargs)


def catch_up(original: Stepper, pieces: list[int]) -> Stepper:
    """Train a copy of ``original`` in ``pieces`` and apply each piece's progress to ``original``;
    the snapshots come with every other piece, and with the last."""
    replica = sent(original.replica())
    replica.take_progress()  # the copy starts level with the original
    for k, n in enumerate(pieces):
        stop = replica.run(n)
        last = stop is not None or k == len(pieces) - 1
        original.apply_progress(copy_of(replica.take_progress(snapshots=last or k % 2 == 1)))
        if last:
            break
    return replica


def test_progress_brings_the_original_level_through_thinning_and_eviction(
    make_trainer, state_arrays, arrays, same
):
    # 16 metric points are thinned several times, and 40 iterations of reach evict snapshots.
    reference, original = stepper(make_trainer), stepper(make_trainer)
    reference.run(300)
    catch_up(original, [1, 5, 30, 7, 100, 157])
    assert original.metrics.every > 1
    assert_same_stepper(original, reference, state_arrays, arrays, same)


def test_after_stepping_back_the_copy_replays_then_goes_on(make_trainer, state_arrays, arrays, same):
    reference, original = stepper(make_trainer), stepper(make_trainer)
    for s in (reference, original):
        s.run(25)
        for _ in range(4):
            s.step_back(Granularity.ITERATION)
        s.step(Granularity.UNIT)
    reference.run(12)
    catch_up(original, [2, 10])
    assert_same_stepper(original, reference, state_arrays, arrays, same)
    # And the original steps on, back and forth, exactly as the reference does.
    for s in (reference, original):
        s.step_back(Granularity.ITERATION)
        s.step(Granularity.LAYER)
    assert_same_stepper(original, reference, state_arrays, arrays, same)


def test_a_divergence_in_the_copy_stops_the_original_where_it_would_stop(make_trainer, state_arrays, arrays, same):
    reference, original = finite_loss_divergence(make_trainer), finite_loss_divergence(make_trainer)
    reference.run(1000)
    catch_up(original, [1000])
    assert original.stop_reason is not None and original.stop_reason.kind == "non_finite"
    assert_same_stepper(original, reference, state_arrays, arrays, same)


def test_an_edited_and_pinned_state_is_carried_over(make_trainer, state_arrays, arrays, same):
    reference, original = stepper(make_trainer), stepper(make_trainer)
    for s in (reference, original):
        s.run(3)
        s.step(Granularity.UNIT)
        s.edit_parameter(1, 0, 1, 0.5)
    reference.run(20)
    catch_up(original, [3, 17])
    assert_same_stepper(original, reference, state_arrays, arrays, same)
    assert original.undo_edit() and reference.undo_edit()
    assert_same_stepper(original, reference, state_arrays, arrays, same)


def spiral(**changes) -> dict:
    doc = {
        "nnviz": 1,
        "seed": 5,
        "data": {"dataset": "spiral", "samples": 60, "noise": 0.1, "test_fraction": 0.5},
        "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "adam", "learning_rate": 0.05},
        "batch_size": 7,
    }
    doc.update(changes)
    return doc


def test_a_workspace_replica_carries_epochs_and_its_stop():
    # Noisy circles: the test loss falls a tenth, then rises (stops at iteration 95); on the spiral it never does.
    doc = spiral(data={"dataset": "circle", "samples": 60, "noise": 0.3, "test_fraction": 0.5})
    reference, original = Workspace(Experiment(doc)), Workspace(Experiment(doc))
    for ws in (reference, original):
        ws.run(3)
        ws.test_rise_epochs = 2
    stop_reference = reference.run(400)
    replica = sent(original.replica())
    replica.take_progress()
    assert replica._undo == [] and original.epochs == replica.epochs
    stop = None
    while stop is None and replica.stepper.trainer.iteration < 403:
        stop = replica.run(min(13, 403 - replica.stepper.trainer.iteration))
        original.apply_progress(copy_of(replica.take_progress(stop)))
    assert stop == stop_reference and stop is not None and stop.kind == "test_loss"
    assert original.epochs == reference.epochs and len(original.epochs) >= 3
    assert original.stepper.position == reference.stepper.position
    assert original.dirty


def test_a_replica_leaves_the_undo_history_at_home():
    ws = Workspace(Experiment(spiral()))
    ws.set(("optimizer", "learning_rate"), 0.01)
    assert ws.can_undo()
    ws.run(40)
    replica = ws.replica()
    assert not replica.can_undo() and ws.can_undo()
    assert replica.stepper.trainer is ws.stepper.trainer  # shared until pickled
    assert replica.stepper.snapshots._iterations == [40] and len(ws.stepper.snapshots) > 1
    replica.epochs.append("not shared")
    assert len(ws.epochs) == 8 and "not shared" not in ws.epochs


def test_metric_points_for_another_depth_are_refused():
    ws = Workspace(Experiment(spiral()))
    other = Workspace(Experiment(spiral(network={"layers": [{"units": 1, "activation": "sigmoid"}]})))
    other.run(3)
    with pytest.raises(ValueError, match="metric points of 4 columns, expected 5"):
        ws.stepper.metrics.take_points(other.stepper.metrics.points_after(-1, 1))


def test_breakpoints_set_on_the_copy_fire_there():
    ws = Workspace(Experiment(spiral()))
    replica = sent(ws.replica())
    replica.stepper.breakpoints = Breakpoints(iterations={9})
    stop = replica.run(50)
    ws.apply_progress(replica.take_progress(stop))
    assert ws.stepper.stop_reason is not None and ws.stepper.position.iteration == 9


def test_a_divergence_on_a_replayed_stretch_rewrites_the_remembered_future(
    make_trainer, state_arrays, arrays, same
):
    # Trained to 12 without the breakpoint, rewound to 3, then run with it: the copy's run stops
    # at 5 and forgets iterations 6..12, which the original had remembered.
    reference, original = finite_loss_divergence(make_trainer), finite_loss_divergence(make_trainer)
    for s in (reference, original):
        s.breakpoints.non_finite = False
        s.run(8)
        while s.position.iteration > 3:
            s.step_back(Granularity.ITERATION)
        s.breakpoints.non_finite = True
        assert s.metrics.iterations[-1] == 12
    reference.run(100)
    catch_up(original, [100])
    assert original.stop_reason.kind == "non_finite" and original.metrics.iterations[-1] == 5
    assert_same_stepper(original, reference, state_arrays, arrays, same)


def test_without_snapshots_the_original_still_rewinds_exactly(make_trainer, state_arrays, arrays, same):
    reference, original = stepper(make_trainer), stepper(make_trainer)
    reference.run(30)
    replica = sent(original.replica())
    replica.take_progress()
    replica.run(30)
    original.apply_progress(copy_of(replica.take_progress(snapshots=False)))
    assert original.snapshots._iterations[-1] == 0  # behind in snapshots only
    for s in (reference, original):
        for _ in range(3):
            s.step_back(Granularity.ITERATION)
    same(arrays(original.trace), arrays(reference.trace))
    same(state_arrays(original.trainer), state_arrays(reference.trainer))


def test_a_pinned_edit_ahead_of_the_cursor_is_trained_through(make_trainer, state_arrays, arrays, same):
    # Edited in iteration 13, rewound to 5: training on from 5 must pass through the edited state.
    reference, original = stepper(make_trainer), stepper(make_trainer)
    for s in (reference, original):
        s.run(12)
        s.step(Granularity.UNIT)
        s.edit_parameter(1, 1, 0, -0.75)
        while s.position.iteration > 5:
            s.step_back(Granularity.ITERATION)
    assert 12 in original.replica().snapshots._pinned
    reference.run(20)
    catch_up(original, [4, 16])
    assert_same_stepper(original, reference, state_arrays, arrays, same)


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_can_be_sent_to_a_training_process(name):
    ws = Workspace(load_experiment(name))
    ws.run(3)
    replica = sent(ws.replica())
    replica.take_progress()
    replica.run(2)
    ws.apply_progress(copy_of(replica.take_progress()))
    assert ws.stepper.trainer.iteration == 5


def test_a_long_run_in_a_replica_brings_the_same_thinned_epochs(monkeypatch):
    monkeypatch.setattr(workspace_module, "EPOCH_TAIL", 8)
    monkeypatch.setattr(epoch_records_module, "EPOCH_TAIL", 8)
    monkeypatch.setattr(history_module, "EPOCH_TAIL", 8)
    doc = spiral(batch_size=60, data={"dataset": "spiral", "samples": 20, "noise": 0.1})
    reference, original = Workspace(Experiment(doc)), Workspace(Experiment(doc))
    reference.run(300)
    replica = sent(original.replica())
    replica.take_progress()
    for n in (5, 60, 3, 100, 132):
        replica.run(n)
        original.apply_progress(copy_of(replica.take_progress()))
    assert [r.epoch for r in original.epochs] == [r.epoch for r in reference.epochs]
    assert original.epochs == reference.epochs
    assert len(reference.epochs) < 100 and reference.epochs[0].epoch == 1 and reference.epochs[-1].epoch == 300
