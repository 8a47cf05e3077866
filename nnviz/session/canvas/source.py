"""What the network canvas draws from: a step view (:mod:`nnviz.session.step_view`), no Qt.

The canvas never talks to the session directly. It reads a :class:`CanvasSource`
— the network, and the :class:`~nnviz.session.step_view.StepView` of the
cursor — and redraws from it on :meth:`NetworkCanvas.refresh`. Anything can be
a source: the app's workspace (adapted in ``nnviz.qt.canvas_source``), or
:class:`StaticSource`, which shows a whole iteration at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from nnviz.core.network import Network
from nnviz.core.trace import IterationTrace
from nnviz.session.events import Event
from nnviz.session.step_view import StepView, build_step_view


@runtime_checkable
class CanvasSource(Protocol):
    """The state the canvas draws. Read on every refresh; the canvas keeps no copy."""

    network: Network
    """Sizes and activations: what the layout is built from."""

    def step_view(self) -> StepView:
        """Every number the canvas may show at the cursor (unrevealed ones NaN)."""
        ...


@dataclass
class StaticSource:
    """A source with the whole iteration revealed (or nothing, without a trace), at ``current_event``."""

    network: Network
    trace: IterationTrace | None = None
    sample: int = 0
    current_event: Event | tuple | None = None

    def step_view(self) -> StepView:
        return build_step_view(
            self.network, self.trace, self.current_event, lambda *_: self.trace is not None, self.sample
        )
