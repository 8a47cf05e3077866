"""Tooltip texts: the numbers of a unit or an edge, as the step view shows them."""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.explain_layers import cell_text
from nnviz.core.explain_names import activation_words
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
        return translate(
            "Tooltips", "<b>bias unit of {name}</b><br>always +1; its edges are the biases b of layer {0}"
        ).format(k + 1, name=name)
    shape = view.network.input_shape if k == 0 else view.network.shapes[k - 1]
    place = cell_text(shape, j) if len(shape) == 3 else translate("Tooltips", "unit {0}").format(j + 1)
    head = f"<b>{layer_name(view, k)} · {place}</b>"
    if k == 0:
        return f"{head}<br>x = {_value(float(frame.a[0][j]))}"
    act = activation_words(view.network.layers[k - 1].activation)
    rows = [
        f"z = {_value(float(frame.z[k][j]))}",
        f"a = {act}(z) = {_value(float(frame.a[k][j]))}",
        f"δ = ∂L/∂z = {_value(float(frame.delta[k][j]))}",
    ]
    return head + "<br>" + "<br>".join(rows)


def kernel_weight_name(view: StepView, k: int, kernel: int, source: int) -> str:
    """``K[1, 1, 2, 3] of layer 1`` (kernel, input map, row, col from 1), or ``b[1] of layer 1``."""
    _, c_in, kh, kw = view.network.layers[k - 1].W.shape
    if source == c_in * kh * kw:
        return f"b[{kernel + 1}] of layer {k}"
    c, rest = divmod(source, kh * kw)
    return f"K[{kernel + 1}, {c + 1}, {rest // kw + 1}, {rest % kw + 1}] of layer {k}"


def kernel_tooltip(view: StepView, k: int, kernel: int, source: int) -> str:
    """The value, gradient and step of one conv kernel weight (or its bias) at the cursor."""
    lv = view.layers[k - 1]
    w = "b" if source == lv.parameters.shape[1] - 1 else "K"
    rows = [
        f"{w} = {_value(float(lv.parameters[kernel, source]))}",
        f"∂L/∂{w} = {_value(float(lv.gradient[kernel, source]))}",
        f"Δ{w} = {_value(float(lv.step[kernel, source]))}",
    ]
    return f"<b>{kernel_weight_name(view, k, kernel, source)}</b><br>" + "<br>".join(rows)


def edge_tooltip(view: StepView, layout: Layout, i: int) -> str:
    """w, ∂L/∂w and Δw of a drawn edge; a summary for an image grid's bundle."""
    k, j, src = int(layout.edge_layer[i]), int(layout.edge_unit[i]), int(layout.edge_source[i])
    target = translate("Tooltips", "{0} · unit {1}").format(layer_name(view, k), j + 1)
    lv = view.layers[k - 1]
    if layout.is_bundle(i):
        row = lv.parameters[j, : lv.fan_in]
        return translate(
            "Tooltips", "<b>{0} weights into {target}</b><br>from every input pixel<br>min {1}, max {2}, rms {3}"
        ).format(
            len(row),
            fmt(float(np.min(row)), 3),
            fmt(float(np.max(row)), 3),
            fmt(float(np.sqrt(np.mean(row * row))), 3),
            target=target,
        )
    nums = view.edge_values(k, j, src)
    if src == lv.fan_in:
        head, w = translate("Tooltips", "<b>bias b into {target}</b>").format(target=target), "b"
    else:
        head, w = (
            translate("Tooltips", "<b>{0} · unit {1} → {target}</b>").format(
                layer_name(view, k - 1), src + 1, target=target
            ),
            "w",
        )
    rows = [
        f"{w} = {_value(nums['shown'])}",
        f"∂L/∂{w} = {_value(nums['gradient'])}",
        f"Δ{w} = {_value(nums['step'])}",
    ]
    return head + "<br>" + "<br>".join(rows)
