"""Painting the network: one function of (layout, frame) used on screen, in PNG and in SVG.

:class:`NetworkPicture` is prepared once per refresh (edge buckets, unit
records, images, label lists) and painted as often as Qt asks (hover, zoom).
Painting takes a ``QPainter`` in scene coordinates, so the widget, the PNG
export and the ``QSvgGenerator`` export share every line of it and show the
same picture.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from nnviz.qt.canvas.edges import EdgeBatch
from nnviz.qt.canvas.heat import HeatImages
from nnviz.qt.canvas.legend import legend_key, legend_rect, paint_legend, paint_legend_body, paint_legend_sample
from nnviz.qt.canvas.maps import MapPainter
from nnviz.qt.canvas.stamp import Stamp
from nnviz.qt.canvas.text import MIN_PX, device_px, draw_text
from nnviz.qt.canvas.units import CORNER, UnitPainter, prepare_units, unit_marks
from nnviz.qt.canvas.wide_lane import paint_lanes, paint_names
from nnviz.qt.plots.colors import class_colors, hex_rgb
from nnviz.qt.theme import Theme
from nnviz.session.canvas.frame import SYMBOL, Frame, edge_matrices, fmt
from nnviz.session.canvas.labels import Placement, UnitText, place_edge_labels, place_unit_labels
from nnviz.session.canvas.layout import GRID, Layout
from nnviz.session.canvas.margins import CAPTION_PX
from nnviz.session.canvas.readable import readable_scale
from nnviz.session.canvas.wide_lane import WideLaneGeometry
from nnviz.session.step_view import StepView

Array = np.ndarray
DIM_ALPHA = 70
EDGE_LABELS_MAX = 40
"""Label every edge of a layer up to this many drawn edges; beyond, only emphasised ones."""
HALO_MAX = 48
"""The cursor's edges get a halo up to this many; more (the 130 edges into a digits CNN's output,
where the halo sets nothing apart) are drawn plain: their halos took 30–150 ms a paint."""
LABEL_QUANTITY = {"weights": "weight", "gradients": "gradient", "updates": "update"}
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def to_qimage(rgba: Array) -> QImage:
    """An owning QImage of an (H, W, 4) uint8 array."""
    rgba = np.ascontiguousarray(rgba)
    h, w, _ = rgba.shape
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


HEAD_MARGIN = 120.0
"""Scene units the stamp of the captions and bias units leaves around them: captions are centred
on their layers and may stick out of the picture's bounds."""


def heads_rect(layout: Layout) -> QRectF:
    """The part of the scene the layers' captions and bias units are painted in, with a margin."""
    left, _, width, _ = layout.bounds
    bottom = max((g.bias[1] for g in layout.layers if g.bias is not None), default=layout.caption_y)
    top = layout.caption_y + min(g.caption_dy for g in layout.layers) - HEAD_MARGIN / 4
    return QRectF(left - HEAD_MARGIN, top, width + 2 * HEAD_MARGIN, bottom + HEAD_MARGIN / 4 - top)


def heads_key(layout: Layout) -> tuple:
    """What the captions and bias units of ``layout`` look like, apart from the cursor and the marks."""
    captions = ((g.caption, g.x, g.radius, g.bias, g.caption_dy) for g in layout.layers)
    return (layout.caption_y, layout.label_scale, *captions)


