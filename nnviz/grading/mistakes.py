"""The usual mistakes of backprop by hand, each checked numerically against a wrong value.

Each mistake computes what the value would be had the learner made it, from the
learner's own inputs; a wrong value equal to that (to the learner's rounding) is
diagnosed with the mistake's name and what it means. Checked in this order, the
first that matches names the mistake:

- sign flipped: −(the right value);
- f′(z) missing: δ = ∂L/∂a, without the activation's slope;
- f′ taken of a instead of z: δ = ∂L/∂a·f′(a);
- bias forgotten: z = Σ w·a without + b;
- factor 2 or ½ of the squared error: loss, ∂L/∂a or δ of the output twice or half the right one (mse, half_sse);
- batch sum instead of mean (off by N): loss, output ∂L/∂a and δ, or a gradient, N times or 1/N of it;
- updated weight used where the old one was due: z or ∂L/∂a from the weights after the update;
- indices transposed (w_ij vs w_ji): a weight or its gradient at the mirrored place, or z, ∂L/∂a from Wᵀ;
- learning-rate step added instead of subtracted: θ + η·step instead of θ − η·step (with the
  perceptron rule, which adds its step: subtracted instead of added).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.grading.recompute import Getter, Iteration
from nnviz.grading.rounding import tolerance
from nnviz.grading.student_values import Given, Key
from nnviz.i18n import QT_TRANSLATE_NOOP

Array = np.ndarray
PROPAGATED = 1e-3
"""Relative slack for a value recomputed from the learner's rounded inputs: rounding spreads."""


@dataclass(frozen=True)
class Mistake:
    name: str
    meaning: str


SIGN = Mistake(
    QT_TRANSLATE_NOOP("Check", "sign flipped"),
    QT_TRANSLATE_NOOP("Check", "your value is the right one with the opposite sign"),
)
NO_SLOPE = Mistake(
    QT_TRANSLATE_NOOP("Check", "f′(z) missing"),
    QT_TRANSLATE_NOOP("Check", "δ must be multiplied by the activation's slope f′(z); you wrote ∂L/∂a"),
)
SLOPE_OF_A = Mistake(
    QT_TRANSLATE_NOOP("Check", "f′ taken of a instead of z"),
    QT_TRANSLATE_NOOP("Check", "the slope is f′ at the weighted sum z, not at the output a"),
)
NO_BIAS = Mistake(
    QT_TRANSLATE_NOOP("Check", "bias forgotten"),
    QT_TRANSLATE_NOOP("Check", "z includes b·1, the weight from the bias unit"),
)
FACTOR_2 = Mistake(
    QT_TRANSLATE_NOOP("Check", "factor 2 or ½ of the squared error"),
    QT_TRANSLATE_NOOP(
        "Check", "d/dy (y − t)² = 2(y − t), and ½(y − t)² has slope (y − t): check which loss the experiment uses"
    ),
)
OFF_BY_N = Mistake(
    QT_TRANSLATE_NOOP("Check", "batch sum instead of mean (off by N)"),
    QT_TRANSLATE_NOOP(
        "Check", "the batch loss is the mean over the N samples, so its δ already carries 1/N — once"
    ),
)
NEW_WEIGHT = Mistake(
    QT_TRANSLATE_NOOP("Check", "updated weight used where the old one was due"),
    QT_TRANSLATE_NOOP("Check", "the whole iteration (forward and backward) uses the weights before the update"),
)
TRANSPOSED = Mistake(
    QT_TRANSLATE_NOOP("Check", "indices transposed (w_ij vs w_ji)"),
    QT_TRANSLATE_NOOP(
        "Check", "w_ji is the weight into unit j from unit i: row j, column i of W (units × inputs)"
    ),
)
ADDED_STEP = Mistake(
    QT_TRANSLATE_NOOP("Check", "learning-rate step added instead of subtracted"),
    QT_TRANSLATE_NOOP("Check", "gradient descent steps against the gradient: θ ← θ − η·∂L/∂θ"),
)
SUBTRACTED_RULE = Mistake(
    QT_TRANSLATE_NOOP("Check", "perceptron step subtracted instead of added"),
    QT_TRANSLATE_NOOP("Check", "the perceptron rule adds η·(t − y)·x: w ← w + η·(t − y)·x, b ← b + η·(t − y)"),
)


