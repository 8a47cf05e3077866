"""The whole window: actions and shortcuts, a learner's session, divergence, bad files, a monkey test."""

import json
import random

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from nnviz.core.explain import num
from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.qt.breakpoints_panel import BreakpointsPanel
from nnviz.qt.dock_layout import BOTTOM_SHARE, DATA_WIDTH
from nnviz.session.events import BACKWARD, FORWARD, Granularity
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace

EDITABLE = (QComboBox, QAbstractSpinBox, QAbstractButton)


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch):
    """Settings go to a test location; dialogs never block (a test that wants one patches it)."""
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (0.5, True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))


@pytest.fixture
def make_app(qtbot):
    def make(preset="xor-2-2-1"):
        app = App(Workspace(load_experiment(preset)))
        qtbot.addWidget(app.window)
        app.window.resize(1300, 850)
        app.window.show()
        qtbot.waitExposed(app.window)
        return app

    yield make


def test_every_action_has_an_id_a_tooltip_and_the_documented_shortcut(make_app):
    app = make_app()
    act = app.window.actions_by_id
    assert len(act) == len(A.SPECS)
    for key, action in act.items():
        assert action.objectName() == key
        assert action.toolTip()
    expected = {
        A.RUN: "F5",
        A.PAUSE: "F6",
        A.STEP_INTO: "F11",
        A.STEP_OVER: "F10",
        A.STEP_MAP: "Ctrl+F10",
        A.STEP_OUT: "Shift+F11",
        A.NEXT_ITERATION: "F8",
        A.STEP_BACK: "Shift+F8",
        A.RESET: "Ctrl+R",
    }
    for key, shortcut in expected.items():
        assert act[key].shortcut() == QKeySequence(shortcut), key


def test_the_default_layout_is_the_documented_one_and_reset_layout_brings_it_back(make_app, qtbot):
    app = make_app("deep-relu")  # many layers: many gradient-norm rows in the breakpoints panel
    window = app.window
    Area = Qt.DockWidgetArea
    expected = {
        "experiment": Area.LeftDockWidgetArea,
        "lesson": Area.RightDockWidgetArea,
        "inspector": Area.RightDockWidgetArea,
        "breakpoints": Area.BottomDockWidgetArea,
        "plots": Area.BottomDockWidgetArea,
        "matrix": Area.BottomDockWidgetArea,
        "data": Area.BottomDockWidgetArea,
    }
    assert {key: window.dockWidgetArea(dock) for key, dock in window.docks.items()} == expected
    data, plots = window.docks["data"], window.docks["plots"]

    def default_sizes() -> bool:
        bottom = BOTTOM_SHARE * window.height()
        return (
            abs(plots.height() - bottom) < 0.1 * bottom and abs(data.width() - DATA_WIDTH * bottom) < 0.15 * bottom
        )

    qtbot.waitUntil(default_sizes)
    assert data.x() > plots.x() and abs(data.y() - plots.y()) < 5  # side by side
    inspector, lesson = window.docks["inspector"], window.docks["lesson"]
    assert lesson.y() > inspector.y() and abs(lesson.x() - inspector.x()) < 5  # the lesson under the inspector
    # The side columns run the whole height: the experiment panel is not squeezed above the bottom row.
    assert window.docks["experiment"].geometry().bottom() > plots.geometry().bottom() - 5
    # The learner rearranges: the plots squashed, the lesson closed, the data view floating.
    window.resizeDocks([plots], [60], Qt.Orientation.Vertical)
    window.docks["lesson"].close()
    data.setFloating(True)
    qtbot.waitUntil(lambda: plots.height() < 0.7 * BOTTOM_SHARE * window.height())
    window.actions_by_id[A.RESET_LAYOUT].trigger()
    qtbot.waitUntil(default_sizes)
    assert window.docks["lesson"].isVisible() and not data.isFloating()


