"""The panels around the canvas, placed in the window's docks, and the per-frame input-plane grid.

Every panel takes the controller and redraws itself on its signals. What this
module adds is the one computation several views share: for networks on a 2-D
input plane, one batched forward pass over the data view's 100×100 grid per
redraw gives both the decision boundary and, at every 4th point, every unit's
25×25 heatmap on the canvas (see :meth:`nnviz.qt.plots.plane.PlaneLayer.unit_maps`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.breakpoints_panel import BreakpointsPanel
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.experiment_panel import ExperimentPanel
from nnviz.qt.i18n import translate
from nnviz.qt.inspector import Inspector
from nnviz.qt.lesson_panel import LessonPanel
from nnviz.qt.main_window import MainWindow
from nnviz.qt.matrix_view import MatrixView
from nnviz.qt.plots import PlotsPanel
from nnviz.qt.plots.plane import GRID
from nnviz.qt.theme import LIGHT, Theme
from nnviz.session.plot_values import GridForward, input_mapper, plane_grid

HEATMAP_STEP = 4
"""The canvas's heatmaps take every 4th point of the data view's grid, each way."""
HEATMAP_RESOLUTION = GRID // HEATMAP_STEP
"""Pixels per side of each unit's heatmap on the canvas."""
SCROLLED = ("matrix",)
"""Panels whose docks scroll: the matrices' equation line is wider than the bottom row on a
1366-pixel screen, and as the plots' tab neighbour it would widen the plots and squeeze the data view."""

Left, Right, Bottom = (
    Qt.DockWidgetArea.LeftDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.BottomDockWidgetArea,
)


@dataclass
class Views:
    """The window's panels by name, and the canvas heatmap grid."""

    controller: Controller
    window: MainWindow
    panels: dict[str, QWidget]

    def wrapped(self, key: str) -> QWidget:
        """What goes in panel ``key``'s dock: the panel, in a scroll area for :data:`SCROLLED`."""
        return _scrolled(self.panels[key]) if key in SCROLLED else self.panels[key]

    def catch_up(self, key: str) -> None:
        catch_up = getattr(self.panels[key], "catch_up", None)
        if catch_up is not None:
            catch_up()

    def retranslate(self, theme: Theme) -> None:
        """Dock titles in the current language, and every panel made again in it around the same
        controller (the session's state is the controller's; a panel keeping settings of its own —
        the breakpoints — is retranslated in place instead)."""
        for key, (title, _area) in TITLES.items():
            dock = self.window.docks[key]
            dock.setWindowTitle(translate("Docks", title))
            old = self.panels[key]
            if hasattr(old, "retranslate"):
                old.retranslate()
                continue
            self.panels[key] = make_panel(key, self.controller, theme)
            previous = dock.widget()
            dock.setWidget(self.wrapped(key))
            previous.deleteLater()
        self.panels["data"].message.connect(self.window.show_message)

    def refresh_grids(self) -> None:
        """Give the canvas each unit's output over the input plane (2-D data only), from the
        data view's pass of this frame when it made one."""
        canvas = self.window.centralWidget()
        if canvas is None or not hasattr(canvas, "set_heatmaps"):
            return
        data = self.panels.get("data")
        if isinstance(data, DataView) and data.plane.n == GRID:
            canvas.set_heatmaps(data.unit_maps(HEATMAP_STEP))
        else:
            canvas.set_heatmaps(unit_maps(self.controller, HEATMAP_RESOLUTION))


def unit_maps(controller: Controller, resolution: int = HEATMAP_RESOLUTION) -> list[np.ndarray] | None:
    """Per layer 0..L an array (units, H, W) over the raw 2-D input plane, through the features
    and the standardization, with the parameters the cursor shows; ``None`` when the raw inputs
    are not 2-D. The points are those the live canvas uses: every :data:`HEATMAP_STEP`-th of the
    data view's grid (widened to ``resolution`` × the step), so a figure matches the window."""
    experiment = controller.workspace.experiment
    data = experiment.data
    if data.points_train.shape[1] != 2:
        return None
    n, first = resolution * HEATMAP_STEP, HEATMAP_STEP // 2
    grid = plane_grid(np.vstack([data.points_train, data.points_test]), n)
    points = grid.points.reshape(n, n, 2)[first::HEATMAP_STEP, first::HEATMAP_STEP].reshape(-1, 2)
    layers = GridForward(input_mapper(experiment)(points)).layers(controller.workspace.stepper)
    # The grid's row 0 is the bottom of the plane (smallest x₂); an image's is the top.
    return [np.ascontiguousarray(a.reshape(-1, resolution, resolution)[:, ::-1]) for a in layers]


def _scrolled(panel: QWidget) -> QScrollArea:
    """``panel`` in a scroll area, so that its dock can be narrower than the panel's widest line."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName()}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(panel)
    return area


TITLES = {
    "experiment": (QT_TRANSLATE_NOOP("Docks", "Experiment"), Left),
    "lesson": (QT_TRANSLATE_NOOP("Docks", "Lesson"), Right),
    "inspector": (QT_TRANSLATE_NOOP("Docks", "Inspector"), Right),
    "plots": (QT_TRANSLATE_NOOP("Docks", "Plots"), Bottom),
    "matrix": (QT_TRANSLATE_NOOP("Docks", "Matrices"), Bottom),
    "breakpoints": (QT_TRANSLATE_NOOP("Docks", "Breakpoints"), Bottom),
    "data": (QT_TRANSLATE_NOOP("Docks", "Data"), Bottom),
}
"""Each dock's title (English source) and its area."""


def make_panel(key: str, controller: Controller, theme: Theme) -> QWidget:
    """A new panel ``key`` of :data:`TITLES`, in the current language."""
    if key in ("data", "plots", "matrix"):
        return {"data": DataView, "plots": PlotsPanel, "matrix": MatrixView}[key](controller, theme=theme)
    kinds = {"experiment": ExperimentPanel, "lesson": LessonPanel, "inspector": Inspector}
    return {**kinds, "breakpoints": BreakpointsPanel}[key](controller)


def build_views(window: MainWindow, controller: Controller, theme: Theme = LIGHT) -> Views:
    """Create every panel and put it in its dock (left: settings; right: the inspector over the
    lesson; below the canvas: the plots, matrices and breakpoints as tabs, and beside them the data view)."""
    panels: dict[str, QWidget] = {key: make_panel(key, controller, theme) for key in TITLES}
    views = Views(controller, window, panels)
    for key, (title, area) in TITLES.items():
        dock = window.add_dock(key, translate("Docks", title), views.wrapped(key), area)
        # A dock brought to the front of its tabs gets no show event: catch up on a skipped live redraw.
        dock.visibilityChanged.connect(lambda visible, key=key: visible and views.catch_up(key))
    # Split before tabbing: a dock in a tab group cannot be split, only joined. One tab group only:
    # with a second one, Qt 6.11 leaves a stale copy of a group's tab bar on screen.
    window.splitDockWidget(window.docks["plots"], window.docks["data"], Qt.Orientation.Horizontal)
    window.splitDockWidget(window.docks["inspector"], window.docks["lesson"], Qt.Orientation.Vertical)
    window.tabifyDockWidget(window.docks["plots"], window.docks["matrix"])
    window.tabifyDockWidget(window.docks["plots"], window.docks["breakpoints"])
    # Their sizes are set when the window is first shown (MainWindow.apply_default_sizes).
    window.docks["plots"].raise_()
    panels["data"].message.connect(window.show_message)
    return views
