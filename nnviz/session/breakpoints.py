"""Breakpoints: conditions that stop the cursor while stepping or running.

- **Non-finite values** (∞ or NaN): it fires on an iteration whose loss or
  new parameters are non-finite, as a divergence ends in one or the other. The
  cursor stops at the event that produced the iteration's first non-finite
  value — in z, a, the loss, ∂L/∂a, δ, the gradients or the new parameters —
  and the message names the layer and unit. An iteration that starts from
  non-finite parameters does not stop again: the iteration that made them
  already did.
- **A vanishing gradient**: layer k's gradient norm ‖(∂L/∂W, ∂L/∂b)‖ below a
  threshold stops at the end of that layer's backward pass (its last unit).
- **Iteration N**: stops at the iteration's first event.

Checking is cheap: per iteration one sum over the loss and the parameters says
whether they can be non-finite, and only then are the arrays searched (a
fast run checks even less; see :meth:`nnviz.session.stepper.Stepper.run`). The
stepper runs these checks with NumPy's floating-point warnings silenced, since
finding overflow is their job.

Each :class:`Stop`'s message is made in the current language (:func:`nnviz.i18n.translate`,
context ``"Breakpoints"``); a live run's training process speaks the window's language (the
window sends it with the run).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from nnviz.core.trace import IterationTrace
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.events import BACKWARD, FORWARD, LOSS, UPDATE, Event
from nnviz.session.history import grad_norms

Array = np.ndarray
NAMES = {
    "weight gradient": QT_TRANSLATE_NOOP("Breakpoints", "weight gradient"),
    "bias gradient": QT_TRANSLATE_NOOP("Breakpoints", "bias gradient"),
    "weights": QT_TRANSLATE_NOOP("Breakpoints", "weights"),
    "bias": QT_TRANSLATE_NOOP("Breakpoints", "bias"),
}
"""The values a non-finite message names in words (z, a, ∂L/∂a and δ are symbols, the same in every language)."""


@dataclass
class Breakpoints:
    """Which conditions stop the cursor.

    ``grad_norm_below`` maps a layer (1..L) to a threshold; ``iterations`` are
    iteration numbers (counted from 1) to stop at.
    """

    non_finite: bool = True
    grad_norm_below: dict[int, float] = field(default_factory=dict)
    iterations: set[int] = field(default_factory=set)

    def find_stop(
        self,
        trace: IterationTrace,
        events: tuple[Event, ...],
        where: dict[tuple[str, int, int | None], int],
        lo: int,
        hi: int,
    ) -> tuple[int, Stop] | None:
        """The first event with index in ``lo..hi`` where a breakpoint fires, and why.

        ``where`` maps ``(phase, layer, unit)`` to indices in ``events``.
        """
        it = trace.iteration
        found = []
        if lo == 0 and it in self.iterations:
            message = translate("Breakpoints", "reached iteration {iteration}").format(iteration=it)
            found.append((0, Stop("iteration", message, it, events[0])))
        if self.non_finite and _loss_or_parameters_non_finite(trace):
            hit = first_non_finite(trace)
            if hit is not None:
                c = where[(hit[0].phase, hit[0].layer, hit[0].unit)]
                if lo <= c <= hi:
                    found.append((c, Stop("non_finite", hit[1], it, events[c])))
        n_layers = len(trace.layers)
        norms = grad_norms(trace) if self.grad_norm_below else []
        for k, threshold in self.grad_norm_below.items():
            if not 1 <= k <= n_layers:
                raise ValueError(f"gradient breakpoint on layer {k}: the network has layers 1..{n_layers}")
            z = trace.layers[k - 1].z
            c = where[(BACKWARD, k, z.size // len(z) - 1)]
            if lo <= c <= hi and norms[k - 1] < threshold:
                message = translate(
                    "Breakpoints",
                    "gradient norm of layer {layer} is {norm:.3g}, below {threshold:g} (iteration {iteration}) "
                    "— a vanishing gradient?",
                ).format(layer=k, norm=norms[k - 1], threshold=threshold, iteration=it)
                found.append((c, Stop("grad_norm", message, it, events[c])))
        return min(found, key=lambda f: f[0]) if found else None


@dataclass(frozen=True)
class Stop:
    """Why the cursor stopped before its target.

    ``kind`` is ``"non_finite"``, ``"grad_norm"``, ``"iteration"``,
    ``"history"`` (rewind reached the oldest snapshot), ``"test_loss"`` or
    ``"perceptron_cycle"`` (the rule repeats a state: no convergence); ``event`` is where it
    stopped (``None`` before the first iteration).
    """

    kind: str
    message: str
    iteration: int
    event: Event | None = None


def first_non_finite(trace: IterationTrace) -> tuple[Event, str] | None:
    """The first event of the iteration that produced a non-finite value, with a message.

    ``None`` when every value is finite or the iteration started from
    non-finite parameters.
    """
    if not parameters_finite(p for lt in trace.layers for p in (lt.W_before, lt.b_before)):
        return None
    it = trace.iteration
    for lt in trace.layers:
        hit = _first_unit([("z", _bad_columns(lt.z)), ("a", _bad_columns(lt.a))])
        if hit is not None:
            return Event(FORWARD, lt.index, hit[0]), _message(hit, lt.index, it)
    if not math.isfinite(trace.loss_total):
        message = translate("Breakpoints", "non-finite loss (iteration {iteration}) — try a smaller learning rate")
        return Event(LOSS, 0), message.format(iteration=it)
    for lt in reversed(trace.layers):
        checks = [("∂L/∂a", _bad_columns(lt.grad_a)), ("δ", _bad_columns(lt.delta))]
        if lt.grad_W is not None:
            checks += [
                ("weight gradient", _per_unit(lt, _bad_rows(lt.grad_W))),
                ("bias gradient", _per_unit(lt, ~np.isfinite(lt.grad_b))),
            ]
        hit = _first_unit(checks)
        if hit is not None:
            return Event(BACKWARD, lt.index, hit[0]), _message(hit, lt.index, it)
    for lt in trace.layers:
        if lt.W is None:  # a layer without parameters (pool, flatten, concat)
            continue
        hit = _first_unit([("weights", _bad_rows(lt.W)), ("bias", ~np.isfinite(lt.b))])
        if hit is not None:
            return Event(UPDATE, lt.index), _message(hit, lt.index, it, after_update=True)
    return None


def parameters_finite(params: Iterable[Array]) -> bool:
    """Whether every array holds only finite numbers (``None``, a layer without parameters, is skipped).

    A sum of squares answers the common case cheaply; only when it overflows
    (huge but finite values do that too) are the entries looked at.
    """
    return all(p is None or math.isfinite(float(np.vdot(p, p))) or _finite(p) for p in params)


def _loss_or_parameters_non_finite(trace: IterationTrace) -> bool:
    """Whether the iteration's loss or new parameters hold ∞ or NaN: what the breakpoint fires on."""
    return not (
        math.isfinite(trace.loss_total) and parameters_finite(p for lt in trace.layers for p in (lt.W, lt.b))
    )


