"""Where the stepper's cursor is: one global number ``p`` and its (iteration, event) pair.

``p`` counts events from the first iteration after the stepper's base (−1 is the
end of the base iteration, before anything was shown); :meth:`CursorArithmetic._split`
and :meth:`CursorArithmetic._at` convert, and the next or previous stop of a
granularity is a cursor too.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from nnviz.session.events import EPOCH, Event, Granularity


@dataclass(frozen=True)
class Position:
    """Where the cursor is: in ``iteration`` (from 1) of ``epoch`` (from 1), at ``event``,
    number ``index`` of the iteration's events.

    Before the first iteration of the session no event is shown: ``index`` is −1,
    ``event`` ``None``, ``epoch`` 0 and ``iteration`` the number already done (0
    for a new network).
    """

    iteration: int
    epoch: int
    index: int
    event: Event | None


class CursorArithmetic:
    """The cursor arithmetic of :class:`~nnviz.session.stepper.Stepper` (mixed into it: it reads
    its events, base iteration and cursor)."""

    def _split(self, p: int) -> tuple[int, int]:
        """Global cursor ``p`` → (iteration, event index); p = −1 is the end of iteration ``base``."""
        n = len(self.events)
        return self._base + p // n + 1, p % n

    def _at(self, iteration: int, index: int) -> int:
        return (iteration - self._base - 1) * len(self.events) + index

    def _next_stop(self, granularity: Granularity) -> int:
        i, c = self._split(self._p)
        last = len(self.events) - 1
        if granularity is EPOCH:
            per = self.trainer.iterations_per_epoch
            m = i if c < last else i + 1
            return self._at(-(-m // per) * per, last)
        stops = self._stops[granularity]
        k = bisect.bisect_right(stops, c)
        return self._at(i, stops[k]) if k < len(stops) else self._at(i + 1, stops[0])

    def _previous_stop(self, granularity: Granularity) -> int:
        """The latest stop before the cursor; −1 (before the first iteration) is a stop of all."""
        i, c = self._split(self._p)
        last = len(self.events) - 1
        if granularity is EPOCH:
            per = self.trainer.iterations_per_epoch
            target = self._at((i - 1) // per * per, last)
        else:
            stops = self._stops[granularity]
            k = bisect.bisect_left(stops, c)
            target = self._at(i, stops[k - 1]) if k > 0 else self._at(i - 1, last)
        return max(target, -1)
