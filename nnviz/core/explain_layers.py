"""The chain rule in words for every kind of layer: conv, pool, flatten and concat beside dense.

The sentences follow :mod:`nnviz.core.explain` (same numbers, same conventions)
for one traced sample. A conv or pool layer's ``unit`` is one cell of one
output map, counted map by map and each map row by row (``z[n].ravel()``);
sentences name it "map 2, row 3, col 1" (from 1). For a cell of a conv layer::

    z = Σ K ⊙ window + b          (the kernel laid on one window of the input)
    ∂L/∂K = Σ_n Σ_cells δ · window  (the correlation of the input with δ)
    ∂L/∂input = Σ_o Σ_(p,q) K[o, c, p, q] · δ[o, (y + P − p)/s, (x + P − q)/s]
                                  (the full convolution of δ with the flipped kernel)

A max-pool cell is its window's largest value (the first one in row-major order
on a tie, as PyTorch); ∂L/∂a flows back only to that winner. An average-pool
cell is the window's mean, and hands δ/(kh·kw) to each of its cells.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.explain import explain_backward, explain_forward
from nnviz.core.explain_names import kind_words
from nnviz.core.explain_parts import activation_text, checked_sample, delta_from_grad_a, quiet, sample_name
from nnviz.core.losses import Loss
from nnviz.core.network import Network
from nnviz.core.number_text import DIGITS, Numbers, sum_text
from nnviz.core.numbering import unit_label
from nnviz.core.trace import IterationTrace, LayerTrace
from nnviz.i18n import translate

Array = np.ndarray
MAX_WINDOW = 27
"""Products of a conv cell written out in full up to this many (a 3×3 kernel on 3 channels);
longer sums show their ends around "…"."""


class _Flat:
    """A layer trace's batch arrays as (N, units) rows, for the dense layer's sentence helpers."""

    def __init__(self, lt: LayerTrace):
        for name in ("z", "a", "grad_a", "delta"):
            value = getattr(lt, name)
            setattr(self, name, None if value is None else value.reshape(len(value), -1))


def cell_text(shape: tuple[int, ...], unit: int) -> str:
    """``"map 2, row 3, col 1"`` for unit ``unit`` of an output (C, H, W); ``"value 7"`` of a flat row."""
    if len(shape) != 3:
        return translate("Explain", "value {0}").format(unit + 1)
    _, h, w = shape
    return translate("Explain", "map {0}, row {1}, col {2}").format(
        unit // (h * w) + 1, unit // w % h + 1, unit % w + 1
    )


@quiet
def explain_layer_forward(
    trace: IterationTrace, layer: int, unit: int, sample: int = 0, *, network: Network, digits: int = DIGITS
) -> list[str]:
    """What unit ``unit`` of ``layer`` computed for batch row ``sample``, for any kind of layer."""
    kind = network.layers[layer - 1].kind
    if kind == "dense":
        return explain_forward(trace, layer, unit, sample, network=network, digits=digits)
    lt, n, s = _cell(trace, layer, unit, sample), sample, Numbers(digits)
    where = translate("Explain", "Forward pass, layer {layer} ({kind}), {0}, {1}").format(
        cell_text(lt.z.shape[1:], unit), sample_name(trace, n), layer=layer, kind=kind_words(kind)
    )
    value = s(lt.z[n].reshape(-1)[unit])
    if kind == "conv2d":
        lines = _conv_forward(network.layers[layer - 1], lt, unit, n, s, where)
    elif kind in ("max_pool2d", "avg_pool2d"):
        lines = _pool_forward(network.layers[layer - 1], lt, unit, n, s, where)
    elif kind == "flatten":
        source = cell_text(lt.input.shape[1:], unit)
        lines = [
            translate(
                "Explain",
                "{where}: flatten lays the maps out in one row, map by map, each row by row: value {0} is "
                "{source} of layer {1}, a = z = {value}.",
            ).format(unit + 1, layer - 1, where=where, source=source, value=value)
        ]
    else:
        lines = _concat_forward(network.layers[layer - 1], lt, layer, unit, where, value)
    return [*lines, *_dropout(network, lt, layer, unit, n, s)]


def _concat_forward(concat, lt: LayerTrace, layer: int, unit: int, where: str, value: str) -> list[str]:
    wide = lt.z.shape[1] - lt.input.shape[1]
    if unit < wide:
        column = unit if concat.columns is None else int(concat.columns[unit])
        return [
            translate(
                "Explain",
                "{where}: concat puts the network's input first (the wide part): value {0} is input x_{1}, a = "
                "z = {value}.",
            ).format(unit + 1, column + 1, where=where, value=value)
        ]
    return [
        translate(
            "Explain",
            "{where}: after the {wide} input column(s) come the outputs of layer {0} (the deep part): value {1} "
            "is its unit {2}, a = z = {value}.",
        ).format(layer - 1, unit + 1, unit - wide + 1, where=where, wide=wide, value=value)
    ]


@quiet
def explain_layer_backward(
    trace: IterationTrace,
    layer: int,
    unit: int,
    sample: int = 0,
    *,
    network: Network,
    loss: Loss,
    digits: int = DIGITS,
) -> list[str]:
    """δ = ∂L/∂z of unit ``unit`` of ``layer`` for batch row ``sample``, for any kind of layer:
    ∂L/∂a from whatever kind of layer lies above, then dropout and the activation's slope."""
    layers = network.layers
    last = layer == len(layers)
    if last or (layers[layer - 1].kind == "dense" and layers[layer].kind == "dense"):
        return explain_backward(trace, layer, unit, sample, network=network, loss=loss, digits=digits)
    lt, n, s = _cell(trace, layer, unit, sample), sample, Numbers(digits)
    kind = layers[layer - 1].kind
    place = unit_label(unit) if kind == "dense" else cell_text(lt.z.shape[1:], unit)
    where = translate("Explain", "layer {layer} ({kind}), {place}, {0}").format(
        sample_name(trace, n), layer=layer, kind=kind_words(kind), place=place
    )
    sentence, through = _from_above(trace, network, layer, unit, n, s)
    lines = [
        translate("Explain", "Backward pass, {where}: δ = ∂L/∂z, how the loss changes with z.").format(
            where=where
        ),
        sentence,
    ]
    flat = _Flat(lt)
    if lt.mask is not None:
        kept = lt.mask[n].reshape(-1)[unit]
        p = s(1 - layers[layer - 1].dropout)
        lines.append(
            translate(
                "Explain", "Dropout kept this value, so its gradient is scaled like it: ∂L/∂a = {0}/{p} = {1}."
            ).format(s.f(through), s(flat.grad_a[n, unit]), p=p)
            if kept
            else translate(
                "Explain", "Dropout dropped this value for this sample, so no gradient reaches it: ∂L/∂a = 0."
            )
        )
    if layers[layer - 1].W is None:
        return [
            *lines,
            translate("Explain", "No activation here: δ = ∂L/∂a = {0}.").format(s(flat.delta[n, unit])),
        ]
    return lines + delta_from_grad_a(layers[layer - 1].activation, flat, n, unit, s)


