"""The shared look of the plots: pyqtgraph plots in the theme's colours with readable axes, and a
page that shows either its plot or a hint saying why there is nothing to plot.

Every size here is the light theme's; a theme multiplies text by ``font_scale`` and lines by
``line_scale`` (the presentation theme: larger type, thicker curves)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QLabel, QStackedWidget, QVBoxLayout, QWidget

from nnviz.core.experiment import Experiment
from nnviz.qt.i18n import translate
from nnviz.qt.theme import Theme, ui_font
from nnviz.session.workspace import Workspace

TICK_PX = 11
LABEL_PT = 9.0
TITLE_PT = 10.0
MINOR_GAP = 1.3
"""A log axis labels two ticks only if they are this many text heights apart."""


def text_size(theme: Theme, points: float) -> str:
    """A pyqtgraph text size (``"13.5pt"``) for ``points`` at the light theme's scale."""
    return f"{points * theme.font_scale:.3g}pt"


def style_plot(plot: pg.PlotItem, theme: Theme, title: str, x_label: str, y_label: str) -> None:
    """Title, axis labels and ticks in the theme's colours, faint horizontal grid lines (the texts
    are English sources marked in context ``plots``, shown in the current language)."""
    title, x_label, y_label = (translate("plots", text) if text else text for text in (title, x_label, y_label))
    if title:  # an empty title would still take a row of space
        plot.setTitle(title, color=theme.text, size=text_size(theme, TITLE_PT))
    font = theme.font(TICK_PX)
    for name, label in (("left", y_label), ("bottom", x_label)):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.outline, width=theme.line_scale))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setTickFont(font)
        # No units are shown, and on a log axis the prefix arithmetic overflows for a diverged run.
        axis.enableAutoSIPrefix(False)
        if label:
            axis.setLabel(label, color=theme.text, **{"font-size": text_size(theme, LABEL_PT)})
    # Horizontal major grid lines only: grid lines are most of the cost of repainting a plot.
    plot.showGrid(x=False, y=True, alpha=0.2)
    plot.getAxis("left").setStyle(maxTickLevel=0)
    plot.setMenuEnabled(False)
    plot.hideButtons()


class CountAxis(pg.AxisItem):
    """An axis of whole numbers (iterations): no ticks between them, so the second iteration is
    not flanked by "1.5" and "2.5"."""

    def tickSpacing(self, minVal, maxVal, size):  # pyqtgraph override
        levels = [
            (spacing, offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size) if spacing >= 1
        ]
        return levels or [(1.0, 0.0)]


