"""The kernel math of one conv or pool cell drawn as a figure: File › Export Figure's "Kernel
math" and ``nnviz shot --panel kernel_math``.

The inspector writes the same numbers as HTML tables (:mod:`nnviz.qt.kernel_math_html`); this
draws them with QPainter in a theme, so PNG, SVG and PDF look like the other figures: per input
map the window x, ⊙, the kernel K, =, the products, each cell tinted by its value on the theme's
colour map (each grid on its own largest |value|) with the number on it; a pool cell's window
with the max winner outlined; then the line ``Σ + b = z → a``. Positions in the zero padding are
written in the muted colour. Cells are as large as the figure allows (at most :data:`MAX_CELL`
times the theme's font scale); where a number would be drawn smaller than :data:`MIN_FONT_PX`
it is left out and the tints remain (the numbers are in the inspector).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from nnviz.qt.experiment_panel.map_row import kind_name
from nnviz.qt.i18n import translate
from nnviz.qt.theme import LIGHT, Theme
from nnviz.session.canvas.frame import short
from nnviz.session.kernel_math import KernelMath, summary

MAX_CELL = 56.0
"""The largest grid cell, in pixels."""
MIN_FONT_PX = 8.0
"""A number smaller than this (in pixels, before the theme's font scale) is not drawn."""
MARGIN = 14.0
TITLE_PX, TEXT_PX = 15.0, 13.0
TINT = 110
"""The alpha of a cell's colour under its number: the number stays readable in every theme."""


class KernelMathFigure(QWidget):
    """One cell's window ⊙ kernel = products (or pool window), drawn to fit the widget."""

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kernel_math_figure")
        self.theme = theme
        self.math: KernelMath | None = None
        self.title = ""

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(720, 420)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_math(self, math: KernelMath | None, sample: str = "") -> None:
        """Show ``math`` (``None``: a hint where to find a cell) of the traced ``sample``."""
        self.math = math
        if math is None:
            self.title = ""
        else:
            o, i, j = math.cell
            self.title = translate(
                "kernel_math", "Layer {layer} ({kind}), map {map}, row {row}, column {col}"
            ).format(layer=math.layer, kind=kind_name(math.kind), map=o + 1, row=i + 1, col=j + 1)
            if sample:
                self.title += f" — {sample}"
        self.update()

    # -- layout -------------------------------------------------------------------------------------
    def grids(self) -> list[list[tuple[str, np.ndarray | None]]]:
        """Rows of items: a grid ``("x", window)`` or a symbol ``("⊙", None)``; one row per input map."""
        m = self.math
        if m is None:
            return []
        if m.kind != "conv2d":
            return [[("x", m.window[0])]]
        return [
            [("x", m.window[c]), ("⊙", None), ("K", m.kernel[c]), ("=", None), ("x⊙K", m.products[c])]
            for c in range(m.window.shape[0])
        ]

    def cell_size(self) -> float:
        """The grid cell that lets every row fit between the title and the summary line."""
        rows = self.grids()
        if not rows:
            return 0.0
        kh, kw = rows[0][0][1].shape
        across = sum(kw if g is not None else 1.0 for _, g in rows[0])
        label = TEXT_PX * self.theme.font_scale * 1.6
        free_h = self.height() - 2 * MARGIN - 3 * label - len(rows) * label
        down = len(rows) * kh + (len(rows) - 1) * 0.4
        return max(min((self.width() - 2 * MARGIN) / across, free_h / down, MAX_CELL * self.theme.font_scale), 2.0)

    def number_px(self, cell: float) -> float | None:
        """The size to ask the theme's font for a number in a cell of ``cell`` px (it draws it
        ``font_scale`` times larger: at most 0.3 of the cell), ``None`` when drawn it would be
        smaller than :data:`MIN_FONT_PX`."""
        scale = self.theme.font_scale
        px = min(cell * 0.3 / scale, TEXT_PX)
        return px if px * scale >= MIN_FONT_PX else None

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = self.theme
        p.fillRect(self.rect(), t.q("background"))
        label_h = TEXT_PX * t.font_scale * 1.6
        if self.math is None:
            p.setFont(t.font(TEXT_PX))
            p.setPen(t.q("muted"))
            hint = translate(
                "kernel_math",
                "Select a conv or pool cell on the canvas, or step into one: its window, kernel and products "
                "are drawn here.",
            )
            p.drawText(
                self.rect().adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                hint,
            )
            p.end()
            return
        cell = self.cell_size()
        rows = self.grids()
        labelled = len(rows) > 1 or self.math.kind == "conv2d"
        kh = rows[0][0][1].shape[0]
        content = 3.5 * label_h + len(rows) * ((label_h if labelled else 0.0) + (kh + 0.4) * cell)
        top = max(MARGIN, (self.height() - content) / 2)  # the block centred in a tall figure
        p.setFont(t.font(TITLE_PX, bold=True))
        p.setPen(t.q("text"))
        p.drawText(QRectF(MARGIN, top, self.width() - 2 * MARGIN, label_h), Qt.AlignmentFlag.AlignLeft, self.title)
        y = top + 1.5 * label_h
        for c, row in enumerate(rows):
            if labelled:
                p.setFont(t.font(TEXT_PX))
                p.setPen(t.q("muted"))
                words = translate("kernel_math", "window x ⊙ kernel K = products")
                if len(rows) > 1:
                    words = translate("kernel_math", "input map {0}: ").format(c + 1) + words
                p.drawText(
                    QRectF(MARGIN, y, self.width() - 2 * MARGIN, label_h), Qt.AlignmentFlag.AlignLeft, words
                )
                y += label_h
            x = MARGIN
            for symbol, grid in row:
                if grid is None:
                    p.setFont(t.font(min(cell * 0.5, 22.0)))
                    p.setPen(t.q("text"))
                    p.drawText(QRectF(x, y, cell, kh * cell), Qt.AlignmentFlag.AlignCenter, symbol)
                    x += cell
                    continue
                padded = self.math.padded[c] if symbol == "x" else None
                winner = self.math.winner if symbol == "x" else None
                self._paint_grid(p, grid, x, y, cell, padded, winner)
                x += grid.shape[1] * cell
            y += (kh + 0.4) * cell
        p.setFont(t.font(TEXT_PX))
        p.setPen(t.q("text"))
        p.drawText(
            QRectF(MARGIN, y + 0.3 * label_h, self.width() - 2 * MARGIN, self.height() - y),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            summary(self.math),
        )
        p.end()

    def _paint_grid(self, p: QPainter, grid, x: float, y: float, cell: float, padded, winner) -> None:
        t = self.theme
        largest = float(np.nanmax(np.abs(grid))) if np.isfinite(grid).any() else 0.0
        px = self.number_px(cell)
        font = t.font(px) if px is not None else None
        kw = grid.shape[1]
        for r, row in enumerate(grid):
            for col, v in enumerate(row):
                rect = QRectF(x + col * cell, y + r * cell, cell, cell)
                p.fillRect(rect, t.color(v / largest if largest else 0.0, TINT))
                p.setPen(QPen(t.q("outline"), 1.0))
                p.drawRect(rect)
                if font is not None:
                    p.setFont(font)
                    muted = padded is not None and padded[r, col]
                    p.setPen(t.q("muted" if muted else "text"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, short(float(v)))
        if winner is not None:
            r, col = divmod(winner, kw)
            p.setPen(QPen(t.q("highlight"), max(2.0, cell * 0.08)))
            p.drawRect(QRectF(x + col * cell, y + r * cell, cell, cell).adjusted(1, 1, -1, -1))
