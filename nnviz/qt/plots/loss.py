"""Loss and accuracy over training.

Loss: the mini-batch loss of every iteration (data + regularization, from the
stepper's metric history), the regularization term on its own, and the data
loss on the whole training and test sets at the end of each epoch. A checkbox
switches the y axis to a log scale. Accuracy: train and test per epoch.

Values the cursor has not reached are not drawn: the current iteration's loss
appears when the loss event is revealed, an epoch's evaluation when its last
iteration is complete.

The loss legend has its own row above the data (:mod:`nnviz.qt.plots.legend_row`), the
accuracy legend keeps off the curves (:mod:`nnviz.qt.plots.legend_place`). On a low page the
caption folds to one line (:mod:`nnviz.qt.plots.folding_caption`). An exported figure is the
plot alone — no check box, no caption — with its axes ending at the data.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.folding_caption import FoldingCaption
from nnviz.qt.plots.legend_place import BOTTOM_FIRST, place_legend
from nnviz.qt.plots.legend_row import LegendRow
from nnviz.qt.plots.ranges import Y_PAD, SteadyRange, bounds
from nnviz.qt.plots.style import LABEL_PT, PlotPage, add_legend, make_plot_widget, pen, text_size
from nnviz.qt.theme import Theme
from nnviz.session.events import LOSS
from nnviz.session.plot_values import (
    MAX_EPOCH_POINTS,
    EpochSeries,
    count_until,
    decimation,
    iteration_complete,
    peak_points,
    shown_until,
)
from nnviz.session.workspace import Workspace

BATCH_COLOR = "#9aa3b5"
FOLD_BELOW_PX = 320
"""A loss page lower than this shows its caption on one line (the plots dock at 1366×768: 228 px)."""
SYMBOLS_BELOW = 60
"""Per-epoch curves show a marker at each point while they have fewer points than this."""
LIVE_POINTS_PER_PX = 2
"""During a live run a curve draws at most about this many points per pixel of the plot's width
(the mini-batch loss by :func:`peak_points`, the per-epoch curves evenly strided): 2 000 points in
340 pixels cost the frame about a millisecond more and looked the same. Paused, every point is drawn."""


class _EpochCurves:
    """Train and test curves of one per-epoch quantity, with markers while there are few points."""

    def __init__(self, plot: pg.PlotItem, theme: Theme, names: tuple[str, str]):
        """``names``: the legend's names of the train and the test curve."""
        self.names = names
        self.train = plot.plot(name=names[0], pen=pen(theme.positive, 2.2, theme=theme))
        self.test = plot.plot(name=names[1], pen=pen(theme.negative, 2.2, theme=theme))
        self._brushes = (theme.positive, theme.negative)
        self._symbol_size = 5 * theme.line_scale
        self._symbols: bool | None = None
        self._drawn: tuple[np.ndarray, int, int] | None = None
        """The series' values array, the count and the most points last drawn: a series makes new
        arrays when it grows."""

    def draw(self, series: EpochSeries, count: int, what: str, most: int = MAX_EPOCH_POINTS) -> np.ndarray:
        """Draw the first ``count`` records, at most about ``most`` of them; returns the iterations shown."""
        index = decimation(count, min(most, MAX_EPOCH_POINTS))
        x = series.iterations[index]
        if self._drawn is not None and self._drawn[0] is series.values and self._drawn[1:] == (count, most):
            return x  # no epoch was added since: the curves stay as they are
        self._drawn = (series.values, count, most)
        for curve, name in ((self.train, f"train_{what}"), (self.test, f"test_{what}")):
            y = series.column(name)[index]
            # Without a test set (or after divergence) values are NaN: leave those epochs out, as
            # pyqtgraph's markers warn on NaN positions.
            finite = np.isfinite(y)
            curve.setData(x[finite], y[finite])
        symbols = count < SYMBOLS_BELOW
        if symbols != self._symbols:
            self._symbols = symbols
            for curve, color in zip((self.train, self.test), self._brushes):
                curve.setSymbol("o" if symbols else None)
                curve.setSymbolSize(self._symbol_size)
                curve.setSymbolBrush(color)
                curve.setSymbolPen(color)
        return x

    @property
    def curves(self) -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
        return self.train, self.test

    def clear(self) -> None:
        self.train.setData([], [])
        self.test.setData([], [])
        self._drawn = None

    def show_test(self, legend: pg.LegendItem, shown: bool) -> None:
        """List the test curve in the legend only when there is a test set."""
        listed = any(sample.item is self.test for sample, _ in legend.items)
        if shown and not listed:
            legend.addItem(self.test, self.names[1])
        elif listed and not shown:
            legend.removeItem(self.test)


