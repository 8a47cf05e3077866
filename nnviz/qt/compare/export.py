"""Writing the comparison figure headless (``nnviz compare --out``), same bytes every time."""

from __future__ import annotations

import os
from pathlib import Path

from nnviz.errors import BadInput
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table


def write_figure(
    comparison: Comparison, table: Table, out: Path, theme_name: str, size: tuple[int, int], epoch: int
) -> Path:
    """Render the figure to ``out`` (.png, .svg or .pdf) offscreen, as ``nnviz shot`` does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_HASH_SEED", "0")  # the PDF's font order repeats (see nnviz.qt.shot)
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from nnviz.qt import export
    from nnviz.qt.compare.figure import CompareFigure
    from nnviz.qt.theme import THEMES

    _app = QApplication.instance() or QApplication(["nnviz-compare"])
    figure = CompareFigure(comparison, table, THEMES[theme_name], size, epoch)
    try:
        export.export(figure, out, size=QSize(*size))
    except OSError as error:
        raise BadInput(f"--out {out}: {error}") from None
    return out
