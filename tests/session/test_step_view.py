"""The step view's rules, without Qt: what is visible at each event, which sample and class the
sentences name, the one bias encoding, and that a step builds the view once."""

from __future__ import annotations

import re

import numpy as np
import pytest

from nnviz.core.numbering import class_label
from nnviz.presets import load_experiment, preset_names
from nnviz.session.events import BACKWARD, FORWARD, LOSS, UPDATE, Granularity
from nnviz.session.inspection import inspect, note_lines
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace

DENSE_PRESETS = [
    name
    for name in preset_names()
    if all(layer.get("kind", "dense") == "dense" for layer in load_experiment(name).spec["network"]["layers"])
]


def workspace(name: str) -> Workspace:
    ws = Workspace(load_experiment(name))
    ws.run(1)  # the second iteration is stepped: its parameters differ from the initial ones
    return ws


def revealed(events, cursor: int, phase: str, layer: int, unit: int | None = None) -> bool:
    key = (phase, 0 if phase == LOSS else layer, unit)
    return [(e.phase, e.layer, e.unit) for e in events].index(key) <= cursor


@pytest.mark.parametrize("name", DENSE_PRESETS)
def test_exactly_the_values_at_or_before_the_cursor_are_revealed(name):
    ws = workspace(name)
    events = ws.stepper.events
    for cursor in range(len(events)):
        ws.step(Granularity.UNIT)
        view = ws.step_view()
        assert view.event == events[cursor]
        trace = view.trace
        for k, lv in enumerate(view.layers, start=1):
            lt = trace.layers[k - 1]
            for j in range(lv.units):
                fwd = revealed(events, cursor, FORWARD, k, j)
                bwd = revealed(events, cursor, BACKWARD, k, j)
                assert np.isfinite(lv.z[:, j]).all() == fwd and np.isnan(lv.z[:, j]).all() == (not fwd)
                # A softmax unit's a divides by every unit's e^z: all of them come at the last unit.
                if lv.activation == "softmax":
                    shown_a = revealed(events, cursor, FORWARD, k, lv.units - 1)
                else:
                    shown_a = fwd
                assert np.isfinite(lv.a[:, j]).all() == shown_a and np.isnan(lv.a[:, j]).all() == (not shown_a)
                assert np.isfinite(lv.delta[:, j]).all() == bwd and np.isnan(lv.delta[:, j]).all() == (not bwd)
                assert np.isfinite(lv.gradient[j]).all() == bwd and np.isnan(lv.gradient[j]).all() == (not bwd)
                if fwd:
                    np.testing.assert_array_equal(lv.z[:, j], lt.z[:, j])
                if bwd:
                    np.testing.assert_array_equal(lv.gradient[j, :-1], lt.grad_W[j])
                    assert lv.gradient[j, -1] == lt.grad_b[j]
            upd = revealed(events, cursor, UPDATE, k)
            assert lv.after_update == upd
            assert np.isfinite(lv.step).all() == upd and np.isnan(lv.step).all() == (not upd)
            before = np.column_stack([lt.W_before, lt.b_before])
            np.testing.assert_array_equal(lv.before, before)
            np.testing.assert_array_equal(lv.parameters, np.column_stack([lt.W, lt.b]) if upd else before)
            if k > 1:  # a layer's input column is known once the unit below it is
                below = view.layers[k - 2].forward
                assert (np.isfinite(lv.inputs[:, :-1]).all(axis=0) == below).all()
        assert np.isfinite(view.loss) == revealed(events, cursor, LOSS, 0)


@pytest.mark.parametrize("name", ["xor-2-2-1", "softmax-3-classes", "hinge-3-classes", "circle-2-hidden"])
def test_every_sentence_names_the_traced_sample_and_its_class(name):
    ws = workspace(name)
    trainer = ws.stepper.trainer
    last = len(ws.experiment.network.layers)
    for _ in range(len(ws.stepper.events)):
        ws.step(Granularity.UNIT)
        for selection in (None, Selection(last, 0), Selection(1, 0, 0)):
            ws.selection = selection
            view = ws.step_view()
            sentences = [s for _, lines in view.event_groups for s in lines]
            sentences += inspect(view, trainer, []).sentences + note_lines(view, trainer)
            words = " ".join(sentences)
            samples = set(re.findall(r"sample (\d+)", words))
            assert samples <= {str(view.sample_index + 1)}, (view.event, samples)
            classes = set(re.findall(r"class (\d+)", words))
            if view.true_class is not None:
                assert classes <= {str(view.true_class)}, (view.event, classes)
            assert view.sample_text() == f"sample {view.sample_index + 1}"


def test_the_traced_sample_is_one_row_everywhere():
    ws = workspace("xor-2-2-1")
    ws.step(Granularity.PHASE)  # the end of the forward pass
    ws.sample = 2
    view = ws.step_view()
    assert view.row == 2
    np.testing.assert_array_equal(view.x, view.trace.x[2])
    assert view.unit_values(1, 0)["z"] == view.trace.layers[0].z[2, 0]
    assert view.sample_text(with_row=True) == f"sample {view.trace.samples[2] + 1} (batch row 3)"
    assert view.class_text(1) == class_label(1)