def near(value: float, target: float, text: str, slack: bool = True) -> bool:
    """``value`` equals ``target`` to the digits written as ``text``, with the propagation slack
    when ``target`` was computed from rounded values."""
    return abs(value - target) <= max(tolerance(text, target), PROPAGATED * abs(target) * slack)


def alternatives(it: Iteration, key: Key, get: Getter, right: Array) -> list[tuple[Mistake, Array]]:
    """Each mistake that applies to ``key`` with the whole array it would give, from the learner's
    inputs (``get``); ``right`` is the array those inputs give without a mistake."""
    with np.errstate(all="ignore"):
        return list(_candidates(it, key, get, right))


def diagnose(
    candidates: list[tuple[Mistake, Array]], index: tuple[int, ...], given: Given, right: Array
) -> Mistake | None:
    """The first mistake of ``candidates`` (from :func:`alternatives`) that explains ``given``, or ``None``."""
    target = float(right[index])
    for mistake, alternative in candidates:
        if index_out(alternative, index):
            continue
        alt = float(alternative[index])
        if np.isfinite(alt) and not near(alt, target, given.text) and near(given.value, alt, given.text):
            return mistake
    return None


def index_out(array: Array, index: tuple[int, ...]) -> bool:
    return any(i >= n for i, n in zip(index, array.shape))


def _candidates(it: Iteration, key: Key, get: Getter, right: Array):
    phase, k, q = key
    L, N = it.n_layers, len(it.trace.x)
    output = phase == "loss" or (phase == "backward" and k == L and q in ("grad_a", "delta"))
    if q not in ("input", "weights_before", "bias_before"):
        yield SIGN, -right
    if q == "delta":
        act = it.layers[k - 1].activation
        grad_a, a = get(("backward", k, "grad_a")), get(("forward", k, "a"))
        if act.name not in ("identity", "softmax"):
            yield NO_SLOPE, grad_a
        if act.elementwise and act.name not in ("identity", "step"):
            yield SLOPE_OF_A, grad_a * act.derivative(a, act.value(a))
    if q == "z" and not it.is_dense(k):
        if ("update", k, "weights") in it.true:  # a conv layer: the same mistakes, through the layer
            W, b = get(("update", k, "weights_before")), get(("update", k, "bias_before"))
            yield NO_BIAS, it.z_with(k, get, W, np.zeros_like(b))
            yield NEW_WEIGHT, it.z_with(k, get, it.true[("update", k, "weights")], it.true[("update", k, "bias")])
    elif q == "z":
        x, W, b = (
            get(("forward", k, "input")),
            get(("update", k, "weights_before")),
            get(("update", k, "bias_before")),
        )
        yield NO_BIAS, x @ W.T
        yield NEW_WEIGHT, x @ it.true[("update", k, "weights")].T + it.true[("update", k, "bias")]
        if W.shape[0] == W.shape[1]:
            yield TRANSPOSED, x @ W + b
    if output and it.loss.name in ("mse", "half_sse") and q not in ("regularization",):
        yield FACTOR_2, 2 * right
        yield FACTOR_2, 0.5 * right
    if N > 1 and (output or q in ("grad_weights", "grad_bias")) and q != "regularization":
        yield OFF_BY_N, N * right
        yield OFF_BY_N, right / N
    if q == "grad_a" and k < L and it.is_dense(k + 1):
        delta = get(("backward", k + 1, "delta"))
        yield NEW_WEIGHT, it.grad_a_below(k, delta, it.true[("update", k + 1, "weights")])
        W = get(("update", k + 1, "weights_before"))
        if W.shape[0] == W.shape[1]:
            yield TRANSPOSED, it.grad_a_below(k, delta, W.T)
    if q in ("grad_weights", "weights", "weights_before") and right.ndim == 2:
        yield TRANSPOSED, right.T
    if q in ("weights", "bias"):
        before = get(("update", k, "weights_before" if q == "weights" else "bias_before"))
        yield (SUBTRACTED_RULE if it.optimizer.name == "perceptron" else ADDED_STEP), 2 * before - right
