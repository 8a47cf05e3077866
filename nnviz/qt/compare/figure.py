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

from nnviz.qt.compare.axes import Axes, fit_title
from nnviz.qt.compare.multiples import label_height, tile, title_room
from nnviz.qt.figure_text import height_of, size_of, width_of, wrapped
from nnviz.qt.i18n import translate
from nnviz.session.compare.colors import value_colors
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table

MARGIN = 18.0
GAP = 28.0
"""Pixels between two plots' slots (each slot holds its own tick labels)."""


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
        top = self._header(painter, w) + 14
        table = self._table_height(painter, self._table_width(painter, w - 2 * MARGIN))
        plots_h = max(160.0, (h - top) * 0.46)
        plots_h = max(120.0, min(plots_h, h - top - 16 - MARGIN - table))  # the table keeps its room
        self._plots(painter, QRectF(MARGIN, top, w - 2 * MARGIN, plots_h))
        bottom = QRectF(MARGIN, top + plots_h + 16, w - 2 * MARGIN, h - top - plots_h - 16 - MARGIN)
        table_w = self._table_width(painter, bottom.width())
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
        """The title and the locks, each wrapped to the width; the y under them."""
        painter.setPen(self.theme.q("text"))
        y = wrapped(painter, self.theme.font(18, bold=True), MARGIN, MARGIN, w - 2 * MARGIN, self._title()) + 4
        painter.setPen(self.theme.q("muted"))
        for line in self._header_lines():
            y = wrapped(painter, self.theme.font(12), MARGIN, y, w - 2 * MARGIN, line)
        return y

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
        """The plots side by side in ``rect``, their boxes level: each leaves the room its own tick
        labels need at the sides, and all the room the tallest title and x labels need."""
        panels = self._panels()
        self.plots = []
        width = (rect.width() - GAP * (len(panels) - 1)) / len(panels)
        slots = [
            QRectF(rect.left() + i * (width + GAP), rect.top(), width, rect.height()) for i in range(len(panels))
        ]
        plots = [self._plot(panel, slot) for panel, slot in zip(panels, slots)]
        room = [axes.margins(painter, self.theme, *frame) for axes, frame, _ in plots]
        top, bottom = max(m[1] for m in room), max(m[3] for m in room)
        for slot, (axes, frame, draw), (left, _, right, _) in zip(slots, plots, room):
            axes.rect = slot.adjusted(left, top, -right, -bottom)
            axes.frame(painter, self.theme, *frame)
            draw(painter, axes)

    def _plot(self, panel: str, slot: QRectF):
        """The axes of ``panel``, its frame's texts (title, x label, percent, x ticks) and its drawing."""
        if panel == "grad_norms":
            return self._grad_norms(slot)
        if panel == "accuracy":
            title = translate("Compare", "Accuracy (train —, test - -)")
            return self._curves(slot, ("train_accuracy", "test_accuracy"), title, percent=True)
        title = (
            translate("Compare", "Training loss") if panel == "train_loss" else translate("Compare", "Test loss")
        )
        return self._curves(slot, (panel,), title)

    def _curves(self, slot: QRectF, curves: tuple[str, ...], title: str, percent: bool = False):
        c = self.comparison
        values = range(len(c.plan.vary.values))
        bands = {(v, k): c.band(v, k) for v in values for k in curves}
        arrays = [a for b in bands.values() for a in (b.low, b.high)]
        axes = Axes.fitted(slot, c.plan.epochs, arrays, log_if=not percent)
        if percent:
            axes = Axes(
                slot, 0, c.plan.epochs, min(0.5, math.floor(10 * np.nanmin(np.concatenate(arrays))) / 10), 1.0
            )
        self.plots.append(("accuracy" if percent else curves[0], axes, curves))
        if axes.log:
            title = translate("Compare", "{0} (log scale)").format(title)

        def draw(painter: QPainter, axes: Axes) -> None:
            xs = np.arange(c.plan.epochs + 1)
            line = 2.0 * self.theme.line_scale
            seeds = len(c.plan.locks.seeds) > 1
            for v in values:
                for k in curves:
                    band = bands[(v, k)]
                    dashed = k.startswith("test") and percent
                    if seeds:
                        axes.band(painter, xs, band.low, band.high, self.colors[v])
                    axes.curve(painter, xs, band.mean, self.colors[v], line, dashed=dashed)
                    for run in self._seed_runs(v):
                        thin = QColor(self.colors[v])
                        thin.setAlpha(170)
                        axes.curve(painter, xs, getattr(run, k), thin, 1.0, dashed=dashed)

        return axes, (title, translate("Compare", "epoch"), percent, None), draw

    def _grad_norms(self, slot: QRectF):
        c = self.comparison
        norms = [c.grad_norms(v) for v in range(len(c.plan.vary.values))]
        layers = max(len(n) for n in norms)
        axes = Axes.fitted(slot, layers + 0.5, norms, log_if=True, x0=0.5)
        self.plots.append(("grad_norms", axes, ()))
        title = translate("Compare", "‖∂L/∂W‖ per layer, mean over epochs")
        if axes.log:
            title = translate("Compare", "{0} (log scale)").format(title)

        def draw(painter: QPainter, axes: Axes) -> None:
            for v, n in enumerate(norms):
                xs = np.arange(1, len(n) + 1)
                axes.curve(painter, xs, n, self.colors[v], 2.0 * self.theme.line_scale)
                axes.markers(painter, xs, n, self.colors[v], 3.5)

        return axes, (title, translate("Compare", "layer"), False, range(1, layers + 1)), draw

    def _table_width(self, painter: QPainter, width: float) -> float:
        """The table's width out of ``width``: what its columns need (:meth:`_needs`), at most 60 %."""
        return min(0.6 * width, 1.15 * sum(self._needs(painter)))

    def _needs(self, painter: QPainter) -> list[float]:
        """Each column's width for its widest cell and its header in two lines (or its longest
        unbreakable piece)."""
        bold, plain = self.theme.font(11, bold=True), self.theme.font(12)
        rows = self.table.rows
        needs = []
        for i, head in enumerate(self._header_cells()):
            pieces = head.replace("\u200b", " ").split()
            inset = self._swatch(painter) + 6 if i == 0 else 0
            cells = width_of(painter, plain, [row[i] for row in rows]) + inset
            half = width_of(painter, bold, [head.replace("\u200b", "")]) / 2  # a header in two lines
            needs.append(max(60.0, width_of(painter, bold, pieces), half, cells) + 12)
        return needs

    def _columns(self, painter: QPainter, width: float) -> list[float]:
        """The columns' widths at ``width``: their needs, scaled to fill it; when it is narrower the
        first (the varied path, which breaks only at dots) keeps its need and the others shrink."""
        needs = self._needs(painter)
        if width >= sum(needs) or len(needs) == 1:
            return [n * width / sum(needs) for n in needs]
        first = min(needs[0], 0.6 * width)
        return [first] + [n * (width - first) / sum(needs[1:]) for n in needs[1:]]

    def _swatch(self, painter: QPainter) -> float:
        """The side of a row's colour square."""
        return round(0.55 * (self._row_height(painter) - 6))

    def _header_cells(self) -> list[str]:
        """The header, the varied JSON path breakable after a dot, never inside a name."""
        return [t.replace(".", ".\u200b") if i == 0 else t for i, t in enumerate(self.table.header)]

    def _row_height(self, painter: QPainter) -> float:
        return height_of(painter, self.theme.font(12), [cell for row in self.table.rows for cell in row]) + 6

    def _note(self) -> str:
        seeds = len(self.comparison.plan.locks.seeds)
        note = translate("Compare", "final values after {0} epochs").format(self.comparison.plan.epochs)
        if seeds > 1:
            note += translate("Compare", ", mean of {0} seeds").format(seeds)
        return note + translate("Compare", "; epoch at which the mean training loss first is ≤ {0}").format(
            self.table.target_text
        )

    def _table_height(self, painter: QPainter, width: float) -> float:
        """The room the table takes at ``width``: header, rows and the note under them."""
        widths = self._columns(painter, width)
        bold = self.theme.font(11, bold=True)
        head = max(height_of(painter, bold, [t], w - 6) for t, w in zip(self._header_cells(), widths))
        rows = len(self.table.rows) * self._row_height(painter)
        return head + 4 + rows + 6 + height_of(painter, self.theme.font(11), [self._note()], width)

    def _table(self, painter: QPainter, rect: QRectF) -> None:
        rows = self.table.rows
        widths = self._columns(painter, rect.width())
        row_h = self._row_height(painter)
        bold = self.theme.font(11, bold=True)
        cells = self._header_cells()
        head = max(height_of(painter, bold, [t], w - 6) for t, w in zip(cells, widths))
        painter.setPen(self.theme.q("text"))
        painter.setFont(bold)
        x = rect.left()
        for text, w in zip(cells, widths):
            painter.drawText(
                QRectF(x, rect.top(), w - 6, head),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                text,
            )
            x += w
        y = rect.top() + head + 4
        painter.setPen(QPen(self.theme.q("outline"), 1))
        painter.drawLine(rect.left(), y - 2, rect.left() + sum(widths), y - 2)
        painter.setFont(self.theme.font(12))
        swatch = self._swatch(painter)
        for v, row in enumerate(rows):
            x = rect.left()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colors[v])
            painter.drawRect(QRectF(x, y + (row_h - swatch) / 2, swatch, swatch))
            for i, (text, w) in enumerate(zip(row, widths)):
                painter.setPen(self.theme.q("text"))
                inset = swatch + 6 if i == 0 else 0
                painter.drawText(
                    QRectF(x + inset, y, w - inset - 6, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    _fit(painter, text, w - inset - 6),
                )
                x += w
            y += row_h
        painter.setPen(self.theme.q("muted"))
        wrapped(painter, self.theme.font(11), rect.left(), y + 6, rect.width(), self._note())

    def _multiples(self, painter: QPainter, rect: QRectF) -> None:
        c = self.comparison
        n = len(c.plan.vary.values)
        painter.setPen(self.theme.q("text"))
        title = translate("Compare", "Decision boundary at epoch {0} (first seed)").format(self.epoch)
        fitted = fit_title(painter, self.theme, title, rect.width())
        title_h = size_of(painter, painter.font(), fitted).height()
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, fitted
        )
        label_h = label_height(painter, self.theme, self.labels)
        area = QRectF(rect.left(), rect.top() + title_h + 6, rect.width(), rect.height() - title_h - 6)
        cols = max(
            range(1, n + 1), key=lambda c: min(area.width() / c, area.height() / math.ceil(n / c) - label_h)
        )
        rows = math.ceil(n / cols)
        w, h = area.width() / cols, area.height() / rows
        cells = [
            QRectF(area.left() + (v % cols) * w, area.top() + (v // cols) * h, w - 12, h - 10) for v in range(n)
        ]
        # Titles too long for their tiles ("optimizer = SGD +…") are the values alone, as the table's
        # rows name them: all of them, so that the tiles read alike.
        painter.setFont(self.theme.font(12, bold=True))
        rooms = [title_room(cell, c.runs_of(v)[0], label_h) for v, cell in enumerate(cells)]
        fit = all(width_of(painter, painter.font(), [t]) <= r for t, r in zip(self.labels, rooms, strict=True))
        labels = self.labels if fit else [c.plan.vary.label(value) for value in c.plan.vary.values]
        for v, cell in enumerate(cells):
            tile(painter, cell, c.runs_of(v)[0], self.epoch, self.theme, self.colors[v], labels[v], label_h)

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
