"""The input plane of 2-D data in a plot: the network's output as one image under the points.

Used by the data view (decision boundary) and the fit plot (2-input regression).
The image is a 100×100 grid computed with one batched forward pass per redraw
and drawn as a single ``ImageItem``; training points are filled, test points
outlined, both coloured by class (or by target value for regression).
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from nnviz.core.experiment import Experiment
from nnviz.qt.i18n import translate
from nnviz.qt.plots.aspect import AspectBox
from nnviz.qt.plots.colors import OutputColors, class_colors
from nnviz.qt.theme import Theme
from nnviz.session.plot_values import GridForward, PlaneGrid, input_mapper, plane_grid
from nnviz.session.stepper import Stepper

Array = np.ndarray
GRID = 100
POINT_PX = 8
"""Diameter of a data point in the default themes; :func:`point_px` scales it."""


def point_px(theme: Theme) -> float:
    """A data point's diameter in ``theme``: larger with its text (presentation), to see from afar,
    but by the square root of the text's scale, so that a few hundred points do not run together."""
    return POINT_PX * theme.font_scale**0.5


class PlaneLayer:
    """Background image and train/test scatter items in ``plot``; see the module docstring."""

    def __init__(self, plot: pg.PlotItem, theme: Theme, grid: int = GRID, box: AspectBox | None = None):
        self.plot = plot
        self.box = box
        """Where the plot sits at the data's proportions (else the view's aspect is locked)."""
        self.theme = theme
        self.n = grid
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        plot.showGrid(x=False, y=False)
        self.train = pg.ScatterPlotItem(size=POINT_PX, pxMode=True, symbol="o", name="train")
        self.test = pg.ScatterPlotItem(size=POINT_PX, pxMode=True, symbol="o", name="test")
        for item in (self.image, self.train, self.test):
            plot.addItem(item)
        self.grid: PlaneGrid | None = None
        self.colors: OutputColors | None = None
        self.values: Array | None = None
        """The last drawn outputs, (n, n, K): row i is y, column j is x (see :class:`PlaneGrid`)."""
        self.rgba: Array | None = None
        self._forward: GridForward | None = None
        self._coarse: dict[int, GridForward] = {}

    def rebuild(self, experiment: Experiment) -> None:
        """Grid, colours and points for a (new) experiment whose raw inputs are 2-D."""
        data = experiment.data
        network = experiment.network
        kind = experiment.trainer.kind
        softmax_output = network.output_activation.name == "softmax"
        self.colors = OutputColors(self.theme, kind, data.t_train, network.layers[-1].units, softmax_output)
        self.grid = plane_grid(np.vstack([data.points_train, data.points_test]), self.n)
        self._forward = GridForward(input_mapper(experiment)(self.grid.points))
        self._coarse = {}
        g = self.grid
        if self.box is not None:
            self.box.set_range((g.x0, g.x0 + g.width), (g.y0, g.y0 + g.height))
        else:
            self.plot.setRange(xRange=(g.x0, g.x0 + g.width), yRange=(g.y0, g.y0 + g.height), padding=0)
            ratio = g.width / g.height
            self.plot.getViewBox().setAspectLocked(1 / 3 < ratio < 3, 1.0)
        outline = pg.mkPen(self.theme.highlight, width=0.8 * self.theme.line_scale)
        train_rgba = self.colors.points(data.t_train)
        self.train.setData(
            pos=data.points_train,
            data=np.arange(len(data.points_train)),
            brush=[pg.mkBrush(*c) for c in train_rgba],
            pen=outline,
        )
        test_rgba = self.colors.points(data.t_test)
        self.test.setData(
            pos=data.points_test,
            data=np.arange(len(data.points_test)),
            brush=pg.mkBrush(self.theme.q("background", 230)),
            pen=[pg.mkPen(*c, width=2.2 * self.theme.line_scale) for c in test_rgba],
        )
        for item in (self.train, self.test):
            item.setSize(point_px(self.theme))
        self.values = self.rgba = None

    def draw(self, stepper: Stepper) -> None:
        """The network's output over the grid, as the cursor shows it."""
        if self.grid is None or self.colors is None:
            return
        out = self._forward(stepper).T
        n = self.n
        self.values = out.reshape(n, n, -1)
        self.rgba = self.colors.outputs(out).reshape(n, n, 4)
        self.image.setImage(self.rgba, autoLevels=False)
        g = self.grid
        self.image.setRect(QRectF(g.x0, g.y0, g.width, g.height))

    def unit_maps(self, stepper: Stepper, step: int) -> list[Array] | None:
        """Per layer 0..L every unit's output (units, n/step, n/step) at every ``step``-th point of
        the grid (the centre one of each block), row 0 at the top: the canvas's heatmaps. They are
        views of the pass's arrays, which stay as they are: a pass writes into new ones.

        Taken from the pass :meth:`draw` made when the parameters are the same (one pass
        per frame for both views); else computed on those points alone.
        """
        if self.grid is None or self._forward is None:
            return None
        n, first = self.n, step // 2
        if self._forward.cached(stepper):
            layers = [a.reshape(-1, n, n)[:, first::step, first::step] for a in self._forward.layers(stepper)]
        else:
            coarse = self._coarse.get(step)
            if coarse is None:
                x = self._forward.inputs.reshape(-1, n, n)[:, first::step, first::step]
                coarse = self._coarse[step] = GridForward(x.reshape(len(x), -1).T)
            m = len(range(first, n, step))
            layers = [a.reshape(-1, m, m) for a in coarse.layers(stepper)]
        # The grid's row 0 is the bottom of the plane (smallest x₂); an image's is the top.
        return [a[:, ::-1] for a in layers]

    def legend_html(self, class_names) -> str:
        """Rich text naming what the colours mean: the classes, or the value scale of a regression."""
        colors = self.colors
        if colors is None:
            return ""
        if colors.kind == "regression":
            lo, hi = colors.range
            neg, pos = self.theme.negative, self.theme.positive
            scale = (
                f"<span style='color:{neg}'>■</span> {lo:.3g} … □ … <span style='color:{pos}'>■</span> {hi:.3g}"
            )
            return translate("plane", "value {scale}: background = prediction, points = target").format(
                scale=scale
            )
        k = colors.n_classes
        names = list(class_names or ())
        names = names if len(names) == k else [str(c) for c in range(k)]
        return " &nbsp; ".join(
            f"<span style='color:{color}'>■</span> " + translate("plane", "class {c}").format(c=html.escape(name))
            for name, color in zip(names, class_colors(self.theme, k))
        )
