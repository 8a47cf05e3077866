"""Tooltip texts: the numbers of a unit or an edge, as the step view shows them."""

from __future__ import annotations

import math

import numpy as np

from nnviz.i18n import translate
from nnviz.session.canvas.frame import Frame, fmt
from nnviz.session.canvas.layout import Layout
from nnviz.session.step_view import StepView


def not_yet() -> str:
    return "<i>" + translate("Tooltips", "not computed yet") + "</i>"


def layer_name(view: StepView, k: int) -> str:
    L = len(view.layers)
    if k == 0:
        return translate("Layers", "input")
    return translate("Layers", "output") if k == L else translate("Layers", "hidden {k}").format(k=k)


def _value(v: float) -> str:
    return fmt(v, 4) if math.isfinite(v) else not_yet()


def unit_tooltip(view: StepView, frame: Frame, k: int, j: int) -> str:
    """``z``, ``a`` and ``δ`` of unit ``j`` of layer ``k`` (its bias unit for ``j`` = the layer's size)."""
    if j == view.network.sizes[k]:
        name = layer_name(view, k)
        return f"<b>bias unit of {name}</b><br>always +1; its edges are the biases b of layer {k + 1}"
    head = f"<b>{layer_name(view, k)} · unit {j + 1}</b>"
    if k == 0:
        return f"{head}<br>x = {_value(float(frame.a[0][j]))}"
    act = view.network.layers[k - 1].activation.describe()
    rows = [
        f"z = {_value(float(frame.z[k][j]))}",
        f"a = {act}(z) = {_value(float(frame.a[k][j]))}",
        f"δ = ∂L/∂z = {_value(float(frame.delta[k][j]))}",
    ]
    return head + "<br>" + "<br>".join(rows)


def edge_tooltip(view: StepView, layout: Layout, i: int) -> str:
    """w, ∂L/∂w and Δw of a drawn edge; a summary for an image grid's bundle."""
    k, j, src = int(layout.edge_layer[i]), int(layout.edge_unit[i]), int(layout.edge_source[i])
    target = f"{layer_name(view, k)} · unit {j + 1}"
    lv = view.layers[k - 1]
    if layout.is_bundle(i):
        row = lv.parameters[j, : lv.fan_in]
        return (
            f"<b>{len(row)} weights into {target}</b><br>"
            f"from every input pixel<br>min {fmt(float(np.min(row)), 3)}, max {fmt(float(np.max(row)), 3)},"
            f" rms {fmt(float(np.sqrt(np.mean(row * row))), 3)}"
        )
    nums = view.edge_values(k, j, src)
    if src == lv.fan_in:
        head, w = f"<b>bias b into {target}</b>", "b"
    else:
        head, w = f"<b>{layer_name(view, k - 1)} · unit {src + 1} → {target}</b>", "w"
    rows = [
        f"{w} = {_value(nums['shown'])}",
        f"∂L/∂{w} = {_value(nums['gradient'])}",
        f"Δ{w} = {_value(nums['step'])}",
    ]
    return head + "<br>" + "<br>".join(rows)
