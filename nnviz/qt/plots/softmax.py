"""Softmax, step by step, for the traced sample: scores z → exp(z) → probabilities p → −log p.

Four bar charts side by side, one bar per class (the true class outlined), and
the loss bar −log p of the true class. The bars appear once forward of the
output layer is revealed; the loss bar once the loss is. Above them the caption
states the facts (the traced sample, its class, p and the loss); a hint line
below them says what the next steps will show, and an exported figure leaves
the hint out.

With many classes the bars are narrow: a bar's value is written only where it
fits beside the labels already placed, the true class's and the largest bar's
first, then the others from the tallest down, and (but for those two) without
reaching over a neighbouring bar; a label at the plot's edge is moved inside it.
Hovering the bars lists every class's z, exp(z) and p.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nnviz.core.explain_names import activation_words
from nnviz.core.numbering import class_label
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import class_colors
from nnviz.qt.plots.ranges import steady
from nnviz.qt.plots.style import TITLE_PT, PlotPage, caption_label, make_layout_widget, style_plot, text_size
from nnviz.qt.theme import Theme
from nnviz.session.plot_values import SoftmaxSteps, softmax_steps, true_class
from nnviz.session.workspace import Workspace

STEPS = ("z", "exp", "p", "nll")
TITLES = {
    "z": QT_TRANSLATE_NOOP("plots", "scores z"),
    "exp": "exp(z)",
    "p": "p = exp(z) / Σ exp(z)",
    "nll": QT_TRANSLATE_NOOP("plots", "loss −log p(true)"),
}
BAR_WIDTH = 0.7
VALUE_PX = 12
"""Size of the value written over each bar."""
LABEL_GAP_PX = 4.0
"""Least space between two value labels side by side."""
LABEL_ROOM = 1.2
"""Bars fill at most 1/LABEL_ROOM of the height, leaving room for their value labels."""


class SoftmaxPage(PlotPage):
    """The softmax bars of the traced sample; see the module docstring."""

    key = "softmax"
    title = QT_TRANSLATE_NOOP("plots", "Softmax")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        self._names: list[str] = []
        self._shown: dict[str, tuple[np.ndarray, int]] = {}
        """Per step, the heights last drawn and the true class: what :meth:`_fit_labels` places."""
        self.caption = caption_label(theme)
        self.next_hint = caption_label(theme)
        self.graphics = make_layout_widget(theme)
        self.figure = QWidget()
        """The caption and the bars: what an export draws (no hint)."""
        self.plots: dict[str, pg.PlotItem] = {}
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.labels: dict[str, list[pg.TextItem]] = {}
        for col, step in enumerate(STEPS):
            plot = self.graphics.addPlot(row=0, col=col)
            style_plot(plot, theme, TITLES[step], QT_TRANSLATE_NOOP("plots", "class") if step != "nll" else "", "")
            plot.showGrid(x=False, y=True, alpha=0.18)
            plot.setMouseEnabled(x=False, y=False)
            bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
            plot.addItem(bars)
            plot.vb.sigResized.connect(self._on_box_resized)
            self.plots[step], self.bars[step], self.labels[step] = plot, bars, []
        for col, stretch in enumerate((3, 3, 3, 2)):
            self.graphics.ci.layout.setColumnStretchFactor(col, stretch)
        figure_layout = QVBoxLayout(self.figure)
        figure_layout.setContentsMargins(0, 0, 0, 0)
        figure_layout.setSpacing(0)
        figure_layout.addWidget(self.caption)
        figure_layout.addWidget(self.graphics, 1)
        self.content_layout.addWidget(self.figure, 1)
        self.content_layout.addWidget(self.next_hint)
        self.steps: SoftmaxSteps | None = None
        """The numbers last drawn (``None`` while hidden by the cursor)."""
        self._k = 0
        self._ranges: dict[str, tuple[float, float]] = {}

    def rebuild(self, workspace: Workspace) -> None:
        network = workspace.experiment.network
        if network.output_activation.name != "softmax":
            self.show_hint(
                translate(
                    "softmax",
                    "The softmax steps are for networks whose output layer is softmax (with cross-entropy loss); "
                    "this one's output is {0}.",
                ).format(activation_words(network.output_activation))
            )
            return
        self.show_content()
        self._ranges = {}
        k = network.layers[-1].units
        self._k = k
        names = list(workspace.experiment.data.class_names or ())
        names = names if len(names) == k else [str(c) for c in range(k)]
        self._names = names
        ticks = [[(c, name) for c, name in enumerate(names)]]
        for step, plot in self.plots.items():
            for label in self.labels[step]:
                plot.removeItem(label)
            count = 1 if step == "nll" else k
            # A label may stand over a neighbour's bar: a background keeps it legible.
            fill = self.theme.q("background", 200)
            self.labels[step] = [
                pg.TextItem(color=self.theme.text, anchor=(0.5, 1.0), fill=fill) for _ in range(count)
            ]
            for label in self.labels[step]:
                label.setFont(self.theme.font(VALUE_PX))
                plot.addItem(label)
            plot.getAxis("bottom").setTicks(
                ticks if step != "nll" else [[(0, translate("softmax", "true class"))]]
            )
            plot.setXRange(-0.6, count - 0.4, padding=0)
            plot.setYRange(0.0, 1.0, padding=0)  # before any bar: a range exp(z) and p can have
        self._clear()

    def _clear(self) -> None:
        self.steps = None
        self._shown = {}
        self.graphics.setToolTip("")
        for step, bars in self.bars.items():
            bars.setOpts(x=np.zeros(0), height=np.zeros(0))
            for label in self.labels[step]:
                label.setText("")

    def draw(self, workspace: Workspace) -> None:
        if self.showing_hint:
            return
        view = workspace.step_view()
        trace, row, out = view.trace, view.row, view.layers[-1]
        if trace is None or out.units != self._k:
            self._clear()
            self.caption.setText("")
            self.next_hint.setText(
                translate("softmax", "No iteration yet: take a step to see the traced sample's softmax.")
            )
            self.next_hint.setVisible(True)
            return
        sample = view.sample_text(with_row=True)
        true = view.true_class if view.true_class is not None else true_class(trace.t[row])
        if not out.forward.all():
            self._clear()
            self.caption.setText(
                translate("softmax", "{0}, true {1}").format(sample.capitalize(), view.class_text(true))
            )
            self.next_hint.setText(
                translate("softmax", "The bars appear when the output layer's forward step is revealed.")
            )
            self.next_hint.setVisible(True)
            return
        steps = softmax_steps(out.z[row], out.a[row], true)
        self.steps = steps
        self.graphics.setToolTip("\n".join(self.bar_text(c) for c in range(len(steps.p))))
        loss_shown = view.loss_revealed
        colors = class_colors(self.theme, self._k)
        for step, values in (("z", steps.z), ("exp", steps.exp), ("p", steps.p)):
            self._draw_bars(step, values, colors, steps.true_class)
        if loss_shown:
            self._draw_bars("nll", np.array([steps.nll]), [colors[steps.true_class]], 0)
        else:
            self.bars["nll"].setOpts(x=np.zeros(0), height=np.zeros(0))
            self.labels["nll"][0].setText("")
        title = "exp(z − max z)" if steps.shifted else "exp(z)"
        self.plots["exp"].setTitle(title, color=self.theme.text, size=text_size(self.theme, TITLE_PT))
        loss = translate("softmax", " · loss −log p = {0:.3g}").format(steps.nll) if loss_shown else ""
        self.caption.setText(
            translate("softmax", "{0}, true {1}: p(true) = {2:.3g}{loss}").format(
                sample.capitalize(), view.class_text(steps.true_class), steps.p[steps.true_class], loss=loss
            )
        )
        self.next_hint.setText(
            "" if loss_shown else translate("softmax", "The loss bar appears at the loss step.")
        )
        self.next_hint.setVisible(not loss_shown)

    def bar_text(self, c: int) -> str:
        """The numbers of class ``c``'s bars, e.g. "class 3: z = 0.112, exp(z) = 1.12, p = 0.209"."""
        steps = self.steps
        return translate("softmax", "{0}: z = {1:.4g}, exp(z) = {2:.4g}, p = {3:.4g}").format(
            class_label(c, self._names), steps.z[c], steps.exp[c], steps.p[c]
        )

    def export_widget(self) -> QWidget:
        """The caption's facts and the bars, without the hint (the hint when there is nothing to draw)."""
        return self if self.showing_hint else self.figure

    def _draw_bars(self, step: str, values: np.ndarray, colors: list[str], true: int) -> None:
        x = np.arange(len(values), dtype=float)
        heights = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
        outline = pg.mkPen(self.theme.highlight, width=2.5 * self.theme.line_scale)
        pens = [outline if c == true else pg.mkPen(None) for c in range(len(x))]
        self.bars[step].setOpts(x=x, height=heights, width=BAR_WIDTH, brushes=colors, pens=pens)
        for label, value in zip(self.labels[step], values):
            label.setText(f"{value:.3g}")
        self._shown[step] = (heights, true)
        # Round ranges that change only when the bars outgrow them: redrawing axes is costly.
        lo, hi = float(heights.min()), float(heights.max())
        new = steady(self._ranges.get(step), lo * LABEL_ROOM, hi * LABEL_ROOM)
        if new != self._ranges.get(step):
            self._ranges[step] = new
            self.plots[step].setYRange(*new, padding=0)
        self._fit_labels(step)

    def _on_box_resized(self, _box) -> None:
        for step in self._shown:
            self._fit_labels(step)

    def _fit_labels(self, step: str) -> None:
        """Show the value labels of ``step`` that fit side by side (see the module docstring), each
        inside the plot's width."""
        if step not in self._shown:
            return
        heights, true = self._shown[step]
        labels, box = self.labels[step], self.plots[step].vb
        width = box.width()
        x_lo, x_hi = box.viewRange()[0]
        scale = width / (x_hi - x_lo) if width > 0 and x_hi > x_lo else 0.0
        order = sorted(
            range(len(heights)), key=lambda c: (c != true, c != int(np.argmax(heights)), -abs(heights[c]))
        )
        placed: list[tuple[float, float]] = []
        for c in order:
            label = labels[c]
            w = label.textItem.boundingRect().width()  # the text with its margins, as drawn
            centre = (c - x_lo) * scale
            left = min(max(centre - w / 2, 0.0), max(width - w, 0.0))
            # Only the true class's and the largest bar's labels may reach over a neighbouring bar.
            own_room = c in order[:2] or w <= (2 - BAR_WIDTH) * scale
            fits = (
                scale > 0
                and own_room
                and all(left + w + LABEL_GAP_PX <= a or b + LABEL_GAP_PX <= left for a, b in placed)
            )
            label.setVisible(fits)
            if fits:
                placed.append((left, left + w))
                label.setAnchor(((centre - left) / w if w else 0.5, 1.0 if heights[c] >= 0 else 0.0))
                label.setPos(c, heights[c])
