import numpy as np
import pytest

from nnviz.core.regularizers import Regularizer
from nnviz.session import EPOCH, ITERATION, LAYER, PHASE, UNIT, UPDATE, Stepper
from nnviz.session.events import stop_indices

GRANULARITIES = (UNIT, LAYER, PHASE, ITERATION)


def visited(stepper, granularity, steps, *, back=False):
    """(iteration, index) of the cursor after each of ``steps`` steps."""
    move = stepper.step_back if back else stepper.step
    out = []
    for _ in range(steps):
        move(granularity)
        out.append((stepper.position.iteration, stepper.position.index))
    return out


def test_starts_before_the_first_iteration(make_trainer):
    s = Stepper(make_trainer())
    assert s.trace is None and s.current_event is None
    assert (s.position.iteration, s.position.epoch, s.position.index) == (0, 0, -1)
    assert not s.is_revealed("forward", 1, 0)
    assert not s.can_step_back
    assert s.step_back(UNIT) is None and s.position.index == -1


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_stepping_visits_the_events_in_order(make_trainer, granularity):
    s = Stepper(make_trainer())
    stops = stop_indices(s.events, granularity)
    expected = [(i, c) for i in (1, 2, 3) for c in stops]
    assert visited(s, granularity, len(expected)) == expected
    assert s.trainer.iteration == 3


def test_stepping_by_epoch_ends_epochs(make_trainer):
    s = Stepper(make_trainer())  # 8 points in batches of 3: 3 iterations per epoch
    last = len(s.events) - 1
    assert visited(s, EPOCH, 2) == [(3, last), (6, last)]
    assert s.trainer.epoch == 2
    s.step_back(UNIT)
    s.step(EPOCH)
    assert (s.position.iteration, s.position.index) == (6, last)
    assert visited(s, EPOCH, 2, back=True) == [(3, last), (0, -1)]


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_stepping_back_visits_the_same_stops_in_reverse(make_trainer, granularity):
    s = Stepper(make_trainer())
    forward = visited(s, granularity, 3 * len(stop_indices(s.events, granularity)))
    backward = visited(s, granularity, len(forward), back=True)
    assert backward == [*forward[-2::-1], (0, -1)]


def test_step_over_from_inside_a_layer_ends_that_layer(make_trainer):
    s = Stepper(make_trainer())
    s.step(UNIT)  # forward · layer 1 · unit 1 of 3
    s.step(LAYER)
    assert s.current_event.label == "forward · layer 1 · unit 3"
    s.step(PHASE)
    assert s.current_event.label == "forward · layer 3 · unit 1"
    s.step(PHASE)
    assert s.current_event.label == "loss"


def test_only_events_up_to_the_cursor_are_revealed(make_trainer):
    s = Stepper(make_trainer())
    for c in range(len(s.events)):
        s.step(UNIT)
        assert [s.is_revealed(e.phase, e.layer, e.unit) for e in s.events] == [
            d <= c for d in range(len(s.events))
        ]
    with pytest.raises(ValueError, match="no event"):
        s.is_revealed("forward", 9, 0)


def test_is_revealed_for_a_whole_layer_needs_its_last_unit(make_trainer):
    s = Stepper(make_trainer())
    s.step(UNIT)
    assert s.is_revealed("forward", 1, 0) and not s.is_revealed("forward", 1)
    s.step(LAYER)
    assert s.is_revealed("forward", 1)


def test_parameters_before_their_update_are_the_old_ones(make_trainer):
    s = Stepper(make_trainer())
    W0, b0 = s.visible_parameters(1)
    s.step(PHASE)
    s.step(PHASE)
    s.step(PHASE)  # end of backward: no update revealed
    lt = s.trace.layers[0]
    assert s.visible_parameters(1) == (W0, b0) == (lt.W_before, lt.b_before)
    while not s.is_revealed(UPDATE, 1):
        s.step(UNIT)
    assert s.visible_parameters(1)[0] is lt.W and not np.array_equal(lt.W, W0)
    assert s.visible_parameters(2)[0] is s.trace.layers[1].W_before
    with pytest.raises(ValueError):
        s.visible_parameters(0)


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_back_then_forward_is_bit_identical(make_trainer, arrays, same, granularity):
    s = Stepper(make_trainer())
    seen = []
    for _ in range(3 * len(stop_indices(s.events, granularity))):
        s.step(granularity)
        seen.append((s.position, arrays(s.trace)))
    for position, values in reversed(seen[:-1]):
        s.step_back(granularity)
        assert s.position == position
        same(arrays(s.trace), values)
    for position, values in seen[1:]:
        s.step(granularity)
        assert s.position == position
        same(arrays(s.trace), values)


def test_rewind_with_sparse_snapshots_replays_bit_identically(make_trainer, arrays, same, state_arrays):
    s = Stepper(make_trainer(), history_limit=50, memory_budget=4_000)
    assert s.snapshots.stride > 1
    seen = {}
    for _ in range(40):
        s.step(ITERATION)
        seen[s.position.iteration] = (arrays(s.trace), state_arrays(s.trainer))
    for i in range(39, 0, -1):
        s.step_back(ITERATION)
        assert s.position.iteration == i
        same(arrays(s.trace), seen[i][0])
        same(state_arrays(s.trainer), seen[i][1])