class LossPage(PlotPage):
    """Loss curves with a log-y option; see the module docstring."""

    key = "loss"
    title = QT_TRANSLATE_NOOP("plots", "Loss")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        # No title: the tab names the plot, and the legend takes the title's row.
        self.plot_widget = make_plot_widget(
            theme, "", QT_TRANSLATE_NOOP("plots", "iteration"), QT_TRANSLATE_NOOP("plots", "loss"), count_x=True
        )
        self.plot = self.plot_widget.getPlotItem()
        self.legend = add_legend(self.plot, theme, offset=None)
        self.batch = self.plot.plot(
            name=translate("loss", "mini-batch (data + reg.)"), pen=pen(BATCH_COLOR, 1.0, theme=theme)
        )
        self.reg = self.plot.plot(pen=pen(theme.selection, 1.6, Qt.PenStyle.DashLine, theme=theme))
        self.reg.setVisible(False)
        # Short names, the axis says what is plotted: the legend's row must fit a narrow dock.
        names = (translate("loss", "train (per epoch)"), translate("loss", "test (per epoch)"))
        self.epochs = _EpochCurves(self.plot, theme, names)
        self.legend_row = LegendRow(self.plot, self.legend)
        self.log_y = QCheckBox(translate("loss", "log scale"))
        self.log_y.setToolTip(
            translate("loss", "Show the loss on a logarithmic axis: late progress stays visible")
        )
        self.log_y.toggled.connect(self._on_log_y_toggled)
        self.caption = FoldingCaption(theme)
        self.caption.set_caption(
            translate(
                "loss",
                "Per-epoch curves: data loss on the whole set after the epoch's last update, without the "
                "regularization term (the mini-batch loss is before its update).",
            )
        )
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 0)
        row.addWidget(self.log_y)
        row.addWidget(self.caption, 1)
        self.content_layout.addLayout(row)
        self.content_layout.addWidget(self.plot_widget, 1)
        self.series = EpochSeries()
        self.range = SteadyRange(self.plot)
        self._shown_y = np.zeros(0)
        self._shown_x = (0.0, 1.0)

    def adopt(self, old: LossPage) -> None:
        self.log_y.setChecked(old.log_y.isChecked())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.caption.fold(self.height() < FOLD_BELOW_PX)

    def _on_log_y_toggled(self, checked: bool) -> None:
        # A linear range read as decades (or back) can be absurd: start the new scale from a neutral one.
        self.plot.getViewBox().setYRange(0.0, 1.0, padding=0)
        self.plot.setLogMode(y=checked)
        self.plot.getAxis("left").setLabel(
            translate("loss", "loss (log scale)") if checked else translate("loss", "loss"),
            color=self.theme.text,
            **{"font-size": text_size(self.theme, LABEL_PT)},
        )
        self.range.y = None
        self.range.fit(None, self._y_bounds(), log_y=checked)

    def _y_bounds(self) -> tuple[float, float] | None:
        """The shown values' range."""
        return bounds(self._shown_y, self.log_y.isChecked())

    def export_widget(self) -> QWidget:
        """The plot alone, its axes ending at the data (the hint when there is nothing to plot)."""
        if self.showing_hint:
            return self
        y = self._y_bounds()
        if y is not None:
            pad = Y_PAD * (y[1] - y[0])
            y = (y[0] - pad, y[1] + pad)
        self.range.tight(self._shown_x, y)
        return self.plot_widget

    def rebuild(self, workspace: Workspace) -> None:
        self.series = EpochSeries()
        for curve in (self.batch, self.reg):
            curve.setData([], [])
        self.epochs.clear()
        self.epochs.show_test(self.legend, len(workspace.experiment.data.x_test) > 0)
        self.legend_row.fit()
        self.range.reset()

    def draw(self, workspace: Workspace) -> None:
        stepper = workspace.stepper
        metrics = stepper.metrics
        iterations = metrics.iterations
        n = count_until(iterations, shown_until(stepper, LOSS, 0))
        x = iterations[:n]
        runs = live_points(self) // 2
        # A line of one point draws nothing: the first iteration's loss is a dot until the second.
        self.batch.setData(
            *peak_points(x, metrics.loss_total[:n], runs), symbol="o" if n == 1 else None, symbolSize=5
        )
        reg = metrics.loss_reg[:n]
        shown = stepper.trainer.regularizer.active or bool(np.any(reg))
        if shown != self.reg.isVisible():
            # In the legend only while drawn: regularization can be switched on and off live.
            self.reg.setVisible(shown)
            if shown:
                self.legend.addItem(self.reg, translate("loss", "regularization term"))
            else:
                self.legend.removeItem(self.reg)
            self.legend_row.fit()
        if shown or n_points(self.reg):
            self.reg.setData(*peak_points(x, reg, runs) if shown else (x[:0], np.zeros(0)))
        self.series.update(workspace.epochs)
        count = count_until(self.series.iterations, iteration_complete(stepper))
        self.epochs.draw(self.series, count, "loss", live_points(self) or MAX_EPOCH_POINTS)
        values = self.series.values[:count, :2].ravel()
        self._shown_y = np.concatenate([metrics.loss_total[:n], reg if shown else np.zeros(0), values])
        last = max(float(x[-1]) if n else 0.0, float(self.series.iterations[count - 1]) if count else 0.0)
        self._shown_x = (0.0, max(last, 1.0))
        self.range.fit(self._shown_x, self._y_bounds(), log_y=self.log_y.isChecked())