def _cell(trace: IterationTrace, layer: int, unit: int, sample: int) -> LayerTrace:
    if not 1 <= layer <= len(trace.layers):
        raise ValueError(f"layer must be in 1..{len(trace.layers)}, got {layer}")
    lt = trace.layers[layer - 1]
    units = lt.z[0].size
    if not 0 <= unit < units:
        raise ValueError(f"layer {layer} has units 0..{units - 1}, got {unit}")
    checked_sample(trace, sample)
    return lt


def _rows(values: Array, s: Numbers) -> str:
    """A small matrix (kh, kw) as ``[1 2; 3 4]``."""
    return "[" + "; ".join(" ".join(s(v) for v in row) for row in values) + "]"


def _conv_forward(conv, lt: LayerTrace, unit: int, n: int, s: Numbers, where: str) -> list[str]:
    _, oh, ow = lt.z.shape[1:]
    o, i, j = unit // (oh * ow), unit // ow % oh, unit % ow
    c_in, kh, kw = conv.W.shape[1:]
    window = lt.columns[:, (n * oh + i) * ow + j]
    kernel = lt.W_before[o].reshape(-1)
    top, left = i * conv.stride - conv.padding, j * conv.stride - conv.padding
    pad = (
        translate("Explain", " (rows and cols outside 1–{0} lie in the zero padding: 0)").format(lt.input.shape[2])
        if conv.padding
        else ""
    )
    lines = [
        translate(
            "Explain",
            "{where}: kernel {0} is laid on the window at rows {1}–{2}, cols {3}–{4} of the input{pad}, "
            "multiplied cell by cell and summed, plus the bias.",
        ).format(o + 1, top + 1, top + kh, left + 1, left + kw, where=where, pad=pad),
    ]
    if c_in <= 3:
        for c in range(c_in):
            lines.append(
                translate("Explain", "Input map {0}: window {1}, kernel {2}.").format(
                    c + 1, _rows(window.reshape(c_in, kh, kw)[c], s), _rows(kernel.reshape(c_in, kh, kw)[c], s)
                )
            )
    terms = [f"{s.f(w)}·{s.f(x)}" for w, x in zip(kernel, window)]
    if len(terms) <= MAX_WINDOW:
        products, note = " + ".join(terms), ""
    else:
        products, note = sum_text(terms)
    lines.append(
        translate("Explain", "z = Σ K ⊙ window + b = {products} + {0} = {1}.{note}").format(
            s.f(lt.b_before[o]), s(lt.z[n, o, i, j]), products=products, note=note
        )
    )
    lines.append(activation_text(conv.activation, _Flat(lt), n, unit, s))
    return lines


