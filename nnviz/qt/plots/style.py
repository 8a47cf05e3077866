"""The shared look of the plots: light pyqtgraph plots with readable axes, and a page that
shows either its plot or a hint saying why there is nothing to plot."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from nnviz.core.experiment import Experiment
from nnviz.qt.theme import Theme
from nnviz.session.workspace import Workspace

TICK_PX = 11
LABEL_PT = "9pt"
TITLE_PT = "10pt"


def style_plot(plot: pg.PlotItem, theme: Theme, title: str, x_label: str, y_label: str) -> None:
    """Title, axis labels and ticks in the theme's colours, faint horizontal grid lines."""
    if title:  # an empty title would still take a row of space
        plot.setTitle(title, color=theme.text, size=TITLE_PT)
    font = QFont(theme.font_family)
    font.setPixelSize(TICK_PX)
    for name, label in (("left", y_label), ("bottom", x_label)):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.outline))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setTickFont(font)
        # No units are shown, and on a log axis the prefix arithmetic overflows for a diverged run.
        axis.enableAutoSIPrefix(False)
        if label:
            axis.setLabel(label, color=theme.text, **{"font-size": LABEL_PT})
    # Horizontal major grid lines only: grid lines are most of the cost of repainting a plot.
    plot.showGrid(x=False, y=True, alpha=0.2)
    plot.getAxis("left").setStyle(maxTickLevel=0)
    plot.setMenuEnabled(False)
    plot.hideButtons()


def make_plot_widget(theme: Theme, title: str, x_label: str, y_label: str) -> pg.PlotWidget:
    widget = pg.PlotWidget(background=theme.background)
    style_plot(widget.getPlotItem(), theme, title, x_label, y_label)
    return widget


def make_layout_widget(theme: Theme) -> pg.GraphicsLayoutWidget:
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground(theme.background)
    return widget


def add_legend(plot: pg.PlotItem, theme: Theme, offset=(-8, 8), columns: int = 1) -> pg.LegendItem:
    return plot.addLegend(
        offset=offset,
        colCount=columns,
        labelTextColor=theme.text,
        labelTextSize=LABEL_PT,
        brush=pg.mkBrush(255, 255, 255, 215),
        pen=pg.mkPen(theme.empty_outline),
        verSpacing=-4,
    )


def pen(color: str, width: float = 1.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> pg.QtGui.QPen:
    p = pg.mkPen(color, width=width, style=style)
    p.setCosmetic(True)
    return p


def caption_label(theme: Theme) -> QLabel:
    """A one-line explanation above or below a plot."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.muted}; background: {theme.background}; padding: 2px 6px;")
    return label


class PlotPage(QStackedWidget):
    """One page of the plots panel: its content, or in its place a hint (``show_hint``).

    Subclasses fill :attr:`content`, and implement :meth:`rebuild` (a new
    experiment: reset per-experiment items) and :meth:`draw` (redraw from the
    workspace; cheap, called on every step while the page is shown).
    """

    key = ""
    """Name of the page in :meth:`PlotsPanel.export_widgets`."""
    title = ""
    """Tab label."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme
        self.content = QWidget()
        self.content.setStyleSheet(f"background: {theme.background};")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(0)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(f"color: {theme.muted}; background: {theme.background}; padding: 16px;")
        self.addWidget(self.content)
        self.addWidget(self.hint)

    @property
    def showing_hint(self) -> bool:
        return self.currentWidget() is self.hint

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.setCurrentWidget(self.hint)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def export_widget(self) -> QWidget:
        """What an export draws: the page as shown (plot or hint)."""
        return self

    def rebuild(self, workspace: Workspace) -> None:
        raise NotImplementedError

    def draw(self, workspace: Workspace) -> None:
        raise NotImplementedError


def raw_inputs(experiment: Experiment) -> int:
    """Columns of the raw data points (before features): the dimension of the input plane."""
    return int(experiment.data.points_train.shape[1])
