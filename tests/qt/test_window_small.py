"""Small things a learner hit in the window: Pause with nothing running, a new experiment's loss range."""

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    # Closing a changed experiment asks whether to save: a test must never block on that dialog.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def test_pause_is_disabled_until_something_runs(app, qtbot):
    act = app.window.actions_by_id
    assert not act[A.PAUSE].isEnabled() and act[A.RUN].isEnabled()
    with qtbot.waitSignal(app.controller.running_changed):
        act[A.RUN].trigger()
    assert act[A.PAUSE].isEnabled() and not act[A.RUN].isEnabled()
    with qtbot.waitSignal(app.controller.running_changed):
        act[A.PAUSE].trigger()
    assert not act[A.PAUSE].isEnabled()


def test_the_loss_plot_starts_a_new_experiment_from_a_fresh_range(app, qtbot):
    app.controller.set_workspace(Workspace(load_experiment("regression-mse")))
    app.controller.step(Granularity.EPOCH)
    app.controller.step(Granularity.EPOCH)
    page = app.views.panels["plots"].show_page("loss")
    view = page.plot.getViewBox()
    assert view.viewRange()[1][1] > 2  # the regression's loss is large
    app.controller.set_workspace(Workspace(load_experiment("xor-2-2-1")))
    x_hi, y_hi = view.viewRange()[0][1], view.viewRange()[1][1]
    assert x_hi <= 1.5 and y_hi <= 1.5, "the regression's range lingers"
    app.controller.step(Granularity.ITERATION)
    assert view.viewRange()[1][1] <= 1.5
