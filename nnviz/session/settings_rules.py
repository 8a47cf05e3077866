"""Keeping an edited experiment spec consistent: what else one setting drags along.

Plain Python on spec dicts (no Qt), so the rules are tested without widgets.
:func:`consistent` takes the spec before and after one edit and returns the
spec to install, in one piece so it is one undo step:

- a data set of another kind brings a fitting output layer and loss: 3 softmax
  units and cross-entropy for three classes, 1 sigmoid unit and bce for two,
  1 identity unit and mse for regression;
- a loss brings an output layer it can train: hinge needs raw scores
  (identity), cross-entropy a softmax, bce a sigmoid; the class losses need
  one output unit per class;
- another optimizer keeps only the learning rate (its other settings differ);
- features that need x2 go when the data has only x1;
- explicit weights whose shape no longer fits (units, layers or inputs
  changed) go, and the layer is initialized instead.
"""

from __future__ import annotations

import copy

from nnviz.core import init, losses
from nnviz.core.datasets import DATASETS
from nnviz.core.experiment_data import GATE_ALIASES
from nnviz.core.image_datasets import IMAGE_SETS

REGRESSION_LOSSES = ("mse", "half_sse", "mae")
TRAINABLE_LOSSES = tuple(name for name in losses.NAMES if name != "zero_one")
DEFAULTS_OF_KIND = {
    # kind: (output activation, loss)
    "binary": ("sigmoid", "bce"),
    "multiclass": ("softmax", "cross_entropy"),
    "regression": ("identity", "mse"),
}


def dataset_info(data: dict):
    """The :class:`~nnviz.core.datasets.DatasetInfo` of a named data set, else ``None``."""
    name = data.get("dataset")
    if not isinstance(name, str):
        return None
    return DATASETS.get(GATE_ALIASES.get(name, name))


def data_kind(data: dict, fallback: str) -> tuple[str, int]:
    """``(kind, classes)`` of the data spec; ``fallback`` kind (and 2 classes) when it is not a named set."""
    image = IMAGE_SETS.get(data.get("dataset")) if isinstance(data.get("dataset"), str) else None
    if image is not None:
        classes = len(image.classes)
        return ("multiclass" if classes > 2 else "binary"), classes
    info = dataset_info(data)
    if info is None:
        return fallback, 2
    return info.kind, info.n_classes


def raw_inputs(data: dict, fallback: int) -> int:
    """Columns of the raw points (before features): 1 or 2 for named sets, else ``fallback``."""
    info = dataset_info(data)
    return fallback if info is None else info.n_inputs


def n_inputs(data: dict, fallback_raw: int) -> int:
    features = data.get("features")
    return len(features) if features else raw_inputs(data, fallback_raw)


def loss_name(spec: dict) -> str:
    loss = spec.get("loss")
    return loss if isinstance(loss, str) else loss.get("name", "")


def output_for(kind: str, classes: int, loss: str, activation: str, units: int) -> tuple[str, int]:
    """An output ``(activation, units)`` that ``loss`` can train on data of ``kind``; the current one
    where it already fits."""
    if kind == "multiclass":
        units = classes
    elif kind in ("binary", "regression"):
        units = 2 if loss in losses.CLASS_LOSSES and kind == "binary" else 1
    elif loss in losses.CLASS_LOSSES:
        units = max(units, 2)
    if loss == "hinge":
        activation = "identity"
    elif loss == "cross_entropy":
        activation = "softmax"
    elif loss == "bce" and not (activation == "softmax" and units > 1):
        activation = "sigmoid"
    elif kind == "regression" and loss in REGRESSION_LOSSES:
        activation = "identity"
    if activation == "softmax" and units < 2:
        activation = "sigmoid"
    return activation, units


def consistent(old: dict, new: dict, *, kind: str = "inline", raw: int = 2) -> dict:
    """``new`` with everything an edit of ``old`` drags along (see the module docstring).

    ``kind`` and ``raw`` describe the current data when it is not a named set
    (inline or CSV): its kind and the number of raw input columns.
    """
    spec = copy.deepcopy(new)
    old_kind, _ = data_kind(old["data"], kind)
    new_kind, classes = data_kind(spec["data"], kind)
    _fit_features(spec["data"], raw)
    layers = spec["network"]["layers"]
    out = layers[-1]
    if new_kind != old_kind:
        activation, loss = DEFAULTS_OF_KIND.get(new_kind, (out["activation"], loss_name(spec)))
        if new_kind == "multiclass" and loss_name(spec) in losses.CLASS_LOSSES:
            loss = loss_name(spec)
        _set_loss(spec, loss)
        out["activation"], out["units"] = output_for(new_kind, classes, loss, activation, out["units"])
    elif loss_name(spec) != loss_name(old):
        out["activation"], out["units"] = output_for(
            new_kind, classes, loss_name(spec), out["activation"], out["units"]
        )
    if spec["optimizer"].get("name") != old["optimizer"].get("name"):
        keep = {"name": spec["optimizer"]["name"]}
        if "learning_rate" in spec["optimizer"]:
            keep["learning_rate"] = spec["optimizer"]["learning_rate"]
        spec["optimizer"] = keep
    if out.get("dropout"):
        out.pop("dropout")
    inputs = n_inputs(spec["data"], raw)
    if isinstance(spec["network"].get("inputs"), int):  # an image's [C, H, W] comes from its data set
        spec["network"]["inputs"] = inputs
    _drop_stale_parameters(layers, inputs)
    return spec


