"""Painting image layers: feature maps as small images, kernels beside them, the sliding window.

:class:`MapPainter` is prepared once per refresh from the frame (one QImage per
map, one per kernel, the cells' numbers when they fit) and paints in scene
coordinates, so screen, PNG and SVG share it. Geometry comes from
:mod:`nnviz.session.canvas.maps`; what is revealed comes from the frame (NaN: not
yet computed, drawn empty).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nnviz.qt.canvas.text import draw_text
from nnviz.qt.plots.colors import hex_rgb
from nnviz.qt.theme import Theme
from nnviz.session.canvas.frame import Frame, nice_ceiling, short
from nnviz.session.canvas.layout import GRID, MAPS, LayerGeometry, Layout
from nnviz.session.canvas.maps import window
from nnviz.session.step_view import StepView

Array = np.ndarray
NUMBER_PX = 9.0
"""Font size of the numbers inside cells."""
KERNEL_SYMBOL = {"weight": "K", "gradient": "∂L/∂K", "update": "ΔK"}


def cell_image(theme: Theme, fill: Array) -> QImage:
    """An (H, W) image of values in [−1, 1] in the theme's colour map. NaN cells (not computed yet)
    are the empty colour tinted towards the outline, so they never read as a computed 0."""
    return cell_images(theme, fill[None])[0]


def cell_images(theme: Theme, fills: Array) -> list[QImage]:
    """:func:`cell_image` of each of ``fills`` (C, H, W), coloured in one pass (a frame of the digits
    CNN makes 24 of them)."""
    rgba = theme.lut[theme.lut_index(fills)]
    rgba[~np.isfinite(fills)] = _empty_rgba(theme)
    rgba = np.ascontiguousarray(rgba.astype(np.uint8))
    _, h, w, _ = rgba.shape
    return [QImage(plane.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy() for plane in rgba]


@functools.cache
def _empty_rgba(theme: Theme) -> tuple[int, int, int, int]:
    empty = 0.8 * np.array(hex_rgb(theme.empty_fill)) + 0.2 * np.array(hex_rgb(theme.outline))
    return (*(int(v) for v in empty.round()), 255)


@dataclass
class MapLayerDraw:
    """One image layer prepared: its maps' images, its kernels' images, the numbers that fit."""

    geometry: LayerGeometry
    maps: list[QImage]
    kernels: list[list[QImage]] = field(default_factory=list)
    numbers: list[tuple[QRectF, str, bool]] = field(default_factory=list)
    """(cell rect, text, light text) of each revealed cell large enough for its number."""


@dataclass
class Window:
    """What the cursor's event at a conv or pool cell outlines: the output cell, the input cells it
    reads (one rect per input map) and a max-pool's winner."""

    cell: QRectF
    inputs: list[QRectF]
    winner: QRectF | None = None
    kernel: int | None = None
    """The kernel (map) of a conv layer whose weights slide."""
    layer: int = 0
    circle: bool = False
    """The output is a unit (flatten), drawn as a circle, not a cell."""


