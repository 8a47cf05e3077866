"""What the session remembers of past iterations: snapshots to rewind, metrics to plot.

**Snapshots.** A :class:`~nnviz.core.training.TrainerState` (parameters, optimizer
buffers and hyper-parameters, regularizer, generator state, position in the
epoch) is everything needed to replay the following iterations bit for bit. Updates make new arrays instead of
changing old ones, so a snapshot holds references and costs only the arrays
that iteration created: the parameters and at most three optimizer buffers of
the same shapes. To rewind across ``reach`` iterations within a memory budget,
:class:`Snapshots` keeps one state every ``stride`` iterations; going back to
iteration *n* restores the nearest earlier snapshot and replays the rest.

**Metrics.** :class:`MetricHistory` keeps, per iteration, the data loss, the
regularization term, the total loss and each layer's gradient norm, for the
plots; for a Wide&Deep network also each lane's gradient norm and the wide
lane's share of the change in z (:mod:`nnviz.session.lane_share`). It holds
at most ``capacity`` points: when full it keeps every other point and from then
on records every second iteration (then every fourth, …).

**Epochs.** The workspace's per-epoch evaluations are thinned by
:func:`thin_epochs` so that a run of any length keeps a few thousand: every
epoch of the latest :data:`EPOCH_TAIL`, then every second, fourth, … further
back, so the plots still span the whole run.

**Replicas.** A history trained elsewhere (a training process) is copied
point by point: :meth:`MetricHistory.points_after` gives what a copy needs and
:meth:`MetricHistory.take_points` brings the copy level.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import numpy as np

from nnviz.core.trace import IterationTrace
from nnviz.core.training import TrainerState
from nnviz.session.lane_share import COLUMNS as LANE_COLUMNS
from nnviz.session.lane_share import LaneShare

Array = np.ndarray
MEMORY_BUDGET = 64 * 2**20
"""Default bytes that rewind snapshots may take."""


EPOCH_TAIL = 1024
"""Epochs kept one by one behind the newest (the breakpoint "test loss rising for N epochs" reads up to 1000)."""


def thin_epochs(records: list, epoch: int) -> None:
    """Thin per-epoch ``records`` (each with an ``.epoch``, in order) in place for a run at ``epoch``.

    Let c = ``epoch`` rounded down to a multiple of :data:`EPOCH_TAIL`. Epoch 1, every record
    after c − EPOCH_TAIL, and further back every 2ᵏ-th epoch for records 2ᵏ⁻¹·EPOCH_TAIL or
    more epochs before c are kept: about EPOCH_TAIL/2 more records each time a run doubles.
    The records kept depend only on which were added and on c, and a record dropped at one
    c is dropped at every later one, so two copies of a history that thin at different times
    agree whenever they have seen the same records and the same c.
    """
    c = epoch - epoch % EPOCH_TAIL
    if c <= EPOCH_TAIL or not records or records[0].epoch > c - EPOCH_TAIL:
        return
    kept = [r for r in records if _kept(r.epoch, c)]
    if len(kept) < len(records):
        records[:] = kept


def _kept(e: int, c: int) -> bool:
    age = c - e
    if age < EPOCH_TAIL or e == 1:
        return True
    k = (age // EPOCH_TAIL).bit_length()  # 1 for ages [T, 2T), 2 for [2T, 4T), …
    return e % (1 << k) == 0


def grad_norms(trace: IterationTrace) -> list[float]:
    """Per layer, the Euclidean norm of the whole parameter gradient ‖(∂L/∂W, ∂L/∂b)‖
    (NaN for a layer without parameters — a pool, flatten or concat — so no breakpoint fires on it)."""
    return [
        math.nan
        if lt.grad_W is None
        else math.sqrt(float(np.vdot(lt.grad_W, lt.grad_W)) + float(np.vdot(lt.grad_b, lt.grad_b)))
        for lt in trace.layers
    ]


MIN_STRIDE = 8
"""Iterations between snapshots at least. Taking one costs about a tenth of a small net's
iteration (the generator state, the optimizer's buffers); going back one iteration replays at
most seven, about a millisecond."""


def snapshot_stride(param_bytes: int, reach: int, budget: int = MEMORY_BUDGET) -> int:
    """Iterations between snapshots so that ``reach`` iterations of them fit in ``budget`` bytes
    (and at least :data:`MIN_STRIDE`).

    A snapshot costs at most four times the parameters (parameters plus Adam's
    two buffers and AMSGrad's maximum, or RMSprop's three).
    """
    return max(MIN_STRIDE, -(-4 * param_bytes * reach // budget))


class Snapshots:
    """Trainer states by iteration (the state *after* that many iterations), for rewind.

    Keeps every iteration that is a multiple of ``stride``, plus any recorded
    with ``force`` (edited parameters or settings: *pinned*), and drops those older than needed
    to reach ``reach`` iterations back from the newest.
    """

    def __init__(self, reach: int, stride: int = 1):
        if reach < 1 or stride < 1:
            raise ValueError(f"reach and stride must be ≥ 1, got {reach} and {stride}")
        self.reach = reach
        self.stride = stride
        self._iterations: list[int] = []
        self._states: list[TrainerState] = []
        self._pinned: set[int] = set()

    def __len__(self) -> int:
        return len(self._iterations)

    @property
    def oldest(self) -> int:
        """The earliest iteration a state is kept for."""
        return self._iterations[0]

    def wants(self, iteration: int) -> bool:
        """Whether :meth:`record` (without ``force``) would keep a state for ``iteration``:
        ask first, and build the state only then."""
        return iteration % self.stride == 0

    def record(self, iteration: int, state: TrainerState, *, force: bool = False) -> None:
        """Keep ``state`` for ``iteration`` if it falls on the stride (always when ``force``,
        replacing a kept one)."""
        pos = bisect.bisect_left(self._iterations, iteration)
        present = pos < len(self._iterations) and self._iterations[pos] == iteration
        if force:
            self._pinned.add(iteration)
        if present:
            if force:
                self._states[pos] = state
            return
        if not force and iteration % self.stride:
            return
        self._iterations.insert(pos, iteration)
        self._states.insert(pos, state)
        self._evict()

    def pinned(self, iteration: int) -> TrainerState | None:
        """The state recorded with ``force`` for ``iteration`` (an edit), else ``None``.

        Training past that iteration must continue from it, not from what the
        trainer computed.
        """
        return self.nearest(iteration)[1] if iteration in self._pinned else None

    def nearest(self, iteration: int) -> tuple[int, TrainerState]:
        """The latest kept ``(iteration, state)`` at or before ``iteration``; ``LookupError`` if none."""
        pos = bisect.bisect_right(self._iterations, iteration) - 1
        if pos < 0:
            raise LookupError(f"no snapshot at or before iteration {iteration}")
        return self._iterations[pos], self._states[pos]

    def for_replica(self, iteration: int) -> Snapshots:
        """A copy with only the latest state at or before ``iteration`` and the pinned ones after
        it: all that training onward from ``iteration`` reads (what the copy records it reports
        with :meth:`kept_from`; rewinding stays with the original)."""
        copy = Snapshots(self.reach, self.stride)
        first = max(bisect.bisect_right(self._iterations, iteration) - 1, 0)
        for pos in range(first, len(self._iterations)):
            i = self._iterations[pos]
            if pos == first or i in self._pinned:
                copy._iterations.append(i)
                copy._states.append(self._states[pos])
        copy._pinned = {i for i in copy._iterations if i in self._pinned}
        return copy

    def kept_from(self, iteration: int) -> list[tuple[int, TrainerState]]:
        """The kept ``(iteration, state)`` from ``iteration`` on, oldest first."""
        pos = bisect.bisect_left(self._iterations, iteration)
        return list(zip(self._iterations[pos:], self._states[pos:], strict=True))

    def take_kept(self, iteration: int, kept: list[tuple[int, TrainerState]]) -> None:
        """Make a copy level with the one that gave ``kept_from(iteration)``, when they agreed up to
        ``iteration`` and the other pinned nothing since: recording the same states in the same
        order evicts the same ones."""
        self.truncate(iteration)
        for i, state in kept:
            self.record(i, state)

    def truncate(self, iteration: int) -> None:
        """Forget the states after ``iteration`` (they belong to a future that was edited)."""
        pos = bisect.bisect_right(self._iterations, iteration)
        del self._iterations[pos:], self._states[pos:]
        self._pinned = {i for i in self._pinned if i <= iteration}

    def _evict(self) -> None:
        # Keep the latest state at or before newest − reach − 1: showing the iteration
        # ``reach`` back from the newest replays from there.
        oldest_needed = self._iterations[-1] - self.reach - 1
        while len(self._iterations) > 1 and self._iterations[1] <= oldest_needed:
            self._pinned.discard(self._iterations.pop(0))
            self._states.pop(0)


@dataclass(frozen=True)
class MetricPoints:
    """Points of a :class:`MetricHistory` after iteration ``after``, recorded every ``every`` iterations.

    ``iterations`` (n,) and ``values`` (n, 3 + L), or (n, 3 + L + 3) with lanes, as the history holds them.
    """

    after: int
    every: int
    iterations: Array
    values: Array


class MetricHistory:
    """Per-iteration losses and gradient norms for ``n_layers`` layers, at most ``capacity`` points.

    With ``lanes`` (a Wide&Deep network's :class:`~nnviz.session.lane_share.LaneShare`) each
    point also holds the lanes' gradient norms and the wide lane's share of the change in z.
    """

    def __init__(self, n_layers: int, capacity: int = 2000, lanes: LaneShare | None = None):
        if capacity < 2:
            raise ValueError(f"the metric history needs room for at least 2 points, got {capacity}")
        self.every = 1
        """Iterations between recorded points (doubles each time the history fills)."""
        self.lanes = lanes
        self._layers = n_layers
        self._iterations = np.zeros(capacity, dtype=np.int64)
        self._values = np.zeros((capacity, 3 + n_layers + (LANE_COLUMNS if lanes else 0)))
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def record(self, trace: IterationTrace) -> None:
        """Add an iteration's losses and per-layer gradient norms (skipped between decimated points)."""
        iteration = trace.iteration
        if iteration % self.every:
            return
        if self._n == len(self._iterations):
            keep = self._iterations[: self._n] % (2 * self.every) == 0
            kept = int(keep.sum())
            self._iterations[:kept] = self._iterations[: self._n][keep]
            self._values[:kept] = self._values[: self._n][keep]
            self._n = kept
            self.every *= 2
            if iteration % self.every:
                return
        self._iterations[self._n] = iteration
        self._values[self._n, :3] = (trace.loss_data, trace.loss_reg, trace.loss_total)
        self._values[self._n, 3 : 3 + self._layers] = grad_norms(trace)
        if self.lanes is not None:
            self._values[self._n, 3 + self._layers :] = self.lanes.columns(trace)
        self._n += 1

    def truncate(self, iteration: int) -> None:
        """Forget the points after ``iteration``."""
        self._n = int(np.searchsorted(self._iterations[: self._n], iteration, side="right"))

    def points_after(self, iteration: int, every: int) -> MetricPoints:
        """What a copy that recorded every ``every`` iterations needs to equal this history,
        if it agrees with it up to ``iteration``: the points after that, or all of them
        when this history was thinned since (its :attr:`every` is no longer ``every``)."""
        n = self._n
        start = 0 if every != self.every else int(np.searchsorted(self._iterations[:n], iteration, "right"))
        after = iteration if start else -1
        return MetricPoints(after, self.every, self._iterations[start:n].copy(), self._values[start:n].copy())

    def take_points(self, points: MetricPoints) -> None:
        """Replace the points after ``points.after`` with ``points`` (see :meth:`points_after`)."""
        theirs, ours = points.values.shape[1], self._values.shape[1]
        if theirs != ours:
            raise ValueError(f"metric points of {theirs} columns, expected {ours}")
        self.truncate(points.after)
        end = self._n + len(points.iterations)
        if end > len(self._iterations):
            raise ValueError(f"{end} metric points do not fit in {len(self._iterations)}")
        self._iterations[self._n : end] = points.iterations
        self._values[self._n : end] = points.values
        self._n = end
        self.every = points.every

    @property
    def iterations(self) -> Array:
        """Iteration numbers of the points, (n,)."""
        return self._iterations[: self._n].copy()

    @property
    def loss_data(self) -> Array:
        return self._values[: self._n, 0].copy()

    @property
    def loss_reg(self) -> Array:
        return self._values[: self._n, 1].copy()

    @property
    def loss_total(self) -> Array:
        return self._values[: self._n, 2].copy()

    @property
    def grad_norms(self) -> Array:
        """Gradient norm of each layer, (n, L); column k−1 is layer k."""
        return self._values[: self._n, 3 : 3 + self._layers].copy()

    @property
    def lane_norms(self) -> Array | None:
        """``(‖∇_wide‖, ‖∇_deep‖)`` of each point, (n, 2); ``None`` without lanes."""
        return None if self.lanes is None else self._values[: self._n, 3 + self._layers : 5 + self._layers].copy()

    @property
    def wide_share(self) -> Array | None:
        """The wide lane's share of the change in z per point, (n,) in [0, 1] or NaN; ``None`` without lanes."""
        return None if self.lanes is None else self._values[: self._n, 5 + self._layers].copy()
