"""File › Export Figure: at 1× the size seen on screen, in the theme chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QImage

from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.export_dialog import AS_SHOWN, ExportDialog
from nnviz.qt.theme import DARK, LIGHT
from nnviz.session.workspace import Workspace


@pytest.fixture
def app(qtbot):
    QStandardPaths.setTestModeEnabled(True)
    app = App(Workspace(load_experiment("xor-2-2-1")), theme=LIGHT)
    qtbot.addWidget(app.window)
    app.window.resize(1300, 850)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.controller.workspace.run(40)
    app.controller.stepped.emit()
    return app


@pytest.mark.parametrize("name", ["Network", "Data", "Loss"])
def test_one_x_is_the_size_on_screen(app, tmp_path, name):
    dialog = ExportDialog(app.figure_targets(), app.window, workspace=app.controller.workspace)
    dialog.panel.setCurrentText(name)
    on_screen = app.figure_targets()[name]().size()
    written = dialog.save_to(tmp_path / "figure.png")
    image = QImage(str(written))
    assert (image.width(), image.height()) == (on_screen.width(), on_screen.height())


def test_a_chosen_theme_draws_the_panel_in_it_at_the_size_on_screen(app, tmp_path):
    dialog = ExportDialog(app.figure_targets(), app.window, workspace=app.controller.workspace)
    dialog.panel.setCurrentText("Loss")
    assert dialog.theme.itemText(0) == AS_SHOWN
    dialog.theme.setCurrentText(DARK.name)
    image = QImage(str(dialog.save_to(tmp_path / "dark.png")))
    on_screen = app.figure_targets()["Loss"]().size()
    assert (image.width(), image.height()) == (on_screen.width(), on_screen.height())
    assert QColor(image.pixel(2, 2)) == QColor(DARK.background)
    assert app.canvas.theme is LIGHT  # the window stays as it was


def test_the_whole_window_is_drawn_as_shown(app):
    dialog = ExportDialog(app.figure_targets(), app.window, workspace=app.controller.workspace)
    dialog.panel.setCurrentText("Whole window")
    assert not dialog.theme.isEnabled()
    dialog.panel.setCurrentText("Data")
    assert dialog.theme.isEnabled()
