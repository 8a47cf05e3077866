"""Text padded to a column by the width a terminal gives it: a Chinese character takes two columns.

``str.ljust`` counts characters, so a table whose cells mix Chinese and ASCII comes out ragged
in a terminal. :func:`display_width` counts East Asian Wide and Fullwidth characters
(``unicodedata.east_asian_width`` ``W``/``F``) as two columns, combining marks as none.
"""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospaced terminal: ``display_width("损失 0.5") == 8``."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def ljust(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns (never cut)."""
    return text + " " * max(0, width - display_width(text))
