"""The fitted function of a regression over its data.

One raw input: the data points (train filled, test outlined) and the network's
curve over the input range, one per output. Two raw inputs: the prediction over
the plane as an image under the points, coloured by value on the diverging
map (points by their target on the same map). The network is evaluated with
the parameters the cursor shows, in one batched pass per redraw.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import class_colors
from nnviz.qt.plots.legend_row import LegendRow
from nnviz.qt.plots.plane import PlaneLayer, point_px
from nnviz.qt.plots.ranges import SteadyRange, bounds
from nnviz.qt.plots.style import PlotPage, add_legend, caption_label, make_plot_widget, pen, raw_inputs
from nnviz.qt.theme import Theme
from nnviz.session.plot_values import input_mapper, line_grid, visible_outputs
from nnviz.session.workspace import Workspace

CURVE_POINTS = 300


class FitPage(PlotPage):
    """Regression fit: a curve (1 input) or a heatmap (2 inputs); see the module docstring."""

    key = "fit"
    title = QT_TRANSLATE_NOOP("plots", "Fit")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        # No title: the tab names the plot, and the legend takes the title's row (a legend in the
        # plot covered the outliers the MAE lesson is about in the presentation column).
        self.line_widget = make_plot_widget(theme, "", "x1", QT_TRANSLATE_NOOP("plots", "output"))
        self.line_plot = self.line_widget.getPlotItem()
        self.line_legend = add_legend(self.line_plot, theme, offset=None)
        self.line_legend_row = LegendRow(self.line_plot, self.line_legend)
        self.line_range = SteadyRange(self.line_plot, x=False)
        self.plane_widget = make_plot_widget(
            theme, QT_TRANSLATE_NOOP("plots", "Prediction over the input plane"), "x1", "x2"
        )
        self.plane = PlaneLayer(self.plane_widget.getPlotItem(), theme)
        self.caption = caption_label(theme)
        self.content_layout.addWidget(self.line_widget, 1)
        self.content_layout.addWidget(self.plane_widget, 1)
        self.content_layout.addWidget(self.caption)
        self.curves: list[pg.PlotDataItem] = []
        self.points: list[pg.ScatterPlotItem] = []
        self.xs = np.zeros(0)
        """The curve's x values (raw input)."""
        self._inputs = np.zeros((0, 1))
        self._targets = np.zeros(0)
        self.dims = 0

    def rebuild(self, workspace: Workspace) -> None:
        experiment = workspace.experiment
        for item in self.curves + self.points:
            self.line_plot.removeItem(item)
        self.curves, self.points = [], []
        self.dims = 0
        if experiment.trainer.kind != "regression":
            self.show_hint(
                translate(
                    "fit", "The fit is drawn for regression; for classification the Data view shows the boundary."
                )
            )
            return
        d = raw_inputs(experiment)
        if d not in (1, 2):
            self.show_hint(
                translate("fit", "The fit is drawn for one or two inputs; this data has {0}.").format(d)
            )
            return
        self.dims = d
        self.show_content()
        self.line_widget.setVisible(d == 1)
        self.plane_widget.setVisible(d == 2)
        if d == 2:
            self.plane.rebuild(experiment)
            self.caption.setTextFormat(Qt.TextFormat.RichText)
            self.caption.setText(
                translate("fit", "{0} · train filled, test outlined").format(self.plane.legend_html(None))
            )
        else:
            self._rebuild_line(experiment)

    def _rebuild_line(self, experiment) -> None:
        data = experiment.data
        k = experiment.network.layers[-1].units
        colors = class_colors(self.theme, k) if k > 1 else [self.theme.positive]
        self.xs = line_grid(np.vstack([data.points_train, data.points_test]), CURVE_POINTS)
        self._inputs = input_mapper(experiment)(self.xs[:, None])
        dark = pg.mkPen(self.theme.highlight, width=0.6 * self.theme.line_scale)
        for j in range(k):
            suffix = f" {j + 1}" if k > 1 else ""
            train = pg.ScatterPlotItem(
                data.points_train[:, 0],
                data.t_train[:, j],
                size=point_px(self.theme) - 1,
                brush=colors[j] + "b0",
                pen=dark,
            )
            test = pg.ScatterPlotItem(
                data.points_test[:, 0],
                data.t_test[:, j],
                size=point_px(self.theme) - 1,
                brush=pg.mkBrush(self.theme.background),
                pen=pg.mkPen(colors[j], width=1.8 * self.theme.line_scale),
            )
            self.line_plot.addItem(train)
            self.line_plot.addItem(test)
            self.line_legend.addItem(train, translate("fit", "train targets{suffix}").format(suffix=suffix))
            self.line_legend.addItem(test, translate("fit", "test targets{suffix}").format(suffix=suffix))
            curve = self.line_plot.plot(
                name=translate("fit", "network output{suffix}").format(suffix=suffix),
                pen=pen(self.theme.negative, 2.6, theme=self.theme),
            )
            self.points += [train, test]
            self.curves.append(curve)
        self.line_legend_row.fit()
        self.line_range.reset()
        self.line_plot.setXRange(self.xs[0], self.xs[-1], padding=0)
        self._targets = np.concatenate([data.t_train.ravel(), data.t_test.ravel()])
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setText(
            translate("fit", "Line: the network's output over the input range; points: the data.")
        )

    def draw(self, workspace: Workspace) -> None:
        if self.dims == 2:
            self.plane.draw(workspace.stepper)
        elif self.dims == 1:
            out = visible_outputs(workspace.stepper, self._inputs)
            for j, curve in enumerate(self.curves):
                curve.setData(self.xs, out[:, j])
            self.line_range.fit(None, bounds(np.concatenate([self._targets, out.ravel()])))
