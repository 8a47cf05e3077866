"""The kernel math of one conv or pool cell as an HTML block for the inspector's text.

Lays out a :class:`~nnviz.session.kernel_math.KernelMath` (decided in the
session) as small tables with every number — ``window ⊙ K = products`` and the
line ``Σ + b = z → a = f(z)`` for a conv cell; the window with its winner marked
(max) or its mean (average) for a pool cell. Inside the inspector's scrolling
text it never squeezes the dock; positions in the zero padding are grey. With
several input maps, each map's window, kernel slice and products get a row.
"""

from __future__ import annotations

import html

import numpy as np

from nnviz.qt.i18n import translate
from nnviz.session.canvas.frame import short
from nnviz.session.kernel_math import KernelMath, summary

CELL = "padding:1px 2px; border:1px solid #9aa0aa; text-align:right; white-space:nowrap"


def _grid(values: np.ndarray, padded: np.ndarray | None = None, winner: int | None = None) -> str:
    rows = []
    kw = values.shape[1]
    for r, row in enumerate(values):
        cells = []
        for c, v in enumerate(row):
            style = CELL
            if padded is not None and padded[r, c]:
                style += "; color:gray"
            if winner is not None and r * kw + c == winner:
                style += "; font-weight:bold; background:#f5c26b; color:#1b1d23"
            cells.append(f"<td style='{style}'>{html.escape(short(float(v)))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table cellspacing='0' style='border-collapse:collapse'>" + "".join(rows) + "</table>"


def _row(*parts: str) -> str:
    cells = "".join(
        f"<td style='vertical-align:middle; padding:0 2px; white-space:nowrap'>{p}</td>" for p in parts
    )
    return f"<table cellspacing='0'><tr>{cells}</tr></table>"


def kernel_math_html(m: KernelMath | None) -> str:
    """The block for ``m`` (empty for ``None``)."""
    if m is None:
        return ""
    parts = []
    if m.kind == "conv2d":
        for c in range(m.window.shape[0]):
            label = translate("kernel_math", "input map {0}: ").format(c + 1) if m.window.shape[0] > 1 else ""
            words = translate("kernel_math", "window x ⊙ kernel K = products")
            parts.append(f"<p style='margin:2px 0 0 0'>{html.escape(label + words)}</p>")
            grids = (_grid(m.window[c], m.padded[c]), _grid(m.kernel[c]), _grid(m.products[c]))
            # Two rows, so a narrow dock shows every number without scrolling sideways.
            parts.append(_row(grids[0], "⊙", grids[1]))
            parts.append(_row("=", grids[2]))
    elif m.kind == "max_pool2d":
        parts.append(_row(translate("kernel_math", "window"), _grid(m.window[0], winner=m.winner)))
    else:
        parts.append(_row(translate("kernel_math", "window"), _grid(m.window[0])))
    parts.append(f"<p style='margin:2px 0 6px 0'>{html.escape(summary(m))}</p>")
    return "".join(parts)
