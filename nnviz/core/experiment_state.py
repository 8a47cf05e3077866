"""The trained state of an experiment as JSON: parameters, optimizer buffers, generator, counters.

Written under the ``"state"`` key after training; loading it puts the trainer
back exactly where it stopped, so training continues bit-identically. Floats
are written with Python's shortest round-trip repr, so no bit is lost.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from nnviz.core.network_spec import check_tensor
from nnviz.core.optimizers import BUFFER_KEYS
from nnviz.core.training import Trainer, TrainerState
from nnviz.core.validate import Problems, check_matrix, check_vector, type_name
from nnviz.i18n import translate


def _check_whole_numbers(node: Any, path: str, p: Problems) -> bool:
    """Whether every number in a generator state is a whole number ≥ 0 (of any size: a PCG64 state
    has 128 bits). NumPy's setter would quietly truncate 1.5 to 1 and read ``true`` as 1: another
    stream than the one saved."""
    if isinstance(node, dict):
        return all([_check_whole_numbers(value, f"{path}.{key}", p) for key, value in node.items()])
    if isinstance(node, str) or (isinstance(node, int) and not isinstance(node, bool) and node >= 0):
        return True
    if isinstance(node, float):
        p.add(path, f"expected a whole number written without a decimal point or exponent, got {node!r}")
    elif isinstance(node, int) and not isinstance(node, bool):
        p.add(path, f"expected a whole number ≥ 0, got {node}")
    else:
        p.add(path, f"expected a whole number, got {type_name(node)}")
    return False


def state_to_json(trainer: Trainer) -> dict:
    """The trainer's state as a JSON-ready dict (see :func:`apply_state`)."""
    s = trainer.state()
    steps, buffers = s.optimizer
    return {
        "iteration": s.iteration,
        "epoch": s.epoch,
        "position": s.position,
        "order": None if s.order is None else [int(i) for i in s.order],
        "generator": _plain(s.rng_state),
        "parameters": [
            {"weights": W.tolist(), "bias": b.tolist()} for W, b in zip(s.params[0::2], s.params[1::2])
        ],
        "optimizer": {
            "steps": steps,
            "buffers": {
                key: [None if a is None else a.tolist() for a in arrays] for key, arrays in buffers.items()
            },
        },
    }


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, np.integer):
        return int(value)
    return value


def apply_state(trainer: Trainer, doc: dict, p: Problems) -> None:
    """Check ``doc`` (the ``"state"`` object) against the trainer's network, then restore it."""
    layers = [layer for layer in trainer.network.layers if layer.W is not None]
    params_doc = doc["parameters"]
    if len(params_doc) != len(layers):
        p.add("state.parameters", f"expected {len(layers)} layers, got {len(params_doc)}")
        return
    params = []
    for k, (layer, entry) in enumerate(zip(layers, params_doc)):
        path = f"state.parameters[{k}]"
        if not isinstance(entry, dict) or set(entry) != {"weights", "bias"}:
            p.add(path, 'expected {"weights": …, "bias": …}')
            return
        units = layer.W.shape[0]
        if layer.W.ndim == 2:
            fan_in = layer.W.shape[1]
            if not check_matrix(
                entry["weights"], f"{path}.weights", p, rows=units, cols=fan_in, what="units × inputs"
            ):
                return
        elif not check_tensor(
            entry["weights"], f"{path}.weights", 4, p, "a kernel out_channels × in_channels × kh × kw"
        ):
            return  # the cell or row at fault is named
        elif np.shape(entry["weights"]) != layer.W.shape:
            shape, got = ("×".join(map(str, s)) for s in (layer.W.shape, np.shape(entry["weights"])))
            p.add(f"{path}.weights", f"expected {shape} (out_channels × in_channels × kh × kw), got {got}")
            return
        if not check_vector(entry["bias"], f"{path}.bias", p, length=units, what="one per unit"):
            return
        params += [
            np.array(entry["weights"], dtype=float).reshape(layer.W.shape),
            np.array(entry["bias"], dtype=float),
        ]
    buffers = _read_buffers(trainer, doc["optimizer"]["buffers"], params, p)
    order = doc["order"]
    n = len(trainer.x)
    if order is not None and sorted(order) != list(range(n)):
        p.add("state.order", f"expected a permutation of the {n} training samples")
    if doc["position"] > n:
        p.add("state.position", f"{doc['position']} is past the {n} training samples")
    rng = trainer.rng
    saved = rng.bit_generator.state
    try:
        if _check_whole_numbers(doc["generator"], "state.generator", p):
            rng.bit_generator.state = doc["generator"]
    except Exception as error:  # NumPy's setter raises many kinds (OverflowError for huge integers …)
        p.add("state.generator", f"not a valid {type(rng.bit_generator).__name__} state: {error}")
    finally:
        rng.bit_generator.state = saved
    if p:
        return
    trainer.restore(
        TrainerState(
            doc["iteration"],
            doc["epoch"],
            doc["position"],
            None if order is None else np.array(order, dtype=np.int64),
            doc["generator"],
            params,
            (doc["optimizer"]["steps"], buffers),
        )
    )


def _read_buffers(trainer: Trainer, doc: Any, params: list, p: Problems) -> dict:
    expected = BUFFER_KEYS[trainer.optimizer.name]
    if not doc:
        return {}
    out = {}
    for key, arrays in doc.items():
        path = f"state.optimizer.buffers.{key}"
        if key not in expected:
            p.add(path, f"unknown buffer for {trainer.optimizer.name}; expected {', '.join(expected) or 'none'}")
            continue
        if not isinstance(arrays, list) or len(arrays) != len(params):
            p.add(path, f"expected {len(params)} entries (one per parameter array, or null)")
            continue
        values = []
        for i, (entry, ref) in enumerate(zip(arrays, params)):
            if entry is None:
                values.append(None)
                continue
            array = np.array(entry, dtype=float) if _numeric(entry) else None
            if array is None or array.shape != ref.shape:
                p.add(f"{path}[{i}]", f"expected numbers of shape {'×'.join(map(str, ref.shape))}")
                break
            values.append(array)
        out[key] = values
    for key in expected:  # the optimizer reads every one of its buffers once it has any
        if key not in doc:
            keeps = ", ".join(expected)
            what = translate("State", "missing: {0} keeps {1} (null entries where there is none)")
            p.add(f"state.optimizer.buffers.{key}", what.format(trainer.optimizer.name, keeps))
    return out


def _numeric(entry: Any) -> bool:
    try:
        array = np.array(entry, dtype=float)
    except (TypeError, ValueError):
        return False
    return bool(np.all(np.isfinite(array)))
