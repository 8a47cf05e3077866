"""The Wide & Deep page: the output logit split by lane as a stacked bar, and the lanes over training.

Top, for the traced sample (or a test row picked in the spin box or in the Data
view's row table: :attr:`~nnviz.session.learner_focus.LearnerFocus.split_row`):
a bar that stacks z_wide from 0, z_deep on top and the bias b last, ending at
the output unit's z, beside a bar of z itself; beside it the row's raw values,
z = z_wide + z_deep + b, y = σ(z), the target and the BCE term. Until the
output unit is computed the bar is not drawn, only a hint is. Below, over
training, each lane's gradient norm and share of the change in z
(:mod:`nnviz.qt.plots.lane_share`). The row's input table is in the Data view
(:mod:`nnviz.qt.tabular_view`), which has the room for it. The numbers come from
:mod:`nnviz.session.wide_deep`, :mod:`nnviz.session.input_table` and the metric
history; this page only draws them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from nnviz.core.number_text import num
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import lane_color
from nnviz.qt.plots.lane_share import LaneShareView
from nnviz.qt.plots.style import PlotPage, caption_label, make_plot_widget, pen
from nnviz.qt.theme import Theme
from nnviz.session.input_table import raw_row
from nnviz.session.wide_deep import bar_segments, find_lanes, rows_split, trace_split
from nnviz.session.workspace import Workspace

PART_WORDS = {
    "wide": QT_TRANSLATE_NOOP("wide_deep", "z_wide"),
    "deep": QT_TRANSLATE_NOOP("wide_deep", "z_deep"),
    "b": QT_TRANSLATE_NOOP("wide_deep", "b"),
}
BAR_WIDTH = 0.6


SPLIT_MIN_HEIGHT = 250
"""Pixels (at the light theme's font scale) the logit bar needs at least."""
PAGE_WIDTH = 600
"""The width the page asks of its dock, as the other plot pages do."""


class WideDeepPage(PlotPage):
    """The logit split and the lanes over training; see the module docstring."""

    key = "wide_deep"
    title = QT_TRANSLATE_NOOP("plots", "Wide & Deep")

    row_picked = Signal(object)
    """The learner picked a test row (0-based) in the spin box, or ``None`` for the traced sample."""

    def __init__(self, theme: Theme):
        super().__init__(theme)
        self.row = QSpinBox()
        self.row.setObjectName("wide_deep_row")
        self.row.setSpecialValueText(translate("wide_deep", "traced sample"))
        self.row.setPrefix(translate("wide_deep", "test row "))
        self.row.setToolTip(translate("wide_deep", "The traced sample, or a row of the test set (from 1)"))
        self.row.valueChanged.connect(self._on_row_value_changed)
        self.plot_widget = make_plot_widget(theme, "", "", QT_TRANSLATE_NOOP("plots", "z"))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.plot.addItem(self.bars)
        self.plot.addItem(pg.InfiniteLine(0, angle=0, pen=pen(theme.muted, 1.0, theme=theme)))
        self.labels = [pg.TextItem(color=theme.text, anchor=(0.5, 1.0)) for _ in range(4)]
        for label in self.labels:
            self.plot.addItem(label)
        # The title is a label, not the plot's: a plot cuts a long title ("按通道拆分的输出 l…"), a label wraps.
        self.heading = caption_label(theme)
        title = translate("plots", "Output logit by lane")
        self.heading.setText(f"<b>{title}</b>")
        self.caption = caption_label(theme)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.raw = caption_label(theme)
        left = QVBoxLayout()
        left.addWidget(self.row)
        left.addWidget(self.plot_widget, 1)
        left.addStretch(0)  # the spin box stays on top while the plot is hidden
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.raw)
        right.addWidget(self.caption, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        holder = _Share(3)
        holder.setLayout(row)
        self.lane_share = LaneShareView(theme)
        lanes_part = _Share(2)
        QVBoxLayout(lanes_part).addWidget(self.lane_share)
        lanes_part.layout().setContentsMargins(0, 0, 0, 0)
        holder.setMinimumHeight(round(SPLIT_MIN_HEIGHT * theme.font_scale))
        inner = QWidget(objectName="wide_deep_inner")
        inner.setStyleSheet(f"QWidget#wide_deep_inner {{ background: {theme.background}; }}")
        parts = QVBoxLayout(inner)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(holder, 3)
        parts.addWidget(lanes_part, 2)
        # A small dock scrolls to the lanes' plots rather than squeezing all the parts unreadable.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.content_layout.addWidget(scroll)
        self.lanes = None
        self._workspace: Workspace | None = None

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        return QSize(min(hint.width(), PAGE_WIDTH), hint.height())

    def rebuild(self, workspace: Workspace) -> None:
        experiment = workspace.experiment
        self._workspace = workspace
        self.lanes = find_lanes(experiment.network, experiment.data.input_names or ())
        if self.lanes is None:
            self.show_hint(
                translate(
                    "wide_deep",
                    "This page splits the output of a Wide&Deep network: a concat layer right before the "
                    "output layer (File › New from Preset › wide-and-deep).",
                )
            )
            return
        self.show_content()
        self.lane_share.reset()
        self.row.blockSignals(True)
        self.row.setRange(0, len(experiment.data.x_test))
        self.row.blockSignals(False)

    def export_widget(self) -> QWidget:
        """The page as shown, the lanes' plots with their axes ending at the data."""
        if not self.showing_hint:
            self.lane_share.tighten()
        return self

    def _on_row_value_changed(self, value: int) -> None:
        self.row_picked.emit(value - 1 if value > 0 else None)

    def draw(self, workspace: Workspace) -> None:
        if self.lanes is None:
            return
        self._workspace = workspace
        experiment, lanes = workspace.experiment, self.lanes
        network, data, loss = experiment.network, experiment.data, experiment.trainer.loss
        view = workspace.step_view()
        test_row = workspace.split_row
        self.row.blockSignals(True)
        self.row.setValue(0 if test_row is None else test_row + 1)
        self.row.blockSignals(False)
        if test_row is not None:
            stepper = workspace.stepper
            x = data.x_test[test_row]
            parts = rows_split(
                lanes, network, x[None], data.t_test[test_row : test_row + 1], loss, stepper.visible_parameters
            )
            row, computed = 0, True
        else:
            x = view.x if view.trace is not None else data.x_train[0]
            computed = view.trace is not None and bool(view.layers[lanes.output - 1].forward[0])
            parts = trace_split(lanes, network, view.trace, loss) if computed else None
            row = view.row
        shown = test_row is not None or view.trace is not None  # else no row is looked at yet
        self.raw.setText(" · ".join(f"{c} = {v}" for c, v in raw_row(data.input_names or (), x)) if shown else "")
        self._draw_bar(parts, row, computed)
        self.lane_share.draw(workspace)

    def _draw_bar(self, parts, row: int, computed: bool) -> None:
        # No empty axes before there is a value: their ticks (±1e-19) would read as numbers.
        self.plot_widget.setVisible(computed)
        if not computed:
            self.bars.setOpts(x=[], height=[], y0=[])
            for label in self.labels:
                label.setText("")
            self.caption.setText(
                translate("wide_deep", "The traced sample's split appears once the output unit is computed.")
            )
            return
        segments = bar_segments(parts, row)
        z = segments[-1][2]
        colors = [lane_color(self.theme, "wide"), lane_color(self.theme, "deep"), self.theme.muted]
        colors.append(self.theme.highlight)
        starts = [s for _, s, _ in segments] + [0.0]
        ends = [e for _, _, e in segments] + [z]
        self.bars.setOpts(
            x=np.arange(4),
            y0=np.array(starts),
            height=np.array(ends) - np.array(starts),
            width=BAR_WIDTH,
            brushes=colors,
            pens=[pg.mkPen(self.theme.outline)] * 4,
        )
        names = [translate("wide_deep", PART_WORDS[name]) for name, _, _ in segments] + ["z"]
        self.plot.getAxis("bottom").setTicks([list(enumerate(names))])
        for i, label in enumerate(self.labels):
            label.setText(num(ends[i] - starts[i]) if i < 3 else num(z))
            label.setPos(i, max(starts[i], ends[i]))
        low, high = min(0.0, *starts, *ends), max(0.0, *starts, *ends)
        pad = 0.15 * (high - low or 1.0)
        self.plot.setRange(xRange=(-0.6, 3.6), yRange=(low - pad, high + 2 * pad), padding=0)
        y = float(parts.y[row, 0])
        text = translate("wide_deep", "z = {0} + {1} + {2} = {3} · y = σ(z) = {4}").format(
            *(num(e - s) for _, s, e in segments), num(z), num(y)
        )
        if parts.loss is not None:
            t = np.asarray(parts.t)
            target = float(t[row, 0]) if t.ndim == 2 else float(t[row])
            text += translate("wide_deep", " · t = {0} · BCE term {1}").format(num(target), num(parts.loss[row]))
        self.caption.setText(text)


class _Share(QWidget):
    """A part of the page whose height is its ``stretch`` share: its size hint is tiny (and it
    has no height-for-width, which would bring back the wrapped caption's), so the big hints of
    the table and the plots inside do not decide the split of a small dock."""

    def __init__(self, stretch: int):
        super().__init__()
        self._hint = QSize(1, stretch)

    def sizeHint(self) -> QSize:  # Qt override
        return self._hint

    def hasHeightForWidth(self) -> bool:  # Qt override
        return False
