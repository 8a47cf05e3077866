"""Small pictures drawn as the canvas draws its input grid: the gallery of misclassified test
pictures, and the pad to draw your own.

Pixel values use the canvas's colour map (:func:`nnviz.qt.canvas.maps.cell_image`), so a
picture here looks as it does on the input grid when it is traced. A gallery's column is as wide
as its longest caption line (up to :data:`CAPTION_MAX` pictures wide); a longer line is cut with
'…' and the picture's hover text says it whole.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from nnviz.qt.canvas.maps import cell_image
from nnviz.qt.theme import Theme

THUMB_PX = 34
"""Side of a gallery picture at the light theme's scale."""
CAPTION_PX = 10.0
CAPTION_LINES = 2.6
"""A caption's height in font sizes: two short lines."""
GAP_PX = 6
CAPTION_MAX = 3.0
"""A caption line may widen a gallery column to this many picture sides."""


class Gallery(QWidget):
    """Pictures in rows that wrap to the width, each with a caption under it; a click picks one."""

    picked = Signal(int)
    """The key (a test-set index) of the picture clicked."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gallery")
        self.theme = theme
        self.images = []
        self.captions: list[str] = []
        self.keys: list[int] = []
        self.tips: list[str] = []
        self._caption_width: float | None = None
        self.setMouseTracking(True)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._caption_width = None
        self.updateGeometry()
        self.update()

    def caption_width(self) -> float:
        """Width of a caption (and of a picture's column less the gap): its longest line, between
        one and :data:`CAPTION_MAX` picture sides."""
        if self._caption_width is not None:
            return self._caption_width
        side = THUMB_PX * self.theme.font_scale
        fm = QFontMetricsF(self.theme.font(CAPTION_PX))
        widest = max((fm.horizontalAdvance(line) for c in self.captions for line in c.split("\n")), default=0.0)
        self._caption_width = min(max(widest + GAP_PX, side), CAPTION_MAX * side)
        return self._caption_width

    def caption_lines(self, i: int) -> list[str]:
        """Caption ``i``'s lines as drawn: each cut with '…' to :meth:`caption_width`."""
        fm = QFontMetricsF(self.theme.font(CAPTION_PX))
        width = self.caption_width()
        return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in self.captions[i].split("\n")]

    def set_pictures(self, pictures: np.ndarray, captions: list[str], keys: list[int], tips: list[str]) -> None:
        """``pictures`` (M, H, W) with values in the data's scale, their captions, keys and hover texts."""
        self.images = [cell_image(self.theme, np.asarray(pic, dtype=float)) for pic in pictures]
        self.captions, self.keys, self.tips = list(captions), list(keys), list(tips)
        self._caption_width = None
        self.updateGeometry()
        self.update()

    def _cell(self) -> tuple[float, float]:
        """(width, height) of one picture with its caption."""
        side = THUMB_PX * self.theme.font_scale
        return self.caption_width() + GAP_PX, side + CAPTION_PX * self.theme.font_scale * CAPTION_LINES + GAP_PX

    def _columns(self, width: int) -> int:
        return max(1, int((width - GAP_PX) // self._cell()[0]))

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        rows = -(-len(self.images) // self._columns(width))
        return int(rows * self._cell()[1] + GAP_PX)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(300, self.heightForWidth(300))

    def picture_rect(self, i: int) -> QRectF:
        """Where picture ``i`` is drawn (its caption below it)."""
        cw, ch = self._cell()
        cols = self._columns(self.width())
        side = THUMB_PX * self.theme.font_scale
        left = GAP_PX + (i % cols) * cw + (cw - GAP_PX - side) / 2
        return QRectF(left, GAP_PX + (i // cols) * ch, side, side)

    def index_at(self, pos: QPointF) -> int | None:
        for i in range(len(self.images)):
            rect = self.picture_rect(i)
            if rect.adjusted(0, 0, 0, CAPTION_PX * self.theme.font_scale * CAPTION_LINES).contains(pos):
                return i
        return None

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        t = self.theme
        p.fillRect(self.rect(), t.q("background"))
        p.setFont(t.font(CAPTION_PX))
        outline = QPen(t.q("empty_outline"), 1.0)
        for i, image in enumerate(self.images):
            rect = self.picture_rect(i)
            p.drawImage(rect, image)  # nearest-neighbour: every pixel a crisp square
            p.setPen(outline)
            p.drawRect(rect)
            p.setPen(t.q("text"))
            width = self.caption_width()
            below = QRectF(
                rect.center().x() - width / 2, rect.bottom(), width, CAPTION_PX * t.font_scale * CAPTION_LINES
            )
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, "\n".join(self.caption_lines(i)))
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        i = self.index_at(event.position())
        self.setToolTip(self.tips[i] if i is not None and i < len(self.tips) else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if i is not None else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        i = self.index_at(event.position())
        if i is not None and event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(self.keys[i])
        super().mousePressEvent(event)


class DrawPad(QWidget):
    """An (H, W) picture to draw with the mouse: the left button paints a bright pixel (1), the
    right button erases it (0); dragging paints every cell it passes."""

    changed = Signal()
    """The picture changed (by the mouse or :meth:`set_picture`)."""

    def __init__(self, theme: Theme, shape: tuple[int, int] = (8, 8), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("draw_pad")
        self.theme = theme
        self.picture = np.zeros(shape)
        self._value = 1.0
        self.setMinimumSize(96, 96)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(180, 180)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def set_picture(self, picture: np.ndarray) -> None:
        """Show ``picture`` (H, W), values as the data's (about 0 to 1)."""
        self.picture = np.array(picture, dtype=float)
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self.set_picture(np.zeros_like(self.picture))

    def _grid(self) -> tuple[float, float, float]:
        """(left, top, cell size): square cells, centred."""
        h, w = self.picture.shape
        size = max(min((self.width() - 2) / w, (self.height() - 2) / h), 2.0)
        return (self.width() - w * size) / 2, (self.height() - h * size) / 2, size

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        left, top, size = self._grid()
        h, w = self.picture.shape
        row, col = int((pos.y() - top) // size), int((pos.x() - left) // size)
        inside = pos.x() >= left and pos.y() >= top
        return (row, col) if inside and 0 <= row < h and 0 <= col < w else None

    def cell_center(self, row: int, col: int) -> QPointF:
        left, top, size = self._grid()
        return QPointF(left + (col + 0.5) * size, top + (row + 0.5) * size)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        t = self.theme
        p.fillRect(self.rect(), t.q("background"))
        left, top, size = self._grid()
        h, w = self.picture.shape
        p.drawImage(QRectF(left, top, w * size, h * size), cell_image(t, self.picture))
        p.setPen(QPen(t.q("empty_outline"), 1.0))
        for i in range(h + 1):
            p.drawLine(QPointF(left, top + i * size), QPointF(left + w * size, top + i * size))
        for j in range(w + 1):
            p.drawLine(QPointF(left + j * size, top), QPointF(left + j * size, top + h * size))
        p.end()

    def _paint_at(self, pos: QPointF) -> None:
        cell = self.cell_at(pos)
        if cell is not None and self.picture[cell] != self._value:
            self.picture[cell] = self._value
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._value = 0.0 if event.button() == Qt.MouseButton.RightButton else 1.0
        self._paint_at(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.buttons() & (Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton):
            self._paint_at(event.position())
