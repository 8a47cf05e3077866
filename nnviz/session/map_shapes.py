"""The output-shape arithmetic of conv and pool layers, as the Experiment panel writes it (no Qt).

For a conv or pool layer on input maps of height n the output height is
``⌊(n + 2p − k)/s⌋ + 1`` (k the kernel, s the stride, p the padding, 0 for a pool), and the
same for the width. :func:`shape_lines` writes it with the numbers of a built network, e.g.
``(8 + 2·1 − 3)/1 + 1 = 8 → 8×8×8 · 8·(1·3·3 + 1) = 80 parameters``; a setting that does not fit
is refused by the core with the same arithmetic (:func:`nnviz.core.conv.output_hw`).
"""

from __future__ import annotations

from nnviz.core.network import Network
from nnviz.i18n import translate


def _axis(n: int, k: int, s: int, p: int, out: int) -> str:
    fraction = f"({n} + 2·{p} − {k})/{s}"
    floor = (n + 2 * p - k) % s != 0
    return f"{'⌊' + fraction + '⌋' if floor else fraction} + 1 = {out}"


def shape_lines(network: Network) -> list[str | None]:
    """Per layer (index 0 is layer 1) the arithmetic of a conv or pool layer's output shape and,
    for a conv layer, its parameter count; ``None`` for the other kinds."""
    lines: list[str | None] = []
    shape = network.input_shape
    for layer, out in zip(network.layers, network.shapes):
        if layer.kind not in ("conv2d", "max_pool2d", "avg_pool2d"):
            lines.append(None)
            shape = out
            continue
        c_in, h, w = shape
        if layer.kind == "conv2d":
            kh, kw = layer.W.shape[2:]
            sh = sw = layer.stride
            p = layer.padding
        else:
            (kh, kw), (sh, sw), p = layer.kernel, layer.stride, 0
        height = _axis(h, kh, sh, p, out[1])
        same = (h, kh, sh) == (w, kw, sw)
        arithmetic = height if same else f"{height}; {_axis(w, kw, sw, p, out[2])}"
        text = f"{arithmetic} → {out[0]}×{out[1]}×{out[2]}"
        if layer.kind == "conv2d":
            count = out[0] * (c_in * kh * kw + 1)
            text += " · " + translate("map_shapes", "{c}·({cin}·{kh}·{kw} + 1) = {n} parameters").format(
                c=out[0], cin=c_in, kh=kh, kw=kw, n=count
            )
        lines.append(text)
        shape = out
    return lines
