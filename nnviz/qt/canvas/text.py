"""Text on the canvas, fast: laid-out ``QStaticText`` cached by string and font.

Unit values repeat (two decimals between −1 and 1 are a few hundred strings), so
after the first frames nearly every label is a cache hit and painting it skips
text layout, the costliest part of ``drawText``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPainter, QStaticText

CACHE_LIMIT = 4000
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
    """Draw ``text`` centred on (x, y) (``align="left"``: starting at x); returns its width."""
    st = static_text(text, font)
    size = st.size()
    left = x - size.width() / 2 if align == "center" else x
    p.setFont(font)
    p.setPen(color)
    p.drawStaticText(QPointF(left, y - size.height() / 2), st)
    return size.width()
