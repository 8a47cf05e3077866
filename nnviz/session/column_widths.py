"""How a table's columns share a width too narrow for all of them (plain arithmetic, no Qt).

The Data dock of a tabular data set is about 300 px wide on a 1366×768 screen; its row list
(price | colour | size | t | y | ✓/✗ | row) and the row's input table (encoded input | value |
encoding | lanes) scrolled sideways there, hiding a column. Numbers and marks keep their whole
width; only the columns of words may end in "…" (their full text is the cell's tooltip), the
longest first: every such column is cut to one common cap, as high as the width allows.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence


def column_widths(natural: Sequence[int], available: int, elide: Collection[int], floor: int) -> list[int]:
    """Each column's width in pixels.

    ``natural``: each column's width for its whole content and header; ``available``: the
    viewport's width; ``elide``: the columns that may be cut (words); ``floor``: the least an
    elided column keeps. When everything fits, the spare width goes to the last column (the grid
    fills the view); else the columns in ``elide`` are cut to the highest common cap (at least
    ``floor``, never wider than they need) that fits; the others keep ``natural``. The sum can
    exceed ``available`` only when the uncut columns alone do, or every cut column is at ``floor``."""
    widths = list(natural)
    total = sum(widths)
    if total <= available:
        if widths:
            widths[-1] += available - total
        return widths
    cut = sorted(j for j in elide if 0 <= j < len(widths))
    fixed = total - sum(widths[j] for j in cut)
    room = available - fixed
    low, high = floor, max((widths[j] for j in cut), default=floor)
    while low < high:  # the highest cap whose cut columns fit in ``room``
        cap = (low + high + 1) // 2
        if sum(min(widths[j], cap) for j in cut) <= room:
            low = cap
        else:
            high = cap - 1
    for j in cut:
        widths[j] = min(widths[j], max(low, floor))
    return widths
