"""A legend in its own row above the plot, where the title would be, so it never covers data.

On a short plot (the plots dock at 1366×768 leaves the loss plot about 70 px of data) a
legend inside the view either covers the curves or, kept in a free band above them, squeezes
the data into half the height. :class:`LegendRow` takes the title's place in the plot's
layout instead: as many columns as the plot's width allows, as many rows as the entries then
need, and the row's height follows the legend's (entries come and go: the test curve, the
regularization term). The tab names the plot, so the title is not missed in the window; the
exported figure shows the same row.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

GAP_PX = 4
"""Space between the legend row and the data."""


class LegendRow:
    """``legend`` (made with ``offset=None``: not anchored in the view) placed in ``plot``'s title
    row; call :meth:`fit` after entries change."""

    def __init__(self, plot: pg.PlotItem, legend: pg.LegendItem):
        self.plot = plot
        self.legend = legend
        legend.setFlag(legend.GraphicsItemFlag.ItemIgnoresTransformations, False)
        legend.frame = False  # a row of the figure, not a box over the data
        legend.setMinimumWidth(1)  # its columns follow the plot's width, not the other way round
        plot.setTitle(None)
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(legend, 0, 1)
        plot.layout.setAlignment(legend, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        plot.getViewBox().sigResized.connect(self.fit)
        self._columns = 0

    def columns_for(self, width: float) -> int:
        """The most columns whose entries fit side by side in ``width`` pixels (at least one)."""
        entries = [(sample.boundingRect().width(), label.minimumWidth()) for sample, label in self.legend.items]
        if not entries:
            return 1
        spacing = self.legend.layout.horizontalSpacing()
        for columns in range(len(entries), 0, -1):
            widest = [0.0] * columns
            for index, (sample, label) in enumerate(entries):
                column = index % columns  # pyqtgraph fills a legend row by row
                widest[column] = max(widest[column], sample + label + 2 * spacing)
            if sum(widest) <= width:
                return columns
        return 1

    def fit(self, *_) -> None:
        """Choose the columns for the plot's width and give the row the legend's height."""
        view = self.plot.getViewWidget()  # the plot's own width follows the legend's until it is laid out
        width = (view.width() if view is not None else self.plot.width()) - self.plot.getAxis("left").width()
        columns = self.columns_for(width)
        if columns != self._columns:
            self._columns = columns
            self.legend.setColumnCount(columns)
        self.legend.updateSize()
        height = self.legend.boundingRect().height() if self.legend.items else 0.0
        self.plot.layout.setRowFixedHeight(0, height + GAP_PX if height else 0.0)
