"""The experiment file format (``"nnviz": 1``): its keys and their validation.

:func:`validate_spec` checks a parsed JSON document and reports every problem
with its JSON path (``network.layers[1].weights: expected 2×2 (units × inputs),
got 2×3``). Checks that need the data or the built network (input count,
loss/activation pairs, target classes) happen when the experiment is built.

The format is documented, with a complete example, in README.md.
"""

from __future__ import annotations

from typing import Any

from nnviz.core import activations, losses, network_spec, optimizers, regularizers
from nnviz.core.datasets import MAX_SAMPLES, MAX_VALUE
from nnviz.core.image_datasets import MAX_SHIFT
from nnviz.core.validate import (
    Problems,
    check_bool,
    check_matrix,
    check_number,
    check_object,
    check_string,
    check_vector,
)
from nnviz.i18n import LANGUAGES

DIGITS = 1797
"""Pictures in the shipped digits table (``samples`` takes that many at most)."""

FORMAT_VERSION = 1
TOP_KEYS = (
    "nnviz",
    "name",
    "lesson",
    "seed",
    "data",
    "network",
    "loss",
    "regularization",
    "optimizer",
    "batch_size",
    "epochs",
    "shuffle",
    "state",
)
DATASET_KEYS = ("dataset", "samples", "noise", "test_fraction", "features", "standardize", "test_shift")
INLINE_KEYS = ("inputs", "targets", "test_inputs", "test_targets", "test_fraction", "features", "standardize")
CSV_KEYS = (
    "csv", "targets", "columns", "classes", "standardize", "test_fraction", "features", "categorical", "crosses"
)  # fmt: skip
LAYER_KEYS = ("kind", "units", "activation", "weights", "bias", "init", "dropout", "slope")
STATE_KEYS = ("iteration", "epoch", "position", "order", "generator", "parameters", "optimizer")
MAX_UNITS = 4096
MAX_LAYERS = 32
MAX_COLUMNS = 10_000
"""Input columns of inline or CSV data, and ``network.inputs``."""
MAX_NAME = 200
MAX_LESSON = 100_000
"""Characters of ``name`` and ``lesson``."""


def validate_spec(doc: Any) -> Problems:
    """All problems of the document's shape and values (empty when it is well formed)."""
    p = Problems()
    if not isinstance(doc, dict):
        p.add("", f"an experiment file holds a JSON object, got {_kind(doc)}")
        return p
    if "nnviz" not in doc:
        p.add("nnviz", f'missing: an experiment file starts with "nnviz": {FORMAT_VERSION}')
    elif check_number(doc["nnviz"], "nnviz", p, integer=True, minimum=1) and doc["nnviz"] > FORMAT_VERSION:
        p.add(
            "nnviz",
            f"format version {doc['nnviz']} is newer than this nnviz reads ({FORMAT_VERSION}); update nnviz",
        )
        return p
    check_object(doc, "", p, allowed=TOP_KEYS, required=("data", "network", "loss", "optimizer"))
    if "name" in doc:
        check_text(doc["name"], "name", MAX_NAME, p)
    if "lesson" in doc:
        check_text(doc["lesson"], "lesson", MAX_LESSON, p)
    if "seed" in doc:
        check_number(doc["seed"], "seed", p, integer=True, minimum=0, maximum=2**63 - 1)
    if "batch_size" in doc:
        check_number(doc["batch_size"], "batch_size", p, integer=True, minimum=1, maximum=MAX_SAMPLES)
    if "epochs" in doc:
        check_number(doc["epochs"], "epochs", p, integer=True, minimum=0, maximum=10**7)
    if "shuffle" in doc:
        check_bool(doc["shuffle"], "shuffle", p)
    if "data" in doc:
        _check_data(doc["data"], p)
    if "network" in doc:
        _check_network(doc["network"], p)
    if "loss" in doc:
        _check_loss(doc["loss"], p)
    if "regularization" in doc:
        _check_regularization(doc["regularization"], p)
    if "optimizer" in doc:
        _check_optimizer(doc["optimizer"], p)
    if "state" in doc:
        _check_state_shape(doc["state"], p)
    return p


def check_text(value: Any, path: str, limit: int, p: Problems) -> None:
    """A string, or a map from language (``en``, ``zh_CN``, ``zh_TW``) to string."""
    if isinstance(value, dict):
        if not value:
            p.add(path, f"an empty map; expected a string or a map from {', '.join(LANGUAGES)} to text")
        for lang, text in value.items():
            if lang not in LANGUAGES:
                p.add(f"{path}.{lang}", f"unknown language; expected one of {', '.join(LANGUAGES)}")
            else:
                check_text(text, f"{path}.{lang}", limit, p)
        return
    if check_string(value, path, p) and len(value) > limit:
        p.add(path, f"{len(value):,} characters; at most {limit:,}")


def _kind(value: Any) -> str:
    from nnviz.core.validate import type_name

    return type_name(value)


