"""Documents as PDF: the ``nnviz check`` report, exercise worksheets and their answer keys.

The text is made Qt-free as HTML (:func:`nnviz.worked_render.to_html`); here Qt's
rich text lays it out on A4 pages (2 cm margins, the page number at the foot of
each) in the theme's font at a fixed size, and :class:`QPdfWriter` writes it. The
same HTML gives the same bytes: the document id and the dates are fixed, as for
figures (:mod:`nnviz.qt.export`), and the process's Qt hash seed must be fixed
(``QT_HASH_SEED=0`` before Qt loads, as the command line does) for the embedded
fonts to come in the same order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from nnviz.core.atomic_write import write_atomically
from nnviz.qt import fonts
from nnviz.qt.export import FIXED_PDF_ID, fixed_pdf_dates
from nnviz.qt.theme import LIGHT

POINT_SIZE = 9
RESOLUTION = 300


def pdf_bytes(html: str, title: str) -> bytes:
    """The HTML document typeset on A4 pages as PDF bytes."""
    document = QTextDocument()
    # the shipped faces: Chinese never falls back to the system's fonts, Traditional after
    # Simplified in one process keeps its own shapes
    font = fonts.with_chinese(QFont(LIGHT.font_family))
    font.setPointSize(POINT_SIZE)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    document.setDefaultFont(font)
    document.setHtml(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))  # print_ keeps its own 2 cm
    writer.setResolution(RESOLUTION)
    writer.setCreator("nnviz")
    writer.setTitle(title)
    writer.setDocumentId(FIXED_PDF_ID)
    document.print_(writer)
    buffer.close()
    return fixed_pdf_dates(bytes(data.data()))


def write_document_pdf(html: str, path: Path, title: str) -> Path:
    """Write :func:`pdf_bytes` to ``path`` (atomically; raises ``OSError``), in a Qt application
    made for it when there is none (the command line)."""
    _app = QGuiApplication.instance() or QGuiApplication(["nnviz"])  # alive while the text is laid out
    write_atomically(Path(path), pdf_bytes(html, title))
    return Path(path)
