"""The room a figure's text needs, measured in the font it is drawn in.

Figures (the comparison, its small multiples, the landscape) place every text from these
measures, not from fixed pixel boxes: the presentation theme's type is larger
(``theme.font_scale``) and Chinese glyphs, drawn from the fallback face, are taller than the
Latin font's own line. ``QFontMetricsF.boundingRect`` on the painter's device lays the text out as ``drawText``
will, with the font's fallbacks, so the box it gives is the box the text takes.
(``QPainter.boundingRect`` would too, but gives an empty box while the pen is ``NoPen``.)
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

LEFT = Qt.AlignmentFlag.AlignLeft
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
FAR = 1.0e6
"""A box this large never limits a measured text."""
LAYOUT_MIN = (1100, 620)
"""The least page, in pixels at type scale 1, in which every text of the comparison, ablation and
landscape figures fits whole (no text cut, elided or overlapping; ``tests/qt/text_boxes.py``
counted them in English and Chinese: at 800×450 the comparison table read "0…." and the ablation's
headers overlapped, in the presentation type from as large as 1024×576)."""


def layout_size(page: tuple[int, int], font_scale: float) -> tuple[int, int]:
    """The size to lay a figure out in for an exported ``page`` (width, height): the page itself,
    or for a smaller one the page enlarged, same shape, until it holds :data:`LAYOUT_MIN` (× 0.8 of
    a type scale above 1.25: the presentation theme's 1.45 needs about 1280×720). The export then
    scales the figure down onto the page (:func:`nnviz.qt.export._fit`): smaller type, nothing cut."""
    w, h = page
    scale = max(1.0, 0.8 * font_scale)
    k = max(1.0, LAYOUT_MIN[0] * scale / max(w, 1), LAYOUT_MIN[1] * scale / max(h, 1))
    return (round(w * k), round(h * k)) if k > 1.0 else (w, h)


def size_of(painter: QPainter, font: QFont, text: str, width: float | None = None) -> QSizeF:
    """The whole pixels ``text`` takes in ``font``: on one line, or wrapped at ``width`` if given.
    Leaves ``font`` set on ``painter``."""
    painter.setFont(font)
    flags = int(LEFT if width is None else WRAP)
    area = QRectF(0, 0, FAR if width is None else max(1.0, width), FAR)
    box = QFontMetricsF(font, painter.device()).boundingRect(area, flags, text)
    return QSizeF(math.ceil(box.width()), math.ceil(box.height()))


def height_of(painter: QPainter, font: QFont, texts, width: float | None = None) -> float:
    """The tallest of ``texts`` in ``font`` (wrapped at ``width`` if given); 0 for none."""
    return max((size_of(painter, font, t, width).height() for t in texts), default=0.0)


def width_of(painter: QPainter, font: QFont, texts) -> float:
    """The widest of ``texts`` in ``font`` on one line; 0 for none."""
    return max((size_of(painter, font, t).width() for t in texts), default=0.0)


def wrapped(painter: QPainter, font: QFont, x: float, y: float, width: float, text: str) -> float:
    """Draw ``text`` in ``font`` from (x, y), wrapped at ``width``, in the pen set; the y under it."""
    height = size_of(painter, font, text, width).height()
    painter.drawText(QRectF(x, y, width, height), WRAP, text)
    return y + height