def test_the_bias_is_input_fan_in_everywhere():
    ws = workspace("xor-2-2-1")
    ws.step(Granularity.ITERATION)
    view = ws.step_view()
    lv = view.layers[0]
    lt = view.trace.layers[0]
    bias = view.edge_values(1, 1, lv.fan_in)
    assert bias["before"] == lt.b_before[1] and bias["new"] == lt.b[1]
    assert bias["input"] == 1.0 and bias["gradient"] == lt.grad_b[1]
    assert Selection(1, 1, lv.fan_in).is_bias(ws.experiment.network)
    assert not Selection(1, 1, lv.fan_in - 1).is_bias(ws.experiment.network)


def test_an_update_row_never_mixes_time_points():
    """A learner saw "0.0348 × 1 = 0": the bias after the update beside the forward pass's product."""
    ws = workspace("xor-2-2-1")
    ws.step(Granularity.ITERATION)  # every update revealed
    fan_in = ws.experiment.network.layers[0].fan_in
    ws.selection = Selection(1, 0, fan_in)
    view = ws.step_view()
    rows = {row.symbol: row.value for row in inspect(view, ws.stepper.trainer, []).rows}
    lt = view.trace.layers[0]
    assert rows["b"] == lt.b_before[0]
    assert rows["b·a_in"] == rows["b"] * rows["a_in"]
    assert rows["b new"] == lt.b[0] != lt.b_before[0]
    assert rows["Δb"] == pytest.approx(lt.b[0] - lt.b_before[0])


def test_a_step_builds_the_view_once_and_a_change_builds_it_again():
    ws = workspace("xor-2-2-1")
    ws.step(Granularity.UNIT)
    first = ws.step_view()
    assert ws.step_view() is first
    ws.selection = Selection(1, 0)
    second = ws.step_view()
    assert second is not first and second.selection == Selection(1, 0)
    ws.step(Granularity.UNIT)
    assert ws.step_view() is not second
    third = ws.step_view()
    ws.edit_parameter(1, 0, 0, 0.5)
    assert ws.step_view() is not third
    assert ws.step_view().layers[0].before[0, 0] == 0.5


def test_focus_follows_the_event():
    ws = workspace("xor-2-2-1")
    sizes = ws.experiment.network.sizes
    for _ in range(len(ws.stepper.events)):
        ws.step(Granularity.UNIT)
        view = ws.step_view()
        event = view.event
        if event.phase in (FORWARD, BACKWARD):
            assert view.focus_units == [(event.layer, event.unit)]
        elif event.phase == UPDATE:
            assert view.focus_units == [(event.layer, j) for j in range(sizes[event.layer])]
        else:
            assert view.focus_units == [(len(sizes) - 1, j) for j in range(sizes[-1])]
            assert view.focus_layer == len(sizes) - 1


def test_a_selection_that_no_longer_fits_is_dropped():
    ws = workspace("xor-2-2-1")
    ws.selection = Selection(1, 1, 0)
    assert ws.selection == Selection(1, 1, 0)
    ws.set(("network", "layers", 0, "units"), 1)
    assert ws.selection is None and ws.step_view().selection is None


def test_a_softmax_unit_says_its_activation_comes_with_the_layers_last_unit():
    """A learner saw a₁ computed from z₂ and z₃ while units 2 and 3 were drawn as not yet computed."""
    ws = workspace("softmax-3-classes")
    ws.step(Granularity.UNIT)  # forward · layer 1 · unit 1 of 3
    view = ws.step_view()
    words = " ".join(s for _, lines in view.event_groups for s in lines)
    z_later = view.trace.layers[0].z[view.row, 1:]
    assert "comes at unit 3" in words
    assert not any(f"{z:.4g}".replace("-", "−") in words for z in z_later)
    assert np.isnan(view.layers[0].a[view.row]).all() and np.isfinite(view.layers[0].z[view.row, 0])
    ws.step(Granularity.UNIT)
    ws.step(Granularity.UNIT)  # the last unit: every a, and the sentence uses every z
    view = ws.step_view()
    assert np.isfinite(view.layers[0].a[view.row]).all()
    assert "e^(" in " ".join(s for _, lines in view.event_groups for s in lines)


def test_a_language_change_builds_the_view_again_in_that_language():
    from nnviz import i18n

    ws = workspace("xor-2-2-1")
    ws.step(Granularity.UNIT)
    english = ws.step_view()
    assert ws.step_view() is english
    english_groups = english.event_groups
    try:
        i18n.set_language("zh_CN")
        chinese = ws.step_view()
        assert chinese is not english
        assert "层" in " ".join(line for _, lines in chinese.event_groups for line in lines)
    finally:
        i18n.set_language("en")
    assert ws.step_view().event_groups == english_groups
