"""Settings in words: "Layer 1 units", not ``network.layers.0.units``.

A change of the experiment is made at a spec path (keys and list indices,
``("network", "layers", 0, "units")``); validation problems name a JSON path
(``network.layers[0].units: …``). The messages a learner reads name the same
setting the way the experiment panel labels it, with layers counted from 1
(:mod:`nnviz.core.numbering`).
"""

from __future__ import annotations

import re

NAMES = {
    ("data",): "Data",
    ("data", "dataset"): "Data set",
    ("data", "samples"): "Samples",
    ("data", "noise"): "Noise",
    ("data", "test_fraction"): "Test fraction",
    ("data", "standardize"): "Standardization",
    ("data", "features"): "Features",
    ("network",): "Network",
    ("network", "layers"): "Layers",
    ("loss",): "Loss",
    ("loss", "name"): "Loss",
    ("loss", "margin"): "Hinge margin",
    ("optimizer",): "Optimizer",
    ("optimizer", "name"): "Optimizer",
    ("optimizer", "learning_rate"): "Learning rate",
    ("optimizer", "momentum"): "Momentum",
    ("optimizer", "dampening"): "Dampening",
    ("optimizer", "nesterov"): "Nesterov momentum",
    ("optimizer", "alpha"): "RMSprop's α",
    ("optimizer", "eps"): "ε",
    ("optimizer", "centered"): "Centered RMSprop",
    ("optimizer", "betas"): "Adam's β₁, β₂",
    ("optimizer", "amsgrad"): "AMSGrad",
    ("regularization",): "Regularization",
    ("regularization", "kind"): "Regularization",
    ("regularization", "lambda"): "λ",
    ("batch_size",): "Batch size",
    ("epochs",): "Epochs",
    ("shuffle",): "Shuffling",
    ("seed",): "Seed",
    ("name",): "Name",
    ("lesson",): "Lesson",
}
LAYER_KEYS = {
    "units": "units",
    "activation": "activation",
    "dropout": "dropout",
    "weights": "weights",
    "bias": "bias",
    "init": "initialization",
    "slope": "Leaky ReLU slope",
}


def setting_name(path: tuple) -> str:
    """The words for the setting at spec ``path``: ``("network", "layers", 0, "units")`` → "Layer 1 units"."""
    path = tuple(path)
    if path in NAMES:
        return NAMES[path]
    if len(path) >= 3 and path[:2] == ("network", "layers") and isinstance(path[2], int):
        layer = f"Layer {path[2] + 1}"
        if len(path) == 3:
            return layer
        return f"{layer} {LAYER_KEYS.get(str(path[3]), str(path[3]).replace('_', ' '))}"
    return " ".join(str(key).replace("_", " ") for key in path).capitalize() or "Settings"


_JSON_PATH = re.compile(r"^([A-Za-z_][\w.\[\]]*): ")


def problem_in_words(problem: str) -> str:
    """A validation problem ``"network.layers[0].units: expected …"`` as ``"Layer 1 units: expected …"``."""
    match = _JSON_PATH.match(problem)
    if match is None:
        return problem
    keys: list[str | int] = []
    for part in match.group(1).split("."):
        name, *indices = re.split(r"\[(\d+)\]", part)
        keys.append(name)
        keys += [int(i) for i in indices if i]
    keys = [k for k in keys if k != ""]
    return f"{setting_name(tuple(keys))}: {problem[match.end() :]}"
