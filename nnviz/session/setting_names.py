"""Settings in words: "Layer 1 units", not ``network.layers.0.units``.

A change of the experiment is made at a spec path (keys and list indices,
``("network", "layers", 0, "units")``); validation problems name a JSON path
(``network.layers[0].units: …``). The messages a learner reads name the same
setting the way the experiment panel labels it, with layers counted from 1
(:mod:`nnviz.core.numbering`).
"""

from __future__ import annotations

import re

from nnviz.i18n import QT_TRANSLATE_NOOP, translate

NAMES = {
    ("data",): QT_TRANSLATE_NOOP("Settings", "Data"),
    ("data", "dataset"): QT_TRANSLATE_NOOP("Settings", "Data set"),
    ("data", "samples"): QT_TRANSLATE_NOOP("Settings", "Samples"),
    ("data", "noise"): QT_TRANSLATE_NOOP("Settings", "Noise"),
    ("data", "test_fraction"): QT_TRANSLATE_NOOP("Settings", "Test fraction"),
    ("data", "standardize"): QT_TRANSLATE_NOOP("Settings", "Standardization"),
    ("data", "features"): QT_TRANSLATE_NOOP("Settings", "Features"),
    ("network",): QT_TRANSLATE_NOOP("Settings", "Network"),
    ("network", "layers"): QT_TRANSLATE_NOOP("Settings", "Layers"),
    ("loss",): QT_TRANSLATE_NOOP("Settings", "Loss"),
    ("loss", "name"): QT_TRANSLATE_NOOP("Settings", "Loss"),
    ("loss", "margin"): QT_TRANSLATE_NOOP("Settings", "Hinge margin"),
    ("optimizer",): QT_TRANSLATE_NOOP("Settings", "Optimizer"),
    ("optimizer", "name"): QT_TRANSLATE_NOOP("Settings", "Optimizer"),
    ("optimizer", "learning_rate"): QT_TRANSLATE_NOOP("Settings", "Learning rate"),
    ("optimizer", "momentum"): QT_TRANSLATE_NOOP("Settings", "Momentum"),
    ("optimizer", "dampening"): QT_TRANSLATE_NOOP("Settings", "Dampening"),
    ("optimizer", "nesterov"): QT_TRANSLATE_NOOP("Settings", "Nesterov momentum"),
    ("optimizer", "alpha"): QT_TRANSLATE_NOOP("Settings", "RMSprop's α"),
    ("optimizer", "eps"): QT_TRANSLATE_NOOP("Settings", "ε"),
    ("optimizer", "centered"): QT_TRANSLATE_NOOP("Settings", "Centered RMSprop"),
    ("optimizer", "betas"): QT_TRANSLATE_NOOP("Settings", "Adam's β₁, β₂"),
    ("optimizer", "amsgrad"): QT_TRANSLATE_NOOP("Settings", "AMSGrad"),
    ("regularization",): QT_TRANSLATE_NOOP("Settings", "Regularization"),
    ("regularization", "kind"): QT_TRANSLATE_NOOP("Settings", "Regularization"),
    ("regularization", "lambda"): QT_TRANSLATE_NOOP("Settings", "λ"),
    ("batch_size",): QT_TRANSLATE_NOOP("Settings", "Batch size"),
    ("epochs",): QT_TRANSLATE_NOOP("Settings", "Epochs"),
    ("shuffle",): QT_TRANSLATE_NOOP("Settings", "Shuffling"),
    ("seed",): QT_TRANSLATE_NOOP("Settings", "Seed"),
    ("name",): QT_TRANSLATE_NOOP("Settings", "Name"),
    ("lesson",): QT_TRANSLATE_NOOP("Settings", "Lesson"),
}
LAYER_KEYS = {
    "units": QT_TRANSLATE_NOOP("Settings", "units"),
    "activation": QT_TRANSLATE_NOOP("Settings", "activation"),
    "dropout": QT_TRANSLATE_NOOP("Settings", "dropout"),
    "weights": QT_TRANSLATE_NOOP("Settings", "weights"),
    "bias": QT_TRANSLATE_NOOP("Settings", "bias"),
    "init": QT_TRANSLATE_NOOP("Settings", "initialization"),
    "slope": QT_TRANSLATE_NOOP("Settings", "Leaky ReLU slope"),
}


def setting_name(path: tuple) -> str:
    """The words for the setting at spec ``path``: ``("network", "layers", 0, "units")`` → "Layer 1 units"."""
    path = tuple(path)
    if path in NAMES:
        return translate("Settings", NAMES[path])
    if len(path) >= 3 and path[:2] == ("network", "layers") and isinstance(path[2], int):
        layer = translate("Settings", "Layer {k}").format(k=path[2] + 1)
        if len(path) == 3:
            return layer
        key = LAYER_KEYS.get(str(path[3]))
        return f"{layer} {translate('Settings', key) if key else str(path[3]).replace('_', ' ')}"
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
