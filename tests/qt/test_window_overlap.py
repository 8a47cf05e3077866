"""Nothing overlaps: the window's own labels, buttons and boxes at 1366×768 and 1920×1080, in every theme."""

import pytest
from overlap import clipped, cut_text, on_screen_widgets, overlaps
from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

SCREENS = [QSize(1366, 768), QSize(1920, 1080)]


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.mark.parametrize("theme", [LIGHT, DARK, PRESENTATION], ids=lambda t: t.name)
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("preset", ["xor-2-2-1", "deep-relu", "digits-cnn", "bars-edge-kernel"])
def test_no_widget_overlaps_another_or_is_cut_off(qtbot, preset, screen, theme):
    app = App(Workspace(load_experiment(preset)))
    qtbot.addWidget(app.window)
    app.window.resize(screen)
    app.window.show()
    qtbot.waitExposed(app.window)
    window = app.window
    qtbot.waitUntil(lambda: not window._sizes_pending)  # the default layout is sized
    app.controller.step(Granularity.UNIT)  # the learner steps, then switches the theme
    app.set_theme(theme)
    label = window.position_label
    # Once the new theme is laid out (a few events later), the status bar's position is whole.
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    # A longer position (a conv cell: "… · map 1 · row 1 · col 1") moves the label left a layout later.
    qtbot.waitUntil(lambda: label.geometry().right() < window.statusBar().width())
    assert len(on_screen_widgets(window)) >= 5  # the checks below look at something
    assert overlaps(window) == []
    assert clipped(window) == []
    assert cut_text(window) == []
    message = f"Opened {app.controller.workspace.experiment.name}"
    window.show_message(message)
    bar = window.statusBar()
    room = bar.width() - label.width() - 24  # the message's margins and the size grip
    assert bar.fontMetrics().horizontalAdvance(message) <= room


def test_the_checks_see_an_overlap_and_a_cut_label(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget()
    QVBoxLayout(body)
    window.setCentralWidget(body)
    first, second = QLabel("first", body), QLabel("a label whose text is long", body)
    first.setGeometry(10, 10, 80, 20)
    second.setGeometry(40, 15, 60, 20)
    second.setAlignment(Qt.AlignmentFlag.AlignLeft)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert len(overlaps(window)) == 1
    assert any("long" in problem for problem in cut_text(window))
