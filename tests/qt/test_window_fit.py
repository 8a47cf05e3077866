"""The window fits the screen: its first size, the default layout's shares, a bigger network in presentation."""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.qt.dock_layout import BOTTOM_SHARE
from nnviz.qt.main_window import SETTINGS_APP, SETTINGS_ORG
from nnviz.qt.theme import PRESENTATION
from nnviz.qt.window_size import FRAME, PREFERRED, fitted_size, initial_window_size, side_widths
from nnviz.session.workspace import Workspace

SCREENS = [QSize(1366, 768), QSize(1920, 1080)]


def test_on_a_laptop_screen_the_window_opens_no_larger_than_the_screen():
    size = initial_window_size(QRect(0, 0, 1366, 768))
    assert size.width() <= 1366 and size.height() + FRAME.height() <= 768
    assert size == QSize(1366, 768 - FRAME.height())  # and uses all of it


def test_on_a_large_screen_the_window_opens_at_its_preferred_size():
    assert initial_window_size(QRect(0, 0, 1920, 1080)) == PREFERRED


def test_a_size_remembered_on_a_larger_screen_is_cut_to_this_one():
    assert fitted_size(QSize(1900, 1000), QRect(0, 0, 1366, 768)) == QSize(1366, 768 - FRAME.height())
    assert fitted_size(QSize(1000, 700), QRect(0, 0, 1366, 768)) == QSize(1000, 700)


@pytest.mark.parametrize("width", [1366, 1920])
def test_the_side_columns_leave_the_canvas_at_least_half_the_width(width):
    left, right = side_widths(width)
    assert width - left - right >= width / 2


@pytest.fixture
def make_app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(preset="xor-2-2-1"):
        app = App(Workspace(load_experiment(preset)))
        qtbot.addWidget(app.window)
        return app

    return make


def test_the_app_opens_within_the_screen_it_is_on(make_app, qtbot):
    # The offscreen platform's screen is 800×800: smaller than the window's preferred size,
    # so this is the laptop case for real.
    QSettings(SETTINGS_ORG, SETTINGS_APP).remove("window")
    app = make_app()
    app.window.restore_layout()
    app.window.show()
    qtbot.waitExposed(app.window)
    available = app.window.screen().availableGeometry()
    assert available.width() < PREFERRED.width()
    assert app.window.width() <= available.width() and app.window.height() <= available.height()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("preset", ["xor-2-2-1", "deep-relu"])
def test_presentation_draws_the_network_bigger_not_smaller(make_app, qtbot, screen, preset):
    app = make_app(preset)
    app.window.resize(screen)
    app.window.show()
    qtbot.waitExposed(app.window)
    docks = app.window.docks
    qtbot.waitUntil(lambda: docks["experiment"].width() > 0 and not app.window._sizes_pending)
    plain = app.canvas.transform().m11()
    app.window.actions_by_id[A.PRESENTATION].trigger()
    # Every dock of the presentation column stands beside the canvas, none below it.
    qtbot.waitUntil(lambda: app.canvas.height() > 0.85 * app.window.centralWidget().parentWidget().height())
    assert app.canvas.transform().m11() > plain
    app.window.actions_by_id[A.PRESENTATION].trigger()
    qtbot.waitUntil(lambda: abs(app.canvas.transform().m11() - plain) < 1e-6)


