"""How big the window opens and how its default layout shares the space, for any screen.

The window opens at :data:`PREFERRED` or, on a smaller screen (a 1366×768
laptop), at what the screen has free, less the window's frame. The side
columns take a share of the window's width within bounds, so that on a small
screen the network in the centre keeps most of it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PREFERRED = QSize(1400, 880)
"""The window's size where the screen has room for it."""
FRAME = QSize(0, 32)
"""Room left for the window manager's title bar: ``resize`` sets the size inside the frame."""
SIDE_SHARE = (0.21, 0.22)
"""Default widths of the left column (experiment) and the right one (inspector, lesson), as
shares of the window's width, within :data:`SIDE_MIN` and :data:`SIDE_MAX`."""
SIDE_MIN = (270, 280)
SIDE_MAX = (330, 400)
INSPECTOR_SHARE = 0.6
"""The inspector's share of the right column's height; the lesson has the rest."""


def initial_window_size(available: QRect) -> QSize:
    """The window's first size on a screen whose free area is ``available``: :data:`PREFERRED`,
    or less where the screen (less the frame) is smaller."""
    room = available.size() - FRAME
    return PREFERRED.boundedTo(room)


def fitted_size(size: QSize, available: QRect) -> QSize:
    """``size`` (a remembered one, say from a larger screen) cut to what ``available`` has room for."""
    return size.boundedTo(available.size() - FRAME)


def open_size(widget, preferred: QSize) -> QSize:
    """The first size of a secondary window (Compare, landscapes) that would like ``preferred``:
    cut to the free area of the screen ``widget`` is on, so that on a 1366×768 laptop its bottom
    row of buttons is on the screen, not under the task bar."""
    return fitted_size(preferred, widget.screen().availableGeometry())


def side_widths(window_width: int) -> tuple[int, int]:
    """Default widths of the left and right dock columns for a window ``window_width`` wide."""
    return tuple(
        min(max(round(share * window_width), low), high)
        for share, low, high in zip(SIDE_SHARE, SIDE_MIN, SIDE_MAX, strict=True)
    )
