"""Names of single values and the chain-rule sentence that computes each, with the learner's numbers.

``label(key, index)`` names a value as a learner reads it (counting from 1):
``δ, layer 2, sample 1, unit 1``. ``sentence(it, key, index, get)`` is the correct
computation of that value from the inputs ``get`` gives (the learner's own earlier
values where they wrote them), e.g. ``δ = ∂L/∂a·f′(z) = 0.2·0.25 = 0.05``.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.explain_names import activation_words, loss_words
from nnviz.core.number_text import Numbers, sum_text
from nnviz.grading.recompute import Getter, Iteration
from nnviz.grading.student_values import Key
from nnviz.i18n import QT_TRANSLATE_NOOP, translate

s = Numbers(4)
SYMBOL = {
    "input": "input",
    "z": "z",
    "a": "a",
    "grad_a": "∂L/∂a",
    "delta": "δ",
}


def label(key: Key, index: tuple[int, ...]) -> str:
    phase, k, q = key
    if phase == "loss":
        return {
            "data": translate("Check", "data loss L_data"),
            "regularization": translate("Check", "regularization term"),
            "total": translate("Check", "total loss L"),
        }[q]
    if q in SYMBOL:
        if len(index) == 4:
            n, c, h, w = index
            text = (
                translate("Check", "input, layer {k}, sample {0}, map {1}, row {2}, col {3}")
                if q == "input"
                else translate("Check", "{symbol}, layer {k}, sample {0}, map {1}, row {2}, col {3}")
            )
            return text.format(n + 1, c + 1, h + 1, w + 1, k=k, symbol=SYMBOL[q])
        n, j = index
        if q == "input":  # the word "input" is the input layer's name elsewhere: a sentence of its own
            return translate("Check", "input, layer {k}, sample {0}, unit {1}").format(n + 1, j + 1, k=k)
        return translate("Check", "{0}, layer {k}, sample {1}, unit {2}").format(SYMBOL[q], n + 1, j + 1, k=k)
    name = _parameter(q, index)
    if q.startswith("grad_"):
        return translate("Check", "∂L/∂{name}, layer {k}").format(name=name, k=k)
    when = (
        translate("Check", " before the update")
        if q.endswith("_before")
        else translate("Check", " after the update")
    )
    return translate("Check", "{name}{when}, layer {k}").format(name=name, when=when, k=k)


def _parameter(q: str, index: tuple[int, ...]) -> str:
    if "weights" in q and len(index) == 4:
        return f"K[{', '.join(str(i + 1) for i in index)}]"  # kernel, map, row, col
    if "weights" in q:
        j, i = index
        return f"w{j + 1},{i + 1}"
    return f"b{index[0] + 1}"


def sentence(it: Iteration, key: Key, index: tuple[int, ...], get: Getter, value: float) -> str:
    """The correct computation of one value from ``get``'s inputs, with its numbers; ``value`` is its result."""
    phase, k, q = key
    above_not_dense = q == "grad_a" and k < it.n_layers and not it.is_dense(k + 1)
    if phase in ("forward", "backward") and (not it.is_dense(k) or above_not_dense):
        return _map_layer(it, k, q, index, get, value)
    if phase == "forward":
        return _forward(it, k, q, index, get, value)
    if phase == "loss":
        return _loss(it, q, get, value)
    if phase == "backward":
        return _backward(it, k, q, index, get, value)
    return _update(it, k, q, index, get, value)


def _forward(it: Iteration, k: int, q: str, index, get: Getter, value: float) -> str:
    if q == "input":  # any shape: a conv layer's input is N×C×H×W
        return translate("Check", "the input of layer {k} is {0}: {1}").format(
            translate("Check", "the sample")
            if k == 1
            else translate("Check", "the output of layer {0}").format(k - 1),
            s(value),
            k=k,
        )
    n, j = index
    if q == "a":
        z = float(get(("forward", k, "z"))[n, j])
        return translate("Check", "a = f(z) with f = {0}: a = f({1}) = {2}").format(
            activation_words(it.layers[k - 1].activation), s(z), s(value)
        )
    x, W, b = (
        get(("forward", k, "input"))[n],
        get(("update", k, "weights_before"))[j],
        get(("update", k, "bias_before"))[j],
    )
    total, _ = s.products([*W, b], [*x, 1.0])
    return translate("Check", "z = Σ_i w_i·a_i + b·1 with the weights before the update = {total} = {0}").format(
        s(value), total=total
    )


MAP_WORDS = {
    ("conv2d", "z"): QT_TRANSLATE_NOOP(
        "Check", "z = Σ K ⊙ window + b: the kernel times the input window at this place, plus its bias"
    ),
    ("max_pool2d", "z"): QT_TRANSLATE_NOOP("Check", "z = the largest value of its window of the input map"),
    ("avg_pool2d", "z"): QT_TRANSLATE_NOOP("Check", "z = the mean of its window of the input map"),
    ("flatten", "z"): QT_TRANSLATE_NOOP(
        "Check", "z = the input's cell at this place, the maps laid out as one row"
    ),
    ("concat", "z"): QT_TRANSLATE_NOOP(
        "Check", "z = the network input's column or the unit of the layer below at this place"
    ),
    ("conv2d", "grad_weights"): QT_TRANSLATE_NOOP(
        "Check", "∂L/∂K = Σ over the batch and the map's cells of δ·the input cell the weight met"
    ),
    ("conv2d", "grad_bias"): QT_TRANSLATE_NOOP("Check", "∂L/∂b = Σ over the batch and the map's cells of δ"),
}


