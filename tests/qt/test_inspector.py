"""The inspector: chain-rule sentences of the core at the cursor, values hidden until revealed, gradient check."""

import copy

import pytest
from PySide6.QtCore import Qt
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.core.explain import explain_backward, explain_forward, explain_weight, num
from nnviz.core.explain_update import explain_update
from nnviz.qt.controller import Controller
from nnviz.qt.inspector import DASH, Inspector
from nnviz.session.events import BACKWARD, UPDATE, Granularity
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace


@pytest.fixture
def inspector(qtbot, controller):
    widget = Inspector(controller)
    qtbot.addWidget(widget)
    return widget


def step_until(controller, phase, layer, unit=None):
    stepper = controller.workspace.stepper
    while stepper.trace is None or not stepper.is_revealed(phase, layer, unit):
        controller.step(Granularity.UNIT)


def test_nothing_before_the_first_step(inspector, controller):
    controller.select(Selection(1, 0))
    assert inspector.title.text() == "Layer 1 · unit 1 (tanh)"
    assert inspector.sentences == []
    assert inspector.value("z") == DASH and inspector.value("δ = ∂L/∂z") == DASH


def test_unit_sentences_follow_the_cursor(inspector, controller):
    controller.select(Selection(1, 1))
    controller.step(Granularity.UNIT)  # forward(1, 0): unit 1 of layer 1 only
    assert inspector.sentences == [] and inspector.value("z") == DASH
    controller.step(Granularity.UNIT)  # forward(1, 1)
    ws = controller.workspace
    trace, network = ws.stepper.trace, ws.experiment.network
    forward = explain_forward(trace, 1, 1, 0, network=network)
    assert inspector.sentences == forward
    assert inspector.value("z") == num(trace.layers[0].z[0, 1])
    assert inspector.value("a") == num(trace.layers[0].a[0, 1])
    assert inspector.value("δ = ∂L/∂z") == DASH
    assert all(s in inspector.text.toPlainText() for s in forward)
    step_until(controller, BACKWARD, 1, 1)
    backward = explain_backward(trace, 1, 1, 0, network=network, loss=ws.stepper.trainer.loss)
    assert inspector.sentences == forward + backward
    assert inspector.value("δ = ∂L/∂z") == num(trace.layers[0].delta[0, 1])


def test_the_traced_sample_is_explained(inspector, controller):
    controller.select(Selection(2, 0))
    controller.step(Granularity.PHASE)
    controller.select_sample(3)
    trace = controller.workspace.stepper.trace
    network = controller.workspace.experiment.network
    assert inspector.sentences[:3] == explain_forward(trace, 2, 0, 3, network=network)
    assert f"sample {trace.samples[3] + 1} (batch row 4)" in inspector.subtitle.text()


def test_without_selection_the_cursors_unit_is_shown(inspector, controller):
    controller.step(Granularity.UNIT)
    assert inspector.target == Selection(1, 0)
    assert inspector.title.text() == "Layer 1 · unit 1 (tanh)"


def test_edge_sentences_and_values(inspector, controller):
    controller.select(Selection(2, 0, 2))
    assert inspector.title.text() == "Weight w₁₃ · layer 2"
    step_until(controller, BACKWARD, 2, 0)
    ws = controller.workspace
    trace, trainer = ws.stepper.trace, ws.stepper.trainer
    weight = explain_weight(trace, 2, 0, 2, 0, regularizer=trainer.regularizer)
    assert inspector.sentences[-len(weight) :] == weight
    assert inspector.value("∂L/∂w") == num(trace.layers[1].grad_W[0, 2])
    assert inspector.value("Δw") == DASH
    step_until(controller, UPDATE, 2)
    update = explain_update(trace, 2, 0, 2, optimizer=trainer.optimizer)
    assert inspector.sentences[-len(update) :] == update
    assert inspector.value("Δw") == num(trace.layers[1].dW[0, 2])


def test_gradient_check_agrees_with_backprop(qtbot, inspector, controller):
    controller.select(Selection(1, 2, 1))
    assert not inspector.check_button.isEnabled()
    step_until(controller, BACKWARD, 1, 2)
    assert inspector.check_button.isEnabled()
    qtbot.mouseClick(inspector.check_button, Qt.MouseButton.LeftButton)
    _, analytic, rel = inspector.last_check
    assert analytic == controller.workspace.stepper.trace.layers[0].grad_W[2, 1]
    assert rel < 1e-6
    assert "relative error" in inspector.check_result.text() and "✓" in inspector.check_result.text()
    controller.select(Selection(1, 2, 2))  # the bias of the same unit
    assert inspector.check_result.text() == ""
    _, analytic, rel = inspector.check_gradient()
    assert analytic == controller.workspace.stepper.trace.layers[0].grad_b[2] and rel < 1e-6


def test_gradient_check_holds_the_dropout_masks(qtbot):
    spec = copy.deepcopy(XOR_SPEC)
    spec["network"]["layers"][0]["dropout"] = 0.5
    controller = Controller(Workspace(Experiment(spec)))
    widget = Inspector(controller)
    qtbot.addWidget(widget)
    controller.step(Granularity.ITERATION)
    controller.select(Selection(2, 0, 1))
    _, analytic, rel = widget.check_gradient()
    assert analytic == controller.workspace.stepper.trace.layers[1].grad_W[0, 1]  # same masks, same gradient
    assert rel < 1e-6


def test_units_have_no_gradient_check(inspector, controller):
    controller.step(Granularity.ITERATION)
    controller.select(Selection(1, 0))
    assert not inspector.check_button.isVisibleTo(inspector)
    assert inspector.check_gradient() is None


def test_every_meaning_is_whole_in_its_tooltip_where_the_column_cuts_it(inspector, controller):
    controller.select(Selection(1, 0))
    table = inspector.table
    meanings = [table.item(r, 2) for r in range(table.rowCount())]
    assert meanings and all(item.text() and item.toolTip() == item.text() for item in meanings)


def test_the_learner_can_give_the_table_more_room(qtbot, inspector, controller):
    controller.select(Selection(1, 0, 1))  # a weight: its table has a row per value
    step_until(controller, BACKWARD, 1, 0)
    inspector.resize(300, 330)  # a low dock: the table cannot show all its rows
    inspector.show()
    qtbot.waitExposed(inspector)
    split = inspector.split
    qtbot.waitUntil(lambda: min(split.sizes()) > 0)
    assert split.widget(0) is inspector.text and split.widget(1) is inspector.table
    text, table = split.sizes()
    assert text >= table and inspector.table.height() < inspector.table.maximumHeight()
    split.setSizes([text // 2, table + text - text // 2])  # as dragging the handle up does
    qtbot.waitUntil(lambda: inspector.table.height() > table)
    assert inspector.text.height() >= inspector.text.minimumHeight()  # the sentences keep three lines
