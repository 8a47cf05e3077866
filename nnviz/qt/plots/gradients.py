"""Gradient norm per layer over training, on a log axis.

Each layer's curve is ‖(∂L/∂W, ∂L/∂b)‖ of every iteration (faint) and its running
geometric mean (bold): mini-batch gradients are noisy. On a log scale,
curves that sit decades apart show vanishing (near the input, far below) or
exploding (far above) gradients. The current iteration's point for layer k
appears once backward of layer k is revealed.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import layer_color
from nnviz.qt.plots.legend_place import BOTTOM_FIRST, legend_band, place_legend
from nnviz.qt.plots.ranges import SteadyRange, bounds
from nnviz.qt.plots.style import PlotPage, add_legend, caption_label, layer_name, make_plot_widget, pen
from nnviz.qt.theme import Theme
from nnviz.session.events import BACKWARD
from nnviz.session.plot_values import count_until, shown_until, smooth_log
from nnviz.session.workspace import Workspace

RAW_ALPHA = 60
SMOOTH_POINTS = 40
"""The smoothed curve averages over 1/SMOOTH_POINTS of the points shown."""
LEGEND_COLUMNS = 4
"""Layers per legend row: a short, wide legend finds room under the curves."""


class GradientsPage(PlotPage):
    """One curve per layer, log-y; see the module docstring."""

    key = "gradients"
    title = QT_TRANSLATE_NOOP("plots", "Gradients")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        self.plot_widget = make_plot_widget(
            theme,
            # "log scale" in the title: a rotated label mixing Chinese with the symbols overlaps them.
            QT_TRANSLATE_NOOP("plots", "Gradient norm per layer (log scale)"),
            QT_TRANSLATE_NOOP("plots", "iteration"),
            "‖∂L/∂W, ∂L/∂b‖",
            count_x=True,
            log_y=True,
        )
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=False, y=False)  # a log axis has many grid lines: too slow to repaint live
        self.legend = add_legend(self.plot, theme, columns=LEGEND_COLUMNS)
        self.caption = caption_label(theme)
        self.caption.setText(
            translate(
                "gradients",
                "Curves decades apart: gradients vanish (far below) or explode (far above) through the layers.",
            )
        )
        self.content_layout.addWidget(self.caption)
        self.content_layout.addWidget(self.plot_widget, 1)
        self.range = SteadyRange(self.plot)
        self.curves: list[pg.PlotDataItem] = []
        """One per layer: the smoothed norm (named in the legend)."""
        self.raw: list[pg.PlotDataItem] = []
        """One per layer: every recorded iteration, faint."""
        self._shown_x = (0.0, 1.0)
        self.plot.getViewBox().sigResized.connect(self._place_legend)

    def rebuild(self, workspace: Workspace) -> None:
        for curve in self.curves + self.raw:
            self.plot.removeItem(curve)
        layers = workspace.experiment.network.layers
        n_layers = len(layers)
        self.curves, self.raw = [], []
        for k in range(1, n_layers + 1):
            color = QColor(layer_color(k, self.theme))
            color.setAlpha(RAW_ALPHA)
            self.raw.append(self.plot.plot(pen=pen(color, 1.0, theme=self.theme)))
        for k, layer in enumerate(layers, start=1):
            # A layer without parameters (pooling, flatten) has no gradient norm: no curve to name.
            name = layer_name(k, n_layers) if layer.W is not None else None
            self.curves.append(
                self.plot.plot(name=name, pen=pen(layer_color(k, self.theme), 2.4, theme=self.theme))
            )
        self.range.reset()

    def draw(self, workspace: Workspace) -> None:
        stepper = workspace.stepper
        if len(self.curves) != len(stepper.trainer.network.layers):
            self.rebuild(workspace)
        metrics = stepper.metrics
        iterations = metrics.iterations
        norms = metrics.grad_norms
        shown = 0
        for k, (curve, raw) in enumerate(zip(self.curves, self.raw), start=1):
            n = count_until(iterations, shown_until(stepper, BACKWARD, k))
            y = norms[:n, k - 1]
            # Zero norms (a dead layer) have no logarithm: leave gaps instead of warnings.
            raw.setData(iterations[:n], np.where(y > 0, y, np.nan), connect="finite")
            curve.setData(iterations[:n], smooth_log(y, max(1, n // SMOOTH_POINTS)), connect="finite")
            shown = max(shown, n)
        last = float(iterations[shown - 1]) if shown else 1.0
        self._shown_x = (0.0, max(last, 1.0))
        y = bounds(norms[:shown], log=True)
        if y is not None:  # room below the curves for the legend (the small gradients end there)
            y = (y[0] - legend_band(self.plot, self.legend, *y), y[1])
        self.range.fit(self._shown_x, y, log_y=True)
        self._place_legend()

    def _place_legend(self, *_) -> None:
        place_legend(self.plot, self.legend, self.curves + self.raw, corners=BOTTOM_FIRST)

    def export_widget(self) -> QWidget:
        """The plot alone (the caption is for the learner), its x axis ending at the data."""
        if self.showing_hint:
            return self
        self.range.tight(self._shown_x, None)
        self._place_legend()
        return self.plot_widget