def _check_data(data: Any, p: Problems) -> None:
    if not isinstance(data, dict):
        p.add("data", f"expected an object, got {_kind(data)}")
        return
    sources = [k for k in ("dataset", "inputs", "csv") if k in data]
    if len(sources) != 1:
        p.add("data", 'give exactly one of "dataset" (a named set), "inputs" (inline) or "csv" (a file)')
        return
    source = sources[0]
    if source == "dataset":
        check_object(data, "data", p, allowed=DATASET_KEYS)
        check_string(data["dataset"], "data.dataset", p)
        if "samples" in data:
            most = DIGITS if data["dataset"] == "digits" else 100_000  # a shipped table holds that many
            check_number(data["samples"], "data.samples", p, integer=True, minimum=4, maximum=most)
        if "noise" in data:
            check_number(data["noise"], "data.noise", p, minimum=0, maximum=1)
        if "test_shift" in data:
            check_number(data["test_shift"], "data.test_shift", p, integer=True, minimum=0, maximum=MAX_SHIFT)
    elif source == "inputs":
        check_object(data, "data", p, allowed=INLINE_KEYS, required=("inputs", "targets"))
        _check_inputs(data["inputs"], "data.inputs", p)
        if "targets" in data:
            _check_targets(
                data["targets"],
                "data.targets",
                len(data["inputs"]) if isinstance(data["inputs"], list) else None,
                p,
            )
        if ("test_inputs" in data) != ("test_targets" in data):
            p.add("data", "test_inputs and test_targets go together")
        elif "test_inputs" in data and _check_inputs(data["test_inputs"], "data.test_inputs", p):
            _check_targets(data["test_targets"], "data.test_targets", len(data["test_inputs"]), p)
    else:
        check_object(data, "data", p, allowed=CSV_KEYS, required=("csv", "targets"))
        check_string(data["csv"], "data.csv", p)
        for key in ("targets", "columns"):
            if key in data:
                value = data[key]
                if not isinstance(value, list) or not value or not all(isinstance(c, str) for c in value):
                    p.add(f"data.{key}", "expected a non-empty list of column names")
        if "classes" in data:
            check_bool(data["classes"], "data.classes", p)
        if "categorical" in data:
            value = data["categorical"]
            if not isinstance(value, list) or not value or not all(isinstance(c, str) for c in value):
                p.add("data.categorical", "expected a non-empty list of column names")
        if "crosses" in data:
            value = data["crosses"]
            pairs = isinstance(value, list) and value and all(isinstance(c, list) and len(c) == 2 for c in value)
            if not pairs or not all(isinstance(n, str) for pair in value for n in pair):
                p.add("data.crosses", 'expected a list of column pairs, e.g. [["edu", "job"]]')
    if "standardize" in data:
        check_bool(data["standardize"], "data.standardize", p)
    if "test_fraction" in data:
        check_number(data["test_fraction"], "data.test_fraction", p, minimum=0, maximum=1, exclusive_max=True)
    if "features" in data:
        feats = data["features"]
        if not isinstance(feats, list) or not feats or not all(isinstance(f, str) for f in feats):
            p.add("data.features", 'expected a non-empty list of feature names such as ["x1", "x2", "x1*x2"]')


def _check_inputs(inputs: Any, path: str, p: Problems) -> bool:
    """Inline inputs: 1…MAX_SAMPLES rows of 1…MAX_COLUMNS numbers of size ≤ MAX_VALUE."""
    if isinstance(inputs, list) and len(inputs) > MAX_SAMPLES:
        p.add(path, f"{len(inputs):,} samples; at most {MAX_SAMPLES:,}")
        return False
    if isinstance(inputs, list) and inputs and isinstance(inputs[0], list) and len(inputs[0]) > MAX_COLUMNS:
        p.add(path, f"{len(inputs[0]):,} input columns; at most {MAX_COLUMNS:,}")
        return False
    if _is_images(inputs):
        return network_spec.check_tensor(inputs, path, 4, p, "images N × C × H × W", limit=MAX_VALUE)
    return check_matrix(inputs, path, p, limit=MAX_VALUE)


def _is_images(inputs: Any) -> bool:
    """Inline inputs nested four deep (N × C × H × W) are images."""
    return (
        isinstance(inputs, list)
        and bool(inputs)
        and isinstance(inputs[0], list)
        and bool(inputs[0])
        and isinstance(inputs[0][0], list)
    )


def _check_targets(targets: Any, path: str, n: int | None, p: Problems) -> None:
    """Targets are rows of numbers, or a flat list of class indices / values."""
    if isinstance(targets, list) and targets and all(not isinstance(t, list) for t in targets):
        ok = check_vector(targets, path, p, limit=MAX_VALUE)
    else:
        ok = check_matrix(targets, path, p, limit=MAX_VALUE)
    if ok and n is not None and len(targets) != n:
        p.add(path, f"expected {n} targets (one per input row), got {len(targets)}")