def test_cursor_driven_training_equals_fast_training(make_trainer, arrays, same, state_arrays):
    fast = make_trainer()
    traces = [fast.step() for _ in range(40)]
    s = Stepper(make_trainer())
    moves = [UNIT, UNIT, LAYER, PHASE, UNIT, ITERATION, EPOCH, PHASE, LAYER, UNIT]
    for k, granularity in enumerate(moves * 3):
        s.step(granularity)
        if k % 4 == 3:
            s.step_back(moves[k % len(moves)])
    s.run(40 - s.position.iteration)
    assert s.position.iteration == 40
    same(arrays(s.trace), arrays(traces[-1]))
    same(state_arrays(s.trainer), state_arrays(fast))
    assert np.array_equal(s.metrics.loss_total, [t.loss_total for t in traces])


def test_run_finishes_the_iteration_then_runs_more(make_trainer):
    s = Stepper(make_trainer())
    s.step(UNIT)
    assert s.run(5) is None
    assert (s.position.iteration, s.position.index) == (6, len(s.events) - 1)
    with pytest.raises(ValueError):
        s.run(0)


def test_rewind_reaches_1000_iterations_back(make_trainer, arrays, same):
    fast = make_trainer()
    reference = {}
    for _ in range(1100):
        trace = fast.step()
        if trace.iteration in (100, 101, 550):
            reference[trace.iteration] = arrays(trace)
    s = Stepper(make_trainer(), history_limit=1000)
    s.run(1100)
    for _ in range(1000):
        s.step_back(ITERATION)
        if s.position.iteration in reference:
            same(arrays(s.trace), reference[s.position.iteration])
    assert s.position.iteration == 100 and s.stop_reason is None
    same(arrays(s.trace), reference[100])
    # With a snapshot every ``stride`` iterations the history may reach a few iterations further.
    for _ in range(3 * s.snapshots.stride):
        if s.step_back(ITERATION) is not None:
            break
    assert s.stop_reason.kind == "history" and not s.can_step_back
    assert 100 - 2 * s.snapshots.stride <= s.position.iteration <= 100 and s.position.index == 0


def test_metric_history_records_each_iteration(make_trainer):
    s = Stepper(make_trainer(), metric_points=10)
    s.run(25)
    assert len(s.metrics) <= 10
    assert s.metrics.grad_norms.shape == (len(s.metrics), 3)
    assert s.metrics.iterations[-1] == 24
    s.step_back(ITERATION)
    assert s.grad_norms == list(s.metrics.grad_norms[-1])
    assert s.trace.loss_total == s.metrics.loss_total[-1]
    s.step(ITERATION)
    assert len(s.metrics) <= 10 and s.metrics.iterations[-1] == 24


def test_settings_changes_replay_exactly(make_trainer, arrays, same, state_arrays):
    fast = make_trainer()
    traces = [fast.step() for _ in range(5)]
    fast.optimizer.learning_rate = 0.01
    fast.regularizer = Regularizer("l2", 0.01)
    traces += [fast.step() for _ in range(5)]
    s = Stepper(make_trainer())
    s.run(5)
    s.trainer.optimizer.learning_rate = 0.01
    s.trainer.regularizer = Regularizer("l2", 0.01)
    s.settings_changed()
    s.run(5)
    same(state_arrays(s.trainer), state_arrays(fast))
    while s.position.iteration > 3:
        s.step_back(ITERATION)
    same(arrays(s.trace), arrays(traces[2]))
    assert s.trace.learning_rate == 0.1 and s.trace.loss_reg == 0.0
    s.run(7)
    same(arrays(s.trace), arrays(traces[-1]))
    same(state_arrays(s.trainer), state_arrays(fast))


def test_a_settings_change_after_rewinding_forgets_the_future(make_trainer, arrays, same):
    fast = make_trainer()
    for _ in range(4):
        fast.step()
    fast.optimizer.learning_rate = 0.5
    for _ in range(3):
        trace = fast.step()
    s = Stepper(make_trainer())
    s.run(9)
    for _ in range(5):
        s.step_back(ITERATION)
    s.trainer.optimizer.learning_rate = 0.5
    s.settings_changed()
    assert s.metrics.iterations[-1] == 4
    s.run(3)
    same(arrays(s.trace), arrays(trace))


def test_a_settings_change_survives_rewinding_through_it(make_trainer, arrays, same):
    s = Stepper(make_trainer())
    s.run(5)
    s.trainer.optimizer.learning_rate = 0.01
    s.settings_changed()
    s.run(5)
    ahead = arrays(s.trace)
    for _ in range(4):
        s.step_back(ITERATION)
    assert s.position.iteration == 6 and s.trace.learning_rate == 0.01
    s.step_back(ITERATION)
    assert s.trace.learning_rate == 0.1
    s.run(5)
    same(arrays(s.trace), ahead)
