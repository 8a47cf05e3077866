"""The stepping session: the debugger's state in plain Python (no Qt).

:class:`Stepper` moves a cursor through the events of training iterations
(:mod:`~nnviz.session.events`), forward and back, with breakpoints
(:mod:`~nnviz.session.breakpoints`), edits, and a history for rewind and plots
(:mod:`~nnviz.session.history`).
"""

from nnviz.session.breakpoints import Breakpoints, Stop
from nnviz.session.events import (
    BACKWARD,
    EPOCH,
    FORWARD,
    ITERATION,
    LAYER,
    LOSS,
    MAP,
    PHASE,
    UNIT,
    UPDATE,
    Event,
    Granularity,
    iteration_events,
)
from nnviz.session.history import MetricHistory, Snapshots
from nnviz.session.stepper import Stepper
from nnviz.session.stepper_cursor import Position

__all__ = [
    "BACKWARD",
    "EPOCH",
    "FORWARD",
    "ITERATION",
    "LAYER",
    "LOSS",
    "MAP",
    "PHASE",
    "UNIT",
    "UPDATE",
    "Breakpoints",
    "Event",
    "Granularity",
    "MetricHistory",
    "Position",
    "Snapshots",
    "Stepper",
    "Stop",
    "iteration_events",
]