class NetworkPicture:
    """Everything one refresh draws, prepared for repeated painting."""

    def __init__(self, theme: Theme):
        self.layout: Layout | None = None
        self.frame: Frame | None = None
        self.hover: tuple | None = None
        self.selection: tuple | None = None
        self.live = False
        """Painting for a live run: wide edges without antialiasing (screen only)."""
        self.heat = HeatImages()
        self.callout: tuple[int, int, list[str]] | None = None
        """``(layer, unit, lines)`` of the cursor's callout, decided with the placement."""
        self._legend = Stamp()
        """The legend while running: it changes with the edge quantity and its scale only."""
        self._heads = Stamp()
        """The layers' captions and bias units while running: they change with the cursor's layer only."""
        self.wide_lane: WideLaneGeometry | None = None
        """A Wide&Deep network's concat bar, feeds and names (set with the layout), else ``None``."""
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.units_painter = UnitPainter(theme)
        self.maps = MapPainter(theme)

    def prepare(
        self,
        layout: Layout,
        frame: Frame,
        view: StepView,
        labels: str,
        heatmaps: list[Array] | None,
    ) -> None:
        self.layout, self.frame, self.labels = layout, frame, labels
        theme = self.theme
        focus = np.zeros(len(frame.edge_values), dtype=bool)
        focus[frame.focus_edges] = True
        alpha = DIM_ALPHA if focus.any() or frame.focus_units else 255
        rest = ~focus
        values, scale, widths = frame.edge_values, frame.edge_scale, layout.edge_width_scale
        self.edges = EdgeBatch(layout.lines[rest], values[rest], scale, widths[rest], theme, alpha)
        self.focus = EdgeBatch(layout.lines[focus], values[focus], scale, widths[focus], theme, 255)
        self._in_focus = focus
        self._local = np.where(focus, np.cumsum(focus) - 1, np.cumsum(rest) - 1)
        self.grid_image = self._grid_image(layout, frame)
        activations = [lv.activation for lv in view.layers]
        class_rgb = None
        if activations[-1] == "softmax":
            class_rgb = np.array([hex_rgb(c) for c in class_colors(theme, layout.class_outputs)], dtype=float)
        heat = self.heat.update(theme, layout, heatmaps, activations, class_rgb)
        self.units = prepare_units(layout, frame, theme, labels, heat, class_rgb)
        self.placement = self._place(layout, frame, labels)
        self.edge_labels = self._edge_labels(layout, frame, view, labels)
        self.field = self.incoming_field(view)
        self.maps.prepare(layout, frame, view, labels)

    def edge_pen(self, i: int) -> QPen:
        """The pen drawn edge ``i`` of the layout is painted with (colour and width: its encoding)."""
        batch = self.focus if self._in_focus[i] else self.edges
        return batch.pen_of(int(self._local[i]))

    # -- preparation ---------------------------------------------------------------------------

    def _grid_image(self, layout: Layout, frame: Frame) -> QImage | None:
        g = layout.layers[0]
        if g.kind != GRID or not np.isfinite(frame.fill[0]).all():
            return None
        rows, cols = g.grid[0], g.grid[1]
        return to_qimage(self.theme.lut[self.theme.lut_index(frame.fill[0].reshape(rows, cols))])

    def _edge_labels(self, layout: Layout, frame: Frame, view: StepView, labels: str) -> list:
        q = LABEL_QUANTITY.get(labels)
        if q is None:
            return []
        mats = edge_matrices(view, q, layout.layers[0].kind == GRID)
        values = np.concatenate([m.ravel() for m in mats])[layout.edge_gather]
        picked = np.zeros(len(values), dtype=bool)
        for k in range(1, layout.n_layers + 1):
            idx = layout.edges_into(k)
            if len(idx) <= EDGE_LABELS_MAX:
                picked[idx] = True
        picked[frame.focus_edges] = True
        if self.selection and self.selection[0] == "edge":
            picked[self.selection[1]] = True
        picked &= ~layout.bundle_edges & np.isfinite(values)
        focused = set(frame.focus_edges.tolist())
        order = sorted(np.flatnonzero(picked).tolist(), key=lambda i: i not in focused)
        texts = [(i, fmt(float(values[i]), 2), i in focused) for i in order]
        return place_edge_labels(layout, texts, self.placement, self.theme.font_scale)

    def callout_lines(self, frame: Frame) -> tuple[int, int, list[str]] | None:
        """``(layer, unit, lines)`` of the callout beside the unit the cursor is on: its z and a
        (forward) or its δ (backward); ``None`` when there is none."""
        event = frame.event
        if self.labels == "none" or not event or event.phase not in ("forward", "backward") or event.unit is None:
            return None
        k, j = event.layer, event.unit
        if self.layout.layers[k].position(j) is None:
            return None
        values = (
            [("z", frame.z[k][j]), ("a", frame.a[k][j])]
            if event.phase == "forward"
            else [("δ", frame.delta[k][j])]
        )
        shown = [(name, v) for name, v in values if np.isfinite(v)]  # a softmax a comes at the last unit
        if not shown:
            return None
        return k, j, [f"{name} = {fmt(float(v), 3)}" for name, v in shown]

    def _place(self, layout: Layout, frame: Frame, labels: str) -> Placement:
        """Where every unit's badges, the callout and the loss box go (see :mod:`nnviz.session.canvas.labels`);
        the unit the callout describes drops the badge that would repeat it."""
        callout = self.callout = self.callout_lines(frame)
        skip = None if callout is None else ("text" if frame.event.phase == "forward" else "delta", callout[:2])
        texts = []
        for u in self.units:
            repeated = skip is not None and skip[1] == (u.layer, u.unit)
            value = "" if repeated and skip[0] == "text" else u.text
            delta = "" if repeated and skip[0] == "delta" else u.delta
            texts.append(UnitText(u.layer, u.unit, u.x, u.y, u.r, u.heat is not None, value, delta, u.z))
        placement = place_unit_labels(layout, texts, self.theme.font_scale, callout)
        for u in self.units:
            key = (u.layer, u.unit)
            u.value_at, u.delta_at, u.z_at = (
                placement.value_at.get(key),
                placement.delta_at.get(key),
                placement.z_at.get(key),
            )
        return placement

    def incoming_field(self, view: StepView) -> tuple | None:
        """``(unit, image)``: the incoming row of the selected, hovered or current unit of the first
        dense layer on an image-grid input (layer 1, or layer 2 behind a flatten of the picture),
        shown under the grid: what that unit looks for."""
        layout, frame = self.layout, self.frame
        g, kinds = layout.layers[0], [layer.kind for layer in view.network.layers]
        k = 1 if kinds[0] == "dense" else 2 if kinds[:2] == ["flatten", "dense"] else None
        if g.kind != GRID or k is None:
            return None
        unit = None
        candidates = [self.selection, self.hover]
        if frame.focus_units:
            candidates.append(("unit", *frame.focus_units[0]))
        for item in candidates:
            if item and item[0] == "unit" and item[1] == k and not layout.is_bias(k, item[2]):
                unit = item[2]
                break
            if item and item[0] == "edge" and layout.edge_layer[item[1]] == k:
                unit = int(layout.edge_unit[item[1]])
                break
        if unit is None:
            return None
        row = edge_matrices(view, frame.quantity, False)[k - 1][unit, : g.n]
        if not np.isfinite(row).all():
            return unit, None
        scale = float(np.abs(row).max()) or 1.0
        return unit, to_qimage(self.theme.lut[self.theme.lut_index(row.reshape(g.grid[0], g.grid[1]) / scale)])

    # -- painting ------------------------------------------------------------------------------

    def paint(self, p: QPainter, fast: bool = False) -> None:
        """Paint in scene coordinates; ``fast`` (screen only) may stamp cached pixmaps."""
        if self.layout is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        layout, frame, theme = self.layout, self.frame, self.theme
        self.edges.paint(p, fast=fast and self.live)
        self._paint_answer_edges(p)
        self._paint_marked_edges(p)
        halo = theme.q("background", 200) if len(self.focus) <= HALO_MAX else None
        self.focus.paint(p, halo=halo, fast=fast and self.live)
        if self.wide_lane is not None:
            paint_lanes(p, self.wide_lane, theme)
        marks = unit_marks(self.selection, self.hover)
        if fast and self.live:
            bias_marks = tuple(marks.get((g.index, g.n)) for g in layout.layers)
            key = (theme, self._current_layer(), bias_marks, *heads_key(layout))
            self._heads.paint(p, heads_rect(layout), key, lambda q: self.paint_heads(q, marks))
        else:
            self.paint_heads(p, marks)
        up = self.units_painter
        for g in layout.layers:
            if g.kind == GRID:
                up.paint_grid(p, g, self.grid_image, marks)
                if self.field is not None:
                    up.paint_field(p, g, self.field[0], self.field[1], SYMBOL[frame.quantity])
            up.paint_ellipsis(p, g)
        self.maps.paint(p, layout, marks, ((self.hover, "muted"), (self.selection, "selection")))
        up.paint(p, self.units, set(frame.focus_units), marks, fast)
        if self.wide_lane is not None:
            paint_names(p, self.wide_lane, theme)
        up.paint_answers(p, self.units, frame.answer_units)
        # Each box goes with its text when that would be too small to draw: nothing, not empty frames.
        self._paint_edge_labels(p)
        self._paint_callout(p)
        self._paint_loss(p)
        if device_px(p, theme.font(10)) * layout.label_scale < MIN_PX:
            return  # a legend whose text would not be drawn (it is painted label_scale times larger)
        if fast and self.live:
            key = legend_key(theme, layout, frame)
            at = self._legend.paint(
                p, legend_rect(layout), key, lambda q: paint_legend_body(q, theme, layout, frame)
            )
            paint_legend_sample(p, theme, layout, frame, at)
        else:
            paint_legend(p, theme, layout, frame)

    def _paint_answer_edges(self, p: QPainter) -> None:
        """The exercise mode's verdicts on weights: a band of the verdict's colour under the edge."""
        for i, mark in self.frame.answer_edges.items():
            x0, y0, x1, y1 = self.layout.lines[i]
            pen = QPen(self.theme.q(mark, 170), 6.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def _paint_marked_edges(self, p: QPainter) -> None:
        for mark, color in ((self.hover, "muted"), (self.selection, "selection")):
            if mark and mark[0] == "edge":
                x0, y0, x1, y1 = self.layout.lines[mark[1]]
                pen = QPen(self.theme.q(color, 150), 7.0)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(pen)
                p.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def _current_layer(self) -> int | None:
        """The layer the cursor is on (its caption is bold)."""
        event = self.frame.event
        return event.layer if event and event.phase != "loss" else None

    def paint_heads(self, p: QPainter, marks: dict) -> None:
        """The caption over each layer and its bias unit ``+1``."""
        theme, current = self.theme, self._current_layer()
        # Zoomed out to fit a small window, the captions grow to stay readable (there is room above);
        # laid out larger (the layout's label scale) where the canvas could make room for them.
        zoom = abs(p.worldTransform().m22())
        px = CAPTION_PX * max(readable_scale(CAPTION_PX * theme.font_scale, zoom), self.layout.label_scale)
        for g in self.layout.layers:
            bold = g.index == current
            color = theme.q("text" if bold else "muted")
            draw_text(p, g.x, self.layout.caption_y + g.caption_dy, g.caption, theme.font(px, bold), color)
            if g.bias is not None:
                self.units_painter.paint_bias(p, g, marks.get((g.index, g.n)))

    def _paint_edge_labels(self, p: QPainter) -> None:
        theme = self.theme
        f = theme.font(10)
        if device_px(p, f) < MIN_PX:
            return  # their boxes go with their text
        s = theme.font_scale
        for x, y, text, focused, _ in self.edge_labels:
            w = (6.0 + 6.0 * len(text)) * s
            rect = QRectF(x - w / 2, y - 7 * s, w, 14 * s)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.q("background", 235 if focused else 200))
            p.drawRoundedRect(rect, 4, 4)
            draw_text(p, x, y, text, f, theme.q("text" if focused else "muted"))

    def _paint_callout(self, p: QPainter) -> None:
        """``z`` and ``a`` (forward) or ``δ`` (backward) of the unit the cursor is on, where
        :meth:`_place` found room."""
        callout, rect = self.callout, self.placement.callout  # decided once per refresh, not per paint
        if callout is None or rect is None or device_px(p, self.theme.font(11)) < MIN_PX:
            return
        theme, s = self.theme, self.theme.font_scale
        rect = QRectF(*rect)
        # A short leader from the unit to its callout, so it is never read as a neighbour's.
        k, j = callout[0], callout[1]
        x, y = self.layout.layers[k].position(j)
        r = self.layout.layers[k].radius
        to = QPointF(min(max(x, rect.left()), rect.right()), min(max(y, rect.top()), rect.bottom()))
        dx, dy = to.x() - x, to.y() - y
        reach = max(abs(dx), abs(dy)) or 1.0
        p.setPen(QPen(theme.q("highlight"), 1.6))
        p.drawLine(QPointF(x + dx / reach * r, y + dy / reach * r), to)
        p.setPen(QPen(theme.q("highlight"), 1.2))
        p.setBrush(theme.q("callout", 245))
        p.drawRoundedRect(rect, CORNER, CORNER)
        f = theme.font(11)
        for i, line in enumerate(callout[2]):
            draw_text(p, rect.left() + 8, rect.top() + (11 + 16 * i) * s, line, f, theme.q("text"), align="left")

    def _paint_loss(self, p: QPainter) -> None:
        frame, theme = self.frame, self.theme
        font = theme.font(12 * self.layout.label_scale)
        if device_px(p, font) < MIN_PX:
            return
        rect = QRectF(*self.placement.loss)
        focused = frame.event is not None and frame.event.phase == "loss"
        p.setPen(QPen(theme.q("highlight" if focused else "outline"), 2.0 if focused else 1.0))
        p.setBrush(theme.q("halo", 170) if focused else theme.q("callout"))
        p.drawRoundedRect(rect, CORNER, CORNER)
        text = frame.loss_label() if self.labels != "none" else "L"
        draw_text(p, rect.center().x(), rect.center().y(), text, font, theme.q("text"))
