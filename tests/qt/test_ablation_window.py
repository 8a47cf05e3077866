"""Debug › Wide & Deep Ablation…: one click trains wide only, deep only and both in a Compare
window, whose figure and export carry the right-only table; the action is off for other networks."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.qt.compare.ablation_figure import AblationFigure
from nnviz.qt.compare.ablation_window import AblationWindow
from nnviz.session.compare.ablation import NotWideDeep
from nnviz.session.workspace import Workspace


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the workers leave the current folder off their import path


def make_app(qtbot, preset):
    app = App(Workspace(load_experiment(preset)))
    qtbot.addWidget(app.window)
    app.window.show()
    return app


def test_one_click_trains_the_three_and_the_figure_names_the_rows(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = make_app(qtbot, "wide-and-deep")
    action = app.window.actions_by_id[A.WIDE_DEEP_ABLATION]
    assert action.isEnabled()
    action.trigger()
    window = app.window.findChild(AblationWindow)
    assert window is not None and window.running and not window.setting.isVisible()
    qtbot.waitUntil(lambda: not window.running and window.comparison is not None, timeout=120_000)
    figure = window.view.figure()
    assert isinstance(figure, AblationFigure)
    assert figure.labels == ["wide only", "deep only", "wide & deep"]
    assert sum(len(g.rows) for g in figure.right.groups()) == len(app.controller.workspace.experiment.data.x_test)
    assert window.view.table.header[0] == "model"
    out = window.export_figure(str(tmp_path / "ablation.svg"), (1000, 640))
    assert Path(out).stat().st_size > 1000
    assert "wide & deep" in window.run_choice.itemText(2)
    opened = []
    window.run_open_requested.connect(opened.append)
    window.open_run(0)
    assert [layer.kind for layer in opened[0].network.layers] == ["dense"]
    window.close()


def test_the_action_is_off_for_a_network_without_a_wide_lane(qtbot):
    app = make_app(qtbot, "xor-2-2-1")
    assert not app.window.actions_by_id[A.WIDE_DEEP_ABLATION].isEnabled()
    assert app.open_ablation() is None
    with pytest.raises(NotWideDeep):
        AblationWindow(app.controller.workspace.experiment, app.theme)
