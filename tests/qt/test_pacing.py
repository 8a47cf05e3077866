"""Pacing in a live run: panels off screen skip redraws, text panels redraw a few times a second,
and every skipped redraw is caught up when the run pauses or the panel's dock comes to the front."""

import itertools

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import pacing
from nnviz.qt.app import App
from nnviz.qt.data_view import LIVE_CAPTION
from nnviz.qt.pacing import TEXT_INTERVAL_S, on_screen
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    app.controller.training_process = None  # every tick trains here, at once: pacing is what is tested
    qtbot.addWidget(app.window)
    app.window.resize(1300, 850)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.controller.pause()


def live_tick(app) -> None:
    """One tick of a live run, without letting the event loop run the timer on its own."""
    app.controller._on_timer_timeout()


def test_a_panel_behind_another_tab_skips_live_redraws_and_catches_up(app, qtbot):
    matrix = app.views.panels["matrix"]
    assert matrix.isVisible() and not on_screen(matrix)  # Qt keeps a dock behind a tab "visible"
    app.controller.run()
    live_tick(app)
    assert matrix._stale
    assert matrix.a_model.rowCount() == 0  # still the picture from before the run
    app.controller.pause()
    assert not matrix._stale
    assert matrix.a_model.rowCount() == len(app.controller.workspace.stepper.trace.samples)


def test_bringing_a_dock_to_the_front_catches_up_during_a_run(app, qtbot):
    matrix = app.views.panels["matrix"]
    app.controller.run()
    live_tick(app)
    assert matrix._stale
    app.window.docks["matrix"].raise_()
    qtbot.waitUntil(lambda: not matrix._stale, timeout=2000)
    assert matrix.a_model.rowCount() == len(app.controller.workspace.stepper.trace.samples)


def test_text_panels_redraw_a_few_times_a_second_while_running(app, monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(pacing, "_clock", clock)
    inspector = app.views.panels["inspector"]
    drawn = []
    refresh = inspector.refresh
    monkeypatch.setattr(inspector, "refresh", lambda: (drawn.append(clock.now), refresh()))
    app.controller.run()
    for _ in range(20):  # two seconds of frames at 10 per second
        clock.now += 0.1
        live_tick(app)
    gaps = [b - a for a, b in itertools.pairwise(drawn)]
    assert all(gap >= TEXT_INTERVAL_S - 1e-9 for gap in gaps)  # never more often than that
    assert all(gap <= TEXT_INTERVAL_S + 0.1 + 1e-9 for gap in gaps)  # at most a frame later
    assert len(drawn) >= 2 / (TEXT_INTERVAL_S + 0.1)
    app.controller.pause()
    assert not inspector._stale


def test_views_on_screen_redraw_every_frame_while_running(app):
    canvas_paints = app.canvas.item.paint_count
    data = app.views.panels["data"]
    app.controller.run()
    for _ in range(3):
        live_tick(app)
        assert not data._stale
    # Each tick painted before it returned.
    assert app.canvas.item.paint_count >= canvas_paints + 3


def test_stepping_is_never_paced(app):
    matrix, inspector = app.views.panels["matrix"], app.views.panels["inspector"]
    app.controller.step(Granularity.ITERATION)
    assert not matrix._stale and not inspector._stale
    assert matrix.a_model.rowCount() == len(app.controller.workspace.stepper.trace.samples)


def test_the_data_view_keeps_one_caption_while_running_and_spells_out_the_cursor_on_pause(app):
    data = app.views.panels["data"]
    app.controller.run()
    live_tick(app)
    first = data.caption.text()
    live_tick(app)
    assert data.caption.text() == first == LIVE_CAPTION  # no relayout of the dock every frame
    app.controller.pause()
    iteration = app.controller.workspace.stepper.position.iteration
    assert data.caption.text().startswith(f"Iteration {iteration} ")
