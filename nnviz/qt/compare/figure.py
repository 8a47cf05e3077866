"""The comparison figure: what was locked, the curves of every value overlaid, the table and
the small multiples, painted at a natural size (a :class:`nnviz.qt.export.Figure`).

Top: the title and the locks. Middle row: training loss, test loss (with a test set),
accuracy (train solid, test dashed; for classification) and, for two or more layers with
parameters, each layer's mean gradient norm ‖∂L/∂W‖; the colour is the value's
(:mod:`nnviz.session.compare.colors`); with several seeds the line is their mean and the band
their minimum to maximum. Bottom: the table (:mod:`nnviz.session.compare.table`) and the
boundaries of the first seed of every value at one epoch. Wall-clock times are left out so
the same comparison gives the same bytes.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from nnviz.qt.compare.axes import Axes
from nnviz.qt.compare.multiples import tile
from nnviz.session.compare.colors import value_colors
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table

MARGIN = 18.0
GAP = 70.0


class CompareFigure:
    """``comparison`` drawn at ``size`` (width, height) in ``theme``, boundaries at ``epoch``."""

    def __init__(self, comparison: Comparison, table: Table, theme, size: tuple[int, int], epoch: int):
        self.comparison, self.table, self.theme = comparison, table, theme
        self.size, self.epoch = size, epoch
        vary = comparison.plan.vary
        self.colors = [QColor(c) for c in value_colors(len(vary.values), vary.ordered, theme.dark)]
        self.labels = [f"{vary.name} = {vary.label(v)}" for v in vary.values]

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
    def _header(self, painter: QPainter, w: float) -> float:
        plan = self.comparison.plan
        seeds = len(plan.locks.seeds)
        painter.setPen(self.theme.q("text"))
        painter.setFont(self.theme.font(18, bold=True))
        title = f"{plan.name}: varying {plan.vary.text}"
        painter.drawText(QRectF(MARGIN, MARGIN, w - 2 * MARGIN, 26), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(self.theme.font(12))
        painter.setPen(self.theme.q("muted"))
        lines = self.comparison.lock_lines()[1:]
        runs = f"{len(plan.runs)} runs × {plan.epochs} epochs" + (
            f", {seeds} seeds per value: mean line, min–max band" if seeds > 1 else ""
        )
        text = [f"Locked — {'; '.join(lines[:2])}", f"{'; '.join(lines[2:])}. {runs}."]
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
                    "Accuracy (train —, test - -)",
                    percent=True,
                )
            else:
                title = "Training loss" if panel == "train_loss" else "Test loss"
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
        axes.frame(painter, self.theme, title + (" (log scale)" if axes.log else ""), "epoch", percent=percent)
        xs = np.arange(c.plan.epochs + 1)
        line = 2.0 * self.theme.line_scale
        seeds = len(c.plan.locks.seeds) > 1
        for v in values:
            for k in curves:
                band = bands[(v, k)]
                if seeds:
                    axes.band(painter, xs, band.low, band.high, self.colors[v])
                axes.curve(painter, xs, band.mean, self.colors[v], line, dashed=k.startswith("test") and percent)

    def _grad_norms(self, painter: QPainter, area: QRectF) -> None:
        c = self.comparison
        norms = [c.grad_norms(v) for v in range(len(c.plan.vary.values))]
        layers = max(len(n) for n in norms)
        axes = Axes.fitted(area, layers + 0.5, norms, log_if=True, x0=0.5)
        axes.frame(
            painter,
            self.theme,
            "‖∂L/∂W‖ per layer, mean over epochs" + (" (log)" if axes.log else ""),
            "layer",
            x_ticks=range(1, layers + 1),
        )
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
            wrap = Qt.TextFlag.TextWrapAnywhere if i == 0 else Qt.TextFlag.TextWordWrap
            painter.drawText(
                QRectF(x, rect.top(), w - 6, row_h * 1.6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | wrap,
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
        note = f"final values after {self.comparison.plan.epochs} epochs" + (
            f", mean of {seeds} seeds" if seeds > 1 else ""
        )
        note += f"; epoch at which the mean training loss first is ≤ {self.table.header[-1].rsplit('≤ ', 1)[-1]}"
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
            f"Decision boundary at epoch {self.epoch} (first seed)",
        )
        area = QRectF(rect.left(), rect.top() + 26, rect.width(), rect.height() - 26)
        cols = max(range(1, n + 1), key=lambda c: min(area.width() / c, area.height() / math.ceil(n / c) - 20))
        rows = math.ceil(n / cols)
        w, h = area.width() / cols, area.height() / rows
        for v in range(n):
            result = c.runs_of(v)[0]
            cell = QRectF(area.left() + (v % cols) * w, area.top() + (v // cols) * h, w - 12, h - 10)
            tile(painter, cell, result, self.epoch, self.theme, self.colors[v], self.labels[v])


def _fit(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
