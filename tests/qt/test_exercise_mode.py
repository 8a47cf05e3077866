"""The exercise mode in the window: F7, a value typed on the canvas, its verdict drawn and explained."""

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.qt.theme import LIGHT
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window_app = App(Workspace(load_experiment("worked-example")))
    qtbot.addWidget(window_app.window)
    window_app.window.resize(1300, 850)
    window_app.window.show()
    qtbot.waitExposed(window_app.window)
    return window_app


def _typing(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def _pixels_of(image, color: str) -> int:
    """How many pixels of ``image`` are (close to) ``color``."""
    target = QColor(color)
    small = image.scaled(image.width() // 2, image.height() // 2)
    count = 0
    for y in range(small.height()):
        for x in range(small.width()):
            c = small.pixelColor(x, y)
            if abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) < 40:
                count += 1
    return count


def test_f7_enters_the_mode_and_a_value_typed_on_a_unit_is_judged_drawn_and_explained(app, monkeypatch):
    act = app.window.actions_by_id[A.EXERCISE_MODE]
    assert act.shortcut() == QKeySequence("F7") and act.isCheckable()
    act.trigger()
    ws = app.controller.workspace
    assert ws.exercise is not None and act.isChecked()
    app.controller.step(Granularity.UNIT)
    assert _pixels_of(app.canvas.render_image(), LIGHT.right) == 0
    z = float(ws.exercise.iteration.true[("forward", 2, "z")][0, 0])
    _typing(monkeypatch, f"{z:.3f}")
    app.canvas.edit(("unit", 2, 0))  # a double-click on output unit 1
    assert app.canvas.frame.answer_units == {(2, 0): "rounded"}
    assert "z, layer 2, sample 1, unit 1" in app.window.statusBar().currentMessage()
    assert ws.stepper.trace.layers[1].b_before[0] == 0.6  # no parameter was edited
    _typing(monkeypatch, "0.5")
    app.canvas.edit(("unit", 2, 0))  # its a, wrong
    assert app.canvas.frame.answer_units == {(2, 0): "wrong"}
    assert _pixels_of(app.canvas.render_image(), LIGHT.wrong) > 20
    inspector = app.views.panels["inspector"]
    inspector.refresh()
    assert any("a, layer 2, sample 1, unit 1: 0.5 — wrong" in s for s in inspector.sentences)
    assert any(s.startswith("Next blank: a, layer 2") for s in inspector.sentences)


def test_text_that_is_no_number_is_refused_and_leaving_the_mode_edits_again(app, monkeypatch):
    app.exercise.set_mode(True)
    app.controller.step(Granularity.UNIT)
    _typing(monkeypatch, "twelve")
    app.canvas.edit(("unit", 2, 0))
    assert "expected a number" in app.window.statusBar().currentMessage()
    assert app.canvas.frame.answer_units == {}
    app.window.actions_by_id[A.EXERCISE_MODE].trigger()
    assert app.controller.workspace.exercise is None
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (0.25, True))
    app.canvas.edit(("unit", 2, 0))
    assert app.controller.workspace.stepper.trace.layers[1].b_before[0] == 0.25


def test_a_student_file_loads_and_its_weights_are_marked(app, monkeypatch, tmp_path):
    app.controller.step(Granularity.UNIT)
    path = tmp_path / "mine.csv"
    path.write_text("phase,layer,quantity,row,col,value\nbackward,2,grad_weights,1,1,0.4398\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    app.window.actions_by_id[A.LOAD_ANSWERS].trigger()
    assert app.controller.workspace.exercise is not None  # loading enters the mode
    assert set(app.canvas.frame.answer_edges.values()) == {"wrong"}
    assert "1 value(s) of iteration 1 judged: 1 wrong" in app.window.statusBar().currentMessage()


def test_the_status_bar_counts_the_perceptrons_updates_until_an_epoch_without_error(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window_app = App(Workspace(load_experiment("perceptron-and")))
    qtbot.addWidget(window_app.window)
    window_app.controller.step(Granularity.EPOCH)
    assert window_app.window.position_label.text().endswith("· perceptron: 2 updates so far")
    for _ in range(5):
        window_app.controller.step(Granularity.EPOCH)
    assert "perceptron: no error in epoch 6, after 11 updates" in window_app.window.position_label.text()


def test_values_pasted_from_the_clipboard_are_judged(app):
    from PySide6.QtGui import QGuiApplication

    app.controller.step(Granularity.UNIT)
    QGuiApplication.clipboard().setText("forward,2,z,1,1,1.106\nbackward,2,delta,1,1,0.7414\n")
    assert app.window.actions_by_id[A.PASTE_ANSWERS].shortcut() == QKeySequence("Ctrl+Shift+V")
    app.window.actions_by_id[A.PASTE_ANSWERS].trigger()
    assert app.canvas.frame.answer_units == {(2, 0): "wrong"}  # z right to 3 decimals, δ without f′(z)
    assert "2 value(s) of iteration 1 judged: 1 wrong" in app.window.statusBar().currentMessage()
    QGuiApplication.clipboard().setText("forward,2,z,1\n")
    app.window.actions_by_id[A.PASTE_ANSWERS].trigger()
    assert "line 1: expected 6 fields" in app.window.statusBar().currentMessage()


@pytest.mark.parametrize("name", ["digits-cnn", "wide-and-deep"])
def test_a_network_that_is_not_dense_says_the_mode_covers_dense_ones_and_where_to_go(qtbot, monkeypatch, name):
    QStandardPaths.setTestModeEnabled(True)
    window_app = App(Workspace(load_experiment(name)))
    qtbot.addWidget(window_app.window)
    window_app.window.resize(1366, 768)
    window_app.window.show()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("0.5", True))
    status = window_app.window.statusBar()
    window_app.window.actions_by_id[A.EXERCISE_MODE].trigger()
    assert "covers dense networks only" in status.currentMessage() and "nnviz exercise" in status.currentMessage()
    window_app.controller.step(Granularity.UNIT)
    items = [("unit", 1, 0), ("kernel", 1, 0, 0)] if name == "digits-cnn" else [("unit", 1, 0), ("edge", 0)]
    for item in items:  # a conv map cell used to do nothing, the rest to ask to step into an iteration
        status.clearMessage()
        window_app.canvas.edit(item)
        assert "covers dense networks only" in status.currentMessage(), item
        assert "nnviz check" in status.currentMessage()
    assert asked == []
