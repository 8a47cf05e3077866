"""Debug › Loss Landscape…: the two parameters picked on the canvas, computed off the window's
thread on a copy, the current point at the trace's loss, and the session untouched."""

import copy
import os
import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.core.landscape import slot
from nnviz.qt.app import App
from nnviz.qt.theme import DARK
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the worker leaves the current folder off its import path


@pytest.fixture
def app(qtbot, monkeypatch):
    app = App(Workspace(Experiment(copy.deepcopy(XOR_SPEC))))
    qtbot.addWidget(app.window)
    monkeypatch.setattr(app.documents, "confirm_discard", lambda: True)  # closing asks about the training
    return app


def test_the_landscape_of_two_selected_parameters_at_the_cursor(app, qtbot):
    ws = app.controller.workspace
    ws.run(5)
    params = list(ws.experiment.network.parameters())
    window = app.open_landscape()
    qtbot.addWidget(window)
    app.controller.select(Selection(1, 1, 0))  # layer 1, unit 2, from input 1
    window.use_x.click()
    fan_in = ws.experiment.network.layers[1].W.shape[1]
    app.controller.select(Selection(2, 0, fan_in))  # the output unit's bias
    window.use_y.click()
    assert window.x_choice.currentText() == "w2,1 (layer 1)" and window.y_choice.currentText() == "b1 (layer 2)"
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    scape = window.figure.scape
    trace = ws.stepper.trace
    assert scape.center_loss == pytest.approx(trace.loss_total, rel=1e-12)
    grads = trace.gradients()
    np.testing.assert_allclose(scape.gradient, [grads[0][1, 0], grads[3][0]], rtol=1e-12)
    assert all(a is b for a, b in zip(params, ws.experiment.network.parameters()))  # the session is as it was
    assert len(scape.path) == 5 and scape.path_loss[-1] == pytest.approx(trace.loss_total)  # iterations 1..5
    image = window.pane.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 9)}) > 20


def test_before_any_iteration_it_says_what_to_do(app, qtbot):
    window = app.open_landscape()
    qtbot.addWidget(window)
    assert not window.compute() and "one iteration first" in window.message.text()


def test_a_click_on_a_path_point_rewinds_the_session_there(app, qtbot):
    ws = app.controller.workspace
    ws.run(6)
    window = app.open_landscape()
    qtbot.addWidget(window)
    window.resize(900, 700)
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    window.pane.repaint()
    figure = window.figure
    point = figure._at(figure.plot, *figure.scape.path[2])
    index = figure.path_index_at(point.x(), point.y())
    qtbot.mouseClick(window.pane, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y())))
    assert ws.stepper.trace.iteration == index  # the end of iteration `index`: its parameters are that point
    network = ws.experiment.network
    shown = [network.parameters()[i][j] for i, j in (slot(network, c) for c in figure.scape.coordinates)]
    np.testing.assert_array_equal(shown, figure.scape.path[index])


@pytest.mark.parametrize("kind", ["random", "pca", "line"])
def test_a_plane_through_every_parameter_names_itself_and_exports(app, qtbot, tmp_path, kind):
    ws = app.controller.workspace
    ws.run(8)
    params = list(ws.experiment.network.parameters())
    window = app.open_landscape()
    qtbot.addWidget(window)
    window.view.setCurrentIndex(window.view.findData(kind))
    assert not window.x_choice.isEnabled()
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    scape = window.figure.scape
    assert scape.view == kind and scape.projected and len(scape.path) == 8
    assert scape.center_loss == pytest.approx(ws.stepper.trace.loss_total, rel=1e-12)
    assert window.figure.labels[0].startswith("α") and window.figure.labels[1].startswith("β")
    assert all(a is b for a, b in zip(params, ws.experiment.network.parameters()))
    out = window.export_figure(str(tmp_path / "l.png"), size=(600, 400))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (600, 400)


def test_a_plane_that_cannot_be_made_says_why(app, qtbot):
    app.controller.workspace.run(2)  # two path points: no principal components
    window = app.open_landscape()
    qtbot.addWidget(window)
    window.view.setCurrentIndex(window.view.findData("pca"))
    assert window.compute()
    qtbot.waitUntil(lambda: not window.computing, timeout=30_000)
    assert window.figure is None and "at least 3 points" in window.message.text()


def test_it_is_computed_in_a_worker_process_and_remembered(app, qtbot):
    ws = app.controller.workspace
    ws.run(6)
    window = app.open_landscape()
    qtbot.addWidget(window)
    assert window.compute() and window.computing
    process = window.worker._process
    assert process is not None and process.pid != os.getpid() and window.worker.in_process
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    assert window.progress.value() == window.progress.maximum()  # done reads 100 %, not 0 %
    first = window.figure.scape
    window.figure = None
    assert window.compute() and not window.computing  # the same state, view and grid: at once
    assert window.figure.scape is first
    window.view.setCurrentIndex(window.view.findData("random"))
    assert window.compute() and window.computing  # another view: computed again
    qtbot.waitUntil(lambda: not window.computing, timeout=30_000)
    assert window.figure.scape.view == "random" and len(window.cache) == 2


