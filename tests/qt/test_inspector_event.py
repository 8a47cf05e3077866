"""The inspector leads with the computation of the event at the cursor, update phase included."""

import pytest

from nnviz.core.explain import explain_backward, explain_forward
from nnviz.core.explain_update import explain_update
from nnviz.qt.inspector import Inspector
from nnviz.session.events import Granularity
from nnviz.session.selection import Selection


@pytest.fixture
def inspector(qtbot, controller):
    widget = Inspector(controller)
    qtbot.addWidget(widget)
    widget.resize(360, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def headings(inspector) -> list[str]:
    return [heading for heading, _ in inspector.event_groups]


def test_the_event_comes_first_even_with_another_thing_selected(inspector, controller):
    controller.select(Selection(2, 0, 2))
    controller.step(Granularity.UNIT)  # forward · layer 1 · unit 1
    ws = controller.workspace
    trace, network = ws.stepper.trace, ws.experiment.network
    assert headings(inspector) == ["Forward · layer 1 · unit 1"]
    forward = explain_forward(trace, 1, 0, ws.sample, network=network)
    assert inspector.event_groups[0][1] == forward
    assert inspector.text.toPlainText().startswith("Now: Forward · layer 1 · unit 1")
    assert inspector.text.verticalScrollBar().value() == 0


def test_backward_event_is_explained_first(inspector, controller):
    controller.step(Granularity.PHASE)
    controller.step(Granularity.PHASE)
    controller.step(Granularity.UNIT)  # backward · layer 2 · unit 1
    ws = controller.workspace
    backward = explain_backward(
        ws.stepper.trace, 2, 0, ws.sample, network=ws.experiment.network, loss=ws.stepper.trainer.loss
    )
    assert inspector.event_groups == [("Backward · layer 2 · unit 1", backward)]
    assert inspector.text.toPlainText().startswith("Now: Backward · layer 2 · unit 1")


def test_an_update_shows_the_rule_and_numbers_without_clicking(inspector, controller):
    for _ in range(3):  # forward, loss, backward
        controller.step(Granularity.PHASE)
    controller.step(Granularity.UNIT)  # update · layer 1
    ws = controller.workspace
    trace, optimizer = ws.stepper.trace, ws.stepper.trainer.optimizer
    assert controller.selection is None
    assert inspector.title.text() == "Update · layer 1"
    assert headings(inspector) == ["Update · layer 1"]
    text = inspector.text.toPlainText()
    assert "η = 0.3" in text
    assert f"w₁₁: {explain_update(trace, 1, 0, 0, optimizer=optimizer)[-1]}" in text
    assert f"b₃: {explain_update(trace, 1, 2, 2, optimizer=optimizer)[-1]}" in text


def test_step_out_from_the_end_of_backward_still_shows_update_of_layer_1(inspector, controller):
    for _ in range(3):
        controller.step(Granularity.PHASE)
    controller.step(Granularity.PHASE)  # to the end of the update phase: update · layer 2
    assert controller.workspace.stepper.current_event.label == "update · layer 2"
    assert headings(inspector) == ["Update · layer 2", "Update · layer 1"]
    text = inspector.text.toPlainText()
    assert text.index("Now: Update · layer 2") < text.index("Before it in this iteration: Update · layer 1")
