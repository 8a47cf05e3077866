"""Fast runs of the stepper that still stop exactly where stepping would.

:meth:`~nnviz.session.stepper.Stepper.run` checks per iteration only what is
cheap and checks the parameters for non-finite values every :data:`FAST_BLOCK`
iterations, doing that block again with every check if they went non-finite.
"""

from __future__ import annotations

import math

from nnviz.session.breakpoints import Stop, parameters_finite

FAST_BLOCK = 256
"""A fast run checks the parameters for non-finite values after at most this many iterations."""


class FastRun:
    """Fast runs of :class:`~nnviz.session.stepper.Stepper` (mixed into it: they compute with its
    trainer and move its cursor)."""

    def _run_whole(self, target: int) -> Stop | None:
        """From the end of an iteration, :meth:`_advance` to ``target`` (also an iteration's end), fast.

        Per iteration only what is cheap is checked: the iteration and gradient
        breakpoints, and the loss for non-finite values. Non-finite parameters are
        checked at the end of each block of at most :data:`FAST_BLOCK` iterations:
        once non-finite they stay so (an update of ±∞ or NaN is ±∞ or NaN), so if
        they are non-finite then but were finite at the block's start, the block is
        done again with every check and stops where :meth:`_advance` would have.
        A block is shorter than the rewind reach, so the snapshots still reach back
        from the stop; the future the block had computed is forgotten.
        """
        bp = self.breakpoints
        watch = bp.non_finite and parameters_finite(self.trainer.network.parameters())
        if not watch and not bp.iterations and not bp.grad_norm_below:
            return self._advance(target, check=False)
        block = min(FAST_BLOCK, self.snapshots.reach) * len(self.events)
        while self._p < target:
            stop = self._run_block(min(target, self._p + block), watch)
            if stop is not None:
                return stop
        return None

    def _run_block(self, target: int, watch: bool) -> Stop | None:
        """One block of :meth:`_run_whole` (``watch``: look for non-finite values)."""
        bp = self.breakpoints
        start, start_state = self._p, self.trainer.state()
        last = len(self.events) - 1
        while self._p < target:
            self._compute()
            trace = self._trace
            self._p = self._at(trace.iteration, last)
            if (
                trace.iteration in bp.iterations
                or bp.grad_norm_below
                or (watch and not math.isfinite(trace.loss_total))
            ):
                hit = bp.find_stop(trace, self.events, self._where, 0, last)
                if hit is not None:
                    self._p = self._at(trace.iteration, hit[0])
                    return hit[1]
        if not watch or parameters_finite(self.trainer.network.parameters()):
            return None
        self.trainer.restore(start_state)
        self._p = start
        stop = self._advance(target)
        self._truncate(self._split(self._p)[0])
        return stop
