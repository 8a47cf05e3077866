"""Figures without the interface: exported data and loss panels hold no hints or check boxes, the
boundary fills the plot, the axes end at the data, and legends keep off the data — checked by
bounding boxes at the panel sizes of a 1366×768 and a 1920×1080 screen, in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.shot import panel_widget
from nnviz.qt.theme import THEMES
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

SIZES = [(1366, 768), (1920, 1080)]
HINT_WORDS = ("click", "pause", "take a step", "Per-epoch curves")


@pytest.fixture(scope="module")
def spiral() -> Workspace:
    """The spiral lesson a while into training: a noisy mini-batch loss that reaches the right end."""
    ws = Workspace(load_experiment("spiral"))
    ws.run(900)
    return ws


def figure(qtbot, workspace, panel, theme, size):
    widget, keep = panel_widget(workspace, panel, THEMES[theme], size)
    qtbot.addWidget(widget)
    widget.grab()  # drawn once, as an export draws it: the axes know their widths from then on
    QApplication.processEvents()
    return widget, keep


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def scene_rect_in_view(item, view) -> QRectF:
    """``item``'s bounding box in ``view``'s data coordinates."""
    return view.mapSceneToView(item.sceneBoundingRect()).boundingRect()


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_the_data_figure_is_legend_and_plot_only_the_boundary_filling_it(qtbot, spiral, theme, size):
    widget, (view, _) = figure(qtbot, spiral, "data", theme, size)
    assert widget is view.figure
    assert not widget.findChildren(QAbstractButton)
    assert not any(word in text for text in texts(widget) for word in HINT_WORDS)
    box = view.plot.getViewBox()
    image = view.plane.image.sceneBoundingRect()
    plot_area = box.sceneBoundingRect()
    # The boundary image covers the whole plot area, to a pixel, and nothing lies beyond it.
    for a, b in zip(image.getCoords(), plot_area.getCoords(), strict=True):
        assert a == pytest.approx(b, abs=1.5)
    (x0, x1), (y0, y1) = box.viewRange()
    grid = view.plane.grid
    assert (x0, x1, y0, y1) == pytest.approx((grid.x0, grid.x0 + grid.width, grid.y0, grid.y0 + grid.height))
    # One scale on both axes: a unit of x is as many pixels as a unit of y.
    px_x, px_y = plot_area.width() / (x1 - x0), plot_area.height() / (y1 - y0)
    assert px_x == pytest.approx(px_y, rel=0.02)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_the_data_legend_is_one_row(qtbot, spiral, theme, size):
    _, (view, _) = figure(qtbot, spiral, "data", theme, size)
    legend = view.legend
    assert "<br>" not in legend.text()
    assert legend.sizeHint().width() <= legend.width()
    assert legend.height() < 2 * legend.fontMetrics().lineSpacing() + 8


def test_a_narrow_data_legend_breaks_between_classes_and_marks_not_inside_an_entry(qtbot, spiral):
    widget, (view, _) = figure(qtbot, spiral, "data", "presentation", (1366, 768))
    widget.resize(300, 400)
    qtbot.waitUntil(lambda: "<br>" in view.legend.text())
    first, second = view.legend.text().split("<br>")
    assert "class 1" in first and "traced" in second and "class" not in second


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_the_loss_figure_has_no_check_box_ends_at_the_data_and_its_legend_is_above_the_data(
    qtbot, spiral, theme, size
):
    widget, (panel, _) = figure(qtbot, spiral, "loss", theme, size)
    page = panel.pages["loss"]
    assert widget is page.plot_widget
    assert not widget.findChildren(QAbstractButton) and not texts(widget)
    box = page.plot.getViewBox()
    last = float(spiral.stepper.metrics.iterations[-1])
    assert box.viewRange()[0][1] == pytest.approx(last)  # the x axis ends at the newest iteration
    legend, data = page.legend.sceneBoundingRect(), box.sceneBoundingRect()
    assert len(page.legend.items) >= 2 and legend.height() > 0
    assert legend.bottom() <= data.top()  # its own row: no curve can pass under it
    shown = QRectF(widget.rect())
    assert shown.contains(legend), f"legend {legend} cut off by the figure {shown}"


@pytest.mark.parametrize("width", [300, 385, 560, 900])
def test_the_loss_legend_takes_as_many_columns_as_the_plot_width_allows(qtbot, spiral, width):
    widget, (panel, _) = figure(qtbot, spiral, "loss", "light", (1366, 768))
    page = panel.pages["loss"]
    widget.resize(width, 260)
    qtbot.waitUntil(lambda: abs(page.plot.width() - widget.width()) < 2)
    page.legend_row.fit()
    legend = page.legend.sceneBoundingRect()
    assert legend.width() <= widget.width() and legend.right() <= widget.width()
    entries = len(page.legend.items)
    rows = -(-entries // page.legend.columnCount)
    if width >= 900:  # wide enough for every entry on one line
        assert rows == 1
    if width <= 300:
        assert page.legend.columnCount < entries


@pytest.mark.parametrize("theme", THEMES)
def test_the_gradient_figure_is_the_plot_alone_with_its_legend_off_the_curves(qtbot, theme):
    ws = Workspace(load_experiment("vanishing-sigmoid"))
    ws.run(300)
    widget, (panel, _) = figure(qtbot, ws, "gradients", theme, (1366, 768))
    page = panel.pages["gradients"]
    assert widget is page.plot_widget and not texts(widget)
    box = page.plot.getViewBox()
    assert box.viewRange()[0][1] == pytest.approx(float(ws.stepper.metrics.iterations[-1]))
    legend = scene_rect_in_view(page.legend, box)
    for curve in page.curves:  # the bold curves; faint ones may pass behind the legend's box
        x, y = curve.getData()
        inside = (x >= legend.left()) & (x <= legend.right()) & (y >= legend.top()) & (y <= legend.bottom())
        assert not inside.any(), f"{curve.name()} under the legend"


def test_the_data_dock_keeps_the_room_its_legend_row_asks_for(qtbot):
    app = App(Workspace(load_experiment("spiral")), theme=THEMES["light"])
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    data = app.views.panels["data"]
    qtbot.waitUntil(lambda: data.legend.width() > 0)
    assert data.legend.width() >= data.legend.sizeHint().width()  # one row, as in a 1366-wide window
    assert data.plot_box.width() > 300


@pytest.mark.parametrize("theme", THEMES)
def test_the_softmax_figure_states_the_facts_without_the_hint(qtbot, theme):
    ws = Workspace(load_experiment("softmax-3-classes"))
    ws.run(5)
    ws.step(Granularity.PHASE)  # the forward pass is revealed, the loss not yet: a hint is due
    widget, (panel, _) = figure(qtbot, ws, "softmax", theme, (1366, 768))
    page = panel.pages["softmax"]
    assert widget is page.figure
    assert page.next_hint.text()  # the page itself says what comes next …
    shown = texts(widget)
    assert any(text.startswith(f"Sample {ws.step_view().sample_index + 1}") for text in shown)
    assert not any("appear" in text or word in text for text in shown for word in HINT_WORDS)  # … the figure not
