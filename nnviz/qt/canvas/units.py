"""Units, bias units and image grids: prepared once per refresh, painted in a tight loop.

:func:`prepare_units` turns a frame into one :class:`UnitDraw` per drawn unit —
colour, text and badges already decided, vectorized where it can be — so that
painting, which Qt may repeat on every hover, only issues draw calls.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from nnviz.qt.canvas.heat import class_blend
from nnviz.qt.canvas.text import MIN_PX, device_px, draw_text, fitted_font
from nnviz.qt.i18n import translate
from nnviz.qt.plots.colors import hex_rgb
from nnviz.qt.theme import Theme, frame_color
from nnviz.session.canvas.frame import Frame, fmt, short
from nnviz.session.canvas.layout import ELLIPSIS, LayerGeometry, Layout

Array = np.ndarray
SPRITE_LIMIT = 2048
MIN_TEXT_RADIUS = 11.0
"""Units smaller than this (scene units) carry no number inside."""
VALUE_ROOM = 1.7
"""A value inside a circle of radius r is at most this many r wide (the presentation theme's large
type put "−3.00" over the circle's edge): its font shrinks to fit."""
UNREVEALED_OPACITY = 0.2
"""How faint a unit's heatmap is drawn before the cursor computes the unit: its function over the
plane is known from the weights, but its value for the traced sample is not yet."""
CORNER = 6.0
"""Corner radius of every label box on the canvas: badges, the callout, the loss box."""


@dataclass
class UnitDraw:
    """One drawn unit: where, its fill (``None``: empty) and the texts on it."""

    layer: int
    unit: int
    x: float
    y: float
    r: float
    fill: QColor | None
    color: int = -1
    """Row of the theme's LUT for the fill; −1 when empty."""
    text: str = ""
    text_light: bool = False
    delta: str = ""
    delta_sign: float = 0.0
    z: str = ""
    heat: QImage | None = None
    value_at: tuple[float, float] | None = None
    """Centre of the value badge of a heatmap tile (``None``: no free place, left out)."""
    delta_at: tuple[float, float] | None = None
    z_at: tuple[float, float] | None = None


def prepare_units(
    layout: Layout,
    frame: Frame,
    theme: Theme,
    labels: str,
    heat: dict[tuple[int, int], QImage],
    class_rgb: Array | None = None,
) -> list[UnitDraw]:
    """One record per drawn unit (image grids aside), all layers at once. With ``class_rgb``
    (K, 3) the K softmax outputs are filled in their classes' colours by probability."""
    u = layout.units
    flat = u["flat"]
    fill = np.concatenate(frame.fill)[flat]
    finite = (fill == fill).tolist()
    colors = theme.lut_index(fill).tolist()
    strong = (np.abs(np.where(fill == fill, fill, 0.0)) > 0.62).tolist()
    big = (u["r"] >= MIN_TEXT_RADIUS).tolist()
    values = np.concatenate(frame.a)[flat].tolist()
    show_delta = frame.phase == "backward" or labels in ("gradients", "activations")
    deltas = np.concatenate(frame.delta)[flat].tolist() if show_delta else None
    zs = np.concatenate(frame.z)[flat].tolist() if labels == "activations" else None
    qcolors = theme.qcolors
    out: list[UnitDraw] = []
    for i, (k, j, x, y, r) in enumerate(
        zip(u["layer"].tolist(), u["unit"].tolist(), u["x"].tolist(), u["y"].tolist(), u["r"].tolist())
    ):
        d = UnitDraw(k, j, x, y, r, qcolors[colors[i]] if finite[i] else None, colors[i] if finite[i] else -1)
        if big[i] and labels != "none":
            if finite[i]:
                d.text, d.text_light = short(values[i]), strong[i]
            if deltas is not None and deltas[i] == deltas[i]:
                d.delta, d.delta_sign = "δ " + fmt(deltas[i], 2), deltas[i]
            if zs is not None and zs[i] == zs[i]:
                d.z = "z " + fmt(zs[i], 2)
        if heat:
            d.heat = heat.get((k, j))
        out.append(d)
    if class_rgb is not None:
        paper = np.array(hex_rgb(theme.background), dtype=float)
        last = len(layout.layers) - 1
        for d in out:
            if d.layer == last and d.fill is not None and d.unit < len(class_rgb):
                rgb = class_blend(
                    np.array([values_by_unit(frame, last, d.unit)]), class_rgb[d.unit : d.unit + 1], paper
                )
                d.fill, d.text_light = QColor(*np.clip(rgb[0], 0, 255).astype(int).tolist()), False
    return out


def values_by_unit(frame: Frame, layer: int, unit: int) -> float:
    """The value the unit shows (its activation for the traced sample)."""
    return float(frame.a[layer][unit])


class UnitPainter:
    """Paints prepared units with pens and fonts made once per theme."""

    def __init__(self, theme: Theme):
        self.theme = theme
        self.outline = QPen(theme.q("outline"), 1.3)
        self.empty = QPen(theme.q("empty_outline"), 1.3)
        self.empty.setStyle(Qt.PenStyle.DashLine)
        self.empty_brush = theme.q("empty_fill")
        self.text_dark = theme.q("text")
        self.text_light = QColor("#ffffff")
        self.muted = theme.q("muted")
        self._sprites: dict[tuple, QPixmap] = {}

    def paint(self, p: QPainter, units: list[UnitDraw], focus: set, marks: dict, fast: bool = False) -> None:
        """Paint the units; ``fast`` stamps cached circle sprites in device pixels (screen only)."""
        theme = self.theme
        for u in units:
            key = (u.layer, u.unit)
            if key in focus or key in marks:
                self.paint_marks(p, QPointF(u.x, u.y), u.r, key in focus, marks.get(key), u.heat is not None)
        t = p.worldTransform()
        stamp = fast and t.isAffine() and t.m12() == 0 and t.m21() == 0 and t.m11() == t.m22()
        if stamp:
            self._stamp_circles(p, units, t.m11(), t.dx(), t.dy())
            self._stamp_heat(p, [u for u in units if u.heat is not None], t.m11(), t.dx(), t.dy())
        else:
            for u in units:
                if u.heat is None:
                    self._circle(p, QPointF(u.x, u.y), u.r, u.fill)
        for u in units:
            center = QPointF(u.x, u.y)
            if u.heat is not None:
                if not stamp:
                    self.paint_heat(p, u, center)
                continue
            if u.text:
                f = fitted_font(u.text, theme.font, u.r * 0.56, VALUE_ROOM * u.r)
                draw_text(p, u.x, u.y, u.text, f, self.text_light if u.text_light else self.text_dark)
            if u.delta and u.delta_at is not None:
                self.badge(p, *u.delta_at, u.delta, u.delta_sign)
        for u in units:
            if u.z and u.z_at is not None:
                draw_text(p, *u.z_at, u.z, theme.font(10), self.muted)

    def _circle(self, p: QPainter, center: QPointF, r: float, fill: QColor | None) -> None:
        if fill is None:
            p.setPen(self.empty)
            p.setBrush(self.empty_brush)
        else:
            p.setPen(self.outline)
            p.setBrush(fill)
        p.drawEllipse(center, r, r)

    def _stamp_circles(self, p: QPainter, units: list[UnitDraw], s: float, dx: float, dy: float) -> None:
        """Circles as cached pixmaps drawn without transform: antialiased ellipses cost ~40 µs each."""
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        p.save()
        p.resetTransform()
        for u in units:
            if u.heat is not None:
                continue
            rd = u.r * s
            key = (None if u.fill is None else u.fill.rgba(), round(rd * 8), round(s * 64), dpr)
            sprite = self._sprites.get(key)
            if sprite is None:
                sprite = self._sprite(u.fill, rd, s, dpr)
                if len(self._sprites) > SPRITE_LIMIT:
                    self._sprites.clear()
                self._sprites[key] = sprite
            half = sprite.width() / (2 * dpr)
            p.drawPixmap(QPointF(u.x * s + dx - half, u.y * s + dy - half), sprite)
        p.restore()

    def _stamp_heat(self, p: QPainter, units: list[UnitDraw], s: float, dx: float, dy: float) -> None:
        """:meth:`paint_heat` the quick way, in device pixels: the frame with square corners, the
        badges as cached pixmaps. About five times faster."""
        if not units:
            return
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        h = 1.5 * s  # half the frame's pen: 3 scene units wide, centred on the image's edge
        for u in units:
            x, y, r = u.x * s + dx, u.y * s + dy, u.r * s
            color = self._frame(u)
            if u.layer == 0 or u.fill is not None:
                # The frame's colour under the whole square, then the image inside the frame's
                # inner edge (the same pixels of it): two calls instead of five, the same picture.
                p.fillRect(QRectF(x - r - h, y - r - h, 2 * (r + h), 2 * (r + h)), color)
                image = u.heat
                k = h * image.width() / (2 * r)
                inner = QRectF(k, k, image.width() - 2 * k, image.height() - 2 * k)
                p.drawImage(QRectF(x - r + h, y - r + h, 2 * (r - h), 2 * (r - h)), image, inner)
            else:  # not computed yet: the image faint, in a dashed frame (as the legend's empty unit)
                p.setOpacity(UNREVEALED_OPACITY)
                p.drawImage(QRectF(x - r, y - r, 2 * r, 2 * r), u.heat)
                p.setOpacity(1.0)
                self._dashed_frame(p, QRectF(x - r, y - r, 2 * r, 2 * r), 1.5 * s)
            if u.text and u.value_at is not None:
                self._stamp_badge(p, u.value_at[0] * s + dx, u.value_at[1] * s + dy, u.text, None, s, dpr)
            if u.delta and u.delta_at is not None:
                self._stamp_badge(p, u.delta_at[0] * s + dx, u.delta_at[1] * s + dy, u.delta, u.delta_sign, s, dpr)
        p.restore()

    def _stamp_badge(self, p: QPainter, x: float, y: float, text: str, sign, s: float, dpr: float) -> None:
        """A :meth:`badge` centred on device point (x, y), from a cached pixmap."""
        key = ("badge", text, None if sign is None else sign > 0, round(s * 64), dpr)
        sprite = self._sprites.get(key)
        if sprite is None:
            fs = self.theme.font_scale
            w, h = ((7.0 + 6.0 * len(text)) * fs + 4) * s, (15.0 * fs + 4) * s
            sprite = QPixmap(math.ceil(w * dpr), math.ceil(h * dpr))
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(Qt.GlobalColor.transparent)
            q = QPainter(sprite)
            q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            q.scale(s, s)
            self.badge(q, sprite.width() / (2 * dpr * s), sprite.height() / (2 * dpr * s), text, sign)
            q.end()
            if len(self._sprites) > SPRITE_LIMIT:
                self._sprites.clear()
            self._sprites[key] = sprite
        p.drawPixmap(QPointF(x - sprite.width() / (2 * dpr), y - sprite.height() / (2 * dpr)), sprite)

    def _sprite(self, fill: QColor | None, rd: float, s: float, dpr: float) -> QPixmap:
        size = math.ceil(2 * rd + 2 * 2.0 * s + 4)
        pix = QPixmap(math.ceil(size * dpr), math.ceil(size * dpr))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        q = QPainter(pix)
        q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        q.scale(s, s)
        c = size / (2 * s)
        self._circle(q, QPointF(c, c), rd / s, fill)
        q.end()
        return pix

    def paint_marks(
        self, p: QPainter, center: QPointF, r: float, focused: bool, mark: str | None, square: bool = False
    ) -> None:
        """Halo of the unit the cursor is on; ring of the selected (or hovered) unit."""
        theme = self.theme

        def ring(d: float) -> None:
            if square:
                p.drawRoundedRect(QRectF(center.x() - r - d, center.y() - r - d, 2 * (r + d), 2 * (r + d)), 4, 4)
            else:
                p.drawEllipse(center, r + d, r + d)

        if focused:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.q("halo", 170))
            ring(7)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(theme.q("highlight"), 2.4))
            ring(3.5)
        if mark:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(theme.q(mark), 2.6 if mark == "selection" else 1.4))
            ring(5.5)

    def paint_answers(self, p: QPainter, units: list[UnitDraw], answers: dict[tuple[int, int], str]) -> None:
        """The exercise mode's verdict of each answered unit: a thick ring of the verdict's colour."""
        if not answers:
            return
        p.setBrush(Qt.BrushStyle.NoBrush)
        for u in units:
            mark = answers.get((u.layer, u.unit))
            if mark:
                p.setPen(QPen(self.theme.q(mark), 3.2))
                if u.heat is not None:
                    d = u.r + 9
                    p.drawRoundedRect(QRectF(u.x - d, u.y - d, 2 * d, 2 * d), 5, 5)
                else:
                    p.drawEllipse(QPointF(u.x, u.y), u.r + 9, u.r + 9)

    def paint_heat(self, p: QPainter, u: UnitDraw, c: QPointF) -> None:
        r = u.r
        rect = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
        revealed = u.layer == 0 or u.fill is not None
        p.setOpacity(1.0 if revealed else UNREVEALED_OPACITY)
        p.drawImage(rect, u.heat)
        p.setOpacity(1.0)
        if revealed:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self._frame(u), 3.0))
            p.drawRoundedRect(rect, 3, 3)
        else:
            self._dashed_frame(p, rect, 1.5)
        if u.text and u.value_at is not None:
            self.badge(p, *u.value_at, u.text, None)
        if u.delta and u.delta_at is not None:
            self.badge(p, *u.delta_at, u.delta, u.delta_sign)

    def _frame(self, u: UnitDraw) -> QColor:
        return frame_color(u.fill if u.fill is not None else self.theme.q("empty_outline"), self.theme)

    def _dashed_frame(self, p: QPainter, rect: QRectF, width: float) -> None:
        """The frame of a unit not computed yet: dashed, like the legend's empty unit."""
        pen = QPen(self.theme.q("empty_outline"), width)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)

    def badge(self, p: QPainter, x: float, y: float, text: str, sign: float | None) -> None:
        theme = self.theme
        font = theme.font(10)
        if device_px(p, font) < MIN_PX:
            return  # an empty box would say nothing: it goes with its text
        s = theme.font_scale
        w = (7.0 + 6.0 * len(text)) * s
        rect = QRectF(x - w / 2, y - 7.5 * s, w, 15 * s)
        border = theme.q("outline") if sign is None else theme.color(0.85 if sign > 0 else -0.85)
        p.setPen(QPen(border, 1.2))
        p.setBrush(theme.q("callout", 235))
        p.drawRoundedRect(rect, CORNER, CORNER)
        draw_text(p, x, y, text, font, self.text_dark)

    def paint_ellipsis(self, p: QPainter, g: LayerGeometry) -> None:
        if g.kind != ELLIPSIS:
            return
        x, y = g.ellipsis
        draw_text(p, x, y - 4, "⋮", self.theme.font(max(12.0, g.radius * 1.4), True), self.muted)
        draw_text(
            p, x, y + 9, translate("units", "{0} more").format(g.n - len(g.shown)), self.theme.font(10), self.muted
        )

    def paint_bias(self, p: QPainter, g: LayerGeometry, mark: str | None) -> None:
        theme = self.theme
        x, y = g.bias
        s = max(min(g.radius, 17.0), 10.0)
        rect = QRectF(x - s, y - s * 0.8, 2 * s, 1.6 * s)
        p.setPen(QPen(theme.q(mark or "bias_outline"), 2.2 if mark else 1.1))
        p.setBrush(theme.q("bias_fill"))
        p.drawRoundedRect(rect, 5, 5)
        draw_text(p, x, y, "+1", theme.font(max(9.0, s * 0.8), True), self.text_dark)

    def paint_grid(self, p: QPainter, g: LayerGeometry, image: QImage | None, marks: dict) -> None:
        theme = self.theme
        rows, cols, left, top, cell = g.grid
        rect = QRectF(left, top, cols * cell, rows * cell)
        if image is not None:
            p.drawImage(rect, image)
        else:
            p.fillRect(rect, theme.q("empty_fill"))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(theme.q("outline"), 1.2))
        p.drawRect(rect)
        for (k, j), mark in marks.items():
            if k == 0 and j >= 0:
                r, c = divmod(j, cols)
                p.setPen(QPen(theme.q(mark), 2.0))
                p.drawRect(QRectF(left + c * cell, top + r * cell, cell, cell))

    def paint_field(self, p: QPainter, g: LayerGeometry, unit: int, image: QImage | None, symbol: str) -> None:
        """The incoming weights (or gradients, updates) of a layer-1 unit, as an image under the grid."""
        rows, _, _, top, cell = g.grid
        side = rows * cell * 0.55
        rect = QRectF(g.x - side / 2, top + rows * cell + 44, side, side)
        draw_text(
            p,
            g.x,
            rect.top() - 14,
            translate("units", "{symbol} into unit {0}").format(unit + 1, symbol=symbol),
            self.theme.font(11),
            self.muted,
        )
        if image is not None:
            p.drawImage(rect, image)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(self.theme.q("outline"), 1.0))
        p.drawRect(rect)


def unit_marks(selection: tuple | None, hover: tuple | None) -> dict[tuple[int, int], str]:
    """``(layer, unit) → "selection" | "muted"`` for the selected and the hovered unit."""
    marks = {}
    for item, name in ((hover, "muted"), (selection, "selection")):
        if item and item[0] == "unit":
            marks[(item[1], item[2])] = name
    return marks


__all__ = ["UnitDraw", "UnitPainter", "prepare_units", "unit_marks"]
