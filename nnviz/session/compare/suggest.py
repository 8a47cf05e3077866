"""What the Compare window offers to vary for an experiment: JSON paths with example values.

The issue's list — hidden units per layer, activation, loss, optimizer, learning rate, λ and
regularization kind, dropout, initializer, batch size, data noise — as ``(label, path,
values text)`` rows for the experiment's own spec (its layer count, its learning rate, its
regularization or none). The values text is what the window's field starts with; any path
and values can be typed instead.
"""

from __future__ import annotations

from nnviz.core.experiment import Experiment
from nnviz.i18n import translate


def suggestions(experiment: Experiment) -> list[tuple[str, str, str]]:
    """``(label, path, values)`` for ``experiment``, most used first."""
    spec = experiment.spec
    layers = spec["network"]["layers"]
    hidden = len(layers) - 1
    kinds = [layer.get("kind", "dense") for layer in layers[:hidden]]
    rows = []
    for k, kind in enumerate(kinds):
        if "weights" in layers[k] or "weights" in layers[k + 1]:
            continue  # weights given in the file fix the sizes around them
        if kind == "dense":
            label = translate("Compare", "hidden units, layer {0}").format(k + 1)
            rows.append((label, f"network.layers[{k}].units", "1, 2, 3, 8"))
        elif kind == "conv2d":
            label = translate("Compare", "kernels, layer {0}").format(k + 1)
            rows.append((label, f"network.layers[{k}].channels", "2, 4, 8"))
    learned = [k for k, kind in enumerate(kinds) if kind in ("dense", "conv2d")]  # layers with an activation
    together = learned == list(range(hidden))  # one slice of the path reaches them all
    where = f"[0:{hidden}]" if together else f"[{learned[0]}]" if learned else ""
    if learned:
        activation = (
            translate("Compare", "hidden activation")
            if together
            else translate("Compare", "activation, layer {0}").format(learned[0] + 1)
        )
        rows.append((activation, f"network.layers{where}.activation", "sigmoid, tanh, relu"))
    out = layers[-1].get("activation", "identity")
    perceptron = spec["optimizer"].get("name") == "perceptron"  # step units: the rule, no loss, no other optimizer
    if out != "softmax" and not perceptron:  # a softmax output takes cross-entropy only
        rows.append((translate("Compare", "loss"), "loss.name", "mse, bce" if out == "sigmoid" else "mse, mae"))
    optimizer = spec["optimizer"]
    rate = float(optimizer.get("learning_rate", 0.001))
    if not perceptron:
        rows.append((translate("Compare", "optimizer"), "optimizer.name", "sgd, adam, rmsprop"))
    rows.append(
        (
            translate("Compare", "learning rate"),
            "optimizer.learning_rate",
            ", ".join(f"{rate * f:g}" for f in (0.1, 0.3, 1, 3)),
        )
    )
    reg = spec.get("regularization")
    regularized = isinstance(reg, dict) and reg.get("kind", "none") != "none"
    if regularized:
        rows.append((translate("Compare", "λ (regularization)"), "regularization.lambda", "0, 0.001, 0.01"))
        rows.append((translate("Compare", "regularization kind"), "regularization.kind", "none, l1, l2"))
    else:  # none to vary a part of: whole objects, written as value_text writes them
        rows.append(
            (translate("Compare", "λ (L2 regularization)"), "regularization", "l2 λ=0, l2 λ=0.001, l2 λ=0.01")
        )
        rows.append(
            (translate("Compare", "regularization kind"), "regularization", "none, l1 λ=0.001, l2 λ=0.001")
        )
    dense = [k for k, kind in enumerate(kinds) if kind == "dense"]
    if dense:
        label = translate("Compare", "dropout, layer {0}").format(dense[0] + 1)
        rows.append((label, f"network.layers[{dense[0]}].dropout", "0, 0.1, 0.3"))
    if learned:
        rows.append(
            (
                translate("Compare", "initializer"),
                f"network.layers{where}.init",
                "xavier_uniform, he_uniform, uniform",
            )
        )
    n = len(experiment.data.x_train)
    rows.append(
        (translate("Compare", "batch size"), "batch_size", ", ".join(str(b) for b in sorted({1, min(10, n), n})))
    )
    if "dataset" in spec["data"]:
        rows.append((translate("Compare", "data noise"), "data.noise", "0, 0.1, 0.3"))
    return rows
