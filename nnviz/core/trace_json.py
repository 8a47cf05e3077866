"""Traces as plain JSON, in the documented schema of ``nnviz trace --format json``.

Per iteration: ``iteration`` (from 1), ``samples`` (training-set indices of the
batch, in row order), ``forward`` (per layer from 1: ``input`` without the bias
unit, ``z``, ``a``; rows per sample), ``loss`` (``data``, ``regularization``,
``total``), ``backward`` (from the output layer down: ``grad_a``, ``delta``,
``grad_weights`` — the total gradient, data plus regularization, of the batch
loss — and ``grad_bias``) and ``update`` (``weights_before``, ``bias_before``,
``weights``, ``bias``). Non-finite numbers are written as ``null``.

Every entry also has the layer's ``kind``; arrays keep the layer's own shapes
(a conv ``z`` is N×C×H×W, its ``grad_weights`` out×in×kh×kw). A max-pool
forward entry adds ``winners`` (N×C×H×W: ``row·width + col`` of the winning
cell in the input map). Layers without parameters (pools, flatten, concat)
have no parameter gradients in ``backward`` and no ``update`` entry.

With the perceptron rule the iteration adds ``perceptron``: per sample of the
batch in row order, ``output`` (the step output with the weights at that
sample's turn), ``error`` (t − y there; all 0: the sample changed nothing) and
``updated`` (whether it changed the weights).
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.trace import IterationTrace


def _clean(values):
    """A nested list of Python floats with NaN/±inf as None (JSON has no such numbers)."""
    array = np.asarray(values, dtype=float)
    if np.all(np.isfinite(array)):
        return array.tolist()
    return _none_for_nan(array.tolist())


def _none_for_nan(obj):
    if isinstance(obj, list):
        return [_none_for_nan(x) for x in obj]
    return obj if math.isfinite(obj) else None


def _number(x: float):
    return float(x) if math.isfinite(x) else None


def _forward(lt) -> dict:
    entry = {"layer": lt.index, "kind": lt.kind, "input": _clean(lt.input), "z": _clean(lt.z), "a": _clean(lt.a)}
    if lt.winners is not None:
        entry["winners"] = lt.winners.tolist()
    return entry


def _backward(lt) -> dict:
    entry = {"layer": lt.index, "kind": lt.kind, "grad_a": _clean(lt.grad_a), "delta": _clean(lt.delta)}
    if lt.W_before is not None:
        entry["grad_weights"] = _clean(lt.grad_W)
        entry["grad_bias"] = _clean(lt.grad_b)
    return entry


def iteration_to_json(trace: IterationTrace) -> dict:
    """One iteration in the ``nnviz trace`` JSON schema."""
    entry = {
        "iteration": int(trace.iteration),
        "samples": [int(i) for i in trace.samples],
        "forward": [_forward(lt) for lt in trace.layers],
        "loss": {
            "data": _number(trace.loss_data),
            "regularization": _number(trace.loss_reg),
            "total": _number(trace.loss_total),
        },
        "backward": [_backward(lt) for lt in reversed(trace.layers)],
        "update": [
            {
                "layer": lt.index,
                "kind": lt.kind,
                "weights_before": _clean(lt.W_before),
                "bias_before": _clean(lt.b_before),
                "weights": _clean(lt.W),
                "bias": _clean(lt.b),
            }
            for lt in trace.layers
            if lt.W_before is not None
        ],
    }
    if trace.rule_steps is not None:
        entry["perceptron"] = _rule_steps(trace.rule_steps)
    return entry


def _rule_steps(steps) -> list[dict]:
    return [
        {"output": _clean(y), "error": _clean(e), "updated": bool(np.any(e != 0))}
        for y, e in zip(steps.outputs, steps.errors)
    ]


def traces_to_json(name: str, traces: list[IterationTrace]) -> dict:
    return {"experiment": name, "iterations": [iteration_to_json(t) for t in traces]}