def _pool_forward(pool, lt: LayerTrace, unit: int, n: int, s: Numbers, where: str) -> list[str]:
    _, oh, ow = lt.z.shape[1:]
    m, i, j = unit // (oh * ow), unit // ow % oh, unit % ow
    (kh, kw), (sh, sw) = pool.kernel, pool.stride
    window = lt.input[n, m, i * sh : i * sh + kh, j * sw : j * sw + kw]
    head = translate(
        "Explain", "{where}: the window at rows {0}–{1}, cols {2}–{3} of map {4} of the input, {5}"
    ).format(i * sh + 1, i * sh + kh, j * sw + 1, j * sw + kw, m + 1, _rows(window, s), where=where)
    z = s(lt.z[n, m, i, j])
    if pool.kind == "avg_pool2d":
        total, note = sum_text([s.f(v) for v in window.reshape(-1)])
        return [
            translate("Explain", "{head}, is averaged: z = ({total})/{0} = {z}.{note}").format(
                kh * kw, head=head, total=total, z=z, note=note
            )
        ]
    width = lt.input.shape[3]
    r, col = divmod(int(lt.winners[n, m, i, j]), width)
    values = ", ".join(s(v) for v in window.reshape(-1))
    return [
        translate("Explain", "{head}, keeps its largest value: z = max({values}) = {z}.").format(
            head=head, values=values, z=z
        ),
        translate(
            "Explain",
            "The winner is row {0}, col {1} of map {2} (on a tie the first in row-major order, as PyTorch); "
            "only it will receive this cell's gradient.",
        ).format(r + 1, col + 1, m + 1),
    ]


def _dropout(network: Network, lt: LayerTrace, layer: int, unit: int, n: int, s: Numbers) -> list[str]:
    if lt.mask is None:
        return []
    p = network.layers[layer - 1].dropout
    if lt.mask[n].reshape(-1)[unit]:
        a, out = lt.a[n].reshape(-1)[unit], lt.output[n].reshape(-1)[unit]
        return [
            translate(
                "Explain",
                "Dropout (p = {0}) kept this value and scales it up: output = a/(1 − p) = {1}/{2} = {3}.",
            ).format(s(p), s(a), s(1 - p), s(out))
        ]
    return [translate("Explain", "Dropout (p = {0}) dropped this value for this sample: output = 0.").format(s(p))]


