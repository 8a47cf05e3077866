"""The lesson panel: rendered Markdown, an Edit toggle, edits saved with the experiment without a reset."""

import copy

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.qt.lesson_panel import LessonPanel
from nnviz.session.workspace import Workspace


@pytest.fixture
def panel(qtbot, controller):
    widget = LessonPanel(controller)
    qtbot.addWidget(widget)
    return widget


def test_lesson_is_rendered_markdown(panel):
    assert not panel.editing
    text = panel.view.toPlainText()
    assert "XOR" in text and "Try it." in text and "#" not in text
    assert panel.view.document().toMarkdown().startswith("# XOR")


def test_edit_saves_into_the_spec_without_reset(qtbot, panel, controller):
    controller.workspace.run(5)
    stepper = controller.workspace.stepper
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.editing and panel.editor.toPlainText() == XOR_SPEC["lesson"]
    panel.editor.setPlainText("# XOR\n\nNow with **two** hidden units.")
    with qtbot.waitSignal(controller.settings_changed) as signal:
        qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert not panel.editing
    assert "restarts" not in signal.args[0]
    ws = controller.workspace
    assert ws.experiment.lesson == "# XOR\n\nNow with **two** hidden units."
    assert ws.stepper is stepper and ws.stepper.trainer.iteration == 5
    assert "two" in panel.view.toPlainText() and "**" not in panel.view.toPlainText()
    assert ws.dirty
    controller.undo()
    assert ws.experiment.lesson == XOR_SPEC["lesson"]
    assert "Try it." in panel.view.toPlainText()
    assert ws.stepper.trainer.iteration == 5


def test_leaving_the_editor_saves(panel, controller):
    panel.set_editing(True)
    panel.editor.setPlainText("Changed.")
    QApplication.sendEvent(panel.editor, QFocusEvent(QEvent.Type.FocusOut))
    assert controller.workspace.experiment.lesson == "Changed."
    assert panel.editing


def test_unchanged_text_is_no_change(panel, controller):
    panel.set_editing(True)
    panel.set_editing(False)
    assert not controller.workspace.can_undo()


def test_another_experiment_leaves_edit_mode(panel, controller):
    panel.set_editing(True)
    panel.editor.setPlainText("half-written")
    spec = copy.deepcopy(XOR_SPEC) | {"lesson": "Other lesson."}
    controller.set_workspace(Workspace(Experiment(spec)))
    assert not panel.editing and panel.edit_button.text() == "Edit" and not panel.edit_button.isChecked()
    assert "Other lesson." in panel.view.toPlainText()
    assert controller.workspace.experiment.lesson == "Other lesson."


def test_empty_lesson_shows_a_hint_and_saves_none(panel, controller):
    panel.set_editing(True)
    panel.editor.setPlainText("  ")
    panel.set_editing(False)
    assert "lesson" not in controller.workspace.experiment.spec
    assert "Edit" in panel.view.toPlainText()


def test_workspace_name_and_lesson_changes_are_live():
    ws = Workspace(Experiment(copy.deepcopy(XOR_SPEC)))
    ws.run(3)
    stepper, trace = ws.stepper, ws.stepper.trace
    assert ws.set(("lesson",), "New text") == "Lesson changed"
    assert ws.set(("name",), "XOR") == "Name changed"
    assert ws.stepper is stepper and ws.stepper.trace is trace and ws.stepper.trainer.iteration == 3
    assert ws.experiment.lesson == "New text" and ws.experiment.name == "XOR"
    assert ws.undo() and ws.experiment.name == "untitled"
    assert ws.undo() and ws.experiment.lesson == XOR_SPEC["lesson"]
    assert ws.stepper is stepper
    with pytest.raises(ExperimentError, match="lesson"):
        ws.set(("lesson",), 42)
    assert ws.experiment.lesson == XOR_SPEC["lesson"]


def test_a_data_change_shows_the_lesson_marked_and_undo_unmarks_it(qtbot, panel, controller):
    title = panel.title.text()
    with qtbot.waitSignal(controller.settings_changed):
        controller.change(("data",), {"dataset": "circle", "samples": 60})
    assert panel.title.text() == title  # an experiment without a name gets none made up
    assert panel.view.toPlainText().startswith("Changed: this lesson was written for the xor data")
    with qtbot.waitSignal(controller.settings_changed):
        controller.undo()
    assert "Changed:" not in panel.view.toPlainText()
