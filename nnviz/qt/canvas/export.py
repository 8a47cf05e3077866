"""Export the canvas: PNG (1–4×, optionally transparent) and SVG, both painted by the screen's code.

The whole picture is exported — every layer and the legend — whatever the
view's zoom; the hover mark is left out, the selection kept.
"""

from __future__ import annotations

import math
from contextlib import contextmanager

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from nnviz.qt.canvas.paint import NetworkPicture
from nnviz.qt.i18n import translate


@contextmanager
def _without_hover(picture: NetworkPicture):
    hover, picture.hover = picture.hover, None
    try:
        yield
    finally:
        picture.hover = hover


def image_size(picture: NetworkPicture, scale: float) -> QSize:
    """Pixel size of a PNG export at ``scale``."""
    _, _, w, h = picture.layout.bounds
    return QSize(math.ceil(w * scale), math.ceil(h * scale))


def render_image(picture: NetworkPicture, scale: float = 1.0, transparent: bool = False) -> QImage:
    if not 1 <= scale <= 4:
        raise ValueError(f"export scale must be between 1 and 4, got {scale!r}")
    if picture.layout is None:
        raise ValueError("nothing to export: the canvas has no network")
    left, top, _, _ = picture.layout.bounds
    image = QImage(image_size(picture, scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent if transparent else picture.theme.q("background"))
    p = QPainter(image)
    try:
        p.scale(scale, scale)
        p.translate(-left, -top)
        with _without_hover(picture):
            picture.paint(p)
    finally:
        p.end()
    return image


def export_png(picture: NetworkPicture, path: str, scale: float = 1.0, transparent: bool = False) -> QImage:
    image = render_image(picture, scale, transparent)
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return image


def export_svg(picture: NetworkPicture, path: str) -> None:
    if picture.layout is None:
        raise ValueError("nothing to export: the canvas has no network")
    left, top, w, h = picture.layout.bounds
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(QSize(math.ceil(w), math.ceil(h)))
    # The generator writes the size in mm; at 96 dpi a browser shows it at one pixel per scene unit.
    gen.setResolution(96)
    gen.setViewBox(QRectF(left, top, w, h))
    gen.setTitle(translate("export", "nnviz network"))
    gen.setDescription("Network drawn by nnviz")
    p = QPainter(gen)
    try:
        p.fillRect(QRectF(left, top, w, h), picture.theme.q("background"))
        with _without_hover(picture):
            picture.paint(p)
    finally:
        p.end()