class MapPainter:
    """Prepares and paints every image layer of a layout (grids of one channel included)."""

    def __init__(self, theme: Theme):
        self.theme = theme
        self.layers: list[MapLayerDraw] = []
        self.window: Window | None = None
        self.map_symbol = "a"
        """What the maps show: ``a``, or ``δ = ∂L/∂z`` in the backward pass."""
        self.kernel_symbol: dict[int, str] = {}
        """Per conv layer what its kernel images show: ``K``, ``∂L/∂K`` or ``ΔK``."""

    def prepare(self, layout: Layout, frame: Frame, view: StepView, labels: str) -> None:
        theme, s = self.theme, self.theme.font_scale
        self.layers = []
        # In the backward pass the maps show δ: max-pool routing and the ReLU mask appear as zeros.
        backward = frame.phase == "backward"
        self.map_symbol = "δ = ∂L/∂z" if backward else "a"
        for g in layout.layers:
            if g.kind not in (GRID, MAPS):
                continue
            fill = frame.fill[g.index]
            values = frame.a[g.index]
            if g.kind == GRID:
                images = []  # the grid's image is painted by the unit painter
                cell = g.grid[4]
            else:
                m = g.maps
                if backward and g.index > 0:
                    fill, values = self._delta_fill(view, g.index, frame)
                images = cell_images(theme, fill.reshape(m.channels, m.rows, m.cols))
                cell = m.cell
            draw = MapLayerDraw(g, images)
            draw.kernels = self._kernels(g, view, frame.quantity)
            width = 0.62 * NUMBER_PX * s * 5 + 2  # "−0.08"
            if labels != "none" and cell >= width and cell >= NUMBER_PX * s * 1.6:  # only where they fit
                for j in np.flatnonzero(np.isfinite(values)).tolist():
                    x, y, c, _ = _cell_rect(g, j)
                    draw.numbers.append((QRectF(x, y, c, c), short(float(values[j])), abs(fill[j]) > 0.55))
            self.layers.append(draw)
        self.window = self._window(layout, frame, view)

    @staticmethod
    def _delta_fill(view: StepView, k: int, frame: Frame) -> tuple[Array, Array]:
        """(fill in [−1, 1], values) of layer ``k``'s δ for the traced sample, on one scale for the
        layer (its δ over the whole batch, revealed or not, so the colours do not jump while stepping)."""
        delta = frame.delta[k]
        whole = view.layers[k - 1].trace.delta
        scale = nice_ceiling(float(np.abs(whole).max())) if whole is not None and whole.size else 1.0
        return np.clip(delta / scale, -1.0, 1.0), delta

    def _kernels(self, g: LayerGeometry, view: StepView, quantity: str) -> list[list[QImage]]:
        """Each kernel's weights (``quantity`` ``gradient``: ∂L/∂K, ``update``: ΔK, as the edges
        show them) as images, on one symmetric scale per layer; NaN (not yet revealed) tinted."""
        m = g.maps
        if m is None or m.kernel is None:
            return []
        lv = view.layers[g.index - 1]
        params = {"gradient": lv.gradient, "update": lv.step}.get(quantity, lv.parameters)  # [K | b]
        K = params[:, :-1].reshape(m.channels, *m.kernel)
        scale = float(np.nanmax(np.abs(K))) if np.isfinite(K).any() else 1.0
        self.kernel_symbol[g.index] = KERNEL_SYMBOL.get(quantity, "K")
        return [cell_images(self.theme, kernel / (scale or 1.0)) for kernel in K]

    def _window(self, layout: Layout, frame: Frame, view: StepView) -> Window | None:
        event = frame.event
        if event is None or event.unit is None or event.phase not in ("forward", "backward"):
            return None
        k = event.layer
        g, below = layout.layers[k], layout.layers[k - 1]
        net = view.network
        layer = net.layers[k - 1]
        if layer.kind == "flatten" and below.kind in (GRID, MAPS):
            return self._flatten_source(g, below, event.unit, k)
        if g.maps is None:
            return None
        in_shape = net.input_shape if k == 1 else net.shapes[k - 2]
        box = None if event.cell is None else window(layer, event.cell, in_shape)
        if box is None:
            return None
        r0, c0, nr, nc = box
        channels = range(in_shape[0]) if layer.kind == "conv2d" else [event.cell[0]]
        inputs = [_cells_rect(below, c, r0, c0, nr, nc) for c in channels]
        out = Window(QRectF(*g.maps.cell_rect(event.unit)), inputs, layer=k)
        if layer.kind == "conv2d":
            out.kernel = event.cell[0]
        lv = view.layers[k - 1]
        winners = getattr(lv, "winners", None)
        if winners is not None and view.trace is not None:
            w = int(winners[view.row].reshape(-1)[event.unit])
            if w >= 0:
                out.winner = _cells_rect(below, event.cell[0], w // in_shape[2], w % in_shape[2], 1, 1)
        return out

    @staticmethod
    def _flatten_source(g: LayerGeometry, below: LayerGeometry, unit: int, k: int) -> Window | None:
        """Flatten's value ``unit`` is cell ``unit`` of the maps below (map by map, row by row)."""
        position = g.position(unit)
        if position is None:
            return None
        if below.maps is not None:
            per_map = below.maps.rows * below.maps.cols
            c, rest = divmod(unit, per_map)
            source = _cells_rect(below, c, rest // below.maps.cols, rest % below.maps.cols, 1, 1)
        else:
            cols = below.grid[1]
            source = _cells_rect(below, 0, unit // cols, unit % cols, 1, 1)
        x, y = position
        return Window(
            QRectF(x - g.radius, y - g.radius, 2 * g.radius, 2 * g.radius), [source], layer=k, circle=True
        )

    # -- painting ------------------------------------------------------------------------------

    def paint(self, p: QPainter, layout: Layout, marks: dict, picked: tuple = ()) -> None:
        """Paint the image layers; ``marks`` ring map cells, ``picked`` ``(item, colour)`` pairs ring
        a kernel weight (``("kernel", layer, kernel, source)``, hovered or selected)."""
        theme = self.theme
        outline = QPen(theme.q("outline"), 1.0)
        for d in self.layers:
            g = d.geometry
            if g.unroll is None:
                nxt = layout.layers[g.index + 1] if g.index + 1 < len(layout.layers) else None
                if nxt is not None and nxt.unroll is not None:
                    self._paint_unroll(p, nxt.unroll)
            for c, image in enumerate(d.maps):
                rect = QRectF(*g.maps.rect(c))
                p.drawImage(rect, image)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(outline)
                p.drawRect(rect)
            if d.kernels:
                self._paint_kernel_symbol(p, g)
            if g.maps is not None and g.index > 0:
                left, y = float(g.maps.lefts.min()), g.maps.top - 8 * theme.font_scale
                draw_text(p, left, y, self.map_symbol, theme.font(9), theme.q("muted"), "left")
            for c, kernel in enumerate(d.kernels):
                for ch, image in enumerate(kernel):
                    rect = QRectF(*g.maps.kernel_rect(c, ch))
                    p.drawImage(rect, image)
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.setPen(QPen(theme.q("muted"), 0.8))
                    p.drawRect(rect)
            self._paint_numbers(p, d)
            if g.maps is not None:
                for (k, j), mark in marks.items():
                    if k == g.index and j < g.n:
                        p.setPen(QPen(theme.q(mark), 2.0))
                        p.drawRect(QRectF(*g.maps.cell_rect(j)))
        self._paint_window(p, layout)
        for item, color in picked:
            if item and item[0] == "kernel":
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(theme.q(color), 2.0))
                p.drawRect(QRectF(*layout.layers[item[1]].maps.weight_rect(item[2], item[3])))

    def _paint_kernel_symbol(self, p: QPainter, g: LayerGeometry) -> None:
        """What the kernels show, over the first kernel, where the map's slot leaves room above it."""
        m, s = g.maps, self.theme.font_scale
        left, top, _, _ = m.kernel_rect(0)
        if top - float(m.tops[0]) < 13 * s:
            return
        symbol, font, muted = self.kernel_symbol[g.index], self.theme.font(9), self.theme.q("muted")
        draw_text(p, left + m.kernel_width / 2, top - 7 * s, symbol, font, muted)

    def _paint_unroll(self, p: QPainter, lines: Array) -> None:
        pen = QPen(self.theme.q("muted", 140), 1.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        for x0, y0, x1, y1 in lines.tolist():
            p.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def _paint_numbers(self, p: QPainter, d: MapLayerDraw) -> None:
        f = self.theme.font(NUMBER_PX)
        light, dark = QColor("#ffffff"), QColor("#1b1d23")
        for rect, text, strong in d.numbers:
            color = light if strong else (dark if not self.theme.dark else QColor("#e8e8e8"))
            draw_text(p, rect.center().x(), rect.center().y(), text, f, color)

    def _paint_window(self, p: QPainter, layout: Layout) -> None:
        w = self.window
        if w is None:
            return
        theme = self.theme
        pen = QPen(theme.q("highlight"), 2.4)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(pen)
        for rect in w.inputs:
            p.drawRect(rect)
        if w.circle:
            p.drawEllipse(w.cell.adjusted(-3, -3, 3, 3))
        else:
            p.drawRect(w.cell)
        if w.kernel is not None:
            m = layout.layers[w.layer].maps
            for ch in range(m.kernel[0]):
                p.drawRect(QRectF(*m.kernel_rect(w.kernel, ch)).adjusted(-1.5, -1.5, 1.5, 1.5))
        if w.winner is not None:
            p.setPen(QPen(theme.q("selection"), 2.4))
            p.drawEllipse(w.winner.adjusted(2, 2, -2, -2))
        # A thin line from the window to the cell it computes, so the pair reads as one.
        if w.inputs:
            src = w.inputs[0]
            link = QPen(theme.q("highlight", 150), 1.2)
            link.setStyle(Qt.PenStyle.DotLine)
            p.setPen(link)
            p.drawLine(QPointF(src.right(), src.center().y()), QPointF(w.cell.left(), w.cell.center().y()))


def _cell_rect(g: LayerGeometry, unit: int) -> tuple[float, float, float, float]:
    """Scene rect of cell ``unit`` of an image layer (a grid or maps)."""
    if g.maps is not None:
        return g.maps.cell_rect(unit)
    _, cols, left, top, cell = g.grid
    return (left + unit % cols * cell, top + unit // cols * cell, cell, cell)


def _cells_rect(g: LayerGeometry, c: int, r0: int, c0: int, nr: int, nc: int) -> QRectF:
    """Scene rect of rows r0..r0+nr, cols c0..c0+nc of map ``c`` of ``g`` (a grid: its one map)."""
    if g.maps is not None:
        left, top, _, _ = g.maps.rect(c)
        cell = g.maps.cell
    else:
        _, _, left, top, cell = g.grid
    return QRectF(left + c0 * cell, top + r0 * cell, nc * cell, nr * cell)