def test_stepping_actions_move_canvas_inspector_and_position_together(make_app, qtbot):
    app = make_app()
    ws, act = app.controller.workspace, app.window.actions_by_id
    act[A.STEP_INTO].trigger()
    assert ws.stepper.current_event.phase == FORWARD and ws.stepper.current_event.unit == 0
    assert "forward · layer 1 · unit 1" in app.window.position_label.text()
    act[A.STEP_OVER].trigger()
    assert ws.stepper.current_event.layer == 1 and ws.stepper.current_event.unit == 1
    act[A.STEP_OUT].trigger()  # to the end of the forward phase: the output layer's last unit
    n_layers = len(ws.experiment.network.layers)
    assert ws.stepper.current_event == ws.stepper.events[sum(ws.experiment.network.sizes[1:]) - 1]
    assert ws.stepper.current_event.phase == FORWARD and ws.stepper.current_event.layer == n_layers
    act[A.NEXT_ITERATION].trigger()
    assert ws.stepper.position.index == len(ws.stepper.events) - 1
    iteration = ws.stepper.position.iteration
    act[A.STEP_BACK].trigger()
    assert ws.stepper.position.index == len(ws.stepper.events) - 2
    act[A.NEXT_EPOCH].trigger()
    assert ws.stepper.position.iteration >= iteration
    act[A.RESET].trigger()
    assert app.controller.workspace.stepper.trainer.iteration == 0
    assert app.controller.workspace.stepper.current_event is None
    act[A.RUN].trigger()
    assert app.controller.running and not act[A.RUN].isEnabled() and act[A.PAUSE].isEnabled()
    qtbot.waitUntil(lambda: app.controller.workspace.stepper.trainer.iteration > 0, timeout=10000)
    act[A.PAUSE].trigger()
    assert not app.controller.running


def test_shortcut_keys_reach_the_actions(make_app, qtbot):
    app = make_app()
    app.window.activateWindow()
    qtbot.waitActive(app.window)
    app.canvas.setFocus()
    qtbot.waitUntil(app.canvas.hasFocus)
    qtbot.keyClick(app.canvas, Qt.Key.Key_F11)
    assert app.controller.workspace.stepper.current_event is not None
    qtbot.keyClick(app.canvas, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert app.controller.workspace.stepper.current_event is None  # stepped back before the first event
    qtbot.keyClick(app.canvas, Qt.Key.Key_F8)
    assert app.controller.workspace.stepper.position.index == len(app.controller.workspace.stepper.events) - 1


def test_a_learner_steps_one_iteration_then_trains_xor_to_100_percent(make_app, qtbot):
    app = make_app("xor-2-2-1")
    c, inspector = app.controller, app.views.panels["inspector"]
    ws = c.workspace
    seen = []
    while True:
        c.step(Granularity.UNIT)
        event = ws.stepper.current_event
        seen.append(event)
        trace = ws.stepper.trace
        if event.phase in (FORWARD, BACKWARD):
            c.select(Selection(event.layer, event.unit))
            lt = trace.layers[event.layer - 1]
            n, j = ws.sample, event.unit
            assert inspector.value("z") == num(lt.z[n, j])
            assert inspector.value("a") == num(lt.a[n, j])
            if event.phase == BACKWARD:
                assert inspector.value("δ = ∂L/∂z") == num(lt.delta[n, j])
            else:
                assert inspector.value("δ = ∂L/∂z") == "—"
        if ws.stepper.position.index == len(ws.stepper.events) - 1:
            break
    assert seen == list(ws.stepper.events)
    app.window.actions_by_id[A.FASTEST].trigger()  # the default pace is for watching, not for waiting
    c.run()
    qtbot.waitUntil(lambda: ws.epochs and ws.epochs[-1].result.train_accuracy == 1.0, timeout=60000)
    c.pause()
    assert ws.evaluate().train_accuracy == 1.0


def test_a_diverging_run_pauses_at_the_breakpoint_and_says_why(make_app, qtbot):
    app = make_app("regression-mse")
    c = app.controller
    assert c.change(("optimizer", "learning_rate"), 100.0)
    c.run()
    qtbot.waitUntil(lambda: not c.running, timeout=60000)
    message = app.window.statusBar().currentMessage()
    assert "non-finite" in message and "smaller learning rate" in message
    stop = c.last_stop
    assert stop.kind == "non_finite"
    assert c.workspace.stepper.current_event == stop.event  # the cursor stands on the offending event
    assert c.selection is not None and c.selection.is_unit  # and its unit is highlighted
    assert c.selection.layer == (stop.event.layer or len(c.workspace.experiment.network.layers))


def test_a_bad_file_leaves_the_session_untouched(make_app, tmp_path, monkeypatch):
    app = make_app()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    ws = app.controller.workspace
    ws.run(3)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "nnviz": 1,
                "data": {"dataset": "circle"},
                "network": {
                    "layers": [
                        {"units": 2, "activation": "tanh", "weights": [[1, 2, 3], [4, 5, 6]]},
                        {"units": 1, "activation": "sigmoid"},
                    ]
                },
                "loss": {"name": "bce"},
                "optimizer": {"name": "sgd", "learning_rate": 0.1},
            }
        )
    )
    assert not app.open_path(str(bad))
    assert app.controller.workspace is ws and ws.stepper.trainer.iteration == 3
    assert "network.layers[0].weights: expected 2×2" in shown[0]


