"""One view of the step: every number a panel may show at the cursor, decided here once (no Qt).

The canvas, the inspector, the matrix view and the softmax panel draw from a
:class:`StepView`; none of them asks the stepper what is revealed. Its rules:

- **Visible at the cursor.** z, a and the dropout output of unit j of layer k
  once ``forward(k, j)`` is at or before the cursor (a softmax layer's a all at
  once, at its last unit: each divides by every unit's e^z); ∂L/∂a, δ and the unit's row
  of gradients once ``backward(k, j)`` is; the step Δ and the new parameters
  once ``update(k)`` is; the loss once ``loss`` is. Everything else is NaN, so
  a view draws it empty ("—"), never stale.
- **Parameters and their time point.** :attr:`LayerView.parameters` are the
  ones the iteration started from until ``update(k)`` is revealed, then the
  new ones; :attr:`LayerView.after_update` says which. A product such as w·a
  of the forward pass always uses :attr:`LayerView.before`, the parameters
  the forward pass used.
- **One traced sample.** Batch row :attr:`StepView.row` (0-based, clamped to
  the batch), named by :mod:`nnviz.core.numbering` ("sample 4 (batch row 2)";
  classes from 0 as the targets write them).
- **The exercise mode** (:mod:`nnviz.session.exercise`): the values after the
  cursor stay blank as ever; the learner's own answers for them, each judged,
  come with the view (:attr:`StepView.exercise`, :attr:`StepView.exercise_marks`).
- **One encoding of the bias unit**: input column ``fan_in`` of a layer
  (:mod:`nnviz.session.selection`). Parameter matrices here are ``[W | b]``,
  (units, fan_in + 1), and A is ``[a | 1]``, (N, fan_in + 1).

Other kinds of layer (conv, pool, flatten, concat) get a
:class:`~nnviz.session.map_view.MapLayerView` with the same rules, cell by cell
of their output maps, as dense layers get a :class:`~nnviz.session.layer_view.LayerView`;
:meth:`StepView.unit_values` reads both. The app's panels
draw dense layers only (conv, pool and concat panels come with their own issues).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from nnviz.core.losses import true_classes
from nnviz.core.network import Network
from nnviz.core.numbering import batch_sample_label, class_label
from nnviz.core.trace import IterationTrace
from nnviz.session.event_sentences import event_groups
from nnviz.session.events import BACKWARD, FORWARD, LOSS, UPDATE, Event
from nnviz.session.layer_view import LayerView
from nnviz.session.map_view import MapLayerView, kernel_matrix
from nnviz.session.selection import Selection

if TYPE_CHECKING:
    from nnviz.session.exercise import Exercise

Array = np.ndarray
NAN = float("nan")
CLASSIFIER_LOSSES = ("bce", "cross_entropy", "hinge")


@dataclass(eq=False)
class StepView:
    """Everything the panels show at one cursor position; see the module docstring."""

    network: Network
    trace: IterationTrace | None
    event: Event | None
    """The event the cursor is on (``None`` before the first iteration)."""
    iteration: int
    epoch: int
    row: int
    """The traced sample's batch row, 0-based (0 without a trace)."""
    selection: Selection | None
    layers: list[LayerView | MapLayerView]
    """Layers 1..L (index 0 is layer 1); a :class:`MapLayerView` for a layer that is not dense."""
    loss_revealed: bool
    is_classifier: bool
    """Whether the loss reads its targets as classes (bce, cross-entropy, hinge)."""
    class_names: tuple[str, ...] | None = None
    groups: Callable[[int], list] | None = field(default=None, repr=False)
    """``groups(row)``: the sentences of the event at the cursor for batch row ``row``."""
    exercise: Exercise | None = field(default=None, repr=False)
    """The exercise mode's answers while it is on (:mod:`nnviz.session.exercise`): the blanks the
    learner fills in and their verdicts, shown by :attr:`exercise_marks` and the inspector."""
    picture: str | None = None
    """The name of a picture traced in the batch row's place (:mod:`nnviz.session.picture_probe`):
    the trace is then its own one-row pass, and :meth:`sample_text` this name."""

    @cached_property
    def exercise_marks(self) -> dict[Selection, str]:
        """Per answered unit (of the traced sample) or edge, the mark of its worst verdict
        (``right``, ``rounded``, ``consistent``, ``wrong``); empty outside the exercise mode."""
        return {} if self.exercise is None or self.trace is None else self.exercise.marks(self.row)

    # -- the traced sample ---------------------------------------------------------------------------
    @property
    def sample_index(self) -> int | None:
        """The traced sample's 0-based training-set index (``None`` without a trace)."""
        return None if self.trace is None or self.picture is not None else int(self.trace.samples[self.row])

    def sample_text(self, *, with_row: bool = False) -> str:
        """``"sample 4"`` (with the batch row: ``"sample 4 (batch row 2)"``); empty without a trace."""
        if self.picture is not None:
            return self.picture
        return "" if self.trace is None else batch_sample_label(self.trace.samples, self.row, with_row=with_row)

    @property
    def x(self) -> Array:
        """(n_inputs,) the traced sample's inputs (empty without a trace)."""
        return np.zeros(0) if self.trace is None else self.trace.x[self.row].reshape(-1).astype(float)

    @property
    def true_class(self) -> int | None:
        """The traced sample's class, as its target writes it, for a classifier; else ``None``."""
        if self.trace is None or not self.is_classifier:
            return None
        return int(true_classes(self.trace.t[self.row : self.row + 1])[0])

    def class_text(self, c: int) -> str:
        return class_label(c, self.class_names)

    # -- the loss --------------------------------------------------------------------------------------
    @property
    def loss(self) -> float:
        """The total loss of the batch once ``loss`` is revealed, else NaN."""
        return float(self.trace.loss_total) if self.loss_revealed and self.trace is not None else NAN

    # -- the focus -------------------------------------------------------------------------------------
    @property
    def focus_units(self) -> list[tuple[int, int]]:
        """``(layer, unit)`` the current event computes: one unit, a whole updated layer (none for
        a layer without parameters), or the outputs."""
        event = self.event
        if event is None:
            return []
        if event.phase in (FORWARD, BACKWARD):
            return [(event.layer, event.unit)]
        if event.phase == UPDATE:  # a layer without parameters (pool, flatten, concat) changes nothing
            if self.network.layers[event.layer - 1].W is None:
                return []
            return [(event.layer, j) for j in range(self.layers[event.layer - 1].units)]
        return [(len(self.layers), j) for j in range(self.layers[-1].units)]

    @property
    def phase(self) -> str | None:
        return None if self.event is None else self.event.phase

    @property
    def focus_layer(self) -> int | None:
        """The layer the event is about (the output layer at the loss)."""
        if self.event is None:
            return None
        return len(self.layers) if self.event.phase == LOSS else self.event.layer

    @cached_property
    def event_groups(self) -> list[tuple[str, list[str]]]:
        """The computation of the event at the cursor in words, ``(heading, sentences)`` per group
        (:mod:`nnviz.session.event_sentences`), for the traced sample; empty before the first iteration."""
        return [] if self.groups is None or self.trace is None else self.groups(self.row)

    # -- one unit, one edge ----------------------------------------------------------------------------
    def unit_values(self, layer: int, unit: int) -> dict[str, float]:
        """z, a, output, ∂L/∂a and δ of one unit (a conv or pool layer's cell, counted row-major
        over its maps) for the traced sample (NaN: not revealed)."""
        lv = self.layers[layer - 1]
        names = ("z", "a", "output", "grad_a", "delta")
        if self.trace is None:
            return dict.fromkeys(names, NAN)
        r = self.row
        return {name: float(getattr(lv, name)[r].reshape(-1)[unit]) for name in names}

    def edge_values(self, layer: int, unit: int, source: int) -> dict[str, float]:
        """Every number of one weight (``source == fan_in``: the bias) at the cursor, each at its
        time point: ``before`` (what the forward pass used), ``input`` and ``share`` = before·input
        for the traced sample, the gradients, ``step`` and ``new`` (NaN: not revealed)."""
        lv = self.layers[layer - 1]
        before = float(lv.before[unit, source])
        a_in = float(lv.inputs[self.row, source]) if self.trace is not None else NAN
        shown = self.trace is not None and bool(lv.forward[unit])
        return {
            "shown": float(lv.parameters[unit, source]),
            "before": before,
            "input": a_in if shown else NAN,
            "share": before * a_in if shown else NAN,
            "gradient_data": float(lv.gradient_data[unit, source]),
            "gradient_reg": float(lv.gradient_reg[unit, source]),
            "gradient": float(lv.gradient[unit, source]),
            "step": float(lv.step[unit, source]),
            "new": float(lv.new[unit, source]),
        }


