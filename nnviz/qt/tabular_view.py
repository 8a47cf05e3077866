"""The data view of tabular data: the rows, and the input table of the row looked at.

Data of categorical columns has no input plane. In its place the Data dock
lists the rows (:mod:`nnviz.session.row_table`): the mini-batch's, then the
test set's, each as the CSV had it, with its target t, the network's output y
and a mark for right or wrong. Clicking a mini-batch row traces it; clicking a
test row shows that row instead (its encoding here, its output split on the
Wide & Deep page: :meth:`~nnviz.qt.controller.Controller.pick_test_row`). Under
the rows, the input table (:class:`~nnviz.qt.input_table_view.InputTableView`)
of the row looked at: the traced sample, or the picked test row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.numbering import sample_label
from nnviz.qt.controller import Controller
from nnviz.qt.fitted_columns import FittedColumns, set_cell
from nnviz.qt.i18n import translate
from nnviz.qt.input_table_view import InputTableView
from nnviz.qt.plots.style import caption_label, caption_style
from nnviz.qt.theme import Theme
from nnviz.session.row_table import BATCH, Row, row_table
from nnviz.session.wide_deep import find_lanes

RIGHT, WRONG = "✓", "✗"


class TabularView(QWidget):
    """The rows over the input table; see the module docstring."""

    def __init__(self, controller: Controller, theme: Theme):
        super().__init__()
        self.setObjectName("tabular_view")
        self.controller = controller
        self.theme = theme
        self.caption = caption_label(theme)
        self.caption.setText(
            translate(
                "tabular_view",
                "Click a batch row to trace it, a test row to see its encoding and split.",
            )
        )
        self.rows = QTableWidget(0, 0)
        self.rows.setObjectName("tabular_rows")
        self.rows.verticalHeader().setVisible(False)
        self.rows.verticalHeader().setDefaultSectionSize(self.rows.fontMetrics().height() + 4)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fitted = FittedColumns(self.rows, elide=())  # set in draw(): the row names are the last column
        self.rows.cellClicked.connect(self._on_rows_cell_clicked)
        self.inputs = InputTableView(theme)
        # The row is highlighted in the rows above: its raw values are there, not repeated.
        self.inputs.raw.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.rows)
        split.addWidget(self.inputs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(split, 1)
        self._listed: list[Row] = []

    def set_theme(self, theme: Theme) -> None:
        self.theme = self.inputs.theme = theme
        for label in (self.caption, self.inputs.raw):
            label.setStyleSheet(caption_style(theme))

    def draw(self) -> None:
        """List the rows and fill the input table, from the controller's workspace."""
        ws = self.controller.workspace
        experiment = ws.experiment
        table = row_table(experiment, ws.stepper)
        self._listed = table.rows
        # The values a learner compares first, the row's name last: in a narrow dock it ends in "…".
        headers = [
            *((c, c) for c in table.columns),
            (translate("tabular_view", "t"), translate("tabular_view", "t: the target")),
            (translate("tabular_view", "y"), translate("tabular_view", "y: the network's output")),
            ("", translate("tabular_view", "✓ the predicted class is the target's, ✗ it is not")),
            (
                translate("tabular_view", "row"),
                translate("tabular_view", "row: a sample of the mini-batch or a test row"),
            ),
        ]
        self.rows.setColumnCount(len(headers))
        for j, (text, tip) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.rows.setHorizontalHeaderItem(j, item)
        self.fitted.elide = (len(headers) - 1,)
        self.rows.setRowCount(len(table.rows))
        batch, muted = QColor(self.theme.text), QColor(self.theme.muted)
        looked_at = self._looked_at_row()
        for i, row in enumerate(table.rows):
            mark = RIGHT if row.right else WRONG
            cells = (*row.raw, row.target, row.output, mark)
            for j, text in enumerate(cells):
                set_cell(self.rows, i, j, text).setForeground(batch if row.kind == BATCH else muted)
            set_cell(self.rows, i, len(cells), row.name, row.label).setForeground(
                batch if row.kind == BATCH else muted
            )
        self.fitted.refit()
        self.rows.blockSignals(True)
        if looked_at is None:
            self.rows.clearSelection()
        else:
            self.rows.selectRow(looked_at)
        self.rows.blockSignals(False)
        self._fill_inputs()

    def _looked_at_row(self) -> int | None:
        """The listed row shown in the input table: the picked test row, else the traced sample."""
        ws = self.controller.workspace
        test = ws.split_row
        for i, row in enumerate(self._listed):
            if (row.kind == BATCH and test is None and row.batch_row == ws.sample) or (
                row.kind != BATCH and row.index == test
            ):
                return i
        return None

    def _fill_inputs(self) -> None:
        ws = self.controller.workspace
        data = ws.experiment.data
        names = data.input_names or ()
        lanes = find_lanes(ws.experiment.network, names)
        test = ws.split_row
        if test is not None:
            self.inputs.show_row(
                translate("row_table", "test {0}").format(test + 1), names, data.x_test[test], lanes
            )
            return
        trace = ws.stepper.trace
        if trace is None:
            self.inputs.show_row(sample_label(0), names, data.x_train[0], lanes)
            return
        row = ws.sample
        self.inputs.show_row(sample_label(int(trace.samples[row]), row), names, trace.x[row], lanes)

    def _on_rows_cell_clicked(self, index: int, _column: int) -> None:
        if not 0 <= index < len(self._listed):
            return
        row = self._listed[index]
        if row.kind == BATCH:
            self.controller.select_sample(row.batch_row)  # the traced sample: its split is shown again
        else:
            self.controller.pick_test_row(row.index)
