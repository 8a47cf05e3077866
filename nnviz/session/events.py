"""The events of one training iteration, in the order a learner steps through them.

One iteration on a mini-batch is, for a network with layers 1..L::

    forward(layer 1, unit 0) … forward(layer 1, unit n₁−1) … forward(layer L, unit n_L−1)
    loss
    backward(layer L, unit 0) … backward(layer L, unit n_L−1) … backward(layer 1, unit n₁−1)
    update(layer 1) … update(layer L)

A step moves the cursor to the end of the next piece of this list; how big the
piece is depends on the *granularity*:

- ``UNIT`` (step into): one event.
- ``MAP``: all cells of one output map of a conv or pool layer in one phase (one
  kernel, or one pooled channel, over the whole picture); in a layer without maps
  (dense, flatten, concat) the whole layer is its one map, so it steps like ``LAYER``.
- ``LAYER`` (step over): all units of one layer in one phase; loss and each update are one piece.
- ``PHASE`` (step out): to the end of forward, loss, backward or update.
- ``ITERATION``: to the end of the iteration.
- ``EPOCH``: to the end of the last iteration of the epoch.

``Event.unit`` is a 0-based index (it indexes the arrays of the trace), but the
``label`` a learner reads numbers units from 1, like layers.

A conv or pool layer's units are the cells of its output maps (C, H, W), in
row-major order: map by map, each row by row, as ``z[n].ravel()`` lists them.
Their events carry ``cell = (map, row, col)`` (0-based), and one forward event
is one kernel (or pool window) position; the backward events go cell by cell too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from nnviz.i18n import QT_TRANSLATE_NOOP, translate

FORWARD = "forward"
LOSS = "loss"
BACKWARD = "backward"
UPDATE = "update"
PHASES = (FORWARD, LOSS, BACKWARD, UPDATE)
PHASE_NAMES = {
    FORWARD: QT_TRANSLATE_NOOP("Phases", "forward"),
    LOSS: QT_TRANSLATE_NOOP("Phases", "loss"),
    BACKWARD: QT_TRANSLATE_NOOP("Phases", "backward"),
    UPDATE: QT_TRANSLATE_NOOP("Phases", "update"),
}
"""Each phase as the learner reads it (English source; translated where shown)."""


class Granularity(Enum):
    """How far one step goes."""

    UNIT = "unit"
    MAP = "map"
    LAYER = "layer"
    PHASE = "phase"
    ITERATION = "iteration"
    EPOCH = "epoch"


UNIT = Granularity.UNIT
MAP = Granularity.MAP
LAYER = Granularity.LAYER
PHASE = Granularity.PHASE
ITERATION = Granularity.ITERATION
EPOCH = Granularity.EPOCH


@dataclass(frozen=True)
class Event:
    """One event: ``phase`` in :data:`PHASES`, ``layer`` 1..L (0 for the loss) and
    ``unit`` (0-based) for forward and backward, ``None`` for loss and update; ``cell`` is
    ``(map, row, col)`` (0-based) of a unit of a conv or pool layer, else ``None``."""

    phase: str
    layer: int
    unit: int | None = None
    cell: tuple[int, int, int] | None = None

    @property
    def label(self) -> str:
        """Text for the learner, e.g. ``forward · layer 2 · unit 1`` (units counted from 1)."""
        phase = translate("Phases", PHASE_NAMES[self.phase])
        if self.phase == LOSS:
            return phase
        if self.unit is None:
            return translate("Phases", "{phase} · layer {layer}").format(phase=phase, layer=self.layer)
        if self.cell is not None:
            m, i, j = self.cell
            text = translate("Phases", "{phase} · layer {layer} · map {map} · row {row} · col {col}")
            return text.format(phase=phase, layer=self.layer, map=m + 1, row=i + 1, col=j + 1)
        text = translate("Phases", "{phase} · layer {layer} · unit {unit}")
        return text.format(phase=phase, layer=self.layer, unit=self.unit + 1)


def iteration_events(sizes: list[int], shapes: list[tuple[int, ...]] | None = None) -> tuple[Event, ...]:
    """The events of one iteration for ``sizes`` = ``[inputs, units₁, …, units_L]`` (``Network.sizes``);
    ``shapes`` (``Network.shapes``, one sample's output per layer) give the cells of image layers."""
    units = sizes[1:]
    n_layers = len(units)
    cells = [_cells(units[k], None if shapes is None else shapes[k]) for k in range(n_layers)]

    def layer_events(phase: str, k: int) -> list[Event]:
        return [Event(phase, k, j, cells[k - 1][j]) for j in range(units[k - 1])]

    forward = [e for k in range(1, n_layers + 1) for e in layer_events(FORWARD, k)]
    backward = [e for k in range(n_layers, 0, -1) for e in layer_events(BACKWARD, k)]
    update = [Event(UPDATE, k) for k in range(1, n_layers + 1)]
    return (*forward, Event(LOSS, 0), *backward, *update)


def _cells(units: int, shape: tuple[int, ...] | None) -> list[tuple[int, int, int] | None]:
    """Per unit, its ``(map, row, col)`` in an image layer's output ``shape`` (C, H, W); else ``None``."""
    if shape is None or len(shape) != 3:
        return [None] * units
    _, h, w = shape
    return [(j // (h * w), j // w % h, j % w) for j in range(units)]


def stop_indices(events: tuple[Event, ...], granularity: Granularity) -> tuple[int, ...]:
    """Indices of the events where a step of ``granularity`` ends, within one iteration.

    Every granularity ends at the last event; ``EPOCH`` stops are whole iterations
    (the stepper picks which ones), so it is treated like ``ITERATION`` here.
    """
    last = len(events) - 1
    if granularity is UNIT:
        return tuple(range(len(events)))
    if granularity in (ITERATION, EPOCH):
        return (last,)
    if granularity is MAP:

        def key(e: Event) -> tuple[str, int, int | None]:
            return e.phase, e.layer, None if e.cell is None else e.cell[0]
    elif granularity is LAYER:

        def key(e: Event) -> tuple[str, int]:
            return e.phase, e.layer
    else:

        def key(e: Event) -> str:
            return e.phase

    return tuple(c for c in range(len(events)) if c == last or key(events[c]) != key(events[c + 1]))


def event_index(events: tuple[Event, ...]) -> dict[tuple[str, int, int | None], int]:
    """Map ``(phase, layer, unit)`` to the event's index in ``events``."""
    return {(e.phase, e.layer, e.unit): c for c, e in enumerate(events)}
