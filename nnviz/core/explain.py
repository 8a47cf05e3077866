"""The chain rule in words: every number of one traced sample, as a learner checks it by hand.

Each function returns a list of sentences for one event of an
:class:`~nnviz.core.trace.IterationTrace` and one sample (row ``sample`` of the
batch), with the real numbers put into the formulas::

    z = Σ_i w_i·x_i + b·1 = 0.1·0.5 + (−0.2)·(−1) + 0·1 = 0.25.
    a = tanh(0.25) = 0.2449.
    δ = ∂L/∂a · tanh′(z) = 0.3·0.94 = 0.282.

Conventions:

- ``layer`` counts from 1 (layer 0 is the input); ``unit``, ``source`` and
  ``sample`` (a batch row) are 0-based array indices. The sentences number
  units, samples and classes as :mod:`nnviz.core.numbering` says: units from
  1, a sample by its place in the training set from 1, a class by its target
  value from 0. ``source == fan_in`` is the bias unit, whose value is 1.
- Numbers have ``digits`` significant digits (default 4); negative factors are
  put in parentheses with the real minus sign "−". Every result after "=" is
  the value the network computed, not a recomputation from rounded numbers.
- The loss is a batch mean, so δ already carries the factor 1/N.
- A sum of more than :data:`~nnviz.core.number_text.MAX_TERMS` terms shows its first and last terms
  around "…" and says how many it left out.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import Activation, softmax
from nnviz.core.explain_names import loss_words
from nnviz.core.explain_parts import (
    activation_text,
    checked_sample,
    delta_from_grad_a,
    is_bias,
    layer_trace,
    quiet,
    sample_name,
)
from nnviz.core.losses import Loss
from nnviz.core.network import Network
from nnviz.core.number_text import DIGITS, Numbers, num, sum_text
from nnviz.core.numbering import class_label, unit_label
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import IterationTrace, LayerTrace
from nnviz.i18n import translate

__all__ = [
    "DIGITS",
    "explain_backward",
    "explain_forward",
    "explain_loss",
    "explain_weight",
    "num",
]


@quiet
def explain_forward(
    trace: IterationTrace, layer: int, unit: int, sample: int = 0, *, network: Network, digits: int = DIGITS
) -> list[str]:
    """Weighted sum, activation and dropout of one unit for one sample of the batch."""
    lt, j, n, s = layer_trace(trace, layer, unit, sample), unit, sample, Numbers(digits)
    dense = network.layers[layer - 1]
    total, note = s.products([*lt.W_before[j], lt.b_before[j]], [*lt.input[n], 1.0])
    x = "x" if layer == 1 else "a"
    inputs = (
        translate("Explain", "the inputs x_i")
        if layer == 1
        else translate("Explain", "the outputs a_i of layer {0}").format(layer - 1)
    )
    lines = [
        translate(
            "Explain",
            "Forward pass, layer {layer}, {0}, {1}: the unit weighs {inputs} and adds its bias b, the weight "
            "from the bias unit (whose value is 1).",
        ).format(unit_label(j), sample_name(trace, n), layer=layer, inputs=inputs),
        f"z = Σ_i w_i·{x}_i + b·1 = {total} = {s(lt.z[n, j])}.{note}",
        activation_text(dense.activation, lt, n, j, s),
    ]
    if lt.mask is not None:
        p = s(dense.dropout)
        if lt.mask[n, j]:
            lines.append(
                translate(
                    "Explain",
                    "Dropout (p = {p}) kept this unit and scales it up to keep its expected value: output = "
                    "a/(1 − p) = {0}/{1} = {2}.",
                ).format(s(lt.a[n, j]), s(1 - dense.dropout), s(lt.output[n, j]), p=p)
            )
        else:
            lines.append(
                translate("Explain", "Dropout (p = {p}) dropped this unit for this sample: output = 0.").format(
                    p=p
                )
            )
    return lines


@quiet
def explain_loss(
    trace: IterationTrace,
    sample: int = 0,
    *,
    network: Network,
    loss: Loss,
    regularizer: Regularizer | None = None,
    digits: int = DIGITS,
) -> list[str]:
    """The loss of one sample, the batch mean, the regularization term and the total."""
    last, n, s = trace.layers[-1], checked_sample(trace, sample), Numbers(digits)
    per_sample = loss.per_sample(last.z, last.a, trace.t, network.output_activation)
    expression, note = _sample_loss_text(loss, network.output_activation, last, trace.t, n, s)
    lines = [
        translate("Explain", "Loss, {0} ({1}): {expression} = {2}.{note}").format(
            sample_name(trace, n), loss_words(loss)[0], s(per_sample[n]), expression=expression, note=note
        )
    ]
    big_n = len(per_sample)
    if big_n == 1:
        lines.append(
            translate("Explain", "The batch has one sample, so the data loss is L_data = {0}.").format(
                s(trace.loss_data)
            )
        )
    else:
        total, note = sum_text([s.f(v) for v in per_sample])
        lines.append(
            translate(
                "Explain",
                "The data loss is the mean over the batch of {big_n} samples: L_data = ({total})/{big_n} = "
                "{0}.{note}",
            ).format(s(trace.loss_data), big_n=big_n, total=total, note=note)
        )
    if regularizer is None or not regularizer.active:
        lines.append(
            translate("Explain", "There is no regularization, so the total loss is L = {0}.").format(
                s(trace.loss_total)
            )
        )
        return lines
    sums = "Σw²" if regularizer.kind == "l2" else "Σ|w|"
    return [
        *lines,
        translate(
            "Explain", "{0} regularization of every weight (not the biases): L_reg = λ·{sums} = {1}·{2} = {3}."
        ).format(
            regularizer.kind.upper(),
            s(regularizer.lam),
            s(trace.loss_reg / regularizer.lam),
            s(trace.loss_reg),
            sums=sums,
        ),
        translate("Explain", "Total loss L = L_data + L_reg = {0} + {1} = {2}.").format(
            s(trace.loss_data), s(trace.loss_reg), s(trace.loss_total)
        ),
    ]


@quiet
def explain_backward(
    trace: IterationTrace,
    layer: int,
    unit: int,
    sample: int = 0,
    *,
    network: Network,
    loss: Loss,
    digits: int = DIGITS,
) -> list[str]:
    """δ = ∂L/∂z of one unit for one sample: from the loss (output layer) or from the layer above."""
    lt, j, n, s = layer_trace(trace, layer, unit, sample), unit, sample, Numbers(digits)
    dense = network.layers[layer - 1]
    where = translate("Explain", "layer {layer}, {0}, {1}").format(
        unit_label(j), sample_name(trace, n), layer=layer
    )
    head = translate("Explain", "Backward pass, {where}: δ = ∂L/∂z, how the loss changes with z.").format(
        where=where
    )
    if layer == len(trace.layers):
        return [head, *_output_delta(trace.t, lt, loss, dense.activation, n, j, s)]
    above = trace.layers[layer]
    total, note = s.products(above.W_before[:, j], above.delta[n])
    through = float(above.delta[n] @ above.W_before[:, j])
    lines = [
        head,
        translate(
            "Explain",
            "The unit feeds every unit k of layer {0}, so the chain rule adds up their δ_k: ∂L/∂a = Σ_k "
            "w_kj·δ_k = {total} = {1}.{note}",
        ).format(layer + 1, s(through), total=total, note=note),
    ]
    if lt.mask is not None and lt.mask[n, j]:
        lines.append(
            translate(
                "Explain",
                "Dropout kept this unit, so its gradient is scaled like its output: ∂L/∂a = {0}/{1} = {2}.",
            ).format(s.f(through), s(1 - dense.dropout), s(lt.grad_a[n, j]))
        )
    elif lt.mask is not None:
        lines.append(
            translate(
                "Explain", "Dropout dropped this unit for this sample, so no gradient reaches it: ∂L/∂a = 0."
            )
        )
    return lines + delta_from_grad_a(dense.activation, lt, n, j, s)


@quiet
def explain_weight(
    trace: IterationTrace,
    layer: int,
    unit: int,
    source: int,
    sample: int = 0,
    *,
    regularizer: Regularizer | None = None,
    digits: int = DIGITS,
    symbol: str | None = None,
) -> list[str]:
    """∂L/∂w of one weight (or bias, ``source == fan_in``): this sample, the batch, regularization.
    ``symbol`` names the parameter in the formulas (a document's "w1,2"; default "w" or "b")."""
    lt, j, n, s = layer_trace(trace, layer, unit, sample), unit, sample, Numbers(digits)
    bias = is_bias(lt, source)
    a_prev = np.ones(len(lt.input)) if bias else lt.input[:, source]
    w = symbol or ("b" if bias else "w")
    if bias:
        what = translate("Explain", "the bias unit (value 1)")
    else:
        what = (
            translate("Explain", "input x_{0}").format(source + 1)
            if layer == 1
            else translate("Explain", "unit {0} of layer {1}").format(source + 1, layer - 1)
        )
    d = lt.delta[n, j]
    lines = [
        translate(
            "Explain",
            "Gradient of the {0} from {what} into unit {1} of layer {layer}: z changes by a_prev when {w} "
            "changes by 1, so ∂L/∂{w} = δ·a_prev.",
        ).format(
            translate("Explain", "bias") if bias else translate("Explain", "weight"),
            j + 1,
            what=what,
            layer=layer,
            w=w,
        ),
        translate("Explain", "{0}: ∂L/∂{w} = δ·a_prev = {1}·{2} = {3}.").format(
            sample_name(trace, n).capitalize(), s.f(d), s.f(a_prev[n]), s(d * a_prev[n]), w=w
        ),
    ]
    data = lt.grad_b[j] if bias else lt.grad_W_data[j, source]
    if len(a_prev) == 1:
        lines.append(
            translate(
                "Explain", "The batch has one sample, so this is the data gradient ∂L_data/∂{w} = {0}."
            ).format(s(data), w=w)
        )
    else:
        total, note = s.products(lt.delta[:, j], a_prev)
        lines.append(
            translate(
                "Explain",
                "Summed over the batch of {0} samples (each δ already carries the 1/N of the mean): "
                "∂L_data/∂{w} = Σ_n δ_n·a_prev,n = {total} = {1}.{note}",
            ).format(len(a_prev), s(data), w=w, total=total, note=note)
        )
    if bias and regularizer is not None and regularizer.active:
        lines.append(translate("Explain", "Biases are not regularized, so this is the whole gradient."))
    elif not bias and regularizer is not None and regularizer.active:
        wv, reg, lam = lt.W_before[j, source], lt.grad_W_reg[j, source], s(regularizer.lam)
        rule = (
            f"2λ·{w} = 2·{lam}·{s.f(wv)}"
            if regularizer.kind == "l2"
            else translate("Explain", "λ·sign({w}) = {lam}·sign({0})").format(s(wv), w=w, lam=lam)
        )
        lines.append(
            translate("Explain", "{0} regularization adds {rule} = {1}: ∂L/∂{w} = {2} + {3} = {4}.").format(
                regularizer.kind.upper(), s(reg), s(data), s.f(reg), s(lt.grad_W[j, source]), rule=rule, w=w
            )
        )
    return lines


def _output_delta(t, lt: LayerTrace, loss: Loss, act: Activation, n: int, j: int, s: Numbers) -> list[str]:
    """δ of an output unit: the fused forms of sigmoid + bce and softmax + cross-entropy, else the chain rule."""
    big_n, k = lt.a.shape
    y, delta = lt.a[n, j], s(lt.delta[n, j])
    if loss.name == "cross_entropy":
        p = lt.a[n, j] if act.name == "softmax" else softmax(lt.z[n : n + 1])[0, j]
        c = int(t[n])
        return [
            translate(
                "Explain",
                "Softmax and cross-entropy combine into a simple form, with p = softmax(z) and onehot_j = 1 for "
                "the true {0}, else 0: δ = (p − onehot)/N = ({1} − {2})/{big_n} = {delta}.",
            ).format(class_label(c), s(p), int(j == c), big_n=big_n, delta=delta)
        ]
    if loss.name == "bce" and act.name == "sigmoid":
        return [
            translate(
                "Explain",
                "Sigmoid and binary cross-entropy combine: σ′(z) = y·(1 − y) cancels the 1/(y·(1 − y)) in "
                "∂L/∂y, so δ = (y − t)/(N·K) = ({0} − {1})/({big_n}·{k}) = {delta}.",
            ).format(s(y), s.f(t[n, j]), big_n=big_n, k=k, delta=delta)
        ]
    lines = [_grad_output_text(loss, t, lt, n, j, s)]
    if act.name != "softmax":
        return lines + delta_from_grad_a(act, lt, n, j, s)
    total, note = s.products(lt.grad_a[n], lt.a[n])
    lines.append(
        translate(
            "Explain",
            "Softmax couples the outputs (each a_k depends on every z_j), so δ_j = a_j·(∂L/∂a_j − Σ_k "
            "∂L/∂a_k·a_k) = {0}·({1} − ({total})) = {delta}.{note}",
        ).format(s.f(y), s(lt.grad_a[n, j]), total=total, delta=delta, note=note)
    )
    return lines


def _grad_output_text(loss: Loss, t, lt: LayerTrace, n: int, j: int, s: Numbers) -> str:
    """∂L/∂a of output unit j for sample n, from the loss formula."""
    big_n, k = lt.a.shape
    g = s(lt.grad_a[n, j])
    if loss.name == "hinge":
        c = int(t[n])
        margins = lt.z[n] - lt.z[n, c] + loss.margin
        if j == c:
            active = int(np.sum(np.delete(margins, c) > 0))
            return translate(
                "Explain",
                "Hinge loss, true {0}: the true score s_y enters every positive margin with a minus sign, so "
                "∂L/∂s_y = −(number of margins > 0)/N = −{active}/{big_n} = {g}.",
            ).format(class_label(c), active=active, big_n=big_n, g=g)
        return translate(
            "Explain",
            "Hinge loss: ∂L/∂s_j = (1 if s_j − s_y + {0} > 0 else 0)/N; the margin is {1}, so ∂L/∂s_j = {g}.",
        ).format(s(loss.margin), s(margins[j]), g=g)
    y, tv = s(lt.a[n, j]), s.f(t[n, j])
    rule = {
        "mse": f"2·(y − t)/(N·K) = 2·({y} − {tv})/({big_n}·{k})",
        "half_sse": f"(y − t)/N = ({y} − {tv})/{big_n}",
        "mae": translate("Explain", "sign(y − t)/(N·K) = sign({y} − {tv})/({big_n}·{k})").format(
            y=y, tv=tv, big_n=big_n, k=k
        ),
        "bce": f"(y − t)/(y·(1 − y)·N·K) = ({y} − {tv})/({y}·(1 − {y})·{big_n}·{k})",
    }[loss.name]
    return translate("Explain", "From the loss: ∂L/∂a = {rule} = {g}.").format(rule=rule, g=g)


def _sample_loss_text(loss: Loss, act: Activation, last: LayerTrace, t, n: int, s: Numbers) -> tuple[str, str]:
    """``(expression, note)`` of one sample's loss with its numbers, up to the final "= value"."""
    y, name = last.a[n], loss.name
    if name == "cross_entropy":
        p = y if act.name == "softmax" else softmax(last.z[n : n + 1])[0]
        c = int(t[n])
        return translate("Explain", "p = softmax(z), true {0}: L_n = −log p_y = −log({1})").format(
            class_label(c), s(p[c])
        ), ""
    if name == "hinge":
        c, scores, m = int(t[n]), last.z[n], s(loss.margin)
        terms = [
            translate("Explain", "max(0, {0} − {1} + {m})").format(s(v), s.f(scores[c]), m=m)
            for i, v in enumerate(scores)
            if i != c
        ]
        total, note = sum_text(terms)
        return translate("Explain", "true {0}: L_n = Σ_(j≠y) max(0, s_j − s_y + {m}) = {total}").format(
            class_label(c), m=m, total=total
        ), note
    k, pairs = len(y), [(s(yi), s.f(ti)) for yi, ti in zip(y, t[n])]
    if name == "half_sse":
        total, note = sum_text([f"({yi} − {ti})²" for yi, ti in pairs])
        return f"L_n = ½·Σ_k (y_k − t_k)² = ½·({total})", note
    if name == "mse":
        total, note = sum_text([f"({yi} − {ti})²" for yi, ti in pairs])
        return f"L_n = (1/K)·Σ_k (y_k − t_k)² = (1/{k})·({total})", note
    if name == "mae":
        total, note = sum_text([f"|{yi} − {ti}|" for yi, ti in pairs])
        return f"L_n = (1/K)·Σ_k |y_k − t_k| = (1/{k})·({total})", note
    total, note = sum_text(
        [
            translate("Explain", "{ti}·log({yi}) + (1 − {ti})·log(1 − {yi})").format(ti=ti, yi=yi)
            for yi, ti in pairs
        ]
    )
    return translate(
        "Explain", "L_n = −(1/K)·Σ_k [t_k·log y_k + (1 − t_k)·log(1 − y_k)] = −(1/{k})·({total})"
    ).format(k=k, total=total), note
