"""NetworkCanvas: the central view — the network drawn from a :class:`CanvasSource`, live.

The view holds one scene item that paints a :class:`NetworkPicture`. A
:meth:`~NetworkCanvas.refresh` reads the source (a :class:`Frame`), re-sorts the
edges into pen buckets and repaints; the layout is rebuilt only when the
network's shape changes. Hover shows a tooltip with the numbers of a unit or an
edge, a click selects it, a double-click on an edge or a unit asks for a new
weight or bias; wheel zooms, drag pans, a double-click on empty space fits.
"""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QLabel, QToolTip

from nnviz.qt.canvas import export
from nnviz.qt.canvas.edit_dialog import ask_new_value
from nnviz.qt.canvas.lane_names import LaneNames, name_scale
from nnviz.qt.canvas.paint import NetworkPicture
from nnviz.qt.canvas.text import READABLE_PX
from nnviz.qt.theme import LIGHT, Theme, ui_font
from nnviz.session.canvas.frame import LABELS, QUANTITIES, Frame, build_frame
from nnviz.session.canvas.label_scale import choose_label_scale
from nnviz.session.canvas.layout import Layout, LayoutOptions, build_layout
from nnviz.session.canvas.source import CanvasSource
from nnviz.session.canvas.tooltips import edge_tooltip, kernel_tooltip, unit_tooltip
from nnviz.session.step_view import StepView
from nnviz.session.wide_deep import find_lanes

CLICK_SLOP = 4
"""Pixels the mouse may move between press and release and still count as a click."""
EDGE_TOLERANCE = 5.0
"""Pixels from an edge that still hit it."""
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


