"""Tooltip texts: the numbers of a unit or an edge, as the cursor shows them."""

from __future__ import annotations

import math

import numpy as np

from nnviz.qt.canvas.frame import Frame, edge_matrices, edge_numbers, fmt
from nnviz.qt.canvas.layout import BIAS, BUNDLE, Layout
from nnviz.qt.canvas.source import CanvasSource

NOT_YET = "<i>not computed yet</i>"


def layer_name(source: CanvasSource, k: int) -> str:
    L = len(source.network.layers)
    return "input" if k == 0 else "output" if k == L else f"hidden {k}"


def _value(v: float) -> str:
    return fmt(v, 4) if math.isfinite(v) else NOT_YET


def unit_tooltip(source: CanvasSource, frame: Frame, k: int, j: int) -> str:
    """``z``, ``a`` and ``δ`` of unit ``j`` of layer ``k`` (the bias unit for ``j == −1``)."""
    if j == BIAS:
        name = layer_name(source, k)
        return f"<b>bias unit of {name}</b><br>always +1; its edges are the biases b of layer {k + 1}"
    head = f"<b>{layer_name(source, k)} · unit {j + 1}</b>"
    if k == 0:
        return f"{head}<br>x = {_value(float(frame.a[0][j]))}"
    act = source.network.layers[k - 1].activation.describe()
    rows = [
        f"z = {_value(float(frame.z[k][j]))}",
        f"a = {act}(z) = {_value(float(frame.a[k][j]))}",
        f"δ = ∂L/∂z = {_value(float(frame.delta[k][j]))}",
    ]
    return head + "<br>" + "<br>".join(rows)


def edge_tooltip(source: CanvasSource, layout: Layout, i: int) -> str:
    """w, ∂L/∂w and Δw of a drawn edge; a summary for an image grid's bundle."""
    k, j, src = int(layout.edge_layer[i]), int(layout.edge_unit[i]), int(layout.edge_source[i])
    target = f"{layer_name(source, k)} · unit {j + 1}"
    if src == BUNDLE:
        row = edge_matrices(source, "weight", False)[k - 1][j, :-2]
        return (
            f"<b>{len(row)} weights into {target}</b><br>"
            f"from every input pixel<br>min {fmt(float(np.min(row)), 3)}, max {fmt(float(np.max(row)), 3)},"
            f" rms {fmt(float(np.sqrt(np.mean(row * row))), 3)}"
        )
    nums = edge_numbers(source, k, j, src)
    if src == BIAS:
        head, w = f"<b>bias b into {target}</b>", "b"
    else:
        head, w = f"<b>{layer_name(source, k - 1)} · unit {src + 1} → {target}</b>", "w"
    rows = [
        f"{w} = {_value(nums['weight'])}",
        f"∂L/∂{w} = {_value(nums['gradient'])}",
        f"Δ{w} = {_value(nums['update'])}",
    ]
    return head + "<br>" + "<br>".join(rows)
