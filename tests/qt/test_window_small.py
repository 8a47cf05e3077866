"""Small things a learner hit in the window: Pause with nothing running, a new experiment's loss range."""

import pytest
from PySide6.QtCore import QStandardPaths

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def app(qtbot):
    QStandardPaths.setTestModeEnabled(True)
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
