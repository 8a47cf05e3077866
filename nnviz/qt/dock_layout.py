"""The default sizes of the window's docks, and their arrangement in presentation mode.

Normally the experiment panel has the left column and the inspector over the
lesson the right one, both the whole height; below the canvas sit the plots
(tabbed with the matrices and the breakpoints) and the data view. In
presentation mode the canvas takes the whole height: with the large type of
that theme, a canvas with a row of panels below it would draw the network
smaller than the normal window does. The inspector, the data view and (in a
window tall enough for three) the plots stack in the right column instead. When
the data view has nothing to draw but a hint (one-input regression: "the Fit
plot draws it"), the plots take its place.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from nnviz.qt.window_size import INSPECTOR_SHARE, side_widths

BOTTOM_SHARE = 0.36
"""The bottom row's (plots, matrices, breakpoints and the data view) default share of the window's height."""
DATA_WIDTH = 1.15
"""The data view's default width in units of the bottom row's height: a square plot and its legend."""
PRESENTATION_SIDE = 0.32
"""In presentation mode: the right column's share of the window's width."""
PRESENTATION_STACKS = {
    ("inspector", "data", "plots"): (0.38, 0.33, 0.29),
    ("inspector", "data"): (0.55, 0.45),
    ("inspector", "plots"): (0.55, 0.45),
}
"""In presentation mode: the right column, top to bottom, with each dock's share of its height. Of two
docks the data view has 0.45: at 1366×768 a 0.4 share left its plot 115 px square under its legend and
hint (about 150 px now), and at 0.5 the inspector's sentences and table no longer fitted."""
PRESENTATION_PLOTS_HEIGHT = 1000
"""The least window height at which the plots join presentation mode's column: in a lower one (a
1366×768 screen, or the 1400×880 window a 1920×1080 screen opens) three docks in large type left
the data plot about 110 px and the loss curve 25 px, so the plots stay hidden there (View › Plots
shows them below the network)."""

Vertical, Horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal


def size_default(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Size the docks of the default layout for the window's current size."""
    d = docks
    if not {"experiment", "data", "inspector", "lesson", "plots"} <= d.keys():
        return
    bottom = round(window.height() * BOTTOM_SHARE)
    column = d["inspector"].height() + d["lesson"].height()
    inspector = round(column * INSPECTOR_SHARE)
    window.resizeDocks([d["experiment"], d["inspector"]], list(side_widths(window.width())), Horizontal)
    window.resizeDocks([d["inspector"], d["lesson"]], [inspector, column - inspector], Vertical)
    window.resizeDocks([d["plots"]], [bottom], Vertical)
    window.layout().activate()  # the bottom row's width follows from the side columns just sized
    row = d["plots"].width() + d["data"].width()
    data = min(round(bottom * DATA_WIDTH), row // 2)
    window.resizeDocks([d["plots"], d["data"]], [row - data, data], Horizontal)
    window.layout().activate()  # sized now, not at the next layout pass: a figure taken at once shows it


def presentation_stack(height: int, data_drawn: bool = True) -> tuple[str, ...]:
    """The docks of presentation mode's right column in a window ``height`` high; ``data_drawn``:
    the data view draws the data (not only a hint)."""
    tall, short, without_data = PRESENTATION_STACKS
    if not data_drawn:
        return without_data
    return tall if height >= PRESENTATION_PLOTS_HEIGHT else short


def arrange_presentation(window: QMainWindow, docks: dict[str, QDockWidget], data_drawn: bool = True) -> None:
    """Stack :func:`presentation_stack` in the right column beside a canvas of the whole height,
    and size it."""
    keys = presentation_stack(window.height(), data_drawn)
    every = set(next(iter(PRESENTATION_STACKS)))
    if not every <= docks.keys():
        return
    for key in every - set(keys):
        docks[key].hide()
    stack = [docks[key] for key in keys]
    for dock in stack:
        dock.setFloating(False)
        dock.show()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, stack[0])
    for above, below in itertools.pairwise(stack):
        window.splitDockWidget(above, below, Vertical)
    window.layout().activate()  # the docks just moved have their places before they are sized
    window.resizeDocks([stack[0]], [round(window.width() * PRESENTATION_SIDE)], Horizontal)
    # Sizes that do not add up to the column are shared out in their proportions.
    window.resizeDocks(stack, [round(1000 * share) for share in PRESENTATION_STACKS[keys]], Vertical)
    window.layout().activate()  # sized now, not at the next layout pass: a figure taken at once shows it
