"""One matrix as a table: its numbers on the diverging colour map, NaN cells (not revealed yet) empty.

:class:`MatrixModel` holds the array; :func:`matrix_table` makes the compact
view that shows it. Highlighted cells (the selection) are tinted with the
selection colour and bold, through the model's roles: no Python delegate runs
per painted cell.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from nnviz.qt.theme import LIGHT, Theme, blended, luminance

Array = np.ndarray
MAX_ROWS = 128
MAX_COLS = 48
MIN_CELL_WIDTH = 40
HIGHLIGHT_MIX = 0.75
"""How much of the selection colour a highlighted cell's background takes (the rest: its value's colour)."""


def short(value: float) -> str:
    """A number in a few characters: ``0.731``, ``−12.4``, ``3.1e−5``; empty for NaN."""
    if not math.isfinite(value):
        return "" if math.isnan(value) else ("∞" if value > 0 else "−∞")
    if value == 0:
        return "0"
    mag = abs(value)
    if 1e-3 <= mag < 1e4:
        text = f"{value:.{max(0, 2 - math.floor(math.log10(mag)))}f}"
    else:
        mantissa, exponent = f"{value:.1e}".split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text.replace("-", "−")


class MatrixModel(QAbstractTableModel):
    """One matrix: ``values`` (rows, cols) with NaN where not revealed, coloured by ``scale``."""

    def __init__(self, theme: Theme = LIGHT):
        super().__init__()
        self.theme = theme
        self.values = np.zeros((0, 0))
        self.row_labels: list[str] = []
        self.col_labels: list[str] = []
        self.scale = 1.0
        self.highlighted: set[tuple[int, int]] = set()
        self.bold_rows: set[int] = set()
        self.constant_cols: set[int] = set()
        """Columns of constants (A's ones), drawn neutral."""
        self.meaning = ""
        self.bold_font: QFont | None = None
        """The table's font in bold, for highlighted cells and rows (set by the view)."""

    def set_matrix(
        self, values: Array, row_labels: list[str], col_labels: list[str], meaning: str, constant_cols=()
    ) -> None:
        self.beginResetModel()
        self.constant_cols = set(constant_cols)
        self.values = values[:MAX_ROWS, :MAX_COLS]
        self.row_labels = row_labels[:MAX_ROWS]
        self.col_labels = col_labels[:MAX_COLS]
        finite = np.abs(self.values[np.isfinite(self.values)])
        self.scale = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
        self.meaning = meaning
        self.endResetModel()

    def set_highlight(self, cells: set[tuple[int, int]], bold_rows: set[int]) -> None:
        self.highlighted = cells
        self.bold_rows = bold_rows
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self.values.shape[0]

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self.values.shape[1]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        v = float(self.values[index.row(), index.column()])
        constant = index.column() in self.constant_cols
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{v:g}" if constant else short(v)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(v, constant, (index.row(), index.column()) in self.highlighted)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f"{self.row_labels[index.row()]}, {self.col_labels[index.column()]}"
            shown = "not revealed yet" if math.isnan(v) else repr(v)
            return f"{self.meaning} [{where}] = {shown}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (index.row(), index.column()) not in self.highlighted:
                return QColor(self.theme.text)
            # White or near-black text, whichever contrasts more with the highlighted cell.
            # Below a luminance of about 0.19 white text contrasts more than black.
            return QColor("#ffffff" if luminance(self._background(v, constant, True)) < 0.19 else "#111111")
        if role == Qt.ItemDataRole.FontRole and (index.row(), index.column()) in self.highlighted:
            return self.bold_font or _bold()
        return None

    def _background(self, v: float, constant: bool, highlighted: bool) -> QColor:
        if math.isnan(v):
            color = QColor(self.theme.empty_edge)
        elif constant:
            color = QColor(self.theme.bias_fill)
        else:
            color = self.theme.color(v / self.scale, 150)
        if highlighted:
            return _mix(color, QColor(self.theme.selection), HIGHLIGHT_MIX, QColor(self.theme.background))
        return color

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        labels = self.col_labels if orientation == Qt.Orientation.Horizontal else self.row_labels
        if role == Qt.ItemDataRole.DisplayRole and section < len(labels):
            return labels[section]
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.FontRole and vertical and section in self.bold_rows:
            return self.bold_font or _bold()
        return None


def _mix(a: QColor, b: QColor, t: float, behind: QColor) -> QColor:
    """``a`` (a translucent value colour, over the table's ``behind``) blended towards ``b`` by ``t``; opaque."""
    base = blended(a, behind)
    return QColor.fromRgbF(*(c + (d - c) * t for c, d in zip(base.getRgbF()[:3], b.getRgbF()[:3])))


_FONTS: dict[str, QFont] = {}


def _bold() -> QFont:
    """One shared bold font, made once there is an application."""
    if "bold" not in _FONTS:
        _FONTS["bold"] = QFont()
        _FONTS["bold"].setBold(True)
    return _FONTS["bold"]


def matrix_table(name: str, model: MatrixModel, tooltip: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setToolTip(tooltip)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    h, v = view.horizontalHeader(), view.verticalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    h.setMinimumSectionSize(MIN_CELL_WIDTH)
    v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    set_table_font(view, view.font())
    return view


def set_table_font(view: QTableView, font: QFont) -> None:
    """Numbers a little smaller than ``font`` (the panel's), rows as high as they need."""
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    view.setFont(font)
    view.verticalHeader().setDefaultSectionSize(max(16, view.fontMetrics().height() + 4))
    view.horizontalHeader().setFont(font)
    view.verticalHeader().setFont(font)


def fit_to_cells(view: QTableView) -> None:
    """Size the columns to their numbers and the table to its cells, so the three sit side by side."""
    view.resizeColumnsToContents()
    h, v = view.horizontalHeader(), view.verticalHeader()
    frame = 2 * view.frameWidth()
    width = v.sizeHint().width() + h.length() + frame
    height = h.sizeHint().height() + v.length() + frame
    view.setMaximumSize(width, height)
    view.setMinimumWidth(min(width, 120))
    view.updateGeometry()  # a new size hint: the layout places the table again