def test_editing_the_learning_rate_during_a_run_takes_effect_without_reset(make_app, qtbot):
    app = make_app("circle-3-hidden")
    c = app.controller
    c.run()
    qtbot.waitUntil(lambda: c.workspace.stepper.trainer.iteration >= 5, timeout=20000)
    assert c.change(("optimizer", "learning_rate"), 0.0123)
    done = c.workspace.stepper.trainer.iteration
    qtbot.waitUntil(lambda: c.workspace.stepper.trainer.iteration > done, timeout=20000)
    c.pause()
    assert c.workspace.stepper.trainer.iteration > done >= 5
    assert c.workspace.stepper.trace.learning_rate == 0.0123


def test_unsaved_changes_prompt_before_they_are_lost(make_app, monkeypatch):
    app = make_app()
    app.controller.step(Granularity.ITERATION)
    app.controller.change(("optimizer", "learning_rate"), 0.5)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel
    )
    assert not app.window.close()
    assert asked and app.window.isVisible()
    assert not app.open_path("circle-3-hidden")
    assert app.controller.workspace.experiment.name == load_experiment("xor-2-2-1").name


def test_a_shipped_lesson_that_was_only_run_closes_without_asking(make_app, monkeypatch):
    app = make_app()
    app.controller.step(Granularity.ITERATION)
    app.controller.workspace.run(20)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked to save a lesson only run"))
    assert not app.controller.workspace.dirty and not app.window.isWindowModified()
    assert app.open_path("circle-3-hidden")


def test_the_window_is_marked_modified_once_not_at_every_step(make_app, monkeypatch, tmp_path):
    mine = tmp_path / "mine.json"
    load_experiment("xor-2-2-1").save(mine)
    app = make_app(str(mine))
    marked = []
    set_modified = type(app.window).setWindowModified
    monkeypatch.setattr(app.window, "setWindowModified", lambda m: (marked.append(m), set_modified(app.window, m)))
    for _ in range(5):
        app.controller.step(Granularity.ITERATION)
    assert marked == [True] and app.window.isWindowModified()


def test_save_and_reopen_keeps_the_trained_state(make_app, tmp_path, monkeypatch):
    app = make_app()
    app.controller.workspace.run(7)
    path = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert app.save()
    assert not app.controller.workspace.dirty and not app.window.isWindowModified()
    assert app.open_path(str(path))
    assert app.controller.workspace.stepper.trainer.iteration == 7