def test_cancel_stops_the_worker_and_leaves_the_session_as_it_was(app, qtbot):
    ws = app.controller.workspace
    ws.run(400)
    before = [p.copy() for p in ws.experiment.network.parameters()]
    window = app.open_landscape()
    qtbot.addWidget(window)
    assert window.compute()
    process = window.worker._process
    started = time.perf_counter()
    window.cancel_button.click()
    process.wait(1.0)
    assert time.perf_counter() - started < 1.0 and process.poll() is not None
    assert not window.computing and window.compute_button.isEnabled() and window.figure is None
    assert ws.stepper.trainer.iteration == 400
    assert all(np.array_equal(a, b) for a, b in zip(before, ws.experiment.network.parameters()))
    assert window.compute()  # a fresh worker takes the next job
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)


def test_the_grid_and_range_are_chosen_and_remembered_apart(app, qtbot):
    app.controller.workspace.run(5)
    window = app.open_landscape()
    qtbot.addWidget(window)
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    usual = window.figure.scape
    window.grid.setCurrentIndex(window.grid.findData(21))
    window.zoom.setCurrentIndex(window.zoom.findData(0.5))
    assert window.compute() and window.computing  # another grid: not the remembered one
    qtbot.waitUntil(lambda: not window.computing, timeout=30_000)
    scape = window.figure.scape
    assert len(scape.xs) == len(scape.ys) == 21
    assert scape.xs[-1] - scape.xs[0] == pytest.approx(0.5 * (usual.xs[-1] - usual.xs[0]))
    assert scape.center_loss == usual.center_loss and len(window.cache) == 2


def test_export_figure_offers_the_dialogs_scale_theme_and_transparency(app, qtbot, tmp_path, monkeypatch):
    from nnviz.qt.export_dialog import ExportDialog

    app.controller.workspace.run(5)
    window = app.open_landscape()
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.export_button.click()
    dialog = opened[0]
    assert dialog.panel.currentData() == "Landscape" and dialog.theme.count() == 4
    light = QImage(str(dialog.save_to(tmp_path / "light.png")))
    assert (light.width(), light.height()) == (window.pane.width(), window.pane.height())  # 1×: as on screen
    dialog.scale.setValue(2)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dark = QImage(str(dialog.save_to(tmp_path / "dark.png")))
    assert (dark.width(), dark.height()) == (2 * light.width(), 2 * light.height())
    assert light.pixelColor(3, 3).lightness() > 200 and dark.pixelColor(3, 3).lightness() < 60
    dialog.transparent.setChecked(True)
    assert QImage(str(dialog.save_to(tmp_path / "clear.png"))).pixelColor(3, 3).alpha() == 0
    dark_svg = window.export_figure(str(tmp_path / "d.svg"), size=(400, 300), theme=DARK)
    assert DARK.background.lower() in dark_svg.read_text().lower()


def test_a_click_on_a_projected_path_point_rewinds_there_too(app, qtbot):
    ws = app.controller.workspace
    ws.run(8)
    window = app.open_landscape()
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.view.setCurrentIndex(window.view.findData("pca"))
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    window.pane.repaint()
    figure = window.figure
    point = figure._at(figure.plot, *figure.scape.path[3])
    index = figure.path_index_at(point.x(), point.y())
    qtbot.mouseClick(window.pane, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y())))
    assert ws.stepper.trace.iteration == index


def test_hovering_the_plot_reads_the_loss_at_that_grid_point(app, qtbot):
    app.controller.workspace.run(5)
    window = app.open_landscape()
    qtbot.addWidget(window)
    window.resize(900, 700)
    assert window.compute()
    qtbot.waitUntil(lambda: window.figure is not None, timeout=30_000)
    window.pane.repaint()
    figure = window.figure
    s = figure.scape
    point = figure._at(figure.plot, s.xs[7], s.ys[30])
    text = figure.readout(point.x(), point.y())
    assert (
        text
        == f"{figure.labels[0]} = {s.xs[7]:.4g}, {figure.labels[1]} = {s.ys[30]:.4g}: loss {s.loss[30, 7]:.6g}"
    )
    assert figure.readout(2, 2) is None
    qtbot.mouseMove(window.pane, QPoint(round(point.x()), round(point.y())))  # the tooltip path runs


def test_the_window_fits_a_1366_pixel_screen_in_the_presentation_theme(qtbot, monkeypatch):
    from nnviz.qt.theme import PRESENTATION

    app = App(Workspace(Experiment(copy.deepcopy(XOR_SPEC))), theme=PRESENTATION)
    qtbot.addWidget(app.window)
    monkeypatch.setattr(app.documents, "confirm_discard", lambda: True)
    window = app.open_landscape()
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() <= 1366
