"""Themes at runtime: light, dark and presentation (large type, thick lines, controls hidden).

Fonts are measured in what the app exports — font sizes in the SVG, glyph heights in
the PNG of ``nnviz shot`` — never taken from the theme's numbers.
"""

import statistics
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt import export
from nnviz.qt.app import App, remembered_theme
from nnviz.qt.canvas_source import WorkspaceSource
from nnviz.qt.data_view import DataView
from nnviz.qt.dock_layout import PRESENTATION_PLOTS_HEIGHT
from nnviz.qt.main_window import PRESENTATION_HIDES, SETTINGS_APP, SETTINGS_ORG
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.plots import PlotsPanel
from nnviz.qt.shot import ShotRequest, shoot
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION, apply_to_application
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture(autouse=True)
def _settings_and_light_afterwards(monkeypatch, qapp):
    """Settings in a test location, no blocking dialogs; the application light again afterwards."""
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield
    apply_to_application(LIGHT)


@pytest.fixture
def make_app(qtbot):
    def make(theme=LIGHT):
        app = App(Workspace(load_experiment("xor-2-2-1")), theme=theme)
        qtbot.addWidget(app.window)
        app.window.resize(1400, 900)
        app.window.show()
        qtbot.waitExposed(app.window)
        app.controller.step(Granularity.LAYER)
        return app

    return make


def _rgb(color: QColor) -> str:
    return color.name()


def _corner(widget) -> str:
    return widget.grab().toImage().pixelColor(3, 3).name()


def test_switching_themes_restyles_every_view(make_app):
    app = make_app()
    plots, data = app.views.panels["plots"], app.views.panels["data"]
    for theme in (DARK, LIGHT, PRESENTATION):
        app.set_theme(theme)
        QApplication.processEvents()
        assert _rgb(app.canvas.backgroundBrush().color()) == theme.background
        assert _corner(app.canvas.viewport()) == theme.background
        loss = plots.pages["loss"].plot_widget
        assert _rgb(loss.backgroundBrush().color()) == theme.background
        assert _corner(loss.viewport()) == theme.background
        assert _rgb(data.plot_widget.backgroundBrush().color()) == theme.background
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        assert (window.lightnessF() < 0.5) == (theme is DARK), theme.name
        act = app.window.actions_by_id
        assert act[A.DARK_THEME].isChecked() == (theme is DARK)
        assert act[A.PRESENTATION].isChecked() == (theme is PRESENTATION)


def test_presentation_scales_the_widget_fonts_the_plot_lines_and_the_points(make_app):
    app = make_app()
    inspector = app.views.panels["inspector"]
    light_points = QApplication.font().pointSizeF()
    light_title = inspector.title.fontInfo().pixelSize()
    light_pen = app.views.panels["plots"].pages["loss"].epochs.train.opts["pen"].widthF()
    data = app.views.panels["data"]
    light_point, light_ring = data.plane.train.opts["size"], data.traced.size
    app.set_theme(PRESENTATION)
    assert QApplication.font().pointSizeF() > 1.3 * light_points
    assert inspector.title.fontInfo().pixelSize() > 1.3 * light_title
    assert app.views.panels["plots"].pages["loss"].epochs.train.opts["pen"].widthF() > 1.5 * light_pen
    assert data.plane.train.opts["size"] > 1.15 * light_point and data.plane.test.opts["size"] > 1.15 * light_point
    assert data.traced.size > light_ring + 1  # the ring still clears the larger point
    app.set_theme(LIGHT)
    assert inspector.title.fontInfo().pixelSize() == light_title
    assert data.plane.train.opts["size"] == light_point and data.traced.size == light_ring


def _controls(window) -> dict[str, bool]:
    shown = {key: not dock.isHidden() for key, dock in window.docks.items()}
    return {**shown, "toolbar": not window.toolbar.isHidden(), "menu": not window.menuBar().isHidden()}


def test_presentation_hides_the_controls_and_leaving_restores_the_layout(make_app):
    app = make_app()
    window, act = app.window, app.window.actions_by_id
    window.docks["lesson"].hide()  # the learner's own layout, which leaving must bring back
    before = _controls(window)
    act[A.PRESENTATION].trigger()
    assert app.theme is PRESENTATION
    shown = _controls(window)
    assert not shown["toolbar"] and shown["menu"]  # the menu bar stays: F9 leaves again
    assert not any(shown[key] for key in PRESENTATION_HIDES)
    assert shown["inspector"] and shown["data"]
    assert shown["plots"] == (window.height() >= PRESENTATION_PLOTS_HEIGHT)  # 900 high: no room for them
    assert not window.speed.isVisible()
    act[A.PRESENTATION].trigger()
    assert app.theme is LIGHT
    assert _controls(window) == before
    assert window.speed.isVisible()


