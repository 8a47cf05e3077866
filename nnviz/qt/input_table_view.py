"""The input table of one tabular sample: its raw CSV row over its encoded inputs.

The raw row (``price = 0.53 · colour = red · size = S``) is a caption; under it
every encoded input with its value, its encoding (numeric, one-hot, cross) and
the lanes that read it (``deep``, or ``deep + wide slot k`` in the wide lane's
colour for a Wide&Deep network). The inputs that are on (non-zero) are bold:
they are what this row is. :mod:`nnviz.session.input_table` computes it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.number_text import num
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.fitted_columns import FittedColumns, set_cell
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import lane_color
from nnviz.qt.plots.style import caption_label
from nnviz.qt.theme import Theme
from nnviz.session.input_table import input_table
from nnviz.session.wide_deep import Lanes

KIND_WORDS = {
    "numeric": QT_TRANSLATE_NOOP("wide_deep", "numeric"),
    "one-hot": QT_TRANSLATE_NOOP("wide_deep", "one-hot"),
    "cross": QT_TRANSLATE_NOOP("wide_deep", "cross"),
}


class InputTableView(QWidget):
    """A sample's raw row (:attr:`raw`) over its encoded inputs (:attr:`table`); see the module docstring."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.theme = theme
        self.raw = caption_label(theme)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("wide_deep_inputs")
        self.table.setHorizontalHeaderLabels(
            [
                translate("wide_deep", "encoded input"),
                translate("wide_deep", "value"),
                translate("wide_deep", "encoding"),
                translate("wide_deep", "lanes"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fitted = FittedColumns(self.table, elide=(0, 3))  # the names and lanes may end in "…"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.raw)
        layout.addWidget(self.table, 1)

    def show_row(self, title: str, names, x, lanes: Lanes | None) -> None:
        """Sample ``x`` (n_inputs,) with inputs ``names``, called ``title`` (``sample 4``, ``test 2``)."""
        table = input_table(names, x, lanes)
        self.raw.setText(
            translate("wide_deep", "{0}: {1}").format(title, " · ".join(f"{c} = {v}" for c, v in table.raw))
        )
        self.table.setRowCount(len(table.encoded))
        wide = QColor(lane_color(self.theme, "wide"))
        text = QColor(self.theme.text)
        for i, column in enumerate(table.encoded):
            lanes_text = translate("wide_deep", "deep")
            if column.wide_slot is not None:
                lanes_text = translate("wide_deep", "deep + wide slot {0}").format(column.wide_slot + 1)
            cells = (column.name, num(column.value), translate("wide_deep", KIND_WORDS[column.kind]), lanes_text)
            for j, cell in enumerate(cells):
                item = set_cell(self.table, i, j, cell)
                font = item.font()
                font.setBold(column.value != 0)  # the inputs that are on: what this row is
                item.setFont(font)
                item.setForeground(wide if column.wide_slot is not None else text)
        self.fitted.refit()