OPEN_ON_SCREEN = """
import json, sys
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
qt = QApplication([])
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.main_window import SETTINGS_APP, SETTINGS_ORG
from nnviz.session.workspace import Workspace
QSettings(SETTINGS_ORG, SETTINGS_APP).remove("window")
app = App(Workspace(load_experiment("xor-2-2-1")))
app.window.restore_layout()  # as nnviz.qt.app.main opens it
app.window.show()
for _ in range(50):
    qt.processEvents()
sizes = {key: [dock.width(), dock.height()] for key, dock in app.window.docks.items() if dock.isVisible()}
sizes["canvas"] = [app.canvas.width(), app.canvas.height()]
available = qt.primaryScreen().availableGeometry()
least = app.window.minimumSizeHint()
print(json.dumps({"available": [available.width(), available.height()], "least": [least.width(), least.height()],
                  "window": [app.window.width(), app.window.height()], "sizes": sizes}))
"""


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_on_a_screen_of_that_size_the_window_fits_and_the_network_is_the_largest_view(tmp_path, screen):
    # The offscreen platform takes its screens from a file: a real 1366×768 screen, not a resized window.
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "s", "x": 0, "y": 0, "width": screen.width(), "height": screen.height()}]}
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_ON_SCREEN], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["available"] == [screen.width(), screen.height()]
    width, height = report["window"]
    assert width <= screen.width() and height + FRAME.height() <= screen.height()
    assert report["least"][0] <= screen.width() and report["least"][1] <= screen.height() - FRAME.height()
    area = {key: w * h for key, (w, h) in report["sizes"].items()}
    assert max(area, key=area.get) == "canvas"
    # The data view is a real plot, not a strip squeezed beside the plots' tabs.
    assert min(report["sizes"]["data"]) >= 0.3 * height


def test_leaving_presentation_it_started_in_sizes_the_default_layout(make_app, qtbot):
    # The theme is remembered: the app can start presenting, before any layout was sized.
    QSettings(SETTINGS_ORG, SETTINGS_APP).remove("window")
    app = App(Workspace(load_experiment("xor-2-2-1")), theme=PRESENTATION)
    qtbot.addWidget(app.window)
    app.window.restore_layout()
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.actions_by_id[A.PRESENTATION].trigger()
    plots = app.window.docks["plots"]
    qtbot.waitUntil(lambda: abs(plots.height() - BOTTOM_SHARE * app.window.height()) < 0.1 * app.window.height())
    assert app.window.docks["experiment"].width() >= side_widths(1366)[0]


def test_in_presentation_on_a_laptop_the_inspector_squeezes_neither_its_sentences_nor_its_table(qtbot, request):
    """At 1366×768 the inspector shares the column with the data view: five lines and two rows at least
    were more than it had in the presentation type, and the squeezed table's header covered the
    sentences' last line (softmax lesson, an output unit at its backward step)."""
    from nnviz.qt.i18n import install_language
    from nnviz.session.events import BACKWARD, Granularity
    from nnviz.session.selection import Selection

    install_language("zh_CN")  # Chinese lines are taller
    request.addfinalizer(lambda: install_language("en"))
    app = App(Workspace(load_experiment("softmax-3-classes")), theme=PRESENTATION)
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    controller, stepper = app.controller, app.controller.workspace.stepper
    controller.select(Selection(1, 2))
    while stepper.trace is None or not stepper.is_revealed(BACKWARD, 1, 2):
        controller.step(Granularity.UNIT)
    inspector = app.views.panels["inspector"]
    qtbot.waitUntil(lambda: inspector.table.isVisible() and min(inspector.split.sizes()) > 0)
    text, table = inspector.text, inspector.table
    # The split gives each part at least its least height, so neither runs under the other.
    assert inspector.split.sizes() == [text.height(), table.height()]
    assert not text.geometry().intersects(table.geometry())


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_in_presentation_the_plots_stand_in_for_a_data_view_with_only_a_hint(qtbot, screen):
    """A one-input regression's data view only says "the Fit plot draws one-input regression", and the
    plots were hidden in presentation mode: the column shows the plots instead, until the data is drawn."""
    app = App(Workspace(load_experiment("regression-mae")), theme=PRESENTATION)
    qtbot.addWidget(app.window)
    app.window.resize(screen)
    app.window.show()
    qtbot.waitExposed(app.window)
    docks = app.window.docks
    assert app.views.panels["data"].hint_only
    qtbot.waitUntil(lambda: docks["plots"].isVisible() and not docks["data"].isVisible())
    assert docks["plots"].height() > 0.35 * app.window.height()
    assert app.views.panels["plots"].current.key == "fit"  # the data and the model, as the data view would
    app.controller.set_workspace(Workspace(load_experiment("xor-2-2-1")))
    qtbot.waitUntil(lambda: docks["data"].isVisible())
    assert not app.views.panels["data"].hint_only
    assert docks["plots"].isVisible() == (screen.height() >= 1000)