def _map_layer(it: Iteration, k: int, q: str, index, get: Getter, value: float) -> str:
    """A value of a conv, pool, flatten or concat layer: what it is, from the learner's inputs."""
    layer = it.layers[k - 1]
    if q == "input":
        return _forward(it, k, q, index, get, value)
    if q == "a":
        z = float(get(("forward", k, "z"))[index])
        return translate("Check", "a = f(z) with f = {0}: a = f({1}) = {2}").format(
            activation_words(layer.activation), s(z), s(value)
        )
    if q == "delta":
        ga = float(get(("backward", k, "grad_a"))[index])
        if layer.activation.name == "identity":
            return translate("Check", "δ = ∂L/∂a (no activation) = {0}").format(s(value))
        z, a = (get(("forward", k, name))[index] for name in ("z", "a"))
        slope = float(layer.activation.derivative(np.array([z]), np.array([a]))[0])
        return f"δ = ∂L/∂a·f′(z) = {s.f(ga)}·f′({s(float(z))}) = {s.f(ga)}·{s.f(slope)} = {s(value)}"
    if q == "grad_a":
        if k == it.n_layers:
            return translate(
                "Check", "∂L/∂a of the output is the loss's slope at the output, for the batch loss: {0}"
            ).format(s(value))
        return translate(
            "Check", "∂L/∂a = what layer {0} ({1}) passes back from its δ, from your numbers = {2}"
        ).format(k + 1, it.layers[k].kind, s(value))
    words = MAP_WORDS.get((layer.kind, q))
    words = (
        translate("Check", words)
        if words
        else translate("Check", "{0} of layer {k} ({1})").format(q, layer.kind, k=k)
    )
    return translate("Check", "{words}; from your numbers = {0}").format(s(value), words=words)


def _loss(it: Iteration, q: str, get: Getter, value: float) -> str:
    if q == "data":
        n = len(it.trace.x)
        name = loss_words(it.loss)[0]
        return translate(
            "Check", "L_data = {name} of the outputs against the targets, mean over the batch of {n} = {0}"
        ).format(s(value), name=name, n=n)
    if q == "regularization":
        return translate("Check", "the regularization term of the weights before the update = {0}").format(
            s(value)
        )
    data, reg = float(get(("loss", 0, "data"))), float(get(("loss", 0, "regularization")))
    return translate("Check", "L = L_data + regularization = {0} + {1} = {2}").format(s(data), s.f(reg), s(value))


def _backward(it: Iteration, k: int, q: str, index, get: Getter, value: float) -> str:
    if q == "grad_a":
        n, j = index
        if k == it.n_layers:
            return translate(
                "Check", "∂L/∂a of the output is the loss's slope at the output, for the batch loss: {0}"
            ).format(s(value))
        delta, W = get(("backward", k + 1, "delta"))[n], get(("update", k + 1, "weights_before"))[:, j]
        total, _ = s.products(delta, W)
        return translate(
            "Check", "∂L/∂a_j = Σ_k δ_k·w_kj of layer {0}, with its weights before the update = {total} = {1}"
        ).format(k + 1, s(value), total=total)
    if q == "delta":
        n, j = index
        act = it.layers[k - 1].activation
        z, a = (float(get(("forward", k, name))[n, j]) for name in ("z", "a"))
        ga = float(get(("backward", k, "grad_a"))[n, j])
        if act.name == "softmax":
            return translate(
                "Check", "δ = the softmax Jacobian applied to ∂L/∂a (a = {0}, ∂L/∂a = {1}) = {2}"
            ).format(s(a), s(ga), s(value))
        slope = float(act.derivative(np.array([[z]]), np.array([[a]]))[0, 0])
        return f"δ = ∂L/∂a·f′(z) = {s.f(ga)}·f′({s(z)}) = {s.f(ga)}·{s.f(slope)} = {s(value)}"
    delta = get(("backward", k, "delta"))
    if q == "grad_bias":
        terms, _ = sum_text([s.f(d) for d in delta[:, index[0]]])
        return translate("Check", "∂L/∂b_j = Σ_n δ_nj (the bias unit's value is 1) = {terms} = {0}").format(
            s(value), terms=terms
        )
    j, i = index
    x = get(("forward", k, "input"))[:, i]
    total, _ = s.products(delta[:, j], x)
    reg = translate("Check", " plus the regularization gradient") if it.regularizer.active else ""
    return f"∂L/∂w_ji = Σ_n δ_nj·a_ni{reg} = {total}{' + …' if reg else ''} = {s(value)}"


def _update(it: Iteration, k: int, q: str, index, get: Getter, value: float) -> str:
    if q.endswith("_before"):
        return translate("Check", "the parameter before the update, as the experiment has it: {0}").format(
            s(value)
        )
    grad_key = ("backward", k, "grad_weights" if q == "weights" else "grad_bias")
    before_key = ("update", k, "weights_before" if q == "weights" else "bias_before")
    old, g = float(get(before_key)[index]), float(get(grad_key)[index])
    name, eta = _parameter(q, index), s(it.optimizer.learning_rate)
    if it.optimizer.name == "perceptron":
        return translate(
            "Check", "the perceptron rule {name} ← {name} + η·(t − y)·x over the misclassified samples = {0}"
        ).format(s(value), name=name)
    if it.optimizer.name == "sgd" and it.optimizer.hyper["momentum"] == 0:
        return f"{name} ← {name} − η·∂L/∂{name} = {s(old)} − {eta}·{s.f(g)} = {s(value)}"
    return translate("Check", "{0} steps {name} = {1} with ∂L/∂{name} = {2} to {3}").format(
        it.optimizer.describe(), s(old), s(g), s(value), name=name
    )
