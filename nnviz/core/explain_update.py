"""How the optimizer changed one weight, in words with its numbers: plain gradient descent, the
optimizers with a state (momentum, RMSprop, Adam) and Rosenblatt's perceptron rule."""

from __future__ import annotations

import numpy as np

from nnviz.core.explain_parts import flat_row, is_bias, layer_trace, quiet, sample_name
from nnviz.core.number_text import DIGITS, Numbers
from nnviz.core.optimizers import Optimizer
from nnviz.core.trace import IterationTrace, LayerTrace
from nnviz.i18n import QT_TRANSLATE_NOOP, translate

OPTIMIZER_RULE = {
    "sgd": QT_TRANSLATE_NOOP("Explain", "along a running sum of past gradients (momentum)"),
    "rmsprop": QT_TRANSLATE_NOOP("Explain", "by dividing it by the root of a running mean of squared gradients"),
    "adam": QT_TRANSLATE_NOOP(
        "Explain", "from running means of the gradient and of its square, corrected for their start at 0"
    ),
}


@quiet
def explain_update(
    trace: IterationTrace,
    layer: int,
    unit: int,
    source: int,
    *,
    optimizer: Optimizer,
    digits: int = DIGITS,
    symbol: str | None = None,
) -> list[str]:
    """How the optimizer changed one weight (or bias, ``source == fan_in``) in this iteration;
    ``symbol`` as in :func:`explain_weight`."""
    lt, j, s = layer_trace(trace, layer, unit, 0), unit, Numbers(digits)
    if lt.W is None:
        raise ValueError(f"layer {layer} has not been updated yet in this trace")
    if is_bias(lt, source):
        old, new, g, w = lt.b_before[j], lt.b[j], lt.grad_b[j], symbol or "b"
    else:  # a conv kernel's weights (in, kh, kw) count row-major, as one row of W
        old, new, g = (flat_row(m, j)[source] for m in (lt.W_before, lt.W, lt.grad_W))
        w = symbol or "w"
    eta = s(trace.learning_rate)
    if optimizer.name == "perceptron":
        return _perceptron_update(trace, lt, j, source, w, old, new, s)
    if optimizer.name == "sgd" and optimizer.hyper["momentum"] == 0:
        return [
            translate(
                "Explain",
                "Plain gradient descent steps against the gradient, scaled by the learning rate η = {eta}:",
            ).format(eta=eta),
            f"{w} ← {w} − η·∂L/∂{w} = {s(old)} − {eta}·{s.f(g)} = {s(new)}.",
        ]
    return [
        translate(
            "Explain",
            "{0} turns the gradient ∂L/∂{w} = {1} into a step Δ{w} {2}, scaled by the learning rate η = {eta}: "
            "Δ{w} = {3}.",
        ).format(
            optimizer.describe(),
            s(g),
            translate("Explain", OPTIMIZER_RULE[optimizer.name]),
            s(new - old),
            w=w,
            eta=eta,
        ),
        f"{w} ← {w} + Δ{w} = {s(old)} + {s.f(new - old)} = {s(new)}.",
    ]


def _perceptron_update(
    trace: IterationTrace, lt: LayerTrace, j: int, source: int, w: str, old: float, new: float, s: Numbers
) -> list[str]:
    """Rosenblatt's rule for one weight: a term η·(t − y)·x per sample misclassified at its turn."""
    errors = trace.rule_steps.errors[:, j]
    bias = is_bias(lt, source)
    x = np.ones(len(errors)) if bias else lt.input[:, source]
    eta = s(trace.learning_rate)
    wrong = [n for n in range(len(errors)) if errors[n] != 0]
    head = translate(
        "Explain",
        "The perceptron rule changes {w} only for a misclassified sample: {w} ← {w} + η·(t − y)·{0}, with η = "
        "{eta}",
    ).format("1" if bias else "x", w=w, eta=eta)
    if not wrong:
        return [
            translate("Explain", "{head}. No sample was misclassified, so {w} stays {0}.").format(
                s(new), head=head, w=w
            )
        ]
    outputs = trace.rule_steps.outputs[:, j]
    which = ", ".join(
        f"{sample_name(trace, n)} (y = {s(outputs[n])}, t = {s(outputs[n] + errors[n])})" for n in wrong
    )
    terms = " + ".join(f"{eta}·{s.f(errors[n])}·{s.f(x[n])}" for n in wrong)
    return [
        translate("Explain", "{head}. Misclassified: {which}:").format(head=head, which=which),
        f"{w} ← {s(old)} + {terms} = {s(new)}.",
    ]
