"""A one-line progress bar on stderr for the command line's long work (only on a terminal).

``nnviz train`` shows it from the start; reaching a late iteration (``shot``,
``check`` and ``exercise`` with ``--iteration`` up to 10 000 000 take minutes)
shows it once the work has taken :data:`QUIET_S`, so quick runs print nothing.
Piped or redirected stderr never gets it: scripts read one line per problem there.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

QUIET_S = 1.0
"""Work that ends sooner than this shows no bar (see :func:`run_in_steps`)."""
STEPS = 200
""":func:`run_in_steps` does its work in at most this many parts."""


class ProgressLine:
    """``training [#####    ] 20%  epoch 2/10``, redrawn when the percentage changes."""

    def __init__(self, total: int, unit: str = "epoch"):
        self.total = max(total, 1)
        self.unit = unit
        self.shown = -1

    def update(self, done: int) -> None:
        percent = int(100 * done / self.total)
        if percent != self.shown:
            self.shown = percent
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\rtraining [{bar:<25}] {percent:3d}%  {self.unit} {done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()


def run_in_steps(total: int, run: Callable[[int], Any], unit: str = "iteration") -> Any:
    """Call ``run(n)`` with parts adding up to ``total`` (e.g. iterations to train), with a
    :class:`ProgressLine` on a terminal once the work has taken :data:`QUIET_S`. A part that
    returns something other than ``None`` (a training stop) ends the work early; that is returned."""
    part = max(1, -(-total // STEPS))
    done, start, line, result = 0, time.monotonic(), None, None
    try:
        while done < total and result is None:
            n = min(part, total - done)
            result = run(n)
            done += n
            if line is None and sys.stderr.isatty() and time.monotonic() - start > QUIET_S and done < total:
                line = ProgressLine(total, unit)
            if line is not None:
                line.update(done)
    finally:
        if line is not None:
            line.close()
    return result
