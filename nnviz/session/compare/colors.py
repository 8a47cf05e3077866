"""The colour of each varied value: a sequential map for numbers, distinct hues for names.

Ordered values (numbers) take evenly spaced colours of viridis, which is perceptually uniform
and colour-blind safe, so "more" reads as "darker to lighter" (the palest end is left out on a
light background and the darkest on a dark one, where they would vanish). Names and structures
take the Okabe–Ito palette, chosen to stay distinct under the common colour-vision deficiencies.
"""

from __future__ import annotations

import numpy as np

VIRIDIS = ("#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725")
"""Viridis at 0, 1/8, …, 1."""
OKABE_ITO = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#000000")
"""Okabe & Ito (2008), blue first; black is replaced by grey on a dark background."""
_LIGHT_RANGE = (0.0, 0.8)
_DARK_RANGE = (0.25, 1.0)


def value_colors(count: int, ordered: bool, dark: bool = False) -> list[str]:
    """``count`` colours ``#rrggbb``, in the order of the values."""
    if not ordered:
        palette = [("#bbbbbb" if c == "#000000" and dark else c) for c in OKABE_ITO]
        return [palette[i % len(palette)] for i in range(count)]
    lo, hi = _DARK_RANGE if dark else _LIGHT_RANGE
    positions = [lo + (hi - lo) * (i / (count - 1) if count > 1 else 0.5) for i in range(count)]
    return [_viridis(p) for p in positions]


def _viridis(position: float) -> str:
    stops = np.array([[int(c[i : i + 2], 16) for i in (1, 3, 5)] for c in VIRIDIS], dtype=float)
    xs = np.linspace(0.0, 1.0, len(VIRIDIS))
    rgb = [round(float(np.interp(position, xs, stops[:, k]))) for k in range(3)]
    return "#{:02x}{:02x}{:02x}".format(*rgb)
