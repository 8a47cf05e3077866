"""Reading a picture file for the drawing pad: PNG (or any format Qt reads) as grey levels.

Qt's ``QImageReader`` reads it — no new dependency. A transparent picture is laid on white
paper first, so strokes drawn on a transparent sheet count as ink. The grey levels then become a
pad picture by :func:`nnviz.session.picture_import.picture_from_grey`. Limits: at most
:data:`MAX_SIDE` pixels a side (checked before the pixels are decoded). Every failure is a
:class:`PictureFileError` whose message names the file and says what was wrong.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtWidgets import QFileDialog

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate

MAX_SIDE = 4096
"""The largest width or height read (a 4096×4096 picture takes 64 MB while it is decoded)."""
FILTER = QT_TRANSLATE_NOOP(
    "picture_file", "PNG pictures (*.png);;Pictures (*.png *.jpg *.jpeg *.bmp);;All files (*)"
)


class PictureFileError(ValueError):
    """A picture file that cannot be read; the message says why, naming the file."""


def read_grey(path: str | Path) -> np.ndarray:
    """The picture at ``path`` as grey levels (h, w) from 0 (black) to 1 (white)."""
    name = Path(path).name
    if not Path(path).is_file():
        raise PictureFileError(translate("picture_file", "{name}: no such file").format(name=name))
    reader = QImageReader(str(path))
    size = reader.size()
    if not reader.canRead():
        raise PictureFileError(
            translate("picture_file", "{name}: not a picture Qt can read ({why})").format(
                name=name, why=reader.errorString()
            )
        )
    if size.isValid() and max(size.width(), size.height()) > MAX_SIDE:
        raise PictureFileError(
            translate("picture_file", "{name}: {w}×{h} pixels; at most {n} a side are read").format(
                name=name, w=size.width(), h=size.height(), n=MAX_SIDE
            )
        )
    image = reader.read()
    if image.isNull():
        raise PictureFileError(
            translate("picture_file", "{name}: the picture could not be decoded ({why})").format(
                name=name, why=reader.errorString()
            )
        )
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    grey = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    h, w, stride = grey.height(), grey.width(), grey.bytesPerLine()
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8, count=h * stride).reshape(h, stride)
    return rows[:, :w] / 255.0


def ask_path(parent) -> str:
    """The picture file the learner picks ('' when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("picture_file", "Load a picture onto the pad"), "", translate("picture_file", FILTER)
    )
    return path
