"""Steady view ranges for live plots.

Redrawing a plot's axes (tick positions, labels) costs several times more than
drawing its curves, and pyqtgraph's auto-range changes the range — so redraws
the axes — on every frame while a curve grows. :class:`SteadyRange` instead
keeps a range until the data leaves it or fills less than a fraction of it,
then jumps to round numbers with head room. If the learner zooms or pans, it
stops until the plot's "A" button (shown then) is clicked.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

Array = np.ndarray
NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
HEADROOM = 1.08
LARGEST = 1e300
"""Bounds are clipped here: a diverged run's values must not overflow the range arithmetic."""
Y_PAD = 0.05
"""Margin below and above a y range, so that the end ticks keep their labels."""
SHRINK_BELOW = 0.4
"""A range shrinks once the data spans less than this fraction of it."""


def nice_ceil(v: float) -> float:
    """The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k) that is ≥ ``v`` (> 0)."""
    if not v > 0 or not math.isfinite(v):
        return 1.0
    k = math.floor(math.log10(v))
    for m in NICE:
        if m * 10.0**k >= v * (1 - 1e-12):
            return m * 10.0**k
    return 10.0 ** (k + 1)


def bounds(values: Array, log: bool = False) -> tuple[float, float] | None:
    """``(min, max)`` of the finite values (of log10 of the positive ones if ``log``), or ``None``."""
    v = np.asarray(values, dtype=float)
    if log:
        v = v[v > 0]
        with np.errstate(all="ignore"):
            v = np.log10(v)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return None
    return float(max(v.min(), -LARGEST)), float(min(v.max(), LARGEST))


def steady(current: tuple[float, float] | None, lo: float, hi: float, *, log: bool = False) -> tuple[float, float]:
    """The range to show data spanning ``[lo, hi]``: ``current`` while it still fits, else a new one.

    Linear ranges start at 0 for non-negative data and end at round numbers; log
    ranges (in decades, as pyqtgraph's log axes take them) end at whole decades.
    """
    if log:
        new = (math.floor(lo), max(math.ceil(hi), math.floor(lo) + 1))
        if (
            current is not None
            and current[0] <= lo
            and hi <= current[1]
            and current[1] - current[0] <= (new[1] - new[0] + 2)
        ):
            return current
        return float(new[0]), float(new[1])
    if current is not None and current[0] <= lo and hi <= current[1]:
        span = current[1] - current[0]
        used = max(hi, 0.0) - min(lo, 0.0) if current[0] <= 0 <= current[1] else hi - lo
        if used >= SHRINK_BELOW * span:
            return current
    top = nice_ceil(hi * HEADROOM) if hi > 0 else 0.0
    bottom = -nice_ceil(-lo * HEADROOM) if lo < 0 else 0.0
    if top == bottom:
        top = bottom + 1.0
    return bottom, top


class SteadyRange:
    """Manages one plot's x and y ranges with :func:`steady`; see the module docstring."""

    def __init__(self, plot: pg.PlotItem, *, x: bool = True, y: bool = True):
        self.plot = plot
        self.manage_x = x
        self.manage_y = y
        self.manual = False
        self.x: tuple[float, float] | None = None
        self.y: tuple[float, float] | None = None
        view = plot.getViewBox()
        view.disableAutoRange()
        view.sigRangeChangedManually.connect(self._on_view_range_changed_manually)
        plot.autoBtn.clicked.connect(self.reset)

    def reset(self) -> None:
        """Forget the ranges (a new run) and manage them again."""
        self.manual = False
        self.x = self.y = None
        view = self.plot.getViewBox()
        view.disableAutoRange()
        # Nothing of the old run may linger until the new one brings data: start from [0, 1].
        if self.manage_x:
            view.setXRange(0.0, 1.0, padding=0)
        if self.manage_y:
            view.setYRange(0.0, 1.0, padding=0)
        self.plot.hideButtons()

    def fit(self, x: tuple[float, float] | None, y: tuple[float, float] | None, *, log_y: bool = False) -> None:
        """Show data spanning ``x`` and ``y`` (``(min, max)`` in view units, or ``None`` for no data)."""
        if self.manual:
            return
        view = self.plot.getViewBox()
        if self.manage_x and x is not None:
            new = steady(self.x, *x)
            if new != self.x:
                self.x = new
                view.setXRange(*new, padding=0)
        if self.manage_y and y is not None:
            new = steady(self.y, *y, log=log_y)
            if new != self.y:
                self.y = new
                pad = Y_PAD * (new[1] - new[0])
                view.setYRange(new[0] - pad, new[1] + pad, padding=0)

    def tight(self, x: tuple[float, float] | None, y: tuple[float, float] | None) -> None:
        """Show exactly ``x`` and ``y`` (``None``: leave that axis), axes ending at the data, as
        a figure wants them; a live run goes on from there with :meth:`fit`."""
        if self.manual:
            return
        view = self.plot.getViewBox()
        if self.manage_x and x is not None and x[1] > x[0]:
            self.x = x
            view.setXRange(*x, padding=0)
        if self.manage_y and y is not None and y[1] > y[0]:
            self.y = y
            view.setYRange(*y, padding=0)

    def set_x(self, lo: float, hi: float) -> None:
        """Show exactly ``[lo, hi]`` on x (unless the learner took over the range)."""
        if not self.manual and (lo, hi) != self.x:
            self.x = (lo, hi)
            self.plot.getViewBox().setXRange(lo, hi, padding=0)

    def _on_view_range_changed_manually(self, *args) -> None:
        self.manual = True
        self.plot.showButtons()
