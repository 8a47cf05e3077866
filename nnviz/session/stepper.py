"""The stepper: a cursor that reveals training one event at a time, forward and back.

The trainer computes a whole iteration at once (the same vectorized code that
trains fast) and the stepper only moves a cursor through its trace (see
:mod:`nnviz.session.events`). What lies after the cursor is hidden from the
views: :meth:`Stepper.is_revealed` says what may be shown, and
:meth:`Stepper.visible_parameters` gives a layer's old parameters until its
update is revealed.

**Positions.** The cursor is at an event of iteration *i*; the last event,
``update(layer L)``, means the iteration is complete. Before the first
iteration there is no trace and no event (``Position.index`` is −1). Stepping
past the end of an iteration computes the next one with ``trainer.step()``, and
:meth:`Stepper.run` uses the very same call, so a run driven by the cursor
equals fast training bit for bit.

**Invariant.** The trainer has always completed exactly the iteration the
cursor is in: its parameters are the ones after the update. Drive training only
through the stepper; call :meth:`Stepper.settings_changed` after changing the
optimizer's hyper-parameters or the regularizer, and build a new stepper when
anything else changes (network shape, loss, data, batch size).

**Rewind and fast runs.** Stepping back restores a snapshot and replays,
bit-identical (:mod:`nnviz.session.stepper_rewind`); :meth:`Stepper.run` stops
exactly where stepping would (:mod:`nnviz.session.stepper_fast_run`).

**Replicas.** A copy of the stepper (pickled into a training process) can run
and step in its place: :meth:`Stepper.take_progress` says what it did since
the last call, and :meth:`Stepper.apply_progress` brings the original level
with it — the same cursor, trace, trainer state, snapshots and metric points,
bit for bit, as if the original had run. Edits and settings changes are made
on the original only.

**Edits.** :meth:`Stepper.edit_parameter` changes one weight or bias. Before
that layer's update is revealed it changes the parameter the iteration started
from and recomputes the iteration with the same batch and dropout masks; after,
it changes the new parameter, which counts from the next iteration on. Either
way the remembered future is forgotten, and the edited state is *pinned*: any
later pass from that iteration on starts from it, not from what was computed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

import numpy as np

from nnviz.core.trace import IterationTrace
from nnviz.core.training import Trainer, TrainerState
from nnviz.session.breakpoints import Breakpoints, Stop
from nnviz.session.events import (
    BACKWARD,
    FORWARD,
    LOSS,
    UPDATE,
    Event,
    Granularity,
    event_index,
    iteration_events,
    stop_indices,
)
from nnviz.session.history import (
    MEMORY_BUDGET,
    MetricHistory,
    MetricPoints,
    Snapshots,
    grad_norms,
    snapshot_stride,
)
from nnviz.session.lane_share import LaneShare
from nnviz.session.stepper_cursor import CursorArithmetic, Position
from nnviz.session.stepper_fast_run import FastRun
from nnviz.session.stepper_rewind import Rewind

Array = np.ndarray


@dataclass(frozen=True)
class Progress:
    """What a stepper did since its last :meth:`Stepper.take_progress` (see the module docstring).

    The remembered future after iteration ``cut`` was rewritten, and ``metrics``
    are the metric points after it (or all of them). ``snapshots`` are the kept
    ``(iteration, state)`` from ``snapshot_cut`` on, or ``None`` when they were
    left for a later progress (an original without them is behind in snapshots
    only: it rewinds correctly, replaying from older ones).
    """

    cursor: int
    trace: IterationTrace | None
    state: TrainerState
    frontier: int
    cut: int
    metrics: MetricPoints
    snapshot_cut: int
    snapshots: list[tuple[int, TrainerState]] | None
    stop_reason: Stop | None


@dataclass(frozen=True)
class _Edit:
    """An applied edit, enough to undo it: where the cursor was and the value before."""

    at: int
    layer: int
    unit: int
    source: int | str
    old: float


class Stepper(CursorArithmetic, Rewind, FastRun):
    """Cursor over the training iterations of ``trainer`` (see the module docstring)."""

    def __init__(
        self,
        trainer: Trainer,
        *,
        history_limit: int = 1000,
        memory_budget: int = MEMORY_BUDGET,
        metric_points: int = 2000,
        breakpoints: Breakpoints | None = None,
    ):
        network = trainer.network
        self.trainer = trainer
        self.events = iteration_events(network.sizes, network.shapes)
        self.breakpoints = breakpoints or Breakpoints()
        self.stop_reason: Stop | None = None
        """Why the last step or run stopped short of its target (``None``: it did not)."""
        param_bytes = sum(p.nbytes for p in network.parameters())
        self.snapshots = Snapshots(history_limit, snapshot_stride(param_bytes, history_limit, memory_budget))
        self.metrics = MetricHistory(len(network.layers), metric_points, LaneShare.of(network))
        self._where = event_index(self.events)
        self._stops = {g: stop_indices(self.events, g) for g in Granularity}
        self._base = trainer.iteration
        self._p = -1
        self._trace: IterationTrace | None = None
        self._frontier = trainer.iteration
        self._edits: list[_Edit] = []
        self.snapshots.record(trainer.iteration, trainer.state(), force=True)
        self._cut = self._snapshot_cut = self._frontier
        """The lowest iteration after which the remembered future (metric points; snapshots) changed
        since the last progress (that had snapshots)."""
        self._every = self.metrics.every

    # -- what the views may show -------------------------------------------------

    @property
    def trace(self) -> IterationTrace | None:
        """The current iteration's full trace (``None`` before the first); show only what is revealed."""
        return self._trace

    @property
    def position(self) -> Position:
        i, c = self._split(self._p)
        if self._trace is None:
            return Position(i, 0, -1, None)
        return Position(i, self._trace.epoch, c, self.events[c])

    @property
    def current_event(self) -> Event | None:
        return self.position.event

    @property
    def grad_norms(self) -> list[float]:
        """Per-layer gradient norms of the current iteration (empty before the first)."""
        return [] if self._trace is None else grad_norms(self._trace)

    @property
    def can_step_back(self) -> bool:
        return self._p > self._earliest()

    def is_revealed(self, phase: str, layer: int, unit: int | None = None) -> bool:
        """Whether the event is at or before the cursor. For forward and backward,
        ``unit=None`` means the whole layer (its last unit; a conv or pool layer's last cell)."""
        if self._trace is None:
            return False
        sizes = self.trainer.network.sizes
        if phase in (FORWARD, BACKWARD) and unit is None and 1 <= layer < len(sizes):
            unit = sizes[layer] - 1
        key = (LOSS, 0, None) if phase == LOSS else (phase, layer, unit)
        if key not in self._where:
            raise ValueError(f"no event {phase} at layer {layer}, unit {unit}")
        return self._where[key] <= self._split(self._p)[1]

    def visible_parameters(self, layer: int) -> tuple[Array | None, Array | None]:
        """``(W, b)`` of ``layer`` (1..L) as the cursor sees them: (units, fan_in) and (units,), a conv
        kernel (out, in, kh, kw) and (out,), ``(None, None)`` for a layer without parameters; the
        ones the iteration started from until ``update(layer)`` is revealed."""
        if not 1 <= layer <= len(self.trainer.network.layers):
            raise ValueError(f"layer must be 1..{len(self.trainer.network.layers)}, got {layer}")
        if self._trace is not None and not self.is_revealed(UPDATE, layer):
            lt = self._trace.layers[layer - 1]
            return lt.W_before, lt.b_before
        dense = self.trainer.network.layers[layer - 1]
        return dense.W, dense.b

    # -- moving the cursor ---------------------------------------------------------

    def step(self, granularity: Granularity) -> Stop | None:
        """Move to the end of the next piece of ``granularity``; stops early at a breakpoint."""
        with np.errstate(all="ignore"):
            self.stop_reason = self._advance(self._next_stop(granularity))
        return self.stop_reason

    def step_back(self, granularity: Granularity) -> Stop | None:
        """Move to the end of the previous piece of ``granularity`` (breakpoints do not fire)."""
        with np.errstate(all="ignore"):
            self.stop_reason = self._retreat(self._previous_stop(granularity))
        return self.stop_reason

    def rewind_to(self, iteration: int) -> Stop | None:
        """Move back to the end of ``iteration`` (0: before the first), by snapshot and replay; a
        later or the current iteration leaves the cursor where it is."""
        target = self._at(iteration, len(self.events) - 1)
        if target < self._p:
            with np.errstate(all="ignore"):
                self.stop_reason = self._retreat(target)
        return self.stop_reason

    def run(self, iterations: int) -> Stop | None:
        """Finish the current iteration and train ``iterations`` more, fast; stops early at a breakpoint."""
        if iterations < 1:
            raise ValueError(f"run needs a number of iterations ≥ 1, got {iterations}")
        i = self._split(self._p)[0]
        target = self._at(i + iterations, len(self.events) - 1)
        with np.errstate(all="ignore"):
            stop = self._advance(self._at(i, len(self.events) - 1))
            self.stop_reason = stop if stop is not None else self._run_whole(target)
        return self.stop_reason

    # -- editing ---------------------------------------------------------------------

    def edit_parameter(self, layer: int, unit: int, source: int | str, value: float) -> None:
        """Set the weight from input ``source`` (0..fan_in−1), or the bias (``"bias"``, or input
        ``fan_in``: the bias unit's edge, as :mod:`nnviz.session.selection` encodes it), of
        ``unit`` (0-based) in ``layer`` (1..L) to ``value``; see the module docstring.

        In a conv layer ``unit`` is the output channel (the kernel) and ``source`` indexes its
        weights (in, kh, kw) in row-major order, ``fan_in`` = in·kh·kw being the bias: the
        kernel's row ``W.reshape(out, −1)``, as the forward pass multiplies it with each window."""
        layers = self.trainer.network.layers
        if isinstance(source, int) and 1 <= layer <= len(layers) and source == _fan_in(layers[layer - 1]):
            source = "bias"
        self._check_edit(layer, unit, source, value)
        with np.errstate(all="ignore"):
            old = self._apply_edit(layer, unit, source, float(value))
        self._edits.append(_Edit(self._p, layer, unit, source, old))

    def undo_edit(self) -> bool:
        """Undo the last edit, at the cursor position it was made at; False if there is none
        (or it lies before the rewind history)."""
        if not self._edits:
            return False
        edit = self._edits.pop()
        if edit.at < self._earliest():
            self._edits.clear()
            return False
        with np.errstate(all="ignore"):
            if edit.at < self._p:
                self._retreat(edit.at)
            else:
                self._advance(edit.at, check=False)
            self._apply_edit(edit.layer, edit.unit, edit.source, edit.old)
        self.stop_reason = None
        return True

    def settings_changed(self) -> None:
        """Call after changing the trainer's optimizer hyper-parameters or regularizer.

        They apply from the next iteration; the remembered iterations after the
        cursor's are forgotten. Snapshots hold the settings, so replaying earlier
        iterations uses the ones they ran with.
        """
        self._forget_after(self._split(self._p)[0], self.trainer.state())

    # -- replicas ----------------------------------------------------------------------

    def replica(self) -> Stepper:
        """A copy to train elsewhere (pickle it): it shares everything but the snapshots, of which
        it holds only what training onward reads (:meth:`Snapshots.for_replica`)."""
        replica = copy.copy(self)
        replica.snapshots = self.snapshots.for_replica(self.trainer.iteration)
        return replica

    def take_progress(self, *, snapshots: bool = True) -> Progress:
        """What this stepper did since the last call (or since it was made), with the snapshots
        or without them (they are about half the bytes); see :class:`Progress`."""
        progress = Progress(
            self._p,
            self._trace,
            self.trainer.state(),
            self._frontier,
            self._cut,
            self.metrics.points_after(self._cut, self._every),
            self._snapshot_cut,
            self.snapshots.kept_from(self._snapshot_cut) if snapshots else None,
            self.stop_reason,
        )
        self._cut, self._every = self._frontier, self.metrics.every
        if snapshots:
            self._snapshot_cut = self._frontier
        return progress

    def apply_progress(self, progress: Progress) -> None:
        """Catch up with a copy of this stepper that made ``progress`` (every progress since the
        copy, in order)."""
        self.trainer.restore(progress.state)
        self._p = progress.cursor
        self._trace = progress.trace
        if progress.snapshots is not None:
            self.snapshots.take_kept(progress.snapshot_cut, progress.snapshots)
        self.metrics.take_points(progress.metrics)
        self._frontier = progress.frontier
        self.stop_reason = progress.stop_reason

    # -- internals ---------------------------------------------------------------------

    def _compute(self) -> None:
        """The next iteration: the trainer steps; a new iteration goes into the history."""
        # After an edit or a settings change, training goes on from the pinned state.
        edited = self.snapshots.pinned(self.trainer.iteration)
        if edited is not None:
            self.trainer.restore(edited)
        trace = self.trainer.step()
        self._trace = trace
        if trace.iteration > self._frontier:
            self._frontier = trace.iteration
            self.metrics.record(trace)
            if self.snapshots.wants(trace.iteration):
                self.snapshots.record(trace.iteration, self.trainer.state())

    def _advance(self, target: int, *, check: bool = True) -> Stop | None:
        last = len(self.events) - 1
        while self._p < target:
            i, c = self._split(self._p)
            if c == last:
                self._compute()
                i, c = i + 1, -1
            hi = min(last, target - self._at(i, 0))
            hit = self.breakpoints.find_stop(self._trace, self.events, self._where, c + 1, hi) if check else None
            if hit is not None:
                self._p = self._at(i, hit[0])
                return hit[1]
            self._p = self._at(i, hi)
        return None

    def _check_edit(self, layer: int, unit: int, source: int | str, value: float) -> None:
        layers = self.trainer.network.layers
        if not 1 <= layer <= len(layers):
            raise ValueError(f"layer must be 1..{len(layers)}, got {layer}")
        target = layers[layer - 1]
        if target.W is None:
            raise ValueError(f"layer {layer} ({target.kind}) has no parameters to edit")
        rows, fan_in = len(target.W), _fan_in(target)
        if not 0 <= unit < rows:
            what = "kernels" if target.kind == "conv2d" else "units"
            raise ValueError(f"layer {layer} has {what} 0..{rows - 1}, got {unit}")
        if source != "bias" and not (isinstance(source, int) and 0 <= source < fan_in):
            raise ValueError(f"source must be an input 0..{fan_in - 1} or 'bias', got {source!r}")
        if not np.isfinite(value):
            raise ValueError(f"a parameter must be a finite number, got {value!r}")

    def _apply_edit(self, layer: int, unit: int, source: int | str, value: float) -> float:
        """Apply an edit at the cursor (see the module docstring); returns the value it replaced."""
        i = self._split(self._p)[0]
        network = self.trainer.network
        target = network.layers[layer - 1]
        with_params = sum(1 for below in network.layers[: layer - 1] if below.W is not None)
        slot = 2 * with_params + (1 if source == "bias" else 0)
        index = unit if source == "bias" else (unit, *np.unravel_index(source, target.W.shape[1:]))
        if self._trace is not None and not self.is_revealed(UPDATE, layer):
            # The iteration started from the old parameter: change it there and recompute.
            self._replay_to(i - 1)
            start = self.trainer.state()
            params = list(start.params)
            old = float(params[slot][index])
            params[slot] = _with_value(params[slot], index, value)
            start = replace(start, params=params)
            self._forget_after(i - 1, start)
            self._compute()  # starts from the pinned, edited state
            return old
        params = list(self.trainer.network.parameters())
        old = float(params[slot][index])
        params[slot] = _with_value(params[slot], index, value)
        self.trainer.network.set_parameters(params)
        self._forget_after(i, self.trainer.state())
        return old


def _fan_in(layer) -> int:
    """The weights per unit (per kernel of a conv: in·kh·kw), the bias's ``source``; 0 without parameters."""
    return 0 if layer.W is None else int(np.prod(layer.W.shape[1:]))


def _with_value(x: Array, index: int | tuple[int, ...], value: float) -> Array:
    """A copy of ``x`` with one entry changed: parameters are never changed in place."""
    x = x.copy()
    x[index] = value
    return x