class LogAxis(pg.AxisItem):
    """A log axis that labels its 2…9 ticks only where they do not crowd: with two decades on a
    short axis "0.08", "0.09" and "0.1" overlap. Then only 2 and 5 are labelled, or the decades alone."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # pyqtgraph override
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        if maxVal <= minVal:
            return levels
        per_decade = size / (maxVal - minVal)
        room = MINOR_GAP * QFontMetricsF(self.style["tickFont"] or self.font()).height()
        if per_decade * math.log10(10 / 9) >= room:  # the 9 and 10 ticks are the closest pair
            return levels
        lows = range(math.floor(minVal), math.ceil(maxVal) + 1)
        decades = [float(v) for v in lows if minVal <= v <= maxVal]
        twos_fives = [v + math.log10(m) for v in lows for m in (2, 5) if minVal <= v + math.log10(m) <= maxVal]
        if per_decade * math.log10(2) >= room:  # 1, 2, 5, 10: the closest pairs are 1–2 and 5–10
            return [(1.0, decades), (None, twos_fives)]
        return [(1.0, decades)] if len(decades) >= 2 else levels


def make_plot_widget(
    theme: Theme, title: str, x_label: str, y_label: str, *, count_x: bool = False, log_y: bool = False
) -> pg.PlotWidget:
    """A themed plot (``count_x``: its x axis counts, e.g. iterations: whole-number ticks only;
    ``log_y``: a :class:`LogAxis` on the left, for a plot shown on a log scale)."""
    pg.setConfigOptions(antialias=True)  # smooth curves on projectors and high-DPI screens
    axes = {}
    if count_x:
        axes["bottom"] = CountAxis("bottom")
    if log_y:
        axes["left"] = LogAxis("left")
    widget = pg.PlotWidget(background=theme.background, axisItems=axes or None)
    style_plot(widget.getPlotItem(), theme, title, x_label, y_label)
    return widget


def set_quick(widget: QWidget, quick: bool, still=()) -> None:
    """Paint every plot in ``widget`` the quick way while ``quick`` (a live run), else as usual.

    Quick: curves without antialiasing (about twice as fast); axes, legends and the
    items in ``still`` (ones that do not change during a run) kept as pixmaps, so a frame
    in which only the data moves does not draw them again; and a plot on an opaque
    background declared opaque, so that redrawing it does not repaint the panels
    under it first. Exported figures are drawn in full quality either way.
    """
    antialias = not quick and bool(pg.getConfigOption("antialias"))
    mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if quick else QGraphicsItem.CacheMode.NoCache
    for view in widget.findChildren(pg.GraphicsView):
        brush = view.backgroundBrush()
        opaque = brush.style() == Qt.BrushStyle.SolidPattern and brush.color().alpha() == 255
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, quick and opaque)
        for item in view.items():
            if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem)) and item.opts["antialias"] != antialias:
                item.opts["antialias"] = antialias
                item.update()
            elif isinstance(item, (pg.AxisItem, pg.LegendItem)):
                item.setCacheMode(mode)
    for item in still:
        item.setCacheMode(mode)


def layer_name(k: int, n_layers: int) -> str:
    """ "layer k", or "layer k (output)" for the last of ``n_layers``, in the current language."""
    if k == n_layers:
        return translate("plots", "layer {k} (output)").format(k=k)
    return translate("plots", "layer {k}").format(k=k)


def make_layout_widget(theme: Theme) -> pg.GraphicsLayoutWidget:
    pg.setConfigOptions(antialias=True)
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground(theme.background)
    return widget


def add_legend(plot: pg.PlotItem, theme: Theme, offset=(-8, 8), columns: int = 1) -> pg.LegendItem:
    return plot.addLegend(
        offset=offset,
        colCount=columns,
        labelTextColor=theme.text,
        labelTextSize=text_size(theme, LABEL_PT),
        brush=pg.mkBrush(theme.q("background", 215)),
        pen=pg.mkPen(theme.empty_outline),
        verSpacing=-4,
    )


def pen(
    color: str, width: float = 1.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine, *, theme: Theme | None = None
) -> pg.QtGui.QPen:
    """A cosmetic pen (width in screen pixels), ``width`` × the theme's ``line_scale``."""
    p = pg.mkPen(color, width=width * (theme.line_scale if theme is not None else 1.0), style=style)
    p.setCosmetic(True)
    return p


def caption_label(theme: Theme) -> QLabel:
    """A one-line explanation above or below a plot."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(caption_style(theme))
    return label


def caption_style(theme: Theme) -> str:
    """Style sheet of a caption label: muted text on the plot's background."""
    return f"color: {theme.muted}; background: {theme.background}; padding: 2px 6px;"


def hint_style(theme: Theme) -> str:
    """Style sheet of the hint shown instead of a plot."""
    return f"color: {theme.muted}; background: {theme.background}; padding: 16px;"


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
        self.live = False
        """A live run is drawing: long curves may be thinned to what the plot's pixels show."""
        self.setFont(ui_font(theme))
        self.content = QWidget(objectName="plot_page_content")
        # Only the page's own background: a bare "background" would reach every child, and a check
        # box's square would take the page's colour and vanish in the dark theme.
        self.content.setStyleSheet(f"QWidget#plot_page_content {{ background: {theme.background}; }}")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(0)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(hint_style(theme))

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

    def adopt(self, old: PlotPage) -> None:
        """Take over the learner's choices (log scale, layer…) from ``old``, the page of the same
        kind this one replaces when the theme changes."""

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