@pytest.mark.parametrize("preset", ["circle-2-hidden", "wide-and-deep"])
def test_monkey_1000_random_actions_and_edits(make_app, qtlog, preset):
    app = make_app(preset)
    c, act, rnd = app.controller, app.window.actions_by_id, random.Random(1234)
    stepping = [
        A.STEP_INTO,
        A.STEP_OVER,
        A.STEP_OUT,
        A.NEXT_ITERATION,
        A.STEP_BACK,
        A.UNDO,
        A.REDO,
        A.RESET,
        A.RANDOMIZE,
        A.FIT_VIEW,
    ]
    edits = [
        lambda: c.change(("optimizer", "learning_rate"), rnd.choice([1e-4, 0.01, 0.3, 5.0, -1.0])),
        lambda: c.change(("network", "layers", 0, "units"), rnd.randint(0, 9)),
        lambda: c.change(
            ("network", "layers", 0, "activation"), rnd.choice(["tanh", "relu", "softmax", "sigmoid"])
        ),
        lambda: c.change(("batch_size",), rnd.choice([1, 4, 1000, 0])),
        lambda: c.change(("regularization",), rnd.choice([{"kind": "l2", "lambda": 0.01}, {"kind": "none"}])),
        lambda: c.change(("data", "noise"), rnd.choice([0.0, 0.2, 2.0])),
        lambda: app.canvas.set_edge_quantity(rnd.choice(["auto", "weight", "gradient", "update"])),
        lambda: app.canvas.set_labels(rnd.choice(["off", "weights", "activations"])),
        lambda: c.select_sample(rnd.randint(0, 12)),
    ]

    def random_selection():
        net = c.workspace.experiment.network
        k = rnd.choice([k for k, layer in enumerate(net.layers, 1) if layer.kind == "dense"])
        dense = net.layers[k - 1]
        source = rnd.choice([None, rnd.randint(0, dense.fan_in)])
        c.select(Selection(k, rnd.randrange(dense.units), source))

    panel = app.views.panels["experiment"]

    def random_widget_edit():
        """Edit a real control of the experiment panel as a user would, committing it."""
        widgets = [w for w in panel.findChildren(QWidget) if w.isEnabled() and isinstance(w, EDITABLE)]
        w = rnd.choice(widgets)
        if isinstance(w, QComboBox) and w.count():
            i = rnd.randrange(w.count())
            w.setCurrentIndex(i)
            w.activated.emit(i)
        elif isinstance(w, QAbstractSpinBox):
            w.setValue(rnd.uniform(w.minimum(), min(w.maximum(), 50)))
            w.editingFinished.emit()
        elif isinstance(w, QAbstractButton):
            w.click()

    def random_edit():
        net = c.workspace.experiment.network
        k = rnd.choice([k for k, layer in enumerate(net.layers, 1) if layer.kind == "dense"])
        c.edit_parameter(k, 0, rnd.choice(["bias", 0]), rnd.uniform(-3, 3))

    for _ in range(1000):
        roll = rnd.random()
        if roll < 0.55:
            act[rnd.choice(stepping)].trigger()
        elif roll < 0.8:
            rnd.choice(edits)()
        elif roll < 0.85:
            random_selection()
        elif roll < 0.95:
            random_widget_edit()
        else:
            random_edit()
    problems = [r for r in qtlog.records if r.type != 0 and "propagateSizeHints" not in r.message]
    assert problems == []
    ws = c.workspace  # still consistent and responsive after the storm
    assert ws.stepper.trainer is ws.experiment.trainer
    c.step(Granularity.UNIT)
    assert ws.stepper.current_event is not None
    assert ws.stepper.current_event.label in app.window.position_label.text()


def test_export_figure_dialog_saves_every_panel_and_copies(make_app, tmp_path):
    from PySide6.QtWidgets import QApplication

    from nnviz.qt.export_dialog import ExportDialog

    app = make_app()
    app.controller.workspace.run(10)
    app.controller.stepped.emit()
    dialog = ExportDialog(app.figure_targets(), app.window)
    for index in range(dialog.panel.count()):
        dialog.panel.setCurrentIndex(index)
        for suffix in (".png", ".svg", ".pdf"):
            path = dialog.save_to(tmp_path / f"fig{index}{suffix}")
            assert path is not None and path.stat().st_size > 500, dialog.status.text()
    dialog.scale.setValue(2)
    dialog.panel.setCurrentText("Network")
    dialog.copy()
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 100
    assert dialog.save_to(tmp_path / "fig.bmp") is None and "unknown figure format" in dialog.status.text()