class NetworkCanvas(QGraphicsView):
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

    def fit_to_view(self) -> None:
        """Zoom and pan so the whole network fits above the note's strip (when a note shows: it
        must not cover the legend); later resizes keep it fitted. In a view so small that the
        captions and the legend would be unreadable, they are laid out larger first
        (:mod:`nnviz.session.canvas.label_scale`)."""
        self._auto_fit = True
        if self.layout is None:
            return
        if self.source is not None and not self._fitting:
            self._fitting = True
            try:
                k = choose_label_scale(self._fit_with_label_scale, self.theme.font_scale, READABLE_PX)
                self._fit_with_label_scale(k)
            finally:
                self._fitting = False
        room = self.note_room()
        if self._lanes is not None:  # from the theme's size up: larger names widen the picture,
            self._place_lanes(self.layout_options.text_scale, force=True)  # which shrinks the zoom
        scale = self._fit_scale(room)
        for _ in range(6 if self._lanes is not None else 0):
            wanted = max(self._lanes.scale, name_scale(scale, self.layout_options.text_scale))
            if scale <= 0 or not self._place_lanes(wanted):
                break
            scale = self._fit_scale(room)
        if scale <= 0:
            return
        rect = self.item.rect
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center() + QPointF(0.0, room / (2 * scale)))

    def _fit_scale(self, room: float) -> float:
        """View pixels per scene pixel that fit the picture into the view above ``room``."""
        rect, vp = self.item.rect, self.viewport().rect()
        return min((vp.width() - 4) / rect.width(), (vp.height() - 4 - room) / rect.height())

    def _fit_with_label_scale(self, k: float) -> float:
        """Lay the picture out with label scale ``k`` (and draw it so); its fit scale."""
        if k != self.layout_options.label_scale:
            self.layout_options = replace(self.layout_options, label_scale=k)
            self._redraw()
        return self._fit_scale(self.note_room())

    def _place_lanes(self, scale: float, force: bool = False) -> bool:
        """Lay the lanes out with names at text scale ``scale``; ``False`` if nothing changed."""
        placed = self._lanes.place(scale, force)
        if placed is None:
            return False
        self.layout, self.picture.wide_lane = placed
        self._set_item_rect()
        return True

    def _set_item_rect(self) -> None:
        left, top, w, h = self.layout.bounds
        self.item.prepareGeometryChange()
        self.item.rect = QRectF(left, top, w, h)
        # A large scene rect lets the view pan freely beyond the picture.
        self.scene().setSceneRect(QRectF(left - 4 * w, top - 4 * h, 9 * w, 9 * h))

    def note_room(self) -> float:
        """Viewport pixels at the bottom kept for the note while it shows: room for two lines at least."""
        if self._note.isHidden():
            return 0.0
        two_lines = 2 * self._note.fontMetrics().lineSpacing() + 14
        return max(self._note.height(), two_lines) + 12.0

    def zoom_by(self, factor: float) -> None:
        self.scale(factor, factor)
        self._auto_fit = False

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

    # -- hit testing and numbers ---------------------------------------------------------------

    def item_at(self, pos: QPoint) -> tuple | None:
        """What is under the viewport point ``pos``: ``("unit", k, j)``, ``("edge", i)`` or ``None``."""
        if self.layout is None:
            return None
        p = self.mapToScene(pos)
        for g in self.layout.layers:
            hit = g.maps.kernel_at(p.x(), p.y()) if g.maps is not None else None
            if hit is not None:
                return ("kernel", g.index, *hit)
        unit = self.layout.unit_at(p.x(), p.y())
        if unit is not None:
            return ("unit", *unit)
        tolerance = EDGE_TOLERANCE / max(self.transform().m11(), 1e-6)
        edge = self.layout.edge_at(p.x(), p.y(), tolerance)
        return None if edge is None else ("edge", edge)

    def tooltip_for(self, item: tuple | None) -> str:
        if item is None or self.source is None:
            return ""
        if item[0] == "unit":
            return unit_tooltip(self.view, self.frame, item[1], item[2])
        if item[0] == "kernel":
            return kernel_tooltip(self.view, *item[1:])
        return edge_tooltip(self.view, self.layout, item[1])

    def mark_selection(self, layer: int | None, unit: int = 0, source: int | None = None) -> None:
        """Ring what was selected elsewhere (the matrices, a breakpoint), emitting nothing: unit
        ``unit`` of ``layer``, or with ``source`` the edge from it (the fan-in: the bias);
        ``layer`` ``None`` clears. An edge the layout does not draw marks its unit."""
        item = None
        # A layer the layout does not have yet: the network grew and its new layout comes next.
        if layer is not None and self.layout is not None and layer < len(self.layout.layers):
            item = ("unit", layer, unit)
            if source is not None and self.layout.layers[layer].maps is not None:
                item = ("kernel", layer, unit, source)
            elif source is not None:
                into = self.layout.edges_into(layer, unit)
                drawn = into[self.layout.edge_source[into] == source]
                item = ("edge", int(drawn[0])) if len(drawn) else item
        if item != self.picture.selection:
            self.picture.selection = item
            self._redraw()

    def select(self, item: tuple | None) -> None:
        """Select a unit or an edge (as a click does) and emit the matching signal."""
        self.picture.selection = item
        self._redraw()
        if item is None:
            return
        if item[0] == "unit":
            self.unit_selected.emit(item[1], item[2])
            return
        if item[0] == "kernel":
            self.edge_selected.emit(*item[1:])
            return
        k, j, src = self._edge_ids(item[1])
        if self.layout.is_bundle(item[1]):
            self.unit_selected.emit(k, j)
        else:
            self.edge_selected.emit(k, j, src)

    def edit(self, item: tuple | None) -> None:
        """Ask for a new value of an edge's weight, or of a unit's bias, and emit the request."""
        if item is None or self.source is None:
            return
        if item[0] == "kernel":
            k, j, src = item[1:]
        elif item[0] == "edge":
            k, j, src = self._edge_ids(item[1])
            if self.layout.is_bundle(item[1]):
                return
        else:
            k, j = item[1], item[2]
            if k == 0 or self.layout.is_bias(k, j):
                return
            if self.layout.layers[k].maps is not None:
                if self.view.exercise is not None:  # the exercise mode says what it covers
                    self.answer_requested.emit(k, j, -1)
                return  # a map cell has no weights of its own: its kernel's are beside the maps
            src = self.layout.sizes[k - 1]  # a unit's own number is its bias
        if self.view.exercise is not None:
            self.answer_requested.emit(k, j, src if item[0] == "edge" else -1)
            return
        value = ask_new_value(self, self.view, k, j, src, kernel=item[0] == "kernel")
        if value is not None:
            self.parameter_edit_requested.emit(k, j, src, value)

    def _edge_ids(self, i: int) -> tuple[int, int, int]:
        lay = self.layout
        return int(lay.edge_layer[i]), int(lay.edge_unit[i]), int(lay.edge_source[i])

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
