"""The comparison figure: what was locked, the curves of every value overlaid, the table and
the small multiples, painted at a natural size (a :class:`nnviz.qt.export.Figure`).

Top: the title and the locks. Middle row: training loss, test loss (with a test set),
accuracy (train solid, test dashed; for classification) and, for two or more layers with
parameters, each layer's mean gradient norm ‖∂L/∂W‖; the colour is the value's
(:mod:`nnviz.session.compare.colors`); with several seeds the line is their mean and the band
their minimum to maximum. Bottom: the table (:mod:`nnviz.session.compare.table`) and the
boundaries of the first seed of every value at one epoch. Wall-clock times are left out so
the same comparison gives the same bytes. In the window, chosen seeds are drawn one by one as
thin lines over the band (:attr:`CompareFigure.seeds`), and :meth:`CompareFigure.readout`
gives every run's value under the pointer.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from nnviz.qt.compare.axes import Axes
from nnviz.qt.compare.multiples import tile
from nnviz.qt.i18n import translate
from nnviz.session.compare.colors import value_colors
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table

MARGIN = 18.0
GAP = 70.0


class CompareFigure:
    """``comparison`` drawn at ``size`` (width, height) in ``theme``, boundaries at ``epoch``;
    ``seeds`` (positions in the plan's seeds, from 0) are also drawn one by one."""

    def __init__(
        self,
        comparison: Comparison,
        table: Table,
        theme,
        size: tuple[int, int],
        epoch: int,
        seeds: frozenset[int] = frozenset(),
    ):
        self.comparison, self.table, self.theme = comparison, table, theme
        self.size, self.epoch, self.seeds = size, epoch, seeds
        vary = comparison.plan.vary
        self.colors = [QColor(c) for c in value_colors(len(vary.values), vary.ordered, theme.dark)]
        self.labels = [f"{vary.name} = {vary.label(v)}" for v in vary.values]
        self.plots: list[tuple[str, Axes, tuple[str, ...]]] = []
        """After a paint: each plot's panel, axes and curves (for :meth:`readout`)."""

    def natural_size(self) -> QSizeF:
        return QSizeF(*self.size)

    def background(self) -> QColor:
        return self.theme.q("background")

    def paint(self, painter: QPainter, transparent: bool) -> None:
        w, h = self.size
        top = self._header(painter, w)
        plots_h = max(160.0, (h - top) * 0.46)
        self._plots(painter, QRectF(MARGIN, top, w - 2 * MARGIN, plots_h))
        bottom = QRectF(MARGIN, top + plots_h + 16, w - 2 * MARGIN, h - top - plots_h - 16 - MARGIN)
        table_w = min(bottom.width() * 0.5, 110.0 * len(self.table.header) + 40)
        self._table(painter, QRectF(bottom.left(), bottom.top(), table_w, bottom.height()))
        self._multiples(
            painter,
            QRectF(bottom.left() + table_w + 24, bottom.top(), bottom.width() - table_w - 24, bottom.height()),
        )

    # -- parts -------------------------------------------------------------------------------
    def _title(self) -> str:
        plan = self.comparison.plan
        return translate("Compare", "{0}: varying {1}").format(plan.name, plan.vary.text)

    def _header_lines(self) -> list[str]:
        """The locks and the runs, in two lines under the title."""
        plan = self.comparison.plan
        seeds = len(plan.locks.seeds)
        lines = self.comparison.lock_lines()[1:]
        runs = translate("Compare", "{0} runs × {1} epochs").format(len(plan.runs), plan.epochs)
        if seeds > 1:
            runs += translate("Compare", ", {0} seeds per value: mean line, min–max band").format(seeds)
        sep = translate("Compare", "; ")
        return [
            translate("Compare", "Locked — {0}").format(sep.join(lines[:2])),
            translate("Compare", "{0}. {1}.").format(sep.join(lines[2:]), runs),
        ]

    def _header(self, painter: QPainter, w: float) -> float:
        painter.setPen(self.theme.q("text"))
        painter.setFont(self.theme.font(18, bold=True))
        painter.drawText(QRectF(MARGIN, MARGIN, w - 2 * MARGIN, 26), Qt.AlignmentFlag.AlignLeft, self._title())
        painter.setFont(self.theme.font(12))
        painter.setPen(self.theme.q("muted"))
        text = self._header_lines()
        for i, line in enumerate(text):
            painter.drawText(
                QRectF(MARGIN, MARGIN + 30 + 18 * i, w - 2 * MARGIN, 18), Qt.AlignmentFlag.AlignLeft, line
            )
        return MARGIN + 30 + 18 * len(text) + 34

    def _panels(self) -> list[str]:
        c = self.comparison
        values = range(len(c.plan.vary.values))
        panels = ["train_loss"]
        if any(np.isfinite(c.band(v, "test_loss").mean).any() for v in values):
            panels.append("test_loss")
        if any(np.isfinite(c.band(v, "train_accuracy").mean).any() for v in values):
            panels.append("accuracy")
        if max(r.grad_norms.shape[1] for r in c.results) >= 2:
            panels.append("grad_norms")
        return panels

    def _plots(self, painter: QPainter, rect: QRectF) -> None:
        panels = self._panels()
        self.plots = []
        width = (rect.width() - GAP * (len(panels) - 1) - 40) / len(panels)
        for i, panel in enumerate(panels):
            x = rect.left() + 40 + i * (width + GAP)
            area = QRectF(x + 14, rect.top(), width - 14, rect.height() - 40)
            if panel == "grad_norms":
                self._grad_norms(painter, area)
            elif panel == "accuracy":
                self._curves(
                    painter,
                    area,
                    ("train_accuracy", "test_accuracy"),
                    translate("Compare", "Accuracy (train —, test - -)"),
                    percent=True,
                )
            else:
                title = (
                    translate("Compare", "Training loss")
                    if panel == "train_loss"
                    else translate("Compare", "Test loss")
                )
                self._curves(painter, area, (panel,), title)

    def _curves(
        self, painter: QPainter, area: QRectF, curves: tuple[str, ...], title: str, percent: bool = False
    ) -> None:
        c = self.comparison
        values = range(len(c.plan.vary.values))
        bands = {(v, k): c.band(v, k) for v in values for k in curves}
        arrays = [a for b in bands.values() for a in (b.low, b.high)]
        axes = Axes.fitted(area, c.plan.epochs, arrays, log_if=not percent)
        if percent:
            axes = Axes(
                area, 0, c.plan.epochs, min(0.5, math.floor(10 * np.nanmin(np.concatenate(arrays))) / 10), 1.0
            )
        self.plots.append(("accuracy" if percent else curves[0], axes, curves))
        if axes.log:
            title = translate("Compare", "{0} (log scale)").format(title)
        axes.frame(painter, self.theme, title, translate("Compare", "epoch"), percent=percent)
        xs = np.arange(c.plan.epochs + 1)
        line = 2.0 * self.theme.line_scale
        seeds = len(c.plan.locks.seeds) > 1
        for v in values:
            for k in curves:
                band = bands[(v, k)]
                if seeds:
                    axes.band(painter, xs, band.low, band.high, self.colors[v])
                axes.curve(painter, xs, band.mean, self.colors[v], line, dashed=k.startswith("test") and percent)
                for run in self._seed_runs(v):
                    thin = QColor(self.colors[v])
                    thin.setAlpha(170)
                    axes.curve(painter, xs, getattr(run, k), thin, 1.0, dashed=k.startswith("test") and percent)

    def _grad_norms(self, painter: QPainter, area: QRectF) -> None:
        c = self.comparison
        norms = [c.grad_norms(v) for v in range(len(c.plan.vary.values))]
        layers = max(len(n) for n in norms)
        axes = Axes.fitted(area, layers + 0.5, norms, log_if=True, x0=0.5)
        self.plots.append(("grad_norms", axes, ()))
        title = translate("Compare", "‖∂L/∂W‖ per layer, mean over epochs")
        if axes.log:
            title = translate("Compare", "{0} (log scale)").format(title)
        axes.frame(painter, self.theme, title, translate("Compare", "layer"), x_ticks=range(1, layers + 1))
        for v, n in enumerate(norms):
            xs = np.arange(1, len(n) + 1)
            axes.curve(painter, xs, n, self.colors[v], 2.0 * self.theme.line_scale)
            axes.markers(painter, xs, n, self.colors[v], 3.5)

    def _table(self, painter: QPainter, rect: QRectF) -> None:
        header, rows = self.table.header, self.table.rows
        first = max(120.0, min(220.0, rect.width() * 0.3))
        rest = (rect.width() - first) / max(1, len(header) - 1)
        widths = [first] + [rest] * (len(header) - 1)
        row_h = 22.0 * self.theme.font_scale
        painter.setPen(self.theme.q("text"))
        painter.setFont(self.theme.font(11, bold=True))
        x = rect.left()
        for i, (text, w) in enumerate(zip(header, widths)):
            if i == 0:  # the varied JSON path breaks after a dot, never inside a name
                text = text.replace(".", ".\u200b")
            painter.drawText(
                QRectF(x, rect.top(), w - 6, row_h * 1.6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                text,
            )
            x += w
        y = rect.top() + row_h * 1.6 + 4
        painter.setPen(QPen(self.theme.q("outline"), 1))
        painter.drawLine(rect.left(), y - 2, rect.left() + sum(widths), y - 2)
        painter.setFont(self.theme.font(12))
        for v, row in enumerate(rows):
            x = rect.left()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colors[v])
            painter.drawRect(QRectF(x, y + 5, 12, 12))
            for i, (text, w) in enumerate(zip(row, widths)):
                painter.setPen(self.theme.q("text"))
                inset = 18 if i == 0 else 0
                painter.drawText(
                    QRectF(x + inset, y, w - inset - 6, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    _fit(painter, text, w - inset - 6),
                )
                x += w
            y += row_h
        painter.setFont(self.theme.font(11))
        painter.setPen(self.theme.q("muted"))
        seeds = len(self.comparison.plan.locks.seeds)
        note = translate("Compare", "final values after {0} epochs").format(self.comparison.plan.epochs)
        if seeds > 1:
            note += translate("Compare", ", mean of {0} seeds").format(seeds)
        note += translate("Compare", "; epoch at which the mean training loss first is ≤ {0}").format(
            self.table.target_text
        )
        painter.drawText(
            QRectF(rect.left(), y + 6, rect.width(), 40),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            note,
        )

    def _multiples(self, painter: QPainter, rect: QRectF) -> None:
        c = self.comparison
        n = len(c.plan.vary.values)
        painter.setFont(self.theme.font(13, bold=True))
        painter.setPen(self.theme.q("text"))
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), 20),
            Qt.AlignmentFlag.AlignLeft,
            translate("Compare", "Decision boundary at epoch {0} (first seed)").format(self.epoch),
        )
        area = QRectF(rect.left(), rect.top() + 26, rect.width(), rect.height() - 26)
        cols = max(range(1, n + 1), key=lambda c: min(area.width() / c, area.height() / math.ceil(n / c) - 20))
        rows = math.ceil(n / cols)
        w, h = area.width() / cols, area.height() / rows
        for v in range(n):
            result = c.runs_of(v)[0]
            cell = QRectF(area.left() + (v % cols) * w, area.top() + (v // cols) * h, w - 12, h - 10)
            tile(painter, cell, result, self.epoch, self.theme, self.colors[v], self.labels[v])

    # -- the window's extras ----------------------------------------------------------------------
    def _seed_runs(self, value_index: int) -> list:
        """The runs of a value whose seeds are in :attr:`seeds`."""
        if not self.seeds:
            return []
        plan = self.comparison.plan
        return [
            r
            for r in self.comparison.runs_of(value_index)
            if plan.locks.seeds.index(plan.runs[r.index].seed) in self.seeds
        ]

    def readout(self, x: float, y: float) -> tuple[QPointF, QPointF, str, list[str]] | None:
        """Under the pointer at (x, y) after a paint: the guide line's two ends, the heading (the
        plot and epoch, or layer) and one line per value with every run's number there."""
        for panel, axes, curves in self.plots:
            r = axes.rect
            if not (r.left() <= x <= r.right() and r.top() <= y <= r.bottom()):
                continue
            at = axes.x_at(x)
            c = self.comparison
            if panel == "grad_norms":
                layer = min(max(round(at), 1), max(len(c.grad_norms(v)) for v in range(len(self.labels))))
                lines = [
                    f"{label}: {_number(c.grad_norms(v)[layer - 1]) if layer <= len(c.grad_norms(v)) else '—'}"
                    for v, label in enumerate(self.labels)
                ]
                heading = translate("Compare", "‖∂L/∂W‖ of layer {0}").format(layer)
                at = layer
            else:
                epoch = min(max(round(at), 0), c.plan.epochs)
                lines = [self._value_line(v, label, curves, epoch) for v, label in enumerate(self.labels)]
                heading = translate("Compare", "epoch {0}").format(epoch)
                at = epoch
            top = QPointF(axes.point_x(at), r.top())
            return top, QPointF(top.x(), r.bottom()), heading, lines
        return None

    def _value_line(self, v: int, label: str, curves: tuple[str, ...], epoch: int) -> str:
        """``label: mean (seeds a, b, c)`` per curve (train, test for accuracy)."""
        parts = []
        for k in curves:
            runs = self.comparison.runs_of(v)
            values = [float(getattr(run, k)[epoch]) for run in runs]
            percent = k.endswith("accuracy")
            text = _number(float(self.comparison.band(v, k).mean[epoch]), percent)
            if len(values) > 1:
                text += " (" + ", ".join(_number(value, percent) for value in values) + ")"
            if len(curves) > 1:
                text = (
                    translate("Compare", "train") if k.startswith("train") else translate("Compare", "test")
                ) + (" " + text)
            parts.append(text)
        return translate("Compare", "{0}: {1}").format(label, translate("Compare", "; ").join(parts))


def _number(value: float, percent: bool = False) -> str:
    if not math.isfinite(value):
        return "—"
    return f"{100 * value:.1f}%" if percent else f"{value:.4g}"


def _fit(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
