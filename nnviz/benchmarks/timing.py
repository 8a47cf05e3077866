"""Timing that survives a noisy machine: calibrated chunks, interleaved rounds, best of k.

Every contender is a function ``run(n)`` doing ``n`` iterations. Each is first
calibrated so that one chunk lasts about ``chunk_seconds``; then the contenders
take turns, one chunk each, for ``rounds`` rounds. Interleaving spreads a
background burst over all contenders instead of one, and the best chunk of each
is its speed (noise only ever slows a chunk down), so ratios taken from one run
are stable. The median chunk is kept too, for the JSON output.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """How long to measure: ``rounds`` interleaved chunks of about ``chunk_seconds`` per contender."""

    # Many short chunks: on a busy machine some of them run undisturbed, and the best is one of those.
    chunk_seconds: float = 0.02
    rounds: int = 35
    live_seconds: float = 5.0
    """How long each live-run row of the app trains and redraws (:mod:`nnviz.benchmarks.live`)."""

    @classmethod
    def quick(cls) -> Budget:
        return cls(chunk_seconds=0.01, rounds=8, live_seconds=1.5)

    @classmethod
    def tiny(cls) -> Budget:
        """For tests: every contender runs, the numbers mean little."""
        return cls(chunk_seconds=0.001, rounds=2, live_seconds=0.2)


@dataclass(frozen=True)
class Rate:
    """Iterations per second of one contender: the best and the median chunk."""

    best: float
    median: float


def calibrate(run: Callable[[int], None], seconds: float) -> int:
    """Iterations that take about ``seconds`` (at least 1): doubling from 1, then scaled."""
    n = 1
    while True:
        start = time.perf_counter()
        run(n)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds / 4 or n >= 1 << 24:
            return max(1, round(n * seconds / max(elapsed, 1e-9)))
        n *= 2


def measure(contenders: dict[str, Callable[[int], None]], budget: Budget) -> dict[str, Rate]:
    """Iterations per second of each contender, measured in interleaved rounds."""
    sizes = {name: calibrate(run, budget.chunk_seconds) for name, run in contenders.items()}
    rates: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(budget.rounds):
        for name, run in contenders.items():
            n = sizes[name]
            start = time.perf_counter()
            run(n)
            rates[name].append(n / (time.perf_counter() - start))
    return {name: Rate(max(r), statistics.median(r)) for name, r in rates.items()}