def build_step_view(
    network: Network,
    trace: IterationTrace | None,
    event: Event | tuple | None,
    is_revealed: Callable[..., bool],
    row: int,
    selection: Selection | None = None,
    *,
    iteration: int = 0,
    epoch: int = 0,
    classifier: bool = False,
    class_names=None,
    groups: Callable[[int], list] | None = None,
) -> StepView:
    """The view of ``trace`` at ``event`` for batch row ``row`` (clamped to the batch).

    ``is_revealed(phase, layer, unit=None)`` says whether an event is at or before
    the cursor (:meth:`nnviz.session.stepper.Stepper.is_revealed`); ``groups(row)``
    gives the event's sentences.
    """
    layers: list[LayerView | MapLayerView] = []
    below: Array | None = None
    for k, layer in enumerate(network.layers, start=1):
        lt = trace.layers[k - 1] if trace is not None else None
        units = network.sizes[k]
        current = kernel_matrix(layer.W, layer.b)
        before = current if lt is None else kernel_matrix(lt.W_before, lt.b_before)
        if lt is None:
            forward = backward = np.zeros(units, dtype=bool)
            updated = False
        else:
            forward = _revealed_units(is_revealed, FORWARD, k, units)
            backward = _revealed_units(is_revealed, BACKWARD, k, units)
            updated = is_revealed(UPDATE, k)
        act, dropout = layer.activation.name, float(layer.dropout)
        if layer.kind == "dense":
            view = LayerView(k, act, dropout, forward, backward, updated, before, current, below, lt)
        else:
            shape = network.shapes[k - 1]
            view = MapLayerView(
                k, layer.kind, act, dropout, shape, forward, backward, updated, before, current, below, lt
            )
        layers.append(view)
        below = forward
    row = 0 if trace is None else min(max(int(row), 0), len(trace.x) - 1)
    loss = trace is not None and is_revealed(LOSS, 0)
    names = tuple(str(n) for n in class_names) if class_names else None
    if isinstance(event, tuple):
        event = Event(*event)
    return StepView(
        network, trace, event, iteration, epoch, row, selection, layers, loss, classifier, names, groups
    )


