"""Text on the canvas, fast: laid-out ``QStaticText`` cached by string and font.

Unit values repeat (two decimals between −1 and 1 are a few hundred strings), so
after the first frames nearly every label is a cache hit and painting it skips
text layout, the costliest part of ``drawText``.

Text that would come out smaller than :data:`MIN_PX` device pixels (the canvas
zoomed far out to fit a small window, a small export) is not drawn at all: a
smudge of 3-pixel letters is read as nothing anyway, and hover tooltips and the
Inspector give the numbers and names. Text of 5-7 pixels is small but is read
(a 16-unit spiral at 1366×768 draws its values at about 5.5): it stays, so
badges and the legend are not left empty. Names that must be read, the
Wide&Deep lanes', the captions and the legend, are drawn larger instead, at
:data:`~nnviz.session.canvas.readable.READABLE_PX` at least (:mod:`nnviz.session.canvas.readable`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText

CACHE_LIMIT = 4000
MIN_PX = 4.5
"""The smallest text drawn, in device pixels (the font's pixel size times the painter's zoom)."""
_cache: dict[tuple[str, int, bool], QStaticText] = {}


def static_text(text: str, font: QFont) -> QStaticText:
    key = (text, font.pixelSize(), font.bold())
    st = _cache.get(key)
    if st is None:
        if len(_cache) >= CACHE_LIMIT:
            _cache.clear()
        st = QStaticText(text)
        st.setTextFormat(st.textFormat().PlainText)
        st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        st.prepare(font=font)
        _cache[key] = st
    return st


def draw_text(
    p: QPainter, x: float, y: float, text: str, font: QFont, color: QColor, align: str = "center"
) -> float:
    """Draw ``text`` centred on (x, y) (``align="left"``: starting at x); returns its width (also
    when it is too small to draw: see :data:`MIN_PX`)."""
    st = static_text(text, font)
    size = st.size()
    if device_px(p, font) < MIN_PX:
        return size.width()
    left = x - size.width() / 2 if align == "center" else x
    p.setFont(font)
    p.setPen(color)
    p.drawStaticText(QPointF(left, y - size.height() / 2), st)
    return size.width()


def fitted_font(text: str, font_at: Callable[[float], QFont], px: float, room: float) -> QFont:
    """``font_at(px)``, or a smaller size of it when ``text`` would be wider than ``room``."""
    font = font_at(px)
    width = static_text(text, font).size().width()
    return font if width <= room else font_at(px * room / width)


def device_px(p: QPainter, font: QFont) -> float:
    """The pixel size ``font`` comes out at on ``p``'s device (the canvas has no rotation)."""
    return font.pixelSize() * abs(p.worldTransform().m22())
