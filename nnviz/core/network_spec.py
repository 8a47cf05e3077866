"""The ``"network"`` object of an experiment file: check each layer's keys, then build the layers.

A layer's ``"kind"`` is ``dense`` (the default), ``conv2d``, ``max_pool2d``,
``avg_pool2d``, ``flatten`` or ``concat``. :func:`check_layer` checks the keys
of one non-dense layer (the dense keys are checked in ``experiment_spec.py``);
:func:`build_network` walks the layers from the data's input shape, so a layer
that does not fit its input is named with the arithmetic, e.g.
``network.layers[1]: kernel 5 does not fit a 4×4 input (out = (4 + 2·0 − 5)/1 + 1 = 0)``.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np

from nnviz.core import activations, init
from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D, output_hw
from nnviz.core.layers import Dense
from nnviz.core.network import Network
from nnviz.core.pool import AvgPool2D, MaxPool2D
from nnviz.core.reshape import Concat, Flatten
from nnviz.core.validate import Problems, check_number, check_object, check_string, check_vector, type_name

KINDS = ("dense", "conv2d", "max_pool2d", "avg_pool2d", "flatten", "concat")
MAX_CHANNELS = 1024
MAX_KERNEL = 64
MAX_INIT_A = 1000.0
"""The largest ``a`` of the ``uniform`` initializer."""
KIND_KEYS = {
    "conv2d": (
        "kind",
        "channels",
        "kernel",
        "stride",
        "padding",
        "activation",
        "slope",
        "init",
        "weights",
        "bias",
        "dropout",
    ),
    "max_pool2d": ("kind", "kernel", "stride", "dropout"),
    "avg_pool2d": ("kind", "kernel", "stride", "dropout"),
    "flatten": ("kind", "dropout"),
    "concat": ("kind", "input_columns", "dropout"),
}
REQUIRED = {"conv2d": ("channels", "kernel", "activation"), "max_pool2d": ("kernel",), "avg_pool2d": ("kernel",)}


def layer_kind(layer: Any) -> str:
    return layer.get("kind", "dense") if isinstance(layer, dict) else "dense"


def check_inputs(value: Any, p: Problems, maximum: int = 100_000) -> None:
    """``network.inputs``: a feature count, or ``[channels, height, width]`` for images."""
    if isinstance(value, list):
        if len(value) != 3:
            p.add("network.inputs", f"an image input is [channels, height, width], got {len(value)} numbers")
            return
        for i, n in enumerate(value):
            check_number(n, f"network.inputs[{i}]", p, integer=True, minimum=1, maximum=4096)
        return
    check_number(value, "network.inputs", p, integer=True, minimum=1, maximum=maximum)


def check_layer(layer: dict, path: str, is_last: bool, p: Problems) -> None:
    """The keys of one layer of a kind other than dense."""
    kind = layer["kind"]
    if not check_string(kind, f"{path}.kind", p, choices=KINDS):
        return
    check_object(layer, path, p, allowed=KIND_KEYS[kind], required=REQUIRED.get(kind, ()))
    if is_last:
        p.add(f"{path}.kind", f"the output layer must be dense, got {kind}")
    if "channels" in layer:
        check_number(layer["channels"], f"{path}.channels", p, integer=True, minimum=1, maximum=MAX_CHANNELS)
    for key, low in (("kernel", 1), ("stride", 1)):
        if key in layer:
            _check_size(layer[key], f"{path}.{key}", low, p)
    if kind == "conv2d" and isinstance(layer.get("stride"), list):  # Conv2D strides both axes alike
        p.add(
            f"{path}.stride",
            f"a conv2d stride is one whole number, the same on both axes (a pool's may be [sh, sw]), "
            f"got {layer['stride']}",
        )
    if "padding" in layer:
        check_number(layer["padding"], f"{path}.padding", p, integer=True, minimum=0, maximum=MAX_KERNEL)
    if "activation" in layer and check_string(
        layer["activation"], f"{path}.activation", p, choices=activations.NAMES
    ):
        if layer["activation"] == "softmax":
            p.add(f"{path}.activation", "softmax is only allowed on the output layer")
    if "slope" in layer:
        check_number(layer["slope"], f"{path}.slope", p, minimum=0, maximum=1, exclusive_max=True)
    if "dropout" in layer:
        check_number(layer["dropout"], f"{path}.dropout", p, minimum=0, maximum=1, exclusive_max=True)
    if "init" in layer:
        check_init(layer["init"], f"{path}.init", p)
    if "bias" in layer:
        check_vector(layer["bias"], f"{path}.bias", p)
    if "weights" in layer:
        check_tensor(layer["weights"], f"{path}.weights", 4, p, "a kernel out_channels × in_channels × kh × kw")
    if "input_columns" in layer:
        cols = layer["input_columns"]
        ok = isinstance(cols, list) and cols and all(isinstance(c, str) or _whole(c) for c in cols)
        if not ok:
            p.add(f"{path}.input_columns", "expected a non-empty list of input column names or indices")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_size(value: Any, path: str, low: int, p: Problems) -> None:
    if isinstance(value, list):
        if len(value) != 2:
            p.add(path, f"expected a number or [height, width], got {len(value)} numbers")
            return
        for i, n in enumerate(value):
            check_number(n, f"{path}[{i}]", p, integer=True, minimum=low, maximum=MAX_KERNEL)
        return
    check_number(value, path, p, integer=True, minimum=low, maximum=MAX_KERNEL)


def check_init(value: Any, path: str, p: Problems) -> None:
    """A layer's ``init``: a name, or ``{"name", "a"}`` with ``uniform``'s ``a`` in (0, MAX_INIT_A]
    (the one check for dense and conv layers alike)."""
    choices = init.NAMES + tuple(init.ALIASES)
    if isinstance(value, str):
        check_string(value, path, p, choices=choices)
    elif check_object(value, path, p, allowed=("name", "a"), required=("name",)):
        check_string(value["name"], f"{path}.name", p, choices=choices)
        if "a" in value:
            check_number(value["a"], f"{path}.a", p, minimum=0, maximum=MAX_INIT_A, exclusive_min=True)


def _pair(value) -> tuple[int, int]:
    return (int(value), int(value)) if not isinstance(value, list) else (int(value[0]), int(value[1]))


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(map(str, shape))


def build_network(
    spec: dict,
    input_shape: tuple[int, ...],
    input_names: tuple[str, ...] | None,
    rng: np.random.Generator,
    p: Problems,
) -> Network | None:
    """The network of a checked ``"network"`` object for samples of ``input_shape``; ``None`` on a problem."""
    if "inputs" in spec:
        declared = tuple(spec["inputs"]) if isinstance(spec["inputs"], list) else (spec["inputs"],)
        if declared != input_shape:
            if len(declared) == len(input_shape) == 1:
                message = f"the data has {input_shape[0]} input feature(s), the network takes {declared[0]}"
            else:
                message = (
                    f"the data's samples are {_shape_text(input_shape)}, the network takes {_shape_text(declared)}"
                )
            p.add("network.inputs", message)
            return None
    layers = []
    shape = input_shape
    for k, ls in enumerate(spec["layers"]):
        path = f"network.layers[{k}]"
        layer = _build_layer(ls, path, shape, input_shape, input_names, rng, p)
        if layer is None:
            return None
        try:
            shape = layer.output_shape(shape, input_shape) if layer.joins_input else layer.output_shape(shape)
        except ValueError as error:
            p.add(path, str(error))
            return None
        layers.append(layer)
    return Network(input_shape if len(input_shape) == 3 else input_shape[0], layers)


def _build_layer(ls: dict, path: str, shape, input_shape, input_names, rng, p: Problems):
    kind = layer_kind(ls)
    dropout = float(ls.get("dropout", 0.0))
    if kind == "flatten":
        return Flatten(dropout)
    if kind in ("max_pool2d", "avg_pool2d"):
        kernel = _pair(ls["kernel"])
        stride = _pair(ls["stride"]) if "stride" in ls else None
        return (MaxPool2D if kind == "max_pool2d" else AvgPool2D)(kernel, stride, dropout)
    if kind == "concat":
        return _build_concat(ls, path, input_shape, input_names, dropout, p)
    if len(shape) != 1 and kind == "dense":
        p.add(
            path,
            f"a dense layer takes a flat row of features, got a {_shape_text(shape)} image; "
            'put {"kind": "flatten"} before it',
        )
        return None
    if len(shape) != 3 and kind == "conv2d":
        p.add(path, 'a conv2d layer takes images; give "network": {"inputs": [channels, height, width]}')
        return None
    activation = get_activation(ls["activation"], slope=ls.get("slope", 0.01))
    init_spec = ls.get("init", init.DEFAULT)
    init_spec = {"name": init_spec} if isinstance(init_spec, str) else init_spec
    if kind == "dense":
        units, fan_in = int(ls["units"]), shape[0]
        W_shape, what = (units, fan_in), "units × inputs"
    else:
        units = int(ls["channels"])
        W_shape, what = (units, shape[0], *_pair(ls["kernel"])), "out_channels × in_channels × kh × kw"
    if "weights" in ls:
        W = np.array(ls["weights"], dtype=float) if kind == "conv2d" else None
        if kind == "dense":
            W = np.array(ls["weights"], dtype=float).reshape(len(ls["weights"]), -1)
        if W.shape != W_shape:
            p.add(f"{path}.weights", f"expected {_shape_text(W_shape)} ({what}), got {_shape_text(W.shape)}")
            return None
    elif kind == "dense":
        W = init.init_weights(init_spec["name"], units, fan_in, rng, a=init_spec.get("a", 0.5))
    else:
        W = init.init_kernel(init_spec["name"], W_shape, rng, a=init_spec.get("a", 0.5))
    b = np.zeros(units)
    if "bias" in ls:
        b = np.array(ls["bias"], dtype=float)
        if b.shape != (units,):
            one_per = "one per unit" if kind == "dense" else "one per output channel"
            p.add(f"{path}.bias", f"expected {units} entries ({one_per}), got {len(ls['bias'])}")
            return None
    if kind == "dense":
        return Dense(W, b, activation, dropout=dropout)
    return Conv2D(
        W, b, activation, stride=int(ls.get("stride", 1)), padding=int(ls.get("padding", 0)), dropout=dropout
    )


def _build_concat(ls: dict, path: str, input_shape, input_names, dropout: float, p: Problems):
    if len(input_shape) != 1:
        p.add(path, f"concat joins flat rows of features; the network input is a {_shape_text(input_shape)} image")
        return None
    if "input_columns" not in ls:
        return Concat(None, dropout)
    names = list(input_names) if input_names else [f"x{i + 1}" for i in range(input_shape[0])]
    columns = []
    for i, col in enumerate(ls["input_columns"]):
        if isinstance(col, str):
            if col not in names:
                p.add(f"{path}.input_columns[{i}]", f"no input column {col!r}; the inputs are {', '.join(names)}")
                return None
            columns.append(names.index(col))
        elif col >= input_shape[0]:
            p.add(
                f"{path}.input_columns[{i}]",
                f"column {col} does not exist; the input has columns 0…{input_shape[0] - 1}",
            )
            return None
        else:
            columns.append(int(col))
    return Concat(columns, dropout)


def check_tensor(value: Any, path: str, ndim: int, p: Problems, what: str, limit: float | None = None) -> bool:
    """True if ``value`` is ``ndim`` levels of equal-length lists of finite numbers (an N-d array),
    each at most ``limit`` in size when given; else the first problem is named at its own index
    (``data.inputs[3][0][1]: expected 2 entries like data.inputs[0][0][0], got 1``)."""
    if not isinstance(value, list):
        p.add(path, f"expected {what}: {ndim} levels of equal-length lists of numbers, got {type_name(value)}")
        return False
    lengths: list[int] = []

    def where(k: int) -> str:  # the JSON path of the k-th node of the current level
        return path + "".join(f"[{i}]" for i in np.unravel_index(k, lengths)) if lengths else path

    level = [value]
    for depth in range(ndim):
        size = len(level[0]) if isinstance(level[0], list) else 0
        for k, node in enumerate(level):
            if not isinstance(node, list):
                p.add(where(k), f"expected a list (level {depth + 1} of {what}), got {type_name(node)}")
                return False
            if not node:
                p.add(where(k), f"expected a non-empty list (level {depth + 1} of {what})")
                return False
            if len(node) != size:
                p.add(where(k), f"expected {size} entries like {where(0)}, got {len(node)}")
                return False
        if depth < ndim - 1:
            level = [child for node in level for child in node]
            lengths.append(size)
    kinds = set(map(type, itertools.chain.from_iterable(level)))  # at C speed: millions of cells
    try:
        array = np.array(value, dtype=float)
        clean = kinds <= {int, float} and bool(np.all(np.isfinite(array)))
    except (OverflowError, TypeError, ValueError):  # a string, a list, an integer of hundreds of digits
        clean = False
    if not clean:  # a string, true, null, a list, ∞ or a huge integer: name the first cell at fault
        for k, row in enumerate(level):
            if not check_vector(row, where(k), p):
                return False
        p.add(path, "expected finite numbers")  # not reached: check_vector names the cell
        return False
    if limit is not None and np.max(np.abs(array)) > limit:
        index = tuple(np.argwhere(np.abs(array) > limit)[0])
        where = "".join(f"[{k}]" for k in index)
        p.add(f"{path}{where}", f"{array[index]:g} is too large; numbers must lie within ±{limit:g}")
        return False
    return True


def count(spec: dict, input_shape: tuple[int, ...]) -> tuple[list[int], int | None] | None:
    """Values per sample of every layer's trace and the number of parameters, for the memory
    estimate before anything is built: ``(units, None)`` for a dense network (the estimate counts
    its weights itself), ``None`` when a shape does not fit (building reports it)."""
    units, weights, shape = [], 0, tuple(input_shape)
    try:
        for ls in spec["layers"]:
            kind = layer_kind(ls)
            if kind == "dense":
                if len(shape) != 1:
                    return None
                weights += (shape[0] + 1) * int(ls["units"])
                shape = (int(ls["units"]),)
                units.append(shape[0])
            elif kind == "flatten":
                shape = (int(np.prod(shape)),)
                units.append(shape[0])
            elif kind == "concat":
                wide = len(ls["input_columns"]) if "input_columns" in ls else int(np.prod(input_shape))
                shape = (wide + int(np.prod(shape)),)
                units.append(shape[0])
            else:
                if len(shape) != 3:
                    return None
                kh, kw = _pair(ls["kernel"])
                if kind == "conv2d":
                    stride, padding, channels = (
                        int(ls.get("stride", 1)),
                        int(ls.get("padding", 0)),
                        int(ls["channels"]),
                    )
                else:
                    stride, padding, channels = _pair(ls["stride"]) if "stride" in ls else (kh, kw), 0, shape[0]
                oh, ow = output_hw(shape[1], shape[2], kh, kw, stride, padding)
                columns = shape[0] * kh * kw * oh * ow if kind == "conv2d" else 0
                if kind == "conv2d":
                    weights += channels * (shape[0] * kh * kw + 1)
                shape = (channels, oh, ow)
                units.append(channels * oh * ow + columns)
    except ValueError:
        return None
    dense = all(layer_kind(ls) == "dense" for ls in spec["layers"])
    return units, None if dense else weights
