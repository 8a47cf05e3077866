"""Traces as plain JSON, in the documented schema of ``nnviz trace --format json``.

Per iteration: ``iteration`` (from 1), ``samples`` (training-set indices of the
batch, in row order), ``forward`` (per layer from 1: ``input`` without the bias
unit, ``z``, ``a``; rows per sample), ``loss`` (``data``, ``regularization``,
``total``), ``backward`` (from the output layer down: ``grad_a``, ``delta``,
``grad_weights`` — the total gradient, data plus regularization, of the batch
loss — and ``grad_bias``) and ``update`` (``weights_before``, ``bias_before``,
``weights``, ``bias``). Non-finite numbers are written as ``null``.
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


def iteration_to_json(trace: IterationTrace) -> dict:
    """One iteration in the ``nnviz trace`` JSON schema."""
    return {
        "iteration": int(trace.iteration),
        "samples": [int(i) for i in trace.samples],
        "forward": [
            {"layer": lt.index, "input": _clean(lt.input), "z": _clean(lt.z), "a": _clean(lt.a)}
            for lt in trace.layers
        ],
        "loss": {
            "data": _number(trace.loss_data),
            "regularization": _number(trace.loss_reg),
            "total": _number(trace.loss_total),
        },
        "backward": [
            {
                "layer": lt.index,
                "grad_a": _clean(lt.grad_a),
                "delta": _clean(lt.delta),
                "grad_weights": _clean(lt.grad_W),
                "grad_bias": _clean(lt.grad_b),
            }
            for lt in reversed(trace.layers)
        ],
        "update": [
            {
                "layer": lt.index,
                "weights_before": _clean(lt.W_before),
                "bias_before": _clean(lt.b_before),
                "weights": _clean(lt.W),
                "bias": _clean(lt.b),
            }
            for lt in trace.layers
        ],
    }


def traces_to_json(name: str, traces: list[IterationTrace]) -> dict:
    return {"experiment": name, "iterations": [iteration_to_json(t) for t in traces]}
