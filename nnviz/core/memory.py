"""How much memory an experiment will need, estimated before any of it is allocated.

A file of a few hundred bytes can ask for a network of 32 layers of 4096 units
trained on 100 000 samples in one batch: gigabytes of weights and of one
iteration's trace. :func:`memory_problem` estimates the largest arrays that
training, tracing and drawing hold at once and refuses an experiment whose
estimate exceeds :data:`MEMORY_BUDGET`, saying what to reduce, before any
weight is drawn. The estimate counts float64 arrays only (Python objects and
NumPy's temporaries add a little), so it errs small rather than large for
ordinary files and is far from the budget for every shipped preset.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

MEMORY_BUDGET = 1024**3
"""Bytes an experiment may need by :func:`estimate` (1 GiB)."""

_FLOAT = 8
_PARAMETER_COPIES = 10
"""Parameters, their first values, gradients (data, regularization, total), up to three
optimizer buffers, the updated parameters and the trace's references to the old ones."""
_TRACE_ARRAYS = 7
"""Per unit and batch row in a trace: input, z, a, dropout mask and output, ∂L/∂a, δ."""
MAX_TRACE_NUMBERS = 2_000_000
"""Numbers ``nnviz trace`` and the worked examples write at most (about 50 MB of JSON: as text,
each number costs some 25 times its 8 bytes while it is written)."""
_PLANE_POINTS = 100 * 100
"""The grid over the input plane on which 2-D experiments draw every unit."""


@dataclass(frozen=True)
class MemoryEstimate:
    """Bytes of the main arrays: parameters, one iteration's trace, evaluation, the drawn plane."""

    parameters: int
    trace: int
    evaluation: int
    plane: int
    trace_numbers: int
    """Numbers one iteration's trace writes: the layers' arrays and each parameter four times."""

    @property
    def total(self) -> int:
        return self.parameters + self.trace + self.evaluation + self.plane


def estimate(
    n_inputs: int, units: list[int], batch: int, samples: int, plane: bool, weights: int | None = None
) -> MemoryEstimate:
    """The estimate for a dense network ``n_inputs``-``units[0]``-…-``units[-1]``.

    ``batch`` rows per iteration, ``samples`` evaluated at once (the larger of the training
    and test sets), ``plane``: the app draws every unit over the 2-D input plane. For other
    layer kinds ``units`` are the values per sample each layer's trace holds and ``weights``
    the parameter count (kernels share their weights, so it is not the dense one).
    """
    sizes = [n_inputs, *units]
    if weights is None:
        weights = sum((fan_in + 1) * n for fan_in, n in itertools.pairwise(sizes))
    all_units = sum(sizes)
    widest = max(sizes)
    return MemoryEstimate(
        parameters=_PARAMETER_COPIES * weights * _FLOAT,
        trace=_TRACE_ARRAYS * batch * all_units * _FLOAT,
        evaluation=2 * samples * widest * _FLOAT,
        plane=(2 * _PLANE_POINTS * all_units * _FLOAT) if plane else 0,
        trace_numbers=(_TRACE_ARRAYS - 1) * batch * all_units + 4 * weights,
    )


def trace_problem(need: MemoryEstimate, iterations: int) -> str | None:
    """A message if writing ``iterations`` traces would exceed :data:`MAX_TRACE_NUMBERS`, else ``None``."""
    numbers = need.trace_numbers * iterations
    if numbers <= MAX_TRACE_NUMBERS:
        return memory_problem(need, traces=iterations)
    most = max(MAX_TRACE_NUMBERS // need.trace_numbers, 0)
    fewer = f"trace at most {most} iteration(s)" if most else "use a smaller batch_size or fewer units"
    return f"the trace would write {numbers:,} numbers; the limit is {MAX_TRACE_NUMBERS:,}: {fewer}"


def memory_problem(need: MemoryEstimate, budget: int = MEMORY_BUDGET, traces: int = 1) -> str | None:
    """A message saying what to reduce if ``need`` (with ``traces`` iterations' traces kept) is over budget."""
    total = need.total + (traces - 1) * need.trace
    if total <= budget:
        return None
    parts = [  # (bytes, what takes them, what to reduce)
        (need.parameters, "the weights, their gradients and optimizer state", "use fewer or smaller layers"),
        (
            need.trace * traces,
            f"the trace of {traces} iteration(s)" if traces > 1 else "one iteration's trace",
            "use a smaller batch_size, fewer units, or trace fewer iterations",
        ),
        (need.evaluation, "evaluating the data set", "use fewer samples or smaller layers"),
        (need.plane, "drawing every unit over the input plane", "use fewer or smaller layers"),
    ]
    _, biggest, advice = max(parts, key=lambda part: part[0])
    return (
        f"this experiment needs about {_size(total)} of memory, most of it for {biggest}; "
        f"the limit is {_size(budget)}: {advice}"
    )


def _size(n: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"
