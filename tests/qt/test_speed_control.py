"""The speed control: a live run at a pace a learner can follow, and full speed one click away."""

import time

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.session.pace import DEFAULT_SPEED, tick_pace
from nnviz.session.workspace import Workspace


@pytest.fixture
def app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.controller.pause()


def test_xor_runs_at_the_default_pace_not_thousands_of_iterations_a_second(app, qtbot):
    c = app.controller
    assert app.window.speed.speed == DEFAULT_SPEED
    assert app.window.speed.choice.currentText() == f"{DEFAULT_SPEED:g} epochs/s"
    trainer = c.workspace.stepper.trainer
    c.run()
    qtbot.waitUntil(lambda: trainer.epoch >= 2, timeout=10000)  # timed from here: not the start-up
    start, first = time.perf_counter(), trainer.epoch
    qtbot.waitUntil(lambda: trainer.epoch >= first + 10, timeout=10000)
    elapsed = time.perf_counter() - start
    c.pause()
    # 10 epochs at the default pace take 10 / DEFAULT_SPEED s at least (a busy machine only adds).
    assert elapsed >= 0.8 * 10 / DEFAULT_SPEED
    assert not c.trains_elsewhere


def test_the_fastest_action_is_automatic_speed_and_toggles_back(app):
    c, fastest = app.controller, app.window.actions_by_id[A.FASTEST]
    app.window.speed.set_speed(5)
    fastest.trigger()
    assert c.iterations_per_frame == 0 and app.window.speed.speed is None
    assert app.window.speed.choice.currentText() == "as fast as possible"
    fastest.trigger()
    assert app.window.speed.speed == 5 and c.iterations_per_frame >= 1


def test_choosing_full_speed_in_the_list_checks_the_action(app):
    fastest = app.window.actions_by_id[A.FASTEST]
    app.window.speed.choice.setCurrentIndex(app.window.speed.choice.count() - 1)
    assert fastest.isChecked() and app.controller.iterations_per_frame == 0
    app.window.speed.set_speed(1)
    assert not fastest.isChecked()
    assert (app.controller.iterations_per_frame, app.controller.frame_ms) == (1, 1000)  # XOR: 1 it/epoch


def test_a_new_experiment_is_paced_by_its_own_epoch(app):
    app.window.speed.set_speed(20)
    app.controller.set_workspace(Workspace(load_experiment("deep-relu")))
    per_epoch = app.controller.workspace.stepper.trainer.iterations_per_epoch
    assert per_epoch > 1
    pace = tick_pace(20, per_epoch)
    assert (app.controller.iterations_per_frame, app.controller.frame_ms) == (pace.iterations, pace.interval_ms)


def test_a_new_batch_size_is_paced_again(app):
    app.window.speed.set_speed(20)
    app.controller.set_workspace(Workspace(load_experiment("deep-relu")))
    before = app.controller.workspace.stepper.trainer.iterations_per_epoch
    assert app.controller.change(("batch_size",), 1)
    after = app.controller.workspace.stepper.trainer.iterations_per_epoch
    assert after > before
    pace = tick_pace(20, after)
    assert (app.controller.iterations_per_frame, app.controller.frame_ms) == (pace.iterations, pace.interval_ms)


def test_a_faster_pace_chosen_during_a_slow_run_applies_at_once(app, qtbot):
    c, trainer = app.controller, app.controller.workspace.stepper.trainer
    app.window.speed.set_speed(1)  # XOR: one iteration a second
    c.run()
    qtbot.waitUntil(lambda: trainer.iteration >= 1, timeout=5000)
    start = trainer.iteration
    app.window.speed.set_speed(100)
    # Not after the rest of the one-second tick: 100 iterations a second from now.
    qtbot.waitUntil(lambda: trainer.iteration >= start + 3, timeout=700)