def test_worked_example_and_frames_from_the_app(make_app, tmp_path, monkeypatch):
    app = make_app()
    assert app.export_worked_example() is None  # nothing traced yet: a message, no file
    app.controller.step(Granularity.ITERATION)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "we.tex"), ""))
    path = app.export_worked_example()
    assert path.read_text().startswith("\\documentclass")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("unit", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "frames"))
    frames = app.export_frames()
    assert len(frames) == len(app.controller.workspace.stepper.events)
    assert (tmp_path / "frames" / "steps.gif").is_file()


@pytest.mark.parametrize("preset", ["digits-cnn", "digits-mlp", "bars-edge-kernel"])
def test_an_image_network_opens_and_its_maps_are_drawn(make_app, monkeypatch, preset):
    app = make_app()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    assert app.open_path(preset) is True and shown == []
    app.controller.step(Granularity.ITERATION)
    app.controller.step(Granularity.UNIT)
    layout = app.canvas.layout
    kinds = [g.kind for g in layout.layers]
    assert kinds[0] == "grid"
    assert ("maps" in kinds) == (preset != "digits-mlp")


def test_step_over_map_fills_exactly_the_current_map(make_app):
    import numpy as np

    from nnviz.qt import actions as A

    app = make_app()
    assert app.open_path("digits-cnn") is True
    app.controller.step(Granularity.UNIT)  # forward, layer 1, map 1, row 1, col 1
    app.window.actions_by_id[A.STEP_MAP].trigger()
    view = app.controller.workspace.step_view()
    assert view.event.cell == (0, 7, 7)
    revealed = view.layers[0].forward.reshape(8, 8, 8)
    assert revealed[0].all() and not revealed[1:].any()
    fill = app.canvas.frame.fill[1].reshape(8, 8, 8)  # the conv layer's map cells as drawn
    assert np.isfinite(fill[0]).all() and np.isnan(fill[1:]).all()


def test_a_selection_made_outside_the_canvas_is_ringed_on_it(make_app):
    """A matrices click or a breakpoint selects through the controller; the canvas must show it too."""
    app = make_app()
    app.controller.step(Granularity.ITERATION)
    fan_in = app.controller.workspace.experiment.network.layers[1].fan_in
    app.controller.select(Selection(2, 0, fan_in))  # the output unit's bias
    kind, i = app.canvas.picture.selection
    layout = app.canvas.layout
    assert kind == "edge" and (layout.edge_layer[i], layout.edge_unit[i], layout.edge_source[i]) == (2, 0, fan_in)
    app.controller.select(Selection(1, 1))
    assert app.canvas.picture.selection == ("unit", 1, 1)
    app.controller.select(None)
    assert app.canvas.picture.selection is None


def test_a_perceptron_run_on_xor_pauses_and_says_it_cycles(make_app, qtbot):
    app = make_app("perceptron-xor")
    c = app.controller
    app.window.actions_by_id[A.FASTEST].trigger()
    c.run()
    qtbot.waitUntil(lambda: not c.running, timeout=60000)
    assert c.last_stop.kind == "perceptron_cycle"
    message = app.window.statusBar().currentMessage()
    assert message.startswith("Paused: the perceptron cycles") and "not linearly separable" in message


def test_export_exercise_says_where_both_files_went_in_the_language(make_app, tmp_path, monkeypatch, request):
    """The status line was translated but for " and its answer key …", glued on in English."""
    app = make_app()
    app.set_language("zh_CN")
    request.addfinalizer(lambda: app.set_language("en"))
    for _ in range(2):
        app.controller.step(Granularity.ITERATION)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ex.md"), ""))
    app.export_exercise()
    message = app.window.statusBar().currentMessage()
    assert "答案写入 ex-answers.md" in message and "answer key" not in message


