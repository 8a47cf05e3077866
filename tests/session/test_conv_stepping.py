"""Stepping a CNN: one output cell per unit event, one output map per map step, and the
stepper's promises (bit-identical rewind, cursor run = fast run, edits) for every layer kind."""

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D
from nnviz.core.init import init_kernel, init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.pool import MaxPool2D
from nnviz.core.reshape import Flatten
from nnviz.core.training import Trainer
from nnviz.session import BACKWARD, EPOCH, FORWARD, ITERATION, LAYER, MAP, PHASE, UNIT, Stepper
from nnviz.session.breakpoints import first_non_finite
from nnviz.session.event_sentences import event_groups
from nnviz.session.events import stop_indices
from nnviz.session.inspection import inspect
from nnviz.session.selection import Selection
from nnviz.session.step_view import build_step_view

CONV = (2, 5, 5)  # the conv layer's output: 2 maps of 5×5 (3×3 kernel, padding 1, on 1×5×5)
POOL = (2, 2, 2)


def build_cnn(seed: int = 0, n: int = 7, batch_size: int = 3) -> Trainer:
    """conv 3×3 pad 1 (2 kernels, ReLU, dropout) → max-pool 2 → flatten → dense softmax 3, Adam."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 1, 5, 5))
    t = rng.integers(0, 3, n)
    conv = Conv2D(
        init_kernel("he_uniform", (2, 1, 3, 3), rng),
        np.zeros(2),
        get_activation("relu"),
        padding=1,
        dropout=0.25,
    )
    dense = Dense(init_weights("xavier_uniform", 3, 8, rng), np.zeros(3), get_activation("softmax"))
    network = Network((1, 5, 5), [conv, MaxPool2D((2, 2)), Flatten(), dense])
    optimizer = make_optimizer("adam", learning_rate=0.05)
    return Trainer(network, get_loss("cross_entropy"), optimizer, x, t, batch_size=batch_size, rng=rng)


def cells(shape):
    c, h, w = shape
    return [(m, i, j) for m in range(c) for i in range(h) for j in range(w)]


@pytest.mark.parametrize("phase", [FORWARD, BACKWARD])
def test_stepping_into_a_conv_layer_visits_every_output_cell_in_order(phase):
    s = Stepper(build_cnn())
    while not (s.current_event is not None and s.current_event.phase == phase and s.current_event.layer == 1):
        s.step(UNIT)
    seen = []
    while s.current_event.phase == phase and s.current_event.layer == 1:
        event = s.current_event
        assert event.unit == len(seen)
        seen.append(event.cell)
        s.step(UNIT)
    assert seen == cells(CONV)


def test_a_unit_step_reveals_one_kernel_position_in_the_step_view():
    s = Stepper(build_cnn())
    for k in range(1, 8):
        s.step(UNIT)
        view = build_step_view(s.trainer.network, s.trace, s.current_event, s.is_revealed, row=1)
        z = view.layers[0].z
        shown = ~np.isnan(z[1])
        assert shown.sum() == k, "one more cell per step, nothing after the cursor"
        assert shown.reshape(-1)[:k].all()
        np.testing.assert_array_equal(z[1][shown], s.trace.layers[0].z[1][shown])
        assert np.isnan(view.layers[1].z).all(), "the pool after it is not reached yet"
        assert view.unit_values(1, k - 1)["z"] == s.trace.layers[0].z[1].reshape(-1)[k - 1]


def test_a_map_step_goes_one_output_map_at_a_time():
    s = Stepper(build_cnn())
    ends = []
    for _ in range(4):
        s.step(MAP)
        ends.append(s.current_event.cell)
    assert ends == [(0, 4, 4), (1, 4, 4), (0, 1, 1), (1, 1, 1)]  # conv maps 1, 2, then pool maps 1, 2
    s.step(MAP)
    assert s.current_event.layer == 3 and s.current_event.unit == 7, "flatten has no maps: the whole layer"
    view = build_step_view(s.trainer.network, s.trace, s.current_event, s.is_revealed, row=0)
    assert not np.isnan(view.layers[1].z).any() and (view.layers[1].winners >= 0).all()


def test_map_stops_lie_between_unit_and_layer_stops():
    events = Stepper(build_cnn()).events
    unit, mp, layer = (set(stop_indices(events, g)) for g in (UNIT, MAP, LAYER))
    assert layer < mp < unit
    conv_forward = [c for c in sorted(mp) if events[c].phase == FORWARD and events[c].layer == 1]
    assert [events[c].cell for c in conv_forward] == [(0, 4, 4), (1, 4, 4)]


def test_a_kernel_gradient_shows_once_its_whole_map_is_back():
    s = Stepper(build_cnn())
    while s.current_event is None or s.current_event.phase != BACKWARD or s.current_event.layer != 1:
        s.step(UNIT)
    s.step(MAP)  # to the end of map 1: its cells run in order, map 1 first, as forward
    view = build_step_view(s.trainer.network, s.trace, s.current_event, s.is_revealed, row=0)
    conv = view.layers[0]
    assert list(conv.kernels_revealed) == [True, False]
    grad = s.trace.layers[0].grad_W.reshape(2, -1)
    np.testing.assert_array_equal(conv.gradient[0, :-1], grad[0])
    assert conv.gradient[0, -1] == s.trace.layers[0].grad_b[0]
    assert np.isnan(conv.gradient[1]).all()
    assert np.isnan(conv.delta[:, 1]).all() and not np.isnan(conv.delta[:, 0]).any()


@pytest.mark.parametrize("granularity", [UNIT, MAP, LAYER, PHASE])
def test_back_then_forward_is_bit_identical(arrays, same, granularity):
    s = Stepper(build_cnn())
    stops = len(stop_indices(s.events, granularity))
    seen = []
    for _ in range(min(2 * stops, 120)):
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


def test_cursor_driven_training_equals_fast_training(arrays, same, state_arrays):
    fast = build_cnn()
    traces = [fast.step() for _ in range(12)]
    s = Stepper(build_cnn())
    moves = [UNIT, MAP, UNIT, LAYER, MAP, PHASE, UNIT, ITERATION, MAP, EPOCH, PHASE]
    for k, granularity in enumerate(moves * 2):
        s.step(granularity)
        if k % 3 == 2:
            s.step_back(granularity)
    s.run(12 - s.position.iteration)
    assert s.position.iteration == 12
    same(arrays(s.trace), arrays(traces[-1]))
    same(state_arrays(s.trainer), state_arrays(fast))


def test_editing_a_kernel_weight_mid_iteration_recomputes_the_rest(arrays, same, state_arrays):
    s = Stepper(build_cnn())
    s.run(2)
    for _ in range(30):  # into map 2 of the conv layer's forward pass
        s.step(UNIT)
    assert s.current_event.cell == (1, 0, 4)
    before = arrays(s.trace)
    s.edit_parameter(1, 1, 4, 2.5)  # kernel 2, weight (0, 1, 1): the centre
    assert s.trace.layers[0].W_before[1, 0, 1, 1] == 2.5
    after = arrays(s.trace)
    assert np.array_equal(after["layer 1 z"][:, 0], before["layer 1 z"][:, 0])
    assert not np.array_equal(after["layer 1 z"][:, 1], before["layer 1 z"][:, 1])
    assert np.array_equal(after["layer 1 mask"], before["layer 1 mask"]), "the same dropout masks"
    fast = build_cnn()
    fast.step(), fast.step()
    params = [p.copy() for p in fast.network.parameters()]
    params[0][1, 0, 1, 1] = 2.5
    fast.network.set_parameters(params)
    same(after, arrays(fast.step()))
    same(state_arrays(s.trainer), state_arrays(fast))
    s.edit_parameter(1, 0, 9, -0.5)  # source in·kh·kw = 9 is the bias
    assert s.trace.layers[0].b_before[0] == -0.5


@pytest.mark.parametrize(
    ("layer", "unit", "source", "message"),
    [(1, 2, 0, "kernels 0..1"), (1, 0, 10, "0..8"), (2, 0, 0, "max_pool2d"), (3, 0, 0, "no parameters")],
)
def test_edits_of_what_a_cnn_does_not_have_are_refused(layer, unit, source, message):
    s = Stepper(build_cnn())
    with pytest.raises(ValueError, match=message):
        s.edit_parameter(layer, unit, source, 1.0)


def test_a_non_finite_value_in_a_cnn_is_found_at_its_cell():
    s = Stepper(build_cnn())
    s.step(ITERATION)
    trace = s.trace
    trace.layers[1].z = trace.layers[1].z.copy()
    trace.layers[1].z[0, 1, 0, 1] = np.nan  # pool map 2, row 1, col 2: unit 4·1 + 1 = 5
    event, message = first_non_finite(trace)
    assert (event.phase, event.layer, event.unit) == (FORWARD, 2, 5)
    assert "at layer 2" in message
    trace.layers[1].z[0, 1, 0, 1] = 0.0
    trace.layers[0].grad_W = trace.layers[0].grad_W.copy()
    trace.layers[0].grad_W[1, 0, 2, 2] = np.inf
    event, _ = first_non_finite(trace)
    assert (event.phase, event.layer, event.unit) == (BACKWARD, 1, 25), "kernel 2's first cell"


def test_every_event_of_a_cnn_iteration_has_its_sentences():
    s = Stepper(build_cnn())
    s.step(UNIT)
    seen = set()
    while True:
        [(heading, lines), *_] = event_groups(s, 1)
        assert heading.lower().startswith(s.current_event.label.split(" · ")[0]) and lines
        seen.add(lines[0].split(",")[0])
        if s.position.index == len(s.events) - 1:
            break
        s.step(UNIT)
    s.step(UNIT)
    conv_lines = event_groups(s, 1)[0][1]
    assert "kernel 1 is laid on the window" in conv_lines[0]
    s.step(LAYER), s.step(UNIT)
    assert "keeps its largest value" in event_groups(s, 1)[0][1][0]
    s.step(PHASE), s.step(PHASE), s.step(PHASE), s.step(UNIT)
    assert s.current_event.label == "update · layer 1"
    assert "K[1, 1, 1, 1]:" in " ".join(event_groups(s, 1)[0][1])
    s.step(UNIT)
    no_parameters = (
        "Layer 2 (max_pool2d) has no parameters (no weights, no biases): the optimizer has nothing to change here."
    )
    assert event_groups(s, 1)[0][1] == [no_parameters]


def test_the_update_of_a_layer_without_parameters_says_so_and_highlights_nothing():
    s = Stepper(build_cnn())
    s.step(PHASE), s.step(PHASE), s.step(PHASE), s.step(UNIT), s.step(UNIT)
    assert s.current_event.label == "update · layer 2"
    view = build_step_view(s.trainer.network, s.trace, s.current_event, s.is_revealed, 1)
    assert view.focus_units == []
    inspection = inspect(view, s.trainer, [])
    assert inspection.title == "Update · layer 2" and "max_pool2d) has no parameters" in inspection.subtitle
    s.step(UNIT), s.step(UNIT)
    view = build_step_view(s.trainer.network, s.trace, s.current_event, s.is_revealed, 1)
    assert s.current_event.label == "update · layer 4" and len(view.focus_units) == 3


def test_the_table_says_what_z_is_in_a_pool_and_a_flatten_cell_and_that_they_have_no_activation():
    s = Stepper(build_cnn())
    s.step(PHASE)  # the forward pass done: every cell revealed
    meanings = {}
    for layer in (1, 2, 3):
        view = build_step_view(
            s.trainer.network, s.trace, s.current_event, s.is_revealed, 1, selection=Selection(layer, 0)
        )
        meanings[layer] = {row.symbol: row.meaning for row in inspect(view, s.trainer, []).rows}
    assert meanings[1]["z"] == "Σ kernel ⊙ window + b" and meanings[1]["a"].startswith("activation")
    assert meanings[2]["z"] == "the largest value in the window (no weights)"
    assert meanings[3]["z"] == "the map cell it lays out in the row"
    assert meanings[2]["a"] == meanings[3]["a"] == "a = z: no activation here"
    assert "b" not in meanings[2] and "b" not in meanings[3]


def test_in_chinese_the_inspector_names_the_layer_kinds_by_the_glossary():
    """The header said "(conv2d, relu)" and "(max_pool2d)" in a Chinese window."""
    from nnviz import i18n

    s = Stepper(build_cnn())
    s.step(PHASE)
    i18n.set_language("zh_CN")
    try:
        titles = [
            inspect(
                build_step_view(
                    s.trainer.network, s.trace, s.current_event, s.is_revealed, 1, selection=Selection(layer, 0)
                ),
                s.trainer,
                [],
            ).title
            for layer in (1, 2, 3)
        ]
    finally:
        i18n.set_language("en")
    assert (
        titles[0].endswith("（卷积，relu）")
        and titles[1].endswith("（最大池化）")
        and titles[2].endswith("（展平）")
    )