def _set_loss(spec: dict, name: str) -> None:
    loss = spec.get("loss")
    if isinstance(loss, dict):
        loss = {k: v for k, v in loss.items() if k != "margin" or name == "hinge"}
        loss["name"] = name
        spec["loss"] = loss
    else:
        spec["loss"] = {"name": name}


def _fit_features(data: dict, raw: int) -> None:
    """Drop features the raw data cannot give (x2 terms of one-dimensional data)."""
    features = data.get("features")
    if not features or raw_inputs(data, raw) != 1:
        return
    kept = [f for f in features if "x2" not in f]
    if kept:
        data["features"] = kept
    else:
        data.pop("features")


def _drop_stale_parameters(layers: list[dict], inputs: int) -> None:
    fan_in = inputs
    for layer in layers:
        units = layer.get("units")
        if units is None:  # conv, pool, flatten: the fan-in of the next dense layer is checked on load
            fan_in = None
            continue
        weights = layer.get("weights")
        rows_fit = fan_in is None or all(len(row) == fan_in for row in weights or [])
        if weights is not None and (len(weights) != units or not rows_fit):
            layer.pop("weights")
        bias = layer.get("bias")
        if bias is not None and len(bias) != units:
            layer.pop("bias")
        fan_in = units


def common_init(layers: list[dict]) -> str:
    """The initializer every layer without explicit weights uses (the default when they differ)."""
    names = set()
    for layer in layers:
        if "weights" in layer:
            continue
        value = layer.get("init", init.DEFAULT)
        name = value if isinstance(value, str) else value.get("name", init.DEFAULT)
        names.add(init.ALIASES.get(name, name))
    return names.pop() if len(names) == 1 else init.DEFAULT


def with_init(spec: dict, name: str) -> dict:
    """``spec`` with initializer ``name`` on every layer that has no explicit weights."""
    spec = copy.deepcopy(spec)
    for layer in spec["network"]["layers"]:
        if "weights" not in layer:
            layer["init"] = name
    return spec


def with_hidden_layer(spec: dict) -> dict:
    """``spec`` with one more hidden layer before the output layer, like the last hidden one."""
    spec = copy.deepcopy(spec)
    layers = spec["network"]["layers"]
    dense = len(layers) > 1 and "units" in layers[-2]
    model = layers[-2] if dense else {"units": 16 if len(layers) > 1 else 4, "activation": "tanh"}
    layer = {"units": model["units"], "activation": model["activation"]}
    if "init" in layers[-1] and "weights" not in layers[-1]:
        layer["init"] = layers[-1]["init"]
    layers.insert(len(layers) - 1, layer)
    return spec


def without_layer(spec: dict, index: int) -> dict:
    """``spec`` without hidden layer ``index`` (0-based in ``network.layers``); the output layer stays."""
    spec = copy.deepcopy(spec)
    layers = spec["network"]["layers"]
    if not 0 <= index < len(layers) - 1:
        raise ValueError(f"there is no hidden layer {index + 1} to remove")
    del layers[index]
    return spec


MAP_KINDS = ("conv2d", "max_pool2d", "avg_pool2d")
"""The layer kinds :func:`with_map_layer` inserts before the flatten."""


def with_map_layer(spec: dict, kind: str) -> dict:
    """``spec`` with one more conv or pool layer just before its flatten layer.

    A conv layer keeps the maps' shape — 3×3 kernel, stride 1, padding 1 — with the channels,
    activation and initializer of the last conv layer before it (4 relu channels when there is
    none); a pool layer has a 2×2 window and stride 2, which halves height and width. Whether it
    fits the maps it receives is for the experiment to say (it refuses with the arithmetic
    ``(n + 2p − k)/s + 1``). Raises ``ValueError`` for a network without a flatten layer.
    """
    if kind not in MAP_KINDS:
        raise ValueError(f"{kind!r} is not one of {', '.join(MAP_KINDS)}")
    spec = copy.deepcopy(spec)
    layers = spec["network"]["layers"]
    at = next((k for k, layer in enumerate(layers) if layer.get("kind") == "flatten"), None)
    if at is None:
        raise ValueError("conv and pool layers go before a flatten layer, and this network has none")
    if kind == "conv2d":
        model = next((layer for layer in reversed(layers[:at]) if layer.get("kind") == "conv2d"), {})
        layer = {
            "kind": "conv2d",
            "channels": int(model.get("channels", 4)),
            "kernel": 3,
            "padding": 1,
            "activation": model.get("activation", "relu"),
            "init": model.get("init", "he_uniform"),
        }
    else:
        layer = {"kind": kind, "kernel": 2}
    layers.insert(at, layer)
    # Weights given in the file for the first dense layer after the maps were made for the maps'
    # old shape: it is initialized instead, like a layer whose units changed.
    first_dense = next((x for x in layers[at + 1 :] if x.get("kind", "dense") == "dense"), {})
    first_dense.pop("weights", None)
    return spec


def removable(spec: dict, index: int) -> bool:
    """Whether hidden layer ``index`` may go: every one but a flatten that dense layers need."""
    layers = spec["network"]["layers"]
    return 0 <= index < len(layers) - 1 and layers[index].get("kind") != "flatten"
