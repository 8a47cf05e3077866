"""The panels around the canvas, placed in the window's docks, and the per-frame input-plane grid.

Every panel takes the controller and redraws itself on its signals. What this
module adds is the one computation several views share: for networks on a 2-D
input plane, one batched forward pass over a grid of the plane per redraw
gives every unit's heatmap on the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from nnviz.core.heatmaps import data_extent, grid_points
from nnviz.qt.breakpoints_panel import BreakpointsPanel
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.experiment_panel import ExperimentPanel
from nnviz.qt.inspector import Inspector
from nnviz.qt.lesson_panel import LessonPanel
from nnviz.qt.main_window import MainWindow
from nnviz.qt.matrix_view import MatrixView
from nnviz.qt.plots import PlotsPanel
from nnviz.qt.theme import LIGHT, Theme

HEATMAP_RESOLUTION = 24
"""Pixels per side of each unit's heatmap on the canvas."""

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

    def refresh_grids(self) -> None:
        """Give the canvas each unit's output over the input plane (2-D data only): one forward pass."""
        canvas = self.window.centralWidget()
        if canvas is None or not hasattr(canvas, "set_heatmaps"):
            return
        canvas.set_heatmaps(unit_maps(self.controller, HEATMAP_RESOLUTION))


def unit_maps(controller: Controller, resolution: int) -> list[np.ndarray] | None:
    """Per layer 0..L an array (units, H, W) over the raw 2-D input plane, through the features,
    with the parameters the cursor shows; ``None`` when the raw inputs are not 2-D."""
    ws = controller.workspace
    data = ws.experiment.data
    if data.points_train.shape[1] != 2:
        return None
    points = grid_points(data_extent(data.points_train, 0.1), resolution)
    shape = (resolution, resolution)
    x = data.map_points(points)
    maps = [np.ascontiguousarray(x.T).reshape(x.shape[1], *shape)]
    a = x
    with np.errstate(all="ignore"):
        for k, layer in enumerate(ws.experiment.network.layers, start=1):
            W, b = ws.stepper.visible_parameters(k)
            a = layer.activation.value(a @ W.T + b)
            maps.append(np.ascontiguousarray(a.T).reshape(a.shape[1], *shape))
    return maps


def build_views(window: MainWindow, controller: Controller, theme: Theme = LIGHT) -> Views:
    """Create every panel and put it in its dock (left: settings, lesson; right: inspector,
    breakpoints; bottom: plots, data, matrices)."""
    panels: dict[str, QWidget] = {
        "experiment": ExperimentPanel(controller),
        "lesson": LessonPanel(controller),
        "inspector": Inspector(controller),
        "breakpoints": BreakpointsPanel(controller),
        "data": DataView(controller, theme=theme),
        "plots": PlotsPanel(controller, theme=theme),
        "matrix": MatrixView(controller, theme=theme),
    }
    titles = {
        "experiment": ("Experiment", Left),
        "lesson": ("Lesson", Left),
        "data": ("Data", Right),
        "inspector": ("Inspector", Right),
        "breakpoints": ("Breakpoints", Right),
        "plots": ("Plots", Bottom),
        "matrix": ("Matrices", Bottom),
    }
    for key in titles:
        title, area = titles[key]
        window.add_dock(key, title, panels[key], area)
    window.tabifyDockWidget(window.docks["inspector"], window.docks["breakpoints"])
    window.docks["inspector"].raise_()
    window.resizeDocks([window.docks["experiment"], window.docks["data"]], [330, 430], Qt.Orientation.Horizontal)
    window.resizeDocks([window.docks["data"], window.docks["inspector"]], [380, 300], Qt.Orientation.Vertical)
    window.resizeDocks([window.docks["plots"]], [230], Qt.Orientation.Vertical)
    window.docks["plots"].raise_()
    panels["data"].message.connect(window.show_message)
    return Views(controller, window, panels)