def _from_above(
    trace: IterationTrace, network: Network, layer: int, unit: int, n: int, s: Numbers
) -> tuple[str, float]:
    """The sentence of ∂L/∂output of ``unit`` as the layer above hands it back, with the numbers,
    and that value."""
    above, lt = network.layers[layer], trace.layers[layer - 1]
    up = trace.layers[layer]
    kind = above.kind
    if kind == "dense":
        total, note = s.products(up.W_before[:, unit], up.delta[n])
        value = float(up.delta[n] @ up.W_before[:, unit])
        return (
            translate(
                "Explain",
                "The value feeds every unit k of layer {0}, so the chain rule adds up their δ_k: ∂L/∂output = "
                "Σ_k w_kj·δ_k = {total} = {1}.{note}",
            ).format(layer + 1, s(value), total=total, note=note)
        ), value
    if kind == "flatten":
        value = float(up.delta[n, unit])
        return (
            translate(
                "Explain",
                "Flatten only moved it: it is value {0} of layer {1}, whose δ comes back as it is: ∂L/∂output = "
                "{2}.",
            ).format(unit + 1, layer + 1, s(value))
        ), value
    if kind == "concat":
        wide = up.z.shape[1] - up.input.shape[1]
        value = float(up.delta[n, wide + unit])
        return (
            translate(
                "Explain",
                "Concat put it at place {0} of layer {1}; that place's δ comes back as it is: ∂L/∂output = {2}.",
            ).format(wide + unit + 1, layer + 1, s(value))
        ), value
    _, h, w = lt.z.shape[1:] if lt.z.ndim == 4 else (0, 0, 0)
    m, y, x = unit // (h * w), unit // w % h, unit % w
    if kind == "max_pool2d":
        won = np.argwhere(up.winners[n, m] == y * w + x)
        terms = [s(up.delta[n, m, i, j]) for i, j in won]
        if not terms:
            return translate(
                "Explain", "It won no window of the max-pool of layer {0}, so no gradient reaches it: 0."
            ).format(layer + 1), 0.0
        total, note = sum_text(terms)
        cells = ", ".join(f"({i + 1}, {j + 1})" for i, j in won)
        value = float(sum(up.delta[n, m, i, j] for i, j in won))
        total = "" if len(terms) == 1 else f"{total} = "
        return (
            translate(
                "Explain",
                "It won the max-pool window(s) at {cells} of map {0} in layer {1}; the gradient goes only to "
                "the winner: ∂L/∂output = {total}{2}.{note}",
            ).format(m + 1, layer + 1, s(value), cells=cells, total=total, note=note)
        ), value
    if kind == "avg_pool2d":
        (kh, kw), (sh, sw) = above.kernel, above.stride
        cells = _windows_over(y, x, kh, kw, sh, sw, 0, up.z.shape[2:])
        terms = [f"{s.f(up.delta[n, m, i, j])}/{kh * kw}" for i, j, _, _ in cells]
        total, note = sum_text(terms)
        value = float(sum(up.delta[n, m, i, j] for i, j, _, _ in cells) / (kh * kw))
        return (
            translate(
                "Explain",
                "The average pool of layer {0} hands each of its windows' cells δ/{1}; this cell lies in {2} "
                "window(s): ∂L/∂output = {3} = {4}.{note}",
            ).format(layer + 1, kh * kw, len(cells), total or "0", s(value), note=note)
        ), value
    # conv: the full convolution of δ with the flipped kernel
    kh, kw = above.kernel
    cells = _windows_over(y, x, kh, kw, above.stride, above.stride, above.padding, up.z.shape[2:])
    terms, value = [], 0.0
    for o in range(up.W_before.shape[0]):
        for i, j, p, q in cells:
            k, d = up.W_before[o, m, p, q], up.delta[n, o, i, j]
            terms.append(f"{s.f(k)}·{s.f(d)}")
            value += k * d
    total, note = sum_text(terms)
    return (
        translate(
            "Explain",
            "Every kernel of layer {0} read it at each window over it, so ∂L/∂output is the full convolution of "
            "δ with the flipped kernel: Σ_o Σ_(p,q) K[o, {1}, p, q]·δ[o, (y + P − p)/s, (x + P − q)/s] = {2} = "
            "{3}.{note}",
        ).format(layer + 1, m + 1, total or "0", s(value), note=note)
    ), float(value)


def _windows_over(
    y: int, x: int, kh: int, kw: int, sh: int, sw: int, pad: int, out_hw: tuple[int, int]
) -> list[tuple[int, int, int, int]]:
    """The output cells (i, j) whose window covers input cell (y, x), with the kernel cell (p, q) on it."""
    oh, ow = out_hw
    found = []
    for p in range(kh):
        for q in range(kw):
            i, ri = divmod(y + pad - p, sh)
            j, rj = divmod(x + pad - q, sw)
            if ri == 0 and rj == 0 and 0 <= i < oh and 0 <= j < ow:
                found.append((i, j, p, q))
    return sorted(found)