def workspace_view(workspace, selection: Selection | None = None, exercise: Exercise | None = None) -> StepView:
    """The view at a :class:`~nnviz.session.workspace.Workspace`'s cursor, for its traced sample
    (with the exercise mode's answers, when it is on)."""
    stepper = workspace.stepper
    position = stepper.position
    view = build_step_view(
        stepper.trainer.network,
        stepper.trace,
        position.event,
        stepper.is_revealed,
        workspace.sample,
        selection,
        iteration=position.iteration,
        epoch=position.epoch,
        classifier=stepper.trainer.loss.name in CLASSIFIER_LOSSES,
        class_names=workspace.experiment.data.class_names,
        groups=lambda row: event_groups(stepper, row),
    )
    view.exercise = exercise
    return view


def _revealed_units(is_revealed: Callable[..., bool], phase: str, layer: int, n: int) -> Array:
    """(n,) bool: which units of ``layer`` the cursor has revealed in ``phase``. Events run in unit
    order, so the revealed ones are a prefix, found by bisection (a conv layer has thousands)."""
    lo, hi = 0, n  # units < lo are revealed, units ≥ hi are not
    while lo < hi:
        mid = (lo + hi) // 2
        if is_revealed(phase, layer, mid):
            lo = mid + 1
        else:
            hi = mid
    return np.arange(n) < lo
