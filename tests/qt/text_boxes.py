"""Record every text a figure draws and find the ones cut off, overlapping or outside the figure.

:class:`RecordingPainter` is a QPainter whose ``drawText`` also notes, for each text, the box its
font needs (``QPainter.boundingRect`` with the font set, mapped through the world transform, so
rotated labels count at their place) and the box it was given. Qt clips a text to its given box
(unless ``TextDontClip``), so a needed box that sticks out of the given one is a cut text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

SLACK = 0.75
"""Pixels of rounding forgiven (anti-aliased edges, metrics rounded to whole pixels)."""


@dataclass
class Drawn:
    text: str
    needed: QRectF
    given: QRectF | None
    """None for a text drawn at a point (never clipped)."""


class RecordingPainter(QPainter):
    def __init__(self, device):
        super().__init__(device)
        self.drawn: list[Drawn] = []

    def drawText(self, *args):
        if len(args) >= 3 and isinstance(args[0], QRectF):
            rect, flags, text = QRectF(args[0]), int(args[1]), args[2]
            needed = self.boundingRect(rect, flags, text)
            given = None if flags & int(Qt.TextFlag.TextDontClip) else rect
        elif len(args) == 2 and isinstance(args[0], QPointF):
            point, text = args
            m = self.fontMetrics()
            needed = QRectF(point.x(), point.y() - m.ascent(), m.horizontalAdvance(text), m.height())
            given = None
        else:
            raise AssertionError(f"drawText{args!r}: a form the recorder does not know")
        if text:
            transform = self.worldTransform()
            self.drawn.append(
                Drawn(text, transform.mapRect(needed), None if given is None else transform.mapRect(given))
            )
        super().drawText(*args)


def record(figure) -> tuple[list[Drawn], QRectF]:
    """Paint ``figure`` (an export figure: ``natural_size``, ``paint``) and return its texts and bounds."""
    size = figure.natural_size().toSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = RecordingPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    figure.paint(painter, False)
    painter.end()
    return painter.drawn, QRectF(0, 0, size.width(), size.height())


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return outer.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(inner)


def problems(drawn: list[Drawn], bounds: QRectF) -> list[str]:
    """Every text cut by its box or the figure's edge, and every pair of texts whose boxes meet."""
    found = []
    for d in drawn:
        if d.given is not None and not _inside(d.needed, d.given):
            found.append(f"cut: {d.text!r} needs {_r(d.needed)} in {_r(d.given)}")
        if not _inside(d.needed, bounds):
            found.append(f"outside the figure: {d.text!r} at {_r(d.needed)}")
    for a, b in itertools.combinations(drawn, 2):
        meet = a.needed.adjusted(SLACK, SLACK, -SLACK, -SLACK).intersected(b.needed)
        if meet.width() > 0 and meet.height() > 0:
            found.append(f"overlap: {a.text!r} {_r(a.needed)} and {b.text!r} {_r(b.needed)}")
    return found


def _r(rect: QRectF) -> str:
    return f"({rect.x():.1f}, {rect.y():.1f}, {rect.width():.1f}×{rect.height():.1f})"
