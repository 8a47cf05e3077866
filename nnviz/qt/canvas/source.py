"""What the network canvas draws from: a small, Qt-free view of the debugger's state.

The canvas never talks to the session directly. It reads a :class:`CanvasSource`
— the network, the trace of the current iteration and which of its events the
cursor has revealed — and redraws from it on :meth:`NetworkCanvas.refresh`.
Anything can be a source: the session's stepper (adapted), or
:class:`StaticSource`, which shows a whole iteration at once.

Events are named as in :mod:`nnviz.session.events`: ``forward`` and
``backward`` for (layer 1..L, unit 0-based), ``loss`` for layer 0, ``update``
for a layer with ``unit=None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from nnviz.core.network import Network
from nnviz.core.trace import IterationTrace

Event = tuple[str, int, "int | None"]


@runtime_checkable
class CanvasSource(Protocol):
    """The state the canvas draws. Read on every refresh; the canvas keeps no copy."""

    network: Network
    """Sizes, activations and — without a trace — the parameters to show."""
    trace: IterationTrace | None
    """The current iteration, or ``None`` before the first one (then no values are drawn)."""
    current_event: Event | None
    """``(phase, layer, unit)`` the cursor is on; ``None`` when it is on no event."""
    sample: int
    """Row of the batch whose values (x, z, a, δ) the units show."""

    def is_revealed(self, phase: str, layer: int, unit: int | None = None) -> bool:
        """Whether the cursor has reached the event ``(phase, layer, unit)``.

        The canvas asks ``("forward"|"backward", k, j)`` per unit, ``("update", k)``
        per layer and ``("loss", 0)`` for the loss.
        """
        ...


@dataclass
class StaticSource:
    """A source with the whole iteration revealed (or nothing, without a trace)."""

    network: Network
    trace: IterationTrace | None = None
    sample: int = 0
    current_event: Event | None = None

    def is_revealed(self, phase: str, layer: int, unit: int | None = None) -> bool:
        return self.trace is not None