def test_f9_enters_and_leaves_presentation_from_the_dark_theme(make_app, qtbot):
    app = make_app()
    app.window.actions_by_id[A.DARK_THEME].trigger()
    assert app.theme is DARK
    app.window.activateWindow()
    qtbot.waitActive(app.window)
    app.canvas.setFocus()
    qtbot.waitUntil(app.canvas.hasFocus)
    qtbot.keyClick(app.canvas, Qt.Key.Key_F9)

    assert app.theme is PRESENTATION and app.window.toolbar.isHidden()
    qtbot.keyClick(app.canvas, Qt.Key.Key_F9)
    assert app.theme is DARK and not app.window.toolbar.isHidden()


def test_the_theme_is_remembered_and_an_app_built_in_it_presents(make_app, qtbot):
    app = make_app()
    app.set_theme(DARK)
    assert QSettings(SETTINGS_ORG, SETTINGS_APP).value("theme") == "dark"
    assert remembered_theme() is DARK
    app.set_theme(PRESENTATION)
    assert remembered_theme() is PRESENTATION
    presenting = make_app(remembered_theme())
    assert presenting.window.toolbar.isHidden() and presenting.window.docks["experiment"].isHidden()
    assert presenting.window.actions_by_id[A.PRESENTATION].isChecked()
    presenting.window.actions_by_id[A.PRESENTATION].trigger()
    assert not presenting.window.docks["experiment"].isHidden()
    app.set_theme(LIGHT)


def _trained_controller():
    from nnviz.qt.controller import Controller

    controller = Controller(Workspace(load_experiment("xor-2-2-1")))
    controller.workspace.run(30)
    controller.step(Granularity.LAYER)
    return controller


@pytest.mark.parametrize("theme", [DARK, PRESENTATION], ids=lambda t: t.name)
@pytest.mark.parametrize("view", ["data", "plots"])
def test_building_in_a_theme_equals_restyling_into_it(qtbot, theme, view):
    apply_to_application(theme)
    images = []
    for first in (theme, LIGHT):
        controller = _trained_controller()
        widget = DataView(controller, theme=first) if view == "data" else PlotsPanel(controller, theme=first)
        qtbot.addWidget(widget)
        widget.resize(640, 360)
        widget.show()
        qtbot.waitExposed(widget)
        if first is not theme:
            widget.set_theme(theme)
        controller.stepped.emit()
        QApplication.processEvents()
        images.append(widget.grab().toImage())
    a, b = (_array(image) for image in images)
    assert a.shape == b.shape
    assert np.mean(np.any(a != b, axis=2)) < 0.002  # the same picture (antialiasing aside)


def _array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)[..., :3].copy()


def _svg_font_sizes(path) -> list[float]:
    sizes = []
    for element in ET.parse(path).getroot().iter():
        if element.tag.endswith("text") and (element.text or "").strip():
            sizes.append(float(element.get("font-size")))
    return sizes


@pytest.mark.parametrize("what", ["network", "loss"])
def test_presentation_fonts_are_larger_in_the_exported_svg(qtbot, tmp_path, what):
    medians = {}
    for theme in (LIGHT, PRESENTATION):
        controller = _trained_controller()
        if what == "network":
            widget = NetworkCanvas(WorkspaceSource(controller), theme=theme)
            qtbot.addWidget(widget)
            widget.resize(800, 500)
            widget.refresh()
        else:
            panel = PlotsPanel(controller, theme=theme)
            qtbot.addWidget(panel)
            panel.resize(800, 400)
            panel.show()
            widget = panel.export_widgets()["loss"]
        path = tmp_path / f"{what}-{theme.name}.svg"
        export.write_svg(export.figure_of(widget), path)
        sizes = _svg_font_sizes(path)
        assert len(sizes) >= 5
        medians[theme.name] = statistics.median(sizes)
    assert medians["presentation"] > 1.3 * medians["light"], medians


def _shot(tmp_path, theme: str) -> np.ndarray:
    out = tmp_path / f"network-{theme}.png"
    shoot(ShotRequest("xor-2-2-1", out, iterations=5, panel="network", theme=theme, size=(900, 600)))
    return _array(QImage(str(out)))


def _caption_glyph_height(pixels: np.ndarray) -> int:
    """Rows of the topmost band of dark pixels: the layer captions over the network."""
    dark = (pixels.astype(int).sum(axis=2) < 3 * 150).any(axis=1)
    rows = np.flatnonzero(dark)
    top = rows[0]
    gaps = np.flatnonzero(~dark[top:])
    return int(gaps[0])


def test_presentation_captions_are_taller_in_the_png_shot(qapp, tmp_path):
    light, presentation = _shot(tmp_path, "light"), _shot(tmp_path, "presentation")
    assert light.shape == presentation.shape
    assert _caption_glyph_height(presentation) > 1.15 * _caption_glyph_height(light)


def test_a_dark_shot_has_the_dark_background(qapp, tmp_path):
    pixels = _shot(tmp_path, "dark")
    b, g, r = pixels[2, 2]  # QImage RGB32 is BGRA in memory on little-endian machines
    assert QColor(int(r), int(g), int(b)).name() == DARK.background
