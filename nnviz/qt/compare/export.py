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
    from nnviz.qt.compare.ablation_figure import make_figure
    from nnviz.qt.figure_text import layout_size
    from nnviz.qt.theme import THEMES

    _app = QApplication.instance() or QApplication(["nnviz-compare"])
    theme = THEMES[theme_name]
    figure = make_figure(comparison, table, theme, layout_size(size, theme.font_scale), epoch)
    try:
        export.export(figure, out, size=QSize(*size))
    except OSError as error:
        raise BadInput(f"--out {out}: {error}") from None
    return out


def shared_landscape_figure(comparison: Comparison, theme, size: tuple[int, int], shared=None, axes="pca"):
    """The :class:`~nnviz.qt.landscape_figure.LandscapeFigure` of the comparison's shared landscape
    (``shared``, else computed over ``axes`` by
    :func:`nnviz.session.compare.shared_plane.shared_landscape`; ``ValueError`` says why there is none)."""
    from PySide6.QtGui import QColor

    from nnviz.qt.landscape_figure import LandscapeFigure
    from nnviz.qt.landscape_shot import plane_labels
    from nnviz.session.compare.colors import value_colors
    from nnviz.session.compare.shared_plane import shared_landscape

    shared = shared_landscape(comparison, axes=axes) if shared is None else shared
    vary = comparison.plan.vary
    colors = value_colors(len(vary.values), vary.ordered, theme.dark)
    runs = [
        (f"{vary.name} = {vary.label(vary.values[v])}", QColor(colors[v]), coords, losses)
        for v, coords, losses in shared.runs
    ]
    labels = shared.labels if shared.plane is None else plane_labels(shared.plane)
    return LandscapeFigure(shared.scape, labels, theme, size, runs=runs)


def write_shared_landscape(
    comparison: Comparison, out: Path, theme_name: str, size: tuple[int, int], axes="pca"
) -> Path:
    """Render the shared landscape over ``axes`` (:func:`shared_axes`) to ``out`` (.png, .svg or
    .pdf) offscreen, same bytes every time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_HASH_SEED", "0")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from nnviz.qt import export
    from nnviz.qt.figure_text import layout_size
    from nnviz.qt.theme import THEMES

    _app = QApplication.instance() or QApplication(["nnviz-compare"])
    try:
        theme = THEMES[theme_name]
        figure = shared_landscape_figure(comparison, theme, layout_size(size, theme.font_scale), axes=axes)
    except ValueError as error:
        raise BadInput(f"--landscape {out}: {error}") from None
    try:
        export.export(figure, out, size=QSize(*size))
    except OSError as error:
        raise BadInput(f"--landscape {out}: {error}") from None
    return out


def shared_axes(plan, text: str | None):
    """``--landscape-axes`` read against the network of ``plan`` (a comparison's): ``pca`` (also for ``None``),
    ``random`` or two :class:`~nnviz.core.landscape.Coordinate`; ``BadInput`` names what is wrong."""
    from nnviz.core.experiment import Experiment
    from nnviz.qt.landscape_shot import parse_axes
    from nnviz.session.compare.shared_plane import AXES

    if text is None or text.strip().lower() in AXES:
        return "pca" if text is None else text.strip().lower()
    if text.strip().lower() == "line":
        raise BadInput(
            "--landscape-axes line: runs share their start, not a line to it; use pca, random or two parameters"
        )
    spec = plan.runs[0]
    network = Experiment(spec.spec, None if spec.base_dir is None else Path(spec.base_dir)).network
    return parse_axes(text, network, flag="--landscape-axes")
