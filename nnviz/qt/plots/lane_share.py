"""The Wide & Deep page's gradient share: which lane does the work, over training.

Left, each lane's gradient norm per iteration on a log axis (faint) and its running
geometric mean (bold): the wide lane's is the output weights on the crossed slots,
the deep lane's every deep layer plus the output weights on the deep units. Right,
the wide lane's share of the change in the output logit that each update made,
stacked with the deep lane's (together 1): a running mean as areas, every
iteration as a thin line. A high wide share is memorisation at work (the crosses
move z), a low one generalisation (the deep units do). The numbers are
:class:`~nnviz.session.history.MetricHistory`'s, computed by
:mod:`nnviz.session.lane_share`; an iteration's norms appear once its backward
pass is revealed, its share once its update is.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import lane_color
from nnviz.qt.plots.legend_place import BOTTOM_FIRST, CORNERS, legend_band, place_legend
from nnviz.qt.plots.ranges import SteadyRange, bounds
from nnviz.qt.plots.style import add_legend, make_plot_widget, pen
from nnviz.qt.theme import Theme
from nnviz.session.events import BACKWARD
from nnviz.session.plot_values import count_until, iteration_complete, shown_until, smooth_log, smooth_mean
from nnviz.session.workspace import Workspace

RAW_ALPHA = 70
AREA_ALPHA = 150
SMOOTH_POINTS = 40
"""The running means average over 1/SMOOTH_POINTS of the points shown."""
PLOT_MIN_HEIGHT = 190
"""Pixels (at the light theme's font scale) one plot needs at least; a shorter page scrolls."""
SIDE_BY_SIDE_WIDTH = 540
"""Pixels (likewise) from which the plots stand side by side; narrower, one above the other, so
that titles and legends keep their room."""
SHARE_PAD = 0.04
"""Room below 0 and above the legend's band on the share axis, so that the 0 tick keeps its label."""
LANE_WORDS = {
    "wide": QT_TRANSLATE_NOOP("wide_deep", "wide lane"),
    "deep": QT_TRANSLATE_NOOP("wide_deep", "deep lane"),
}


class LaneShareView(QWidget):
    """The two plots side by side; :meth:`draw` reads the workspace's metric history."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self.norm_widget = make_plot_widget(
            theme,
            QT_TRANSLATE_NOOP("plots", "Gradient norm per lane"),
            QT_TRANSLATE_NOOP("plots", "iteration"),
            QT_TRANSLATE_NOOP("plots", "‖∂L/∂θ‖ (log)"),
        )
        self.norm_widget.setToolTip(
            translate(
                "wide_deep",
                "Wide lane: the output weights on the wide slots. Deep lane: every deep layer's weights and "
                "biases and the output weights on the deep units. The output bias is in neither.",
            )
        )
        self.share_widget = make_plot_widget(
            theme,
            QT_TRANSLATE_NOOP("plots", "Share of the change in z"),
            QT_TRANSLATE_NOOP("plots", "iteration"),
            QT_TRANSLATE_NOOP("plots", "share"),
        )
        self.share_widget.setToolTip(
            translate(
                "wide_deep",
                "Per update, on its batch: mean |Δz_wide| / (mean |Δz_wide| + mean |Δz_deep|), the wide "
                "lane's share; the deep lane's is the rest. High: the crosses (memorisation) move z; "
                "low: the deep units (generalisation) do.",
            )
        )
        self.norm_plot = self.norm_widget.getPlotItem()
        self.norm_plot.setLogMode(y=True)
        self.norm_plot.showGrid(x=False, y=False)  # a log axis has many grid lines: slow to repaint live
        self.share_plot = self.share_widget.getPlotItem()
        self.share_plot.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
        self.norm_legend = add_legend(self.norm_plot, theme, columns=2)
        self.share_legend = add_legend(self.share_plot, theme, columns=2)
        wide, deep = lane_color(theme, "wide"), lane_color(theme, "deep")
        self.norm_raw = {
            lane: self.norm_plot.plot(pen=pen(_alpha(c, RAW_ALPHA), 1.0, theme=theme))
            for lane, c in (("wide", wide), ("deep", deep))
        }
        self.norm_curves = {
            lane: self.norm_plot.plot(name=translate("wide_deep", LANE_WORDS[lane]), pen=pen(c, 2.4, theme=theme))
            for lane, c in (("wide", wide), ("deep", deep))
        }
        # Stacked areas: the deep lane fills 0…1 behind, the wide lane 0…share in front.
        self.share_areas = {
            lane: self.share_plot.plot(
                pen=pen(c, 1.2, theme=theme), fillLevel=0.0, brush=pg.mkBrush(_alpha(c, AREA_ALPHA))
            )
            for lane, c in (("deep", deep), ("wide", wide))
        }
        for lane in ("wide", "deep"):  # the legend in the norms' order
            self.share_legend.addItem(self.share_areas[lane], translate("wide_deep", LANE_WORDS[lane]))
        self.share_raw = self.share_plot.plot(pen=pen(_alpha(theme.text, RAW_ALPHA), 1.0, theme=theme))
        self.norm_range = SteadyRange(self.norm_plot)
        self.share_range = SteadyRange(self.share_plot, y=False)
        self._shown_x = (0.0, 1.0)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(self.norm_widget, 1)
        self.box.addWidget(self.share_widget, 1)
        self.setMinimumHeight(self._min_height(1))
        self.norm_plot.getViewBox().sigResized.connect(self._place_legends)
        self.share_plot.getViewBox().sigResized.connect(self._on_share_resized)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        side_by_side = event.size().width() >= SIDE_BY_SIDE_WIDTH * self.theme.font_scale
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.setMinimumHeight(self._min_height(1 if side_by_side else 2))

    def _min_height(self, rows: int) -> int:
        return round(rows * PLOT_MIN_HEIGHT * self.theme.font_scale)

    def reset(self) -> None:
        """A new run: no points, ranges forgotten."""
        for item in (
            *self.norm_raw.values(),
            *self.norm_curves.values(),
            *self.share_areas.values(),
            self.share_raw,
        ):
            item.setData([], [])
        self.norm_range.reset()
        self.share_range.reset()
        self._fit_share_y()

    def draw(self, workspace: Workspace) -> None:
        stepper = workspace.stepper
        metrics = stepper.metrics
        norms, share = metrics.lane_norms, metrics.wide_share
        if norms is None:
            return
        iterations = metrics.iterations
        n = count_until(iterations, shown_until(stepper, BACKWARD, 1))
        x = iterations[:n]
        window = max(1, n // SMOOTH_POINTS)
        for column, lane in enumerate(("wide", "deep")):
            y = norms[:n, column]
            self.norm_raw[lane].setData(x, np.where(y > 0, y, np.nan), connect="finite")
            self.norm_curves[lane].setData(x, smooth_log(y, window), connect="finite")
        m = count_until(iterations, iteration_complete(stepper))
        s = share[:m]
        smooth = smooth_mean(s, max(1, m // SMOOTH_POINTS))
        self.share_areas["deep"].setData(
            iterations[:m], np.where(np.isfinite(smooth), 1.0, np.nan), connect="finite"
        )
        self.share_areas["wide"].setData(iterations[:m], smooth, connect="finite")
        self.share_raw.setData(iterations[:m], s, connect="finite")
        self._shown_x = (0.0, max(float(iterations[n - 1]) if n else 1.0, 1.0))
        y = bounds(norms[:n], log=True)
        if y is not None:  # room below the curves for the legend
            y = (y[0] - legend_band(self.norm_plot, self.norm_legend, *y), y[1])
        self.norm_range.fit(self._shown_x, y, log_y=True)
        self.share_range.fit(self._shown_x, None)
        self._place_legends()

    def _on_share_resized(self, *_) -> None:
        self._fit_share_y()
        self._place_legends()

    def _fit_share_y(self) -> None:
        """0…1 and a band above it for the legend (the areas fill all of 0…1)."""
        top = 1.0 + legend_band(self.share_plot, self.share_legend, 0.0, 1.0)
        self.share_plot.getViewBox().setYRange(-SHARE_PAD * top, (1 + SHARE_PAD) * top, padding=0)

    def _place_legends(self, *_) -> None:
        place_legend(
            self.norm_plot, self.norm_legend, [*self.norm_curves.values(), *self.norm_raw.values()], BOTTOM_FIRST
        )
        place_legend(self.share_plot, self.share_legend, [], CORNERS)

    def tighten(self) -> None:
        """Axes ending at the data, as a figure wants them."""
        self.norm_range.tight(self._shown_x, None)
        self.share_range.tight(self._shown_x, None)
        self._place_legends()


def _alpha(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c