class AccuracyPage(PlotPage):
    """Train and test accuracy per epoch (a hint for regression)."""

    key = "accuracy"
    title = QT_TRANSLATE_NOOP("plots", "Accuracy")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        self.plot_widget = make_plot_widget(
            theme,
            QT_TRANSLATE_NOOP("plots", "Accuracy"),
            QT_TRANSLATE_NOOP("plots", "iteration"),
            QT_TRANSLATE_NOOP("plots", "fraction correct"),
            count_x=True,
        )
        self.plot = self.plot_widget.getPlotItem()
        self.legend = add_legend(self.plot, theme, offset=(-8, -8))
        what = translate("loss", "accuracy")
        names = (
            translate("loss", "train {what} (per epoch)").format(what=what),
            translate("loss", "test {what} (per epoch)").format(what=what),
        )
        self.epochs = _EpochCurves(self.plot, theme, names)
        self.plot.setYRange(0.0, 1.0, padding=0.02)
        self.range = SteadyRange(self.plot, y=False)
        self.content_layout.addWidget(self.plot_widget, 1)
        self.series = EpochSeries()
        self._shown_x = (0.0, 1.0)
        self.plot.getViewBox().sigResized.connect(self._place_legend)

    def rebuild(self, workspace: Workspace) -> None:
        self.series = EpochSeries()
        self.epochs.clear()
        self.epochs.show_test(self.legend, len(workspace.experiment.data.x_test) > 0)
        self.range.reset()
        if workspace.experiment.trainer.kind == "regression":
            self.show_hint(
                translate("loss", "Regression: no accuracy. The loss plot measures the fit, the Fit tab shows it.")
            )
        else:
            self.show_content()

    def draw(self, workspace: Workspace) -> None:
        if self.showing_hint:
            return
        self.series.update(workspace.epochs)
        count = count_until(self.series.iterations, iteration_complete(workspace.stepper))
        x = self.epochs.draw(self.series, count, "accuracy", live_points(self) or MAX_EPOCH_POINTS)
        self._shown_x = (0.0, max(float(x[-1]), 1.0) if len(x) else 1.0)
        self.range.fit(self._shown_x, None)
        self._place_legend()

    def _place_legend(self, *_) -> None:
        # Accuracy rises to the top right: the bottom corners are its usual free places.
        place_legend(self.plot, self.legend, self.epochs.curves, corners=BOTTOM_FIRST)

    def export_widget(self) -> QWidget:
        """The plot, its x axis ending at the last epoch shown (the hint for regression)."""
        if self.showing_hint:
            return self
        self.range.tight(self._shown_x, None)
        self._place_legend()
        return self


def live_points(page: PlotPage) -> int:
    """During a live run, the most points a curve of ``page`` draws (:data:`LIVE_POINTS_PER_PX` a
    pixel of its plot's width); 0 (all of them) otherwise, or before the plot is laid out."""
    return LIVE_POINTS_PER_PX * int(page.plot.getViewBox().width()) if page.live else 0


def n_points(curve: pg.PlotDataItem) -> int:
    """How many points ``curve`` draws."""
    x = curve.getData()[0]
    return 0 if x is None else len(x)
