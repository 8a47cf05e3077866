"""Figures for slides: any panel, or the whole window, as PNG, SVG or PDF, or to the clipboard.

A :class:`Figure` is something that paints itself at a natural size: the
network canvas's picture (vector, whatever the zoom) or any widget. One writer
per format puts it on a page of the requested size, scaled to fit and centred:

- PNG: ``size × scale`` pixels (scale 1–4), optionally on a transparent background;
- SVG: vector, ``size`` in pixels at 96 dpi;
- PDF: vector, one page of ``size`` points.

The same inputs give the same bytes: PNG and SVG contain no time stamp, and the
PDF's creation dates and document id are fixed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSize, QSizeF, Qt, QUuid
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from nnviz.qt.i18n import translate

FORMATS = ("png", "svg", "pdf")
SCALES = (1, 2, 3, 4)
FIXED_PDF_ID = QUuid("{6e6e7669-7a00-4000-8000-000000000001}")
_PDF_DATE = re.compile(rb"D:\d{14}Z")
_XMP_DATE = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}")


class Figure(Protocol):
    def natural_size(self) -> QSizeF: ...

    def paint(self, painter: QPainter, transparent: bool) -> None:
        """Paint at the natural size, origin at the top left."""

    def background(self) -> QColor: ...


@dataclass
class WidgetFigure:
    """A widget as it is on screen (children included)."""

    widget: QWidget

    def natural_size(self) -> QSizeF:
        return QSizeF(self.widget.size())

    def paint(self, painter: QPainter, transparent: bool) -> None:
        flags = QWidget.RenderFlag.DrawChildren
        if not transparent:
            flags |= QWidget.RenderFlag.DrawWindowBackground
        # QWidget's own render: a plot (a QGraphicsView) overrides render() to draw its scene only.
        QWidget.render(self.widget, painter, QPoint(), QRegion(), flags)

    def background(self) -> QColor:
        return self.widget.palette().window().color()


@dataclass
class CanvasFigure:
    """The network canvas's whole picture (every layer and the legend), independent of its zoom."""

    canvas: object

    def natural_size(self) -> QSizeF:
        _, _, w, h = self._layout().bounds
        return QSizeF(w, h)

    def paint(self, painter: QPainter, transparent: bool) -> None:
        left, top, _, _ = self._layout().bounds
        picture = self.canvas.picture
        hover, picture.hover = picture.hover, None
        try:
            painter.translate(-left, -top)
            picture.paint(painter)
        finally:
            picture.hover = hover

    def background(self) -> QColor:
        return self.canvas.theme.q("background")

    def _layout(self):
        layout = self.canvas.picture.layout
        if layout is None:
            raise ValueError("nothing to export: the canvas has no network")
        return layout


def figure_of(widget: QWidget) -> Figure:
    """The best figure for a widget: the canvas's vector picture, else the widget itself."""
    return (
        CanvasFigure(widget)
        if hasattr(widget, "picture") and hasattr(widget, "export_svg")
        else WidgetFigure(widget)
    )


def _fit(painter: QPainter, figure: Figure, page: QSizeF) -> None:
    """Scale and centre the figure's natural size on a page of ``page`` logical units."""
    natural = figure.natural_size()
    k = min(page.width() / natural.width(), page.height() / natural.height())
    painter.translate((page.width() - k * natural.width()) / 2, (page.height() - k * natural.height()) / 2)
    painter.scale(k, k)


def render_image(
    figure: Figure, size: QSize | None = None, scale: float = 1.0, transparent: bool = False
) -> QImage:
    """The figure on a ``size`` (default: natural) page, ``scale`` pixels per unit."""
    if not 1 <= scale <= 4:
        raise ValueError(f"scale must be between 1 and 4, got {scale!r}")
    page = QSizeF(size) if size is not None else figure.natural_size()
    image = QImage(
        math.ceil(page.width() * scale),
        math.ceil(page.height() * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(Qt.GlobalColor.transparent if transparent else figure.background())
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        _fit(painter, figure, page)
        figure.paint(painter, transparent)
    finally:
        painter.end()
    return image


def write_png(
    figure: Figure, path: str | Path, size: QSize | None = None, scale: float = 1.0, transparent: bool = False
) -> None:
    image = render_image(figure, size, scale, transparent)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def write_svg(figure: Figure, path: str | Path, size: QSize | None = None, transparent: bool = False) -> None:
    page = QSizeF(size) if size is not None else figure.natural_size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(math.ceil(page.width()), math.ceil(page.height())))
    generator.setViewBox(QRectF(0, 0, page.width(), page.height()))
    generator.setResolution(96)
    generator.setTitle(translate("export", "nnviz figure"))
    painter = QPainter(generator)
    try:
        if not transparent:
            painter.fillRect(QRectF(0, 0, page.width(), page.height()), figure.background())
        _fit(painter, figure, page)
        figure.paint(painter, transparent)
    finally:
        painter.end()
    if not Path(path).is_file():
        raise OSError(f"cannot write {path}")


def write_pdf(figure: Figure, path: str | Path, size: QSize | None = None) -> None:
    page = QSizeF(size) if size is not None else figure.natural_size()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(page, QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    writer.setCreator("nnviz")
    writer.setTitle(translate("export", "nnviz figure"))
    writer.setDocumentId(FIXED_PDF_ID)
    painter = QPainter(writer)
    try:
        painter.fillRect(QRectF(0, 0, page.width(), page.height()), figure.background())
        _fit(painter, figure, page)
        figure.paint(painter, False)
    finally:
        painter.end()
    _fix_pdf_dates(Path(path))


def _fix_pdf_dates(path: Path) -> None:
    path.write_bytes(fixed_pdf_dates(path.read_bytes()))


def fixed_pdf_dates(data: bytes) -> bytes:
    """The PDF with its creation and modification times replaced by fixed ones of the same length
    (so the offsets stay valid)."""
    data = _PDF_DATE.sub(b"D:20000101000000Z", data)
    return _XMP_DATE.sub(b"2000-01-01T00:00:00+00:00", data)


def export(
    figure: Figure, path: str | Path, *, size: QSize | None = None, scale: float = 1.0, transparent: bool = False
) -> Path:
    """Write the figure in the format of ``path``'s suffix (png, svg or pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "png":
        write_png(figure, path, size, scale, transparent)
    elif fmt == "svg":
        write_svg(figure, path, size, transparent)
    elif fmt == "pdf":
        write_pdf(figure, path, size)
    else:
        raise ValueError(f"{path.name}: unknown figure format {path.suffix or '(none)'}; use .png, .svg or .pdf")
    return path


def copy_to_clipboard(figure: Figure | QImage, scale: float = 2.0) -> QImage:
    """Put the figure (rendered at its natural size × ``scale``), or an image, on the clipboard."""
    image = figure if isinstance(figure, QImage) else render_image(figure, None, scale)
    QGuiApplication.clipboard().setImage(image)
    return image
