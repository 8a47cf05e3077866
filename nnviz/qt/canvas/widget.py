"""NetworkCanvas: the central view — the network drawn from a :class:`CanvasSource`, live.

The view holds one scene item that paints a :class:`NetworkPicture`. A
:meth:`~NetworkCanvas.refresh` reads the source (a :class:`Frame`), re-sorts the
edges into pen buckets and repaints; the layout is rebuilt only when the
network's shape changes. Hover shows a tooltip with the numbers of a unit or an
edge, a click selects it, a double-click on an edge or a unit asks for a new
weight or bias; wheel zooms, drag pans, a double-click on empty space fits.
Fitting the view is mixed in from :mod:`~nnviz.qt.canvas.fitting`, hit testing,
selection and edits from :mod:`~nnviz.qt.canvas.picking`.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QLabel, QToolTip

from nnviz.qt.canvas import export
from nnviz.qt.canvas.fitting import Fitting
from nnviz.qt.canvas.lane_names import LaneNames
from nnviz.qt.canvas.paint import NetworkPicture
from nnviz.qt.canvas.picking import Picking
from nnviz.qt.theme import LIGHT, Theme, ui_font
from nnviz.session.canvas.frame import LABELS, QUANTITIES, Frame, build_frame
from nnviz.session.canvas.layout import Layout, LayoutOptions, build_layout
from nnviz.session.canvas.source import CanvasSource
from nnviz.session.step_view import StepView
from nnviz.session.wide_deep import find_lanes

CLICK_SLOP = 4
"""Pixels the mouse may move between press and release and still count as a click."""
ZOOM_STEP = 1.15
LIVE_GAP = 0.25
"""Refreshes closer than this (seconds) are a live run: edges are drawn the quick way."""
SETTLE_MS = 300
"""After a live run, repaint in full quality this long after the last refresh."""


class _PictureItem(QGraphicsItem):
    """The one scene item: paints the prepared picture."""

    def __init__(self, picture: NetworkPicture):
        super().__init__()
        self.picture = picture
        self.rect = QRectF()
        self.paint_count = 0
        """How often Qt painted the item (the benchmark checks it really draws)."""

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        self.paint_count += 1
        self.picture.paint(painter, fast=True)


class NetworkCanvas(QGraphicsView, Fitting, Picking):
    """Draws the network of a :class:`CanvasSource` and follows its cursor."""

    unit_selected = Signal(int, int)
    """A unit was clicked: (layer 0..L, unit 0-based; the layer's size for its bias unit)."""
    edge_selected = Signal(int, int, int)
    """An edge was clicked: (layer 1..L it enters, unit, source unit in layer−1; the layer's fan-in
    for the bias, as :class:`~nnviz.session.selection.Selection` encodes it)."""
    parameter_edit_requested = Signal(int, int, int, float)
    answer_requested = Signal(int, int, int)
    """In the exercise mode a double-click asks for the learner's value of unit (layer, unit)
    (source −1) or of the weight from ``source`` (the fan-in: the bias) instead of editing it."""
    """The learner entered a new value: (layer, unit, source — the fan-in for the bias b — value)."""

    def __init__(self, source: CanvasSource | None = None, theme: Theme = LIGHT, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.source: CanvasSource | None = None
        self.layout: Layout | None = None
        self.frame: Frame | None = None
        self.view: StepView | None = None
        self.quantity = "auto"
        self.labels = "off"
        self.heatmaps: list | None = None
        self.layout_options = LayoutOptions(text_scale=theme.font_scale)
        self._layout_key = None
        self._lanes: LaneNames | None = None
        """A Wide&Deep network's lanes, else ``None``."""
        self._auto_fit = True
        self._fitting = False
        """Inside :meth:`fit_to_view`: a layout built meanwhile does not fit again."""
        self._press: QPoint | None = None
        self._live: bool | None = None
        self._last_refresh = float("-inf")
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)
        self.picture = NetworkPicture(theme)
        self.item = _PictureItem(self.picture)
        self.setScene(QGraphicsScene(self))
        self.scene().addItem(self.item)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(theme.q("background"))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self._note = QLabel(self.viewport())
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.RichText)
        self._note.hide()
        self._style_note()
        if source is not None:
            self.set_source(source)

    # -- public API ----------------------------------------------------------------------------

    def set_source(self, source: CanvasSource | None) -> None:
        """Draw ``source`` from now on (and redraw)."""
        self.source = source
        self.picture.selection = self.picture.hover = None
        self._redraw()

    def set_edge_quantity(self, quantity: str) -> None:
        """What edges encode: ``auto`` (follow the cursor), ``weight``, ``gradient`` or ``update``."""
        if quantity not in QUANTITIES:
            raise ValueError(f"unknown edge quantity {quantity!r}; expected one of {', '.join(QUANTITIES)}")
        self.quantity = quantity
        self._redraw()

    def set_labels(self, labels: str) -> None:
        """Number labels: ``off``, ``weights``, ``gradients``, ``updates`` (on edges) or ``activations``."""
        if labels not in LABELS:
            raise ValueError(f"unknown labels {labels!r}; expected one of {', '.join(LABELS)}")
        self.labels = labels
        self._redraw()

    def set_heatmaps(self, maps: list | None) -> None:
        """Per layer 0..L an array (units, H, W) of each unit's output over the input plane, or ``None``.

        See :func:`nnviz.core.heatmaps.unit_heatmaps`. Takes effect on the next refresh.
        """
        self.heatmaps = maps

    def set_layout_options(self, options: LayoutOptions) -> None:
        self.layout_options = replace(options, text_scale=self.theme.font_scale)
        self._layout_key = None
        self._redraw()

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme`` from now on (colours, font sizes, line widths), and redraw."""
        self.theme = theme
        self.picture.set_theme(theme)  # its unit painter holds pens of the theme
        self.layout_options = replace(self.layout_options, text_scale=theme.font_scale)
        self.setBackgroundBrush(theme.q("background"))
        self._style_note()
        self._redraw()

    def show_note(self, text: str) -> None:
        """Show ``text`` (e.g. the chain-rule sentence of the selection) under the network; empty hides it."""
        shown = not self._note.isHidden()
        self._note.setText(text)
        self._note.setVisible(bool(text))
        self._place_note()
        if self._auto_fit and shown != bool(text):
            self.fit_to_view()  # the network moves up to leave the note its strip, or takes it back

    def set_live(self, live: bool | None) -> None:
        """Force the quick edge drawing of live runs on or off; ``None``: decide by the refresh rate."""
        self._live = live
        self.picture.live = bool(live)
        self.item.update()

    def refresh(self) -> None:
        """Redraw from the source. Cheap: called after every step."""
        now = time.monotonic()
        if self._live is None:
            self.picture.live = now - self._last_refresh < LIVE_GAP
            if self.picture.live:
                self._settle.start()
        self._last_refresh = now
        self._redraw()

    def _redraw(self) -> None:
        source = self.source
        if source is None:
            self.layout = self.frame = self.view = self.picture.layout = None
            self.item.update()
            return
        self._ensure_layout(source)
        self.view = source.step_view()
        self.frame = build_frame(self.view, self.layout, self.quantity)
        self.picture.prepare(self.layout, self.frame, self.view, self.labels, self.heatmaps)
        self.item.update()

    @property
    def selection(self) -> tuple | None:
        """``("unit", layer, unit)``, ``("edge", edge index)`` or ``None``."""
        return self.picture.selection

    def render_image(self, scale: float = 1.0, transparent: bool = False):
        return export.render_image(self.picture, scale, transparent)

    def export_png(self, path: str, scale: float = 1.0, transparent: bool = False):
        """Save the whole network as PNG at ``scale`` (1–4) times its scene size; returns the QImage."""
        return export.export_png(self.picture, path, scale, transparent)

    def export_svg(self, path: str) -> None:
        """Save the whole network as SVG, painted by the same code as the screen."""
        export.export_svg(self.picture, path)

    # -- internals -----------------------------------------------------------------------------

    def _ensure_layout(self, source: CanvasSource) -> None:
        net = source.network
        names = tuple(getattr(source, "input_names", ()))
        lanes = find_lanes(net, names)
        columns = None if lanes is None else (tuple(lanes.columns), names)
        key = (
            tuple(net.sizes),
            tuple(layer.activation.name for layer in net.layers),
            self.layout_options,
            columns,
        )
        if key == self._layout_key:
            return
        same_network = self._layout_key is not None and self._layout_key[:2] == key[:2]
        same_network = same_network and self._layout_key[3] == key[3]
        self._layout_key = key
        self.layout = build_layout(net, self.layout_options)
        self.picture.wide_lane = None
        self._lanes = None
        if lanes is not None:  # Wide&Deep: the concat bar, its feeds and the names (wider bounds)
            self._lanes = LaneNames(lanes, names, self.layout)
            self._place_lanes(self.layout_options.text_scale, force=True)
        self._set_item_rect()
        if not same_network:  # a new label scale keeps what is selected
            self.picture.selection = self.picture.hover = None
        if self._auto_fit and not self._fitting:
            self.fit_to_view()

    def _on_settle_timeout(self) -> None:
        if self._live is None and self.picture.live:
            self.picture.live = False
            self.item.update()

    def _style_note(self) -> None:
        t = self.theme
        self._note.setFont(ui_font(t))
        self._note.setStyleSheet(
            f"QLabel {{ background: {t.callout}; color: {t.text}; border: 1px solid {t.empty_outline};"
            " border-radius: 6px; padding: 6px 10px; }"
        )

    def _place_note(self) -> None:
        vp = self.viewport()
        width = min(vp.width() - 24, 640)
        self._note.setFixedWidth(max(width, 100))
        self._note.adjustSize()
        self._note.move(12, vp.height() - self._note.height() - 12)

    def _set_hover(self, item: tuple | None) -> None:
        if item != self.picture.hover:
            self.picture.hover = item
            if self.layout is not None and self.layout.layers[0].kind == "grid" and self.source is not None:
                self.picture.field = self.picture.incoming_field(self.view)
            self.item.update()

    # -- Qt events -----------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_to_view()
        self._place_note()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(ZOOM_STEP**steps)

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > CLICK_SLOP:
            self._auto_fit = False
        if event.buttons() == Qt.MouseButton.NoButton:
            self._set_hover(self.item_at(event.position().toPoint()))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None and (pos - self._press).manhattanLength() <= CLICK_SLOP:
            if event.button() == Qt.MouseButton.LeftButton:
                self.select(self.item_at(pos))
        self._press = None

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.item_at(event.position().toPoint())
        if item is None:
            self.fit_to_view()
        else:
            self.edit(item)

    def leaveEvent(self, event) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_for(self.item_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