def _check_network(net: Any, p: Problems) -> None:
    if not check_object(net, "network", p, allowed=("inputs", "layers"), required=("layers",)):
        if not isinstance(net, dict) or "layers" not in net:
            return
    if "inputs" in net:
        network_spec.check_inputs(net["inputs"], p, MAX_COLUMNS)
    layers = net["layers"]
    if not isinstance(layers, list) or not layers:
        p.add("network.layers", "expected a non-empty list of layers (the last one is the output layer)")
        return
    if len(layers) > MAX_LAYERS:
        p.add("network.layers", f"at most {MAX_LAYERS} layers, got {len(layers)}")
    for k, layer in enumerate(layers):
        path = f"network.layers[{k}]"
        if network_spec.layer_kind(layer) != "dense":
            network_spec.check_layer(layer, path, k == len(layers) - 1, p)
            continue
        if not check_object(layer, path, p, allowed=LAYER_KEYS, required=("units", "activation")):
            if not isinstance(layer, dict):
                continue
        if "units" in layer:
            check_number(layer["units"], f"{path}.units", p, integer=True, minimum=1, maximum=MAX_UNITS)
        if "activation" in layer and check_string(
            layer["activation"], f"{path}.activation", p, choices=activations.NAMES
        ):
            if layer["activation"] == "softmax" and k != len(layers) - 1:
                p.add(f"{path}.activation", "softmax is only allowed on the output layer")
        if "slope" in layer:
            check_number(layer["slope"], f"{path}.slope", p, minimum=0, maximum=1, exclusive_max=True)
        if "dropout" in layer and check_number(
            layer["dropout"], f"{path}.dropout", p, minimum=0, maximum=1, exclusive_max=True
        ):
            if k == len(layers) - 1 and layer["dropout"] > 0:
                p.add(f"{path}.dropout", "dropout is for hidden layers, not the output layer")
        if "init" in layer:
            network_spec.check_init(layer["init"], f"{path}.init", p)
        if "weights" in layer:
            check_matrix(layer["weights"], f"{path}.weights", p)
        if "bias" in layer:
            check_vector(layer["bias"], f"{path}.bias", p)


def _check_loss(loss: Any, p: Problems) -> None:
    if isinstance(loss, str):
        check_string(loss, "loss", p, choices=losses.NAMES)
        return
    if check_object(loss, "loss", p, allowed=("name", "margin"), required=("name",)):
        check_string(loss["name"], "loss.name", p, choices=losses.NAMES)
        if "margin" in loss:
            check_number(loss["margin"], "loss.margin", p, minimum=0)


def _check_regularization(reg: Any, p: Problems) -> None:
    if check_object(reg, "regularization", p, allowed=("kind", "lambda"), required=("kind",)):
        check_string(reg["kind"], "regularization.kind", p, choices=regularizers.KINDS)
        if "lambda" in reg:
            check_number(reg["lambda"], "regularization.lambda", p, minimum=0)


def _check_optimizer(opt: Any, p: Problems) -> None:
    if not isinstance(opt, dict):
        p.add("optimizer", f"expected an object, got {_kind(opt)}")
        return
    if "name" not in opt:
        p.add("optimizer.name", "missing")
        return
    if not check_string(opt["name"], "optimizer.name", p, choices=optimizers.NAMES):
        return
    if "weight_decay" in opt:
        p.add("optimizer.weight_decay", 'not used: put L2 in "regularization": {"kind": "l2", "lambda": …}')
        return
    check_object(opt, "optimizer", p, allowed=("name", *optimizers.DEFAULTS[opt["name"]]))
    hyper = {k: v for k, v in opt.items() if k in optimizers.DEFAULTS[opt["name"]]}
    try:
        optimizers.make_optimizer(opt["name"], **hyper)
    except ValueError as error:
        message = str(error)
        key = message.split(" ", 1)[0]
        p.add(f"optimizer.{key.split('[')[0]}" if key.split("[")[0] in hyper else "optimizer", message)


def _check_state_shape(state: Any, p: Problems) -> None:
    """The trained state's own shape; sizes are checked against the network when building."""
    if not check_object(state, "state", p, allowed=STATE_KEYS, required=STATE_KEYS):
        return
    for key in ("iteration", "epoch", "position"):
        check_number(state[key], f"state.{key}", p, integer=True, minimum=0)
    order = state["order"]
    if order is not None and not (
        isinstance(order, list) and all(isinstance(i, int) and not isinstance(i, bool) for i in order)
    ):
        p.add("state.order", "expected null or a list of sample indices")
    if not isinstance(state["generator"], dict):
        p.add("state.generator", "expected the generator state object")
    if not isinstance(state["parameters"], list):
        p.add("state.parameters", "expected a list with the weights and bias of every layer")
    opt = state["optimizer"]
    if check_object(opt, "state.optimizer", p, allowed=("steps", "buffers"), required=("steps", "buffers")):
        check_number(opt["steps"], "state.optimizer.steps", p, integer=True, minimum=0)
        if not isinstance(opt["buffers"], dict):
            p.add("state.optimizer.buffers", "expected an object of buffer lists")