def _finite(x: Array) -> bool:
    return bool(np.isfinite(x).all())


def _bad_columns(x: Array) -> Array:
    """(units,) True where a unit's column of the batch (N, units) holds a non-finite value
    (an image layer's (N, C, H, W) counts its cells in row-major order)."""
    return ~np.isfinite(x.reshape(len(x), -1)).all(axis=0)


def _bad_rows(x: Array) -> Array:
    """(rows,) True where a unit's row of weights (units, fan_in), or a conv kernel
    (out, in, kh, kw), holds a non-finite value."""
    return ~np.isfinite(x.reshape(len(x), -1)).all(axis=1)


def _per_unit(lt, flags: Array) -> Array:
    """Per-kernel ``flags`` (out,) of a conv layer as per-cell flags (out·H·W,): the cells of a
    kernel's map are the units its gradient comes from. A dense layer's are already per unit."""
    return flags if lt.z.ndim == 2 else np.repeat(flags, lt.z[0, 0].size)


def _first_unit(checks: list[tuple[str, Array]]) -> tuple[int, str] | None:
    """The first unit flagged by any check, and the name of the first check flagging it."""
    bad = np.logical_or.reduce([flags for _, flags in checks])
    if not bad.any():
        return None
    j = int(np.argmax(bad))
    return j, next(name for name, flags in checks if flags[j])


def _message(hit: tuple[int, str], layer: int, iteration: int, *, after_update: bool = False) -> str:
    j, name = hit
    if after_update:
        text = translate(
            "Breakpoints",
            "non-finite {name} at layer {layer}, unit {unit} after the update (iteration {iteration}) "
            "— try a smaller learning rate",
        )
    else:
        text = translate(
            "Breakpoints",
            "non-finite {name} at layer {layer}, unit {unit} (iteration {iteration}) "
            "— try a smaller learning rate",
        )
    name = translate("Breakpoints", NAMES[name]) if name in NAMES else name
    return text.format(name=name, layer=layer, unit=j + 1, iteration=iteration)
