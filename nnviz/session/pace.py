"""The live run's speed in epochs per second, turned into what the play loop runs on.

A learner thinks in epochs ("the loss curve gains a point a second"); the
controller's loop thinks in training iterations per timer tick. :func:`tick_pace`
converts one into the other for a given number of iterations per epoch (which
depends on the training set's size and the batch size): as few iterations per
tick as keep the frame rate near :data:`FRAME_S`, and for paces slower than one
iteration a frame, one iteration per tick with the ticks spaced out, so every
iteration the learner watches is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from nnviz.i18n import translate

SPEEDS: tuple[float | None, ...] = (1, 5, 20, 100, None)
"""The speeds a learner picks from, in epochs per second; ``None``: as fast as possible."""
DEFAULT_SPEED: float | None = 20
"""The speed a run starts with: XOR's 300 epochs in 15 s, slow enough to follow the loss curve."""
FRAME_S = 1 / 60
"""The shortest time between two ticks: redraws are not worth having more often."""


@dataclass(frozen=True)
class TickPace:
    """Training iterations per tick and the time between ticks, in ms."""

    iterations: int
    interval_ms: int


def tick_pace(epochs_per_s: float, iterations_per_epoch: int, frame_s: float = FRAME_S) -> TickPace:
    """The tick that trains ``epochs_per_s`` epochs a second at ``iterations_per_epoch``.

    Ticks come every ``frame_s`` (or less often, for paces below one iteration per
    frame), each training a whole number of iterations; the interval is chosen
    so that the rate comes out at the pace asked for, up to the rounding to ms.
    """
    if epochs_per_s <= 0 or iterations_per_epoch < 1:
        raise ValueError(f"no pace at {epochs_per_s} epochs/s and {iterations_per_epoch} iterations an epoch")
    per_s = epochs_per_s * iterations_per_epoch
    iterations = max(1, round(per_s * frame_s))
    return TickPace(iterations, max(1, round(1000 * iterations / per_s)))


def speed_text(speed: float | None) -> str:
    """How a speed reads in the speed control: ``"1 epoch/s"``, ``"20 epochs/s"``, ``"as fast as possible"``."""
    if speed is None:
        return translate("Pace", "as fast as possible")
    if speed == 1:
        return translate("Pace", "{speed:g} epoch/s").format(speed=speed)
    return translate("Pace", "{speed:g} epochs/s").format(speed=speed)
