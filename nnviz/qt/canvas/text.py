"""Text on the canvas, fast: laid-out ``QStaticText`` cached by string and font.

Unit values repeat (two decimals between −1 and 1 are a few hundred strings), so
after the first frames nearly every label is a cache hit and painting it skips
text layout, the costliest part of ``drawText``.

Every text of the canvas goes through :func:`draw_text`, which leaves out a text that would come
out smaller than :data:`MIN_SCREEN_PX` at the painter's scale (a network fitted into a small view
is drawn at a fraction of its scene size): a label is hidden rather than drawn unreadably; zoom in
or enlarge the window and it comes back.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText

CACHE_LIMIT = 4000
MIN_SCREEN_PX = 8.0
"""The smallest text drawn, in pixels on the device (a font's pixel size times the painter's scale)."""
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


def painter_scale(p: QPainter) -> float:
    """How many device pixels one scene pixel takes under ``p``'s transform (its area scale)."""
    return math.sqrt(abs(p.worldTransform().determinant()))


def legible(p: QPainter, px: float) -> bool:
    """Whether text of ``px`` scene pixels comes out at least :data:`MIN_SCREEN_PX` under ``p``."""
    return px * painter_scale(p) >= MIN_SCREEN_PX - 1e-6


def draw_text(
    p: QPainter, x: float, y: float, text: str, font: QFont, color: QColor, align: str = "center"
) -> float:
    """Draw ``text`` centred on (x, y) (``align="left"``: starting at x); returns its width. Text that
    would be smaller than :data:`MIN_SCREEN_PX` on the device is not drawn (its width is still given)."""
    st = static_text(text, font)
    size = st.size()
    if not legible(p, font.pixelSize()):
        return size.width()
    left = x - size.width() / 2 if align == "center" else x
    p.setFont(font)
    p.setPen(color)
    p.drawStaticText(QPointF(left, y - size.height() / 2), st)
    return size.width()
