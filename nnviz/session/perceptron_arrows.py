"""The perceptron's picture in the input plane: the weight vector normal to the decision line,
and an update as a vector addition at the misclassified point. Qt-free; the data view draws it.

For one step unit on two inputs the decision line is w·x + b = 0 and w points to the side
classified 1. :func:`weight_arrow` draws w (scaled to a fixed share of the plane) from the
point of the line nearest the data's centre. Once the cursor has revealed an update made by a
misclassified sample x, :func:`update_arrows` draws at x the old w, the step η·(t − y)·x from
its tip, and the new w from x to the end of the step: w_new = w + η·(t − y)·x, all scaled
alike (at the centre of the plane instead when at x they would leave it). Points are (2,)
arrays in input coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.session.step_view import StepView

Array = np.ndarray
SHARE = 0.25
"""Length of the longest arrow, as a share of the plane's larger side."""
MIN_SHARE = 0.12
"""Below this share an update drawn at its point would be too small to read: it moves to the centre."""


@dataclass(frozen=True)
class Arrow:
    start: Array
    end: Array
    role: str
    """``"w"`` (the weights now), ``"old"``, ``"step"`` or ``"new"`` (an update's vector addition)."""


def applies(view: StepView, points: Array, inputs: Array) -> bool:
    """Whether the picture fits: a perceptron rule step unit on two inputs drawn as they are."""
    layers = view.layers
    return (
        view.trace is not None
        and view.trace.rule_steps is not None
        and len(layers) == 1
        and layers[0].before.shape == (1, 3)
        and points.shape == inputs.shape
        and np.array_equal(points, inputs)
    )


def weight_arrow(wb: Array, points: Array) -> Arrow | None:
    """w = ``wb[:2]`` drawn normal to the line w·x + ``wb[2]`` = 0, from the point of the line
    nearest the centre of ``points`` (N, 2); ``None`` when w = 0 or the line misses the plane."""
    w, b = wb[:2], float(wb[2])
    norm2 = float(w @ w)
    if norm2 == 0:
        return None
    centre = (points.min(axis=0) + points.max(axis=0)) / 2
    foot = centre - (float(w @ centre) + b) / norm2 * w
    span = _span(points)
    if np.any(foot < points.min(axis=0) - 0.05 * span) or np.any(foot > points.max(axis=0) + 0.05 * span):
        return None  # the line misses the plane: no line to be normal to
    return Arrow(foot, foot + w * (_span(points) * SHARE / np.sqrt(norm2)), "w")


def update_arrows(view: StepView, points: Array) -> list[Arrow]:
    """The traced sample's update as old w + step = new w at the sample, once revealed and if it
    was misclassified (else nothing)."""
    lv = view.layers[0]
    steps = view.trace.rule_steps
    error = float(steps.errors[view.row, 0])
    if not lv.after_update or error == 0:
        return []
    eta, xs, row = view.trace.learning_rate, view.trace.x.astype(float), view.row
    x = xs[row]
    # The weights at this sample's turn: the iteration's start plus the updates of the rows before it.
    old = lv.before[0, :2] + eta * (steps.errors[:row, 0] @ xs[:row])
    step = eta * error * x
    new = old + step
    longest = max(float(np.linalg.norm(v)) for v in (old, step, new))
    if longest == 0:
        return []
    span = _span(points)
    k = span * SHARE / longest
    anchor = x
    fit = _fit(x, (old, new), points)
    if fit * longest < MIN_SHARE * span:
        # The point is at the plane's edge and the vectors point out of it: draw the sum at the centre.
        anchor = (points.min(axis=0) + points.max(axis=0)) / 2
    else:
        k = min(k, fit)
    return [
        Arrow(anchor, anchor + k * old, "old"),
        Arrow(anchor + k * old, anchor + k * new, "step"),
        Arrow(anchor, anchor + k * new, "new"),
    ]


def _fit(anchor: Array, vectors, points: Array) -> float:
    """The largest scale that keeps ``anchor + scale·v`` in the plane (the data's box, 5 % margin) for every v."""
    span = _span(points)
    lo, hi = points.min(axis=0) - 0.05 * span, points.max(axis=0) + 0.05 * span
    best = np.inf
    for v in vectors:
        for d in range(2):
            if v[d] > 0:
                best = min(best, (hi[d] - anchor[d]) / v[d])
            elif v[d] < 0:
                best = min(best, (lo[d] - anchor[d]) / v[d])
    return float(max(best, 0.0))


def _span(points: Array) -> float:
    extent = points.max(axis=0) - points.min(axis=0)
    return float(max(extent.max(), 1e-9))