def test_export_exercise_writes_the_worksheet_and_its_key_as_the_command_line_does(
    make_app, tmp_path, monkeypatch, capsys
):
    from nnviz.cli import main

    app = make_app()
    assert app.export_exercise() == []  # nothing traced yet
    for _ in range(3):
        app.controller.step(Granularity.ITERATION)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ex.md"), ""))
    sheet, key = app.export_exercise()
    assert key.name == "ex-answers.md"
    assert main(["exercise", "xor-2-2-1", "--iteration", "3"]) == 0
    assert sheet.read_text() == capsys.readouterr().out
    assert main(["exercise", "xor-2-2-1", "--iteration", "3", "--answers"]) == 0
    assert key.read_text() == capsys.readouterr().out
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ex.csv"), ""))
    (template,) = app.export_exercise()
    assert template.read_text().startswith("phase,layer,quantity,row,col,value\nforward,1,z,1,1,\n")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ex.pdf"), ""))
    sheet_pdf, key_pdf = app.export_exercise()
    assert key_pdf.name == "ex-answers.pdf"
    command_key = tmp_path / "command-key.pdf"
    assert (
        main(
            [
                "exercise",
                "xor-2-2-1",
                "--iteration",
                "3",
                "--answers",
                "--format",
                "pdf",
                "--out",
                str(command_key),
            ]
        )
        == 0
    )
    assert key_pdf.read_bytes() == command_key.read_bytes()
    assert sheet_pdf.read_bytes().startswith(b"%PDF-") and sheet_pdf.read_bytes() != key_pdf.read_bytes()


@pytest.mark.parametrize("preset", ["digits-cnn", "bars-edge-kernel"])
def test_monkey_on_a_cnn_steps_selects_edits_and_redraws_without_a_warning(make_app, qtlog, preset):
    app = make_app(preset)
    c, act, rnd = app.controller, app.window.actions_by_id, random.Random(15)
    stepping = [A.STEP_INTO, A.STEP_MAP, A.STEP_OVER, A.STEP_OUT, A.NEXT_ITERATION, A.STEP_BACK, A.UNDO, A.RESET]
    panel = app.views.panels["experiment"]

    def random_selection():
        net = c.workspace.experiment.network
        k = rnd.randint(0, len(net.layers))
        c.select(Selection(k, rnd.randrange(net.sizes[k])))

    def random_widget_edit():
        widgets = [w for w in panel.findChildren(QWidget) if w.isEnabled() and isinstance(w, EDITABLE)]
        w = rnd.choice(widgets)
        if isinstance(w, QComboBox) and w.count():
            i = rnd.randrange(w.count())
            w.setCurrentIndex(i)
            w.activated.emit(i)
        elif isinstance(w, QAbstractSpinBox):
            w.setValue(rnd.uniform(w.minimum(), min(w.maximum(), 50)))
            w.editingFinished.emit()
        elif isinstance(w, QAbstractButton):
            w.click()

    def hover_and_click():
        vp = app.canvas.viewport()
        pos = QPoint(rnd.randrange(vp.width()), rnd.randrange(vp.height()))
        app.canvas.tooltip_for(app.canvas.item_at(pos))
        app.canvas.select(app.canvas.item_at(pos))

    def results_click():
        """The Data dock's results: a confusion cell, a misclassified picture, the pad, Trace it."""
        images = app.views.panels["data"].images
        if images.images is None:
            return
        k = images.images.n_classes
        pick = rnd.randrange(5)
        if pick == 0:
            images.matrix.cell_clicked.emit(rnd.randrange(k), rnd.randrange(k))
        elif pick == 1 and images.gallery.keys:
            images.gallery.picked.emit(rnd.choice(images.gallery.keys))
        elif pick == 2:
            h, w = images.pad.picture.shape
            images.pad.set_picture([[float(rnd.random() > 0.6) for _ in range(w)] for _ in range(h)])
        elif pick == 3:
            images.trace.click()
        else:
            images.label.setValue(rnd.randrange(k))

    edits = [
        lambda: app.canvas.set_edge_quantity(rnd.choice(["auto", "weight", "gradient", "update"])),
        lambda: app.canvas.set_labels(rnd.choice(["off", "weights", "activations", "none"])),
        lambda: c.select_sample(rnd.randint(0, 40)),
        lambda: c.change(("batch_size",), rnd.choice([1, 8, 32])),
        lambda: c.edit_parameter(1, 0, rnd.choice(["bias", 0]), rnd.uniform(-1, 1)),
        results_click,
    ]

    for _ in range(250):
        roll = rnd.random()
        if roll < 0.55:
            act[rnd.choice(stepping)].trigger()
        elif roll < 0.7:
            rnd.choice(edits)()
        elif roll < 0.8:
            random_selection()
        elif roll < 0.9:
            hover_and_click()
        else:
            random_widget_edit()
    problems = [r for r in qtlog.records if r.type != 0 and "propagateSizeHints" not in r.message]
    assert problems == []
    c.step(Granularity.UNIT)
    assert c.workspace.stepper.current_event.label in app.window.position_label.text()


