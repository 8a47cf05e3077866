import numpy as np
import pytest

from nnviz.session import ITERATION, UNIT, Stepper


def at_forward_of_layer_2(make_trainer):
    """A stepper in iteration 3 with the cursor on forward · layer 2 · unit 1."""
    s = Stepper(make_trainer())
    s.run(2)
    for _ in range(4):
        s.step(UNIT)
    assert s.current_event.label == "forward · layer 2 · unit 1"
    return s


def fast_with_edit(make_trainer, iterations, slot, index, value):
    """A trainer run ``iterations`` times, then one parameter set; the reference for edits."""
    fast = make_trainer()
    for _ in range(iterations):
        fast.step()
    params = [p.copy() for p in fast.network.parameters()]
    params[slot][index] = value
    fast.network.set_parameters(params)
    return fast


def test_edit_before_the_update_recomputes_downstream_and_keeps_upstream(make_trainer, arrays):
    s = at_forward_of_layer_2(make_trainer)
    position = s.position
    before = arrays(s.trace)
    old_W = s.trace.layers[1].W_before
    old_copy = old_W.copy()
    s.edit_parameter(2, 0, 1, 5.0)
    after = arrays(s.trace)
    assert s.position == position
    for name in ("input", "z", "a", "mask", "output"):
        assert np.array_equal(after[f"layer 1 {name}"], before[f"layer 1 {name}"]), name
    assert np.array_equal(after["samples"], before["samples"])
    assert np.array_equal(after["layer 2 mask"], before["layer 2 mask"])
    assert np.array_equal(after["layer 2 z"][:, 1], before["layer 2 z"][:, 1])
    assert not np.array_equal(after["layer 2 z"][:, 0], before["layer 2 z"][:, 0])
    assert after["layer 2 W_before"][0, 1] == 5.0
    assert after["scalars"][2] != before["scalars"][2]
    assert not np.array_equal(after["layer 1 grad_W"], before["layer 1 grad_W"])
    assert np.array_equal(old_W, old_copy), "parameters are never changed in place"


def test_edit_equals_training_from_the_edited_parameter(make_trainer, arrays, same, state_arrays):
    s = at_forward_of_layer_2(make_trainer)
    s.edit_parameter(2, 0, 1, 5.0)
    fast = fast_with_edit(make_trainer, 2, 2, (0, 1), 5.0)
    same(arrays(s.trace), arrays(fast.step()))
    same(state_arrays(s.trainer), state_arrays(fast))
    assert s.metrics.iterations[-1] == 3 and s.metrics.loss_total[-1] == s.trace.loss_total
    s.run(3)
    for _ in range(3):
        trace = fast.step()
    same(arrays(s.trace), arrays(trace))


def test_edit_after_the_update_counts_from_the_next_iteration(make_trainer, arrays, same):
    s = Stepper(make_trainer())
    s.run(2)
    before = arrays(s.trace)
    s.edit_parameter(3, 0, "bias", 0.5)
    same(arrays(s.trace), before)
    assert s.visible_parameters(3)[1][0] == 0.5
    s.step(UNIT)
    assert s.trace.layers[2].b_before[0] == 0.5
    fast = fast_with_edit(make_trainer, 2, 5, 0, 0.5)
    same(arrays(s.trace), arrays(fast.step()))


def test_edit_before_the_first_iteration(make_trainer):
    s = Stepper(make_trainer())
    s.edit_parameter(1, 2, 0, -1.5)
    assert s.visible_parameters(1)[0][2, 0] == -1.5
    s.step(UNIT)
    assert s.trace.layers[0].W_before[2, 0] == -1.5


@pytest.mark.parametrize("cursor_steps", [4, 0])
def test_an_edit_survives_rewinding_through_it(make_trainer, arrays, same, cursor_steps):
    s = Stepper(make_trainer())
    s.run(2)
    for _ in range(cursor_steps):
        s.step(UNIT)
    s.edit_parameter(2, 1, "bias", -2.0)
    s.run(3)
    ahead, position = arrays(s.trace), s.position
    for _ in range(4):
        s.step_back(ITERATION)
    assert s.position.iteration < 3
    s.run(position.iteration - s.position.iteration)
    assert s.position == position
    same(arrays(s.trace), ahead)


@pytest.mark.parametrize("cursor_steps", [4, 0])
def test_undo_edit_restores_everything_bit_for_bit(make_trainer, arrays, same, state_arrays, cursor_steps):
    s = Stepper(make_trainer())
    s.run(2)
    for _ in range(cursor_steps):
        s.step(UNIT)
    position, values, state = s.position, arrays(s.trace), state_arrays(s.trainer)
    s.edit_parameter(2, 0, 1, 5.0)
    s.run(3)
    assert s.undo_edit()
    assert s.position == position
    same(arrays(s.trace), values)
    same(state_arrays(s.trainer), state)
    assert not s.undo_edit()
    s.run(3)
    fast = make_trainer()
    for _ in range(s.position.iteration):
        trace = fast.step()
    same(arrays(s.trace), arrays(trace))


@pytest.mark.parametrize(
    ("layer", "unit", "source", "value"),
    [(0, 0, 0, 1.0), (4, 0, 0, 1.0), (1, 3, 0, 1.0), (1, 0, 3, 1.0), (1, 0, "weights", 1.0), (1, 0, 0, np.nan)],
)
def test_edit_rejects_what_does_not_exist(make_trainer, layer, unit, source, value):
    s = Stepper(make_trainer())
    with pytest.raises(ValueError):
        s.edit_parameter(layer, unit, source, value)


def test_input_fan_in_is_the_bias_as_the_selection_encodes_it(make_trainer):
    by_name, by_column = Stepper(make_trainer()), Stepper(make_trainer())
    fan_in = by_name.trainer.network.layers[0].fan_in
    by_name.edit_parameter(1, 1, "bias", 0.75)
    by_column.edit_parameter(1, 1, fan_in, 0.75)
    for stepper in (by_name, by_column):
        assert stepper.trainer.network.layers[0].b[1] == 0.75
    assert by_column.trainer.network.layers[0].W.tobytes() == by_name.trainer.network.layers[0].W.tobytes()
