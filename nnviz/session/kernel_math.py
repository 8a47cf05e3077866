"""The arithmetic of one conv or pool cell at the cursor, as numbers a panel lays out (no Qt).

For a conv cell (map o, row i, col j) of the traced sample::

    window  = x[:, i·s − p : i·s − p + kh, j·s − p : j·s − p + kw]   (C_in, kh, kw), 0 in the padding
    products = K[o] ⊙ window,  z = Σ products + b[o],  a = f(z)

For a max-pool cell, the window of its own map and the winner (first largest in
row-major order, as PyTorch); for an average-pool cell, the window's mean. The
numbers are the trace's (what the forward pass used), shown once the cell's
forward event is revealed; nothing is recomputed but the products and their sum,
which a test checks against the trace's z.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.i18n import translate
from nnviz.session.canvas.frame import fmt
from nnviz.session.events import BACKWARD, FORWARD
from nnviz.session.step_view import StepView

Array = np.ndarray


@dataclass(frozen=True)
class KernelMath:
    """One cell's computation; arrays are (C_in, kh, kw) (a pool: one channel, C_in = 1)."""

    kind: str
    layer: int
    cell: tuple[int, int, int]
    """(map, row, col), 0-based."""
    window: Array
    padded: Array
    """bool: the window's positions in the zero padding (outside the input)."""
    kernel: Array | None
    products: Array | None
    bias: float | None
    z: float
    a: float
    activation: str
    winner: int | None = None
    """A max-pool's winning position in the window, flat row-major; ``None`` otherwise."""

    @property
    def total(self) -> float:
        """Σ products (conv) or the pooled value (pool)."""
        return float(self.products.sum()) if self.products is not None else self.z


def kernel_math(view: StepView, layer: int, unit: int) -> KernelMath | None:
    """The computation of ``unit`` of ``layer`` for the traced sample, ``None`` unless it is a conv or
    pool cell whose forward event the cursor has revealed."""
    if view.trace is None or not 1 <= layer <= len(view.layers):
        return None
    lv = view.layers[layer - 1]
    kind = getattr(lv, "kind", "dense")
    if kind not in ("conv2d", "max_pool2d", "avg_pool2d") or not lv.forward[unit]:
        return None
    net_layer = view.network.layers[layer - 1]
    lt, n = lv.trace, view.row
    _, H, W = lv.shape
    o, rest = divmod(unit, H * W)
    i, j = divmod(rest, W)
    x = lt.input[n]  # (C_in, H_in, W_in)
    if kind == "conv2d":
        (kh, kw), (sh, sw), p = net_layer.kernel, (net_layer.stride, net_layer.stride), net_layer.padding
        channels = np.arange(x.shape[0])
    else:
        (kh, kw), (sh, sw), p = net_layer.kernel, net_layer.stride, 0
        channels = np.array([o])
    rows = i * sh - p + np.arange(kh)
    cols = j * sw - p + np.arange(kw)
    inside = ((rows >= 0) & (rows < x.shape[1]))[:, None] & ((cols >= 0) & (cols < x.shape[2]))[None, :]
    r, c = np.clip(rows, 0, x.shape[1] - 1), np.clip(cols, 0, x.shape[2] - 1)
    window = np.where(inside[None], x[channels][:, r][:, :, c], 0.0)
    padded = np.broadcast_to(~inside, window.shape).copy()
    z, a = float(lt.z[n, o, i, j]), float(lt.a[n, o, i, j])
    if kind == "conv2d":
        kernel = lt.W_before[o]
        return KernelMath(
            kind,
            layer,
            (o, i, j),
            window,
            padded,
            kernel,
            kernel * window,
            float(lt.b_before[o]),
            z,
            a,
            lv.activation,
        )
    winner = None
    if kind == "max_pool2d":
        flat = int(lt.winners[n, o, i, j])  # row·W_in + col in the input map
        wr, wc = divmod(flat, x.shape[2])
        winner = int((wr - rows[0]) * kw + (wc - cols[0]))
    return KernelMath(kind, layer, (o, i, j), window, padded, None, None, None, z, a, lv.activation, winner)


def shown_kernel_math(view: StepView) -> KernelMath | None:
    """The kernel math of the unit the inspector shows: the selected unit, else the unit of the
    cursor's forward or backward event (``None`` when that is no revealed conv or pool cell)."""
    target = view.selection
    event = view.event
    if target is None and event is not None and event.phase in (FORWARD, BACKWARD):
        return kernel_math(view, event.layer, event.unit) if event.unit is not None else None
    if target is None or not target.is_unit or target.layer < 1:
        return None
    return kernel_math(view, target.layer, target.unit)


def summary(m: KernelMath) -> str:
    """The line under the tables: ``Σ = …;  z = Σ + b = …;  a = relu(z) = …`` for a conv cell, the
    winner or the mean for a pool cell."""
    if m.kind == "conv2d":
        maps = m.window.shape[0]
        over = translate("kernel_math", " (over all {0} input maps)").format(maps) if maps > 1 else ""
        return (
            f"Σ{over} = {fmt(m.total, 4)};  z = Σ + b = {fmt(m.total, 4)} + ({fmt(m.bias, 4)}) = {fmt(m.z, 4)};  "
            f"a = {m.activation}(z) = {fmt(m.a, 4)}"
        )
    if m.kind == "max_pool2d":
        return translate(
            "kernel_math", "max = {0}: the winner (marked) is the only cell its δ flows back to"
        ).format(fmt(m.z, 4))
    return translate("kernel_math", "mean of {0} = {1}: each cell gets δ/{0} back").format(
        m.window.size, fmt(m.z, 4)
    )