def test_a_kernel_weight_clicked_on_the_canvas_is_inspected_and_its_gradient_checks(make_app):
    app = make_app()
    assert app.open_path("digits-cnn") is True
    c = app.controller
    c.step(Granularity.ITERATION)
    c.step(Granularity.PHASE)  # forward done
    c.step(Granularity.PHASE)  # loss
    c.step(Granularity.PHASE)  # backward done: every kernel gradient revealed
    maps = app.canvas.layout.layers[1].maps
    x, y, w, h = maps.weight_rect(2, 4)  # kernel 3, its centre weight
    pos = app.canvas.mapFromScene(x + w / 2, y + h / 2)
    assert app.canvas.item_at(pos) == ("kernel", 1, 2, 4)
    app.canvas.select(app.canvas.item_at(pos))
    assert c.selection == Selection(1, 2, 4)
    inspector = app.views.panels["inspector"]
    assert inspector.title.text().startswith("K[3, 1, 2, 2]")
    trace = c.workspace.stepper.trace
    assert inspector.value("∂L/∂K") == num(float(trace.layers[0].grad_W[2, 0, 1, 1]))
    assert inspector.check_button.isVisible() and inspector.check_button.isEnabled()
    _numeric, backprop, rel = inspector.check_gradient()
    assert backprop == pytest.approx(float(trace.layers[0].grad_W[2, 0, 1, 1])) and rel < 1e-6
    assert app.canvas.picture.selection == ("kernel", 1, 2, 4)


def test_a_stop_s_paused_message_goes_when_the_cursor_moves_on(make_app, qtbot):
    """It said "Paused: reached iteration 60" while the run it had paused went on at iteration 81."""
    app = make_app()
    c = app.controller
    panel = app.window.findChild(BreakpointsPanel)
    panel.add_iteration_breakpoint(3)
    c.run()
    qtbot.waitUntil(lambda: not c.running, timeout=60000)
    status = app.window.statusBar()
    assert c.last_stop.kind == "iteration" and status.currentMessage().startswith("Paused: ")
    app.window.show_message("something else", 0)
    c.step(Granularity.UNIT)  # the cursor moves on: a message that is not the stop's stays
    assert status.currentMessage() == "something else"
    panel.add_iteration_breakpoint(5)
    c.run()
    qtbot.waitUntil(lambda: not c.running, timeout=60000)
    assert status.currentMessage().startswith("Paused: ")
    c.run()  # resumed: the stop is over, and so is its message
    qtbot.waitUntil(lambda: c.workspace.stepper.trainer.iteration > 5, timeout=60000)
    c.pause()
    assert not status.currentMessage().startswith("Paused: ")


def test_edit_undo_says_what_it_undoes_and_the_status_bar_what_it_did(make_app):
    """The menu said only "Undo" and the status bar "undone", in English in every language."""
    app = make_app()
    act, status = app.window.actions_by_id, app.window.statusBar()
    assert act[A.UNDO].text() == "&Undo"
    app.controller.change(("network", "layers", 0, "units"), 3)
    assert act[A.UNDO].text() == "&Undo Layer 1 units"
    app.controller.undo()
    assert status.currentMessage() == "Undone: Layer 1 units"
    assert act[A.UNDO].text() == "&Undo" and act[A.REDO].text() == "&Redo Layer 1 units"
    app.set_language("zh_CN")
    try:
        assert act[A.REDO].text() == "重做 第 1 层 神经元(&R)"
        app.controller.redo()
        assert status.currentMessage() == "已重做：第 1 层 神经元"
    finally:
        app.set_language("en")
