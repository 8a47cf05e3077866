"""Painting the two lanes of a Wide&Deep network: the concat bar, the feeds and the names.

The geometry is :mod:`nnviz.session.canvas.wide_lane`'s; this only draws it, under
the units (the bands behind the concat's slots, the feeds as dashed lines in
their lane's colour) and the names beside the units.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from nnviz.qt.canvas.text import draw_text, static_text
from nnviz.qt.plots.colors import lane_color
from nnviz.qt.theme import Theme
from nnviz.session.canvas.wide_lane import GAP, LINE, WideLaneGeometry

FEED_ALPHA = 150
BAND_ALPHA = 45


def _lane(theme: Theme, lane: str, alpha: int = 255) -> QColor:
    color = QColor(lane_color(theme, lane)) if lane else QColor(theme.muted)
    color.setAlpha(alpha)
    return color


def paint_lanes(p: QPainter, geometry: WideLaneGeometry, theme: Theme) -> None:
    """The bands and the feeds: painted before the units, so the units sit on top."""
    for band in geometry.bands:
        p.setPen(QPen(_lane(theme, band.lane), 1.2))
        p.setBrush(_lane(theme, band.lane, BAND_ALPHA))
        p.drawRoundedRect(QRectF(band.left, band.top, band.width, band.height), 6.0, 6.0)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for lane in ("wide", "deep"):
        pen = QPen(_lane(theme, lane, FEED_ALPHA), 1.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        for (x0, y0, x1, y1), feed_lane in zip(geometry.feeds.tolist(), geometry.feed_lanes):
            if feed_lane == lane:
                p.drawLine(QPointF(x0, y0), QPointF(x1, y1))


def paint_names(p: QPainter, geometry: WideLaneGeometry, theme: Theme) -> None:
    """The names of the inputs and of the concat's slots, and the bands' captions, at the
    geometry's size (the canvas makes it larger when zoomed out, so they stay readable)."""
    px = geometry.text_px / theme.font_scale
    font, bold = theme.font(px), theme.font(px, bold=True)
    halo, height = theme.q("background", 210), geometry.text_px * LINE
    for t in geometry.texts:
        width = static_text(t.text, font).size().width()
        p.fillRect(QRectF(t.x - width - 1, t.y - height / 2, width + 2, height), halo)
        draw_text(p, t.x - width, t.y, t.text, font, _lane(theme, t.lane) if t.lane else theme.q("text"), "left")
    for band in geometry.bands:
        width = static_text(band.caption, bold).size().width()
        draw_text(p, band.left - GAP - width, band.caption_y, band.caption, bold, _lane(theme, band.lane), "left")
