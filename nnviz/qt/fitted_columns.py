"""A table whose columns stay within its viewport's width: numbers whole, words cut with "…".

:class:`FittedColumns` measures each column (its cells and header, as ``ResizeToContents`` does)
and sizes the sections by :func:`nnviz.session.column_widths.column_widths` again whenever the
viewport's width or the content changes, so a narrow dock shows every column without a
horizontal scroll bar. A cut cell's full text is its tooltip (:func:`set_cell`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from nnviz.session.column_widths import column_widths

FLOOR_CHARS = 4
"""An elided column keeps at least this many average characters ("col…")."""


class FittedColumns(QObject):
    """Sizes ``table``'s columns to its viewport; the columns in ``elide`` may be cut."""

    def __init__(self, table: QTableWidget, elide: tuple[int, ...]):
        super().__init__(table)
        self.table, self.elide = table, elide
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("0") * 2)  # "t", "✓" need little
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(table.ScrollMode.ScrollPerPixel)
        table.viewport().installEventFilter(self)

    def refit(self) -> None:
        """Size the columns to the content and the viewport now."""
        table, header = self.table, self.table.horizontalHeader()
        natural = [
            max(table.sizeHintForColumn(j), header.sectionSizeHint(j), header.minimumSectionSize())
            for j in range(table.columnCount())
        ]
        floor = table.fontMetrics().averageCharWidth() * FLOOR_CHARS
        for j, width in enumerate(column_widths(natural, table.viewport().width(), self.elide, floor)):
            if header.sectionSize(j) != width:
                header.resizeSection(j, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False


def set_cell(
    table: QTableWidget, row: int, column: int, text: str, tooltip: str | None = None
) -> QTableWidgetItem:
    """Cell (row, column) showing ``text``, with ``tooltip`` (``text`` itself if ``None``: a cut
    cell can be read in full)."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem()
        table.setItem(row, column, item)
    item.setText(text)
    item.setToolTip(text if tooltip is None else tooltip)
    return item
