"""The words of the landscape figure (:mod:`nnviz.qt.landscape_figure`): the note under its title
and the legend beside the plot, each line with its colour (``None``: the theme's text colour)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor

from nnviz.qt.i18n import translate


def legend(figure) -> list[tuple[str, QColor | None]]:
    """The legend's lines: the current point and the step (one run), or the common start and each
    run's final loss (several runs), then what the path's points are."""
    s = figure.scape
    lines = [
        translate("Landscape", "● current point: loss {0:.4g}").format(s.center_loss),
        translate("Landscape", "→ step −η·g: length {0:.4g} (g = {1:.3g}, {2:.3g})").format(
            s.step_length, s.gradient[0], s.gradient[1]
        ),
    ]
    if s.projected:
        lines[1] = translate(
            "Landscape",
            "→ step −η·g projected onto the plane: length {0:.4g} (slopes g·d₁ = {1:.3g}, g·d₂ = {2:.3g})",
        ).format(s.step_length, s.gradient[0], s.gradient[1])
    if s.path is not None and s.projected:
        lines.append(
            translate(
                "Landscape",
                "path: a projection of the run's parameters onto this plane, coloured by its true loss",
            )
        )
        lines.append(
            translate(
                "Landscape",
                "(the run was off the plane, so a colour may differ from the surface under it)",
            )
        )
    elif s.path is not None:
        lines.append(
            translate("Landscape", "path: the run's real values of the two parameters, coloured by its true loss")
        )
        lines.append(
            translate(
                "Landscape",
                "(every other parameter moved too, so a colour may differ from the surface under it)",
            )
        )
    colors = [None] * len(lines)
    if figure.runs is not None:
        lines = [translate("Landscape", "● the runs' common start: loss {0:.4g}").format(s.center_loss)]
        colors = [None]
        for label, color, _, losses in figure.runs:
            finite = losses[np.isfinite(losses)]
            last = float(finite[-1]) if len(finite) else math.nan
            lines.append(translate("Landscape", "— {0}: final loss {1:.4g}").format(label, last))
            colors.append(color)
        lines.append(
            translate(
                "Landscape", "■ where each run ended, drawn last: a run that barely moved shows over the start"
            )
        )
        colors.append(None)
        lines.append(
            translate(
                "Landscape",
                "points: each run's parameters after every epoch projected onto this plane (a projection), "
                "coloured by its true loss",
            )
            if s.projected
            else translate(
                "Landscape",
                "points: each run's real values of the two parameters after every epoch, coloured by its true "
                "loss (every other parameter moved too, so a colour may differ from the surface under it)",
            )
        )
        colors.append(None)
    return list(zip(lines, colors))


def note(figure) -> str:
    """The line under the title: grid, ranges, what is held or moved, the loss range."""
    s = figure.scape
    n = len(s.xs)
    lo, hi = (10**figure.lo, 10**figure.hi) if figure.log else (figure.lo, figure.hi)
    x_name, y_name = ("α", "β") if s.projected else figure.labels
    ranges = f"{x_name} ∈ [{s.xs[0]:.4g}, {s.xs[-1]:.4g}], {y_name} ∈ [{s.ys[0]:.4g}, {s.ys[-1]:.4g}]"
    if figure.runs is not None and not s.projected:
        held = translate("Landscape", "every other parameter held at the runs' common start")
    elif figure.runs is not None:
        held = translate("Landscape", "θ = θ start + α·d₁ + β·d₂: every parameter moves")
    elif s.projected:
        held = translate("Landscape", "θ = θ now + α·d₁ + β·d₂: every parameter moves")
    else:
        held = translate("Landscape", "every other parameter held at the current point")
    return translate("Landscape", "{0}×{0} grid; {1}; {2}. Loss {3:.4g} – {4:.4g}.").format(
        n, ranges, held, lo, hi
    )
