"""Worked-example blocks of the layers that are not dense: conv, pool, flatten and concat.

A conv or pool layer has too many cells to write out each, so the document
works one cell per layer by hand, for the traced sample: in the forward pass
the cell of map 1 with the largest |z| (a conv cell as a table of its window,
kernel, products and sum; a pool cell as its window with the winner marked, or
the mean); in the backward pass the cell of map 1 with the largest |δ|, and for
a conv layer the gradient of kernel 1's weight with the largest |∂L/∂K| and of
its bias. Every parameter of a conv layer is in its update table, named
``K[kernel, map, row, col]`` and ``b[kernel]`` (from 1). A concat's output is
listed place by place (input column or unit of the layer below); a Wide&Deep
output's logit is split into its wide part, deep part and bias for every row.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.explain_kernel import explain_kernel_gradient
from nnviz.core.explain_layers import cell_text, explain_layer_backward, explain_layer_forward
from nnviz.core.explain_names import activation_words, kind_words
from nnviz.core.explain_update import explain_update
from nnviz.core.network import Network
from nnviz.core.numbering import sample_number
from nnviz.core.trace import IterationTrace, LayerTrace
from nnviz.i18n import translate
from nnviz.session.wide_deep import find_lanes, split_lines, trace_split
from nnviz.worked_render import Block, Heading, Paragraph, Sentences, Table, num

Array = np.ndarray


def network_words(network: Network) -> str:
    """``1×8×8 → conv2d 8 kernels 3×3 (ReLU) → 8×8×8 → max_pool2d 2×2 → 8×4×4 → …``."""
    parts = ["×".join(map(str, network.input_shape))]
    for layer, shape in zip(network.layers, network.shapes):
        out = "×".join(map(str, shape))
        parts.append(f"{_layer_words(layer)} → {out}")
    return " → ".join(parts)


def _layer_words(layer) -> str:
    if layer.kind == "dense":
        return translate("WorkedExample", "dense ({0})").format(activation_words(layer.activation))
    if layer.kind == "conv2d":
        out, c_in, kh, kw = layer.W.shape
        return translate(
            "WorkedExample", "conv2d {out} kernel(s) {c_in}×{kh}×{kw}, stride {0}, padding {1} ({2})"
        ).format(layer.stride, layer.padding, activation_words(layer.activation), out=out, c_in=c_in, kh=kh, kw=kw)
    if layer.kind in ("max_pool2d", "avg_pool2d"):
        (kh, kw), (sh, sw) = layer.kernel, layer.stride
        return (
            translate("WorkedExample", "{0} {kh}×{kw}, stride {sh}×{sw}").format(
                kind_words(layer.kind), kh=kh, kw=kw, sh=sh, sw=sw
            )
            if (sh, sw) != (kh, kw)
            else f"{kind_words(layer.kind)} {kh}×{kw}"
        )
    if layer.kind == "concat" and layer.columns is not None:
        return translate("WorkedExample", "concat (input columns {0} first)").format(
            ", ".join(str(c + 1) for c in layer.columns)
        )
    return kind_words(layer.kind) + (
        translate("WorkedExample", " (the whole input first)") if layer.kind == "concat" else ""
    )


def focus_unit(values: Array) -> int:
    """The unit of map 1 (or of a flat row) with the largest |value| of one sample's ``values``."""
    first = values[0] if values.ndim == 3 else values
    return int(np.argmax(np.abs(first).reshape(-1)))


def forward_blocks(network: Network, trace: IterationTrace, lt: LayerTrace, row: int) -> list[Block]:
    """The forward pass of a layer that is not dense, for batch row ``row``."""
    k, kind = lt.index, lt.kind
    layer = network.layers[k - 1]
    head = translate("WorkedExample", "Layer {k} ({0})").format(_layer_words(layer), k=k)
    if kind == "flatten":
        return [
            Paragraph(
                translate(
                    "WorkedExample",
                    "{head}: the maps laid out in one row, map by map and each row by row (torch.flatten "
                    "order); value 1 is {0} of layer {1}, value {2} its last cell.",
                ).format(cell_text(lt.input.shape[1:], 0), k - 1, lt.z.shape[1], head=head)
            )
        ]
    if kind == "concat":
        return [
            Paragraph(
                translate("WorkedExample", "{head}, the traced sample's values place by place:").format(head=head)
            ),
            _concat_table(layer, lt, row),
        ]
    unit = focus_unit(lt.z[row])
    where = cell_text(lt.z.shape[1:], unit)
    blocks: list[Block] = [
        Paragraph(
            translate("WorkedExample", "{head}: one cell worked by hand, {where} ({0}).").format(
                _largest(lt, "z"), head=head, where=where
            )
        )
    ]
    if kind == "conv2d":
        blocks.append(_conv_table(layer, lt, unit, row))
    else:
        blocks.append(_pool_table(layer, lt, unit, row))
    blocks.append(Sentences(explain_layer_forward(trace, k, unit, row, network=network)))
    return blocks


def backward_blocks(
    network: Network, trace: IterationTrace, lt: LayerTrace, row: int, *, loss, regularizer
) -> list[Block]:
    """The backward pass of a layer that is not dense: one cell's δ and, for conv, kernel gradients."""
    k = lt.index
    unit = focus_unit(lt.delta[row])
    where = cell_text(lt.z.shape[1:], unit)
    blocks: list[Block] = [
        Paragraph(
            translate("WorkedExample", "Layer {k} ({0}): one cell worked by hand, {where} ({1}).").format(
                kind_words(lt.kind), _largest(lt, "δ"), k=k, where=where
            )
        ),
        Sentences(explain_layer_backward(trace, k, unit, row, network=network, loss=loss)),
    ]
    if lt.kind == "conv2d":
        source = int(np.argmax(np.abs(lt.grad_W[0]).reshape(-1)))
        lines = explain_kernel_gradient(trace, k, 0, source, row, regularizer=regularizer)
        lines += explain_kernel_gradient(trace, k, 0, lt.W_before[0].size, row, regularizer=regularizer)
        blocks.append(Sentences(lines))
    return blocks


def _largest(lt: LayerTrace, what: str) -> str:
    return (
        translate("WorkedExample", "map 1's largest |{what}|").format(what=what)
        if lt.z.ndim == 4
        else translate("WorkedExample", "the largest |{what}|").format(what=what)
    )


def kernel_symbol(shape: tuple[int, ...], kernel: int, source: int) -> str:
    """``K[1, 1, 2, 3]`` (kernel, input map, row, col from 1), or ``b[1]`` for ``source = in·kh·kw``."""
    _, c_in, kh, kw = shape
    if source == c_in * kh * kw:
        return f"b[{kernel + 1}]"
    c, p, q = np.unravel_index(source, (c_in, kh, kw))
    return f"K[{kernel + 1}, {c + 1}, {p + 1}, {q + 1}]"


def conv_update_blocks(trace: IterationTrace, lt: LayerTrace, optimizer) -> list[Block]:
    """Every kernel weight and bias before, its gradient, the step and after; the rule for one."""
    rows = []
    for o in range(len(lt.W_before)):
        before = np.append(lt.W_before[o].reshape(-1), lt.b_before[o])
        grad = np.append(lt.grad_W[o].reshape(-1), lt.grad_b[o])
        after = np.append(lt.W[o].reshape(-1), lt.b[o])
        for i in range(len(before)):
            name = kernel_symbol(lt.W_before.shape, o, i)
            rows.append([name, num(before[i]), num(grad[i]), num(after[i] - before[i]), num(after[i])])
    first = kernel_symbol(lt.W_before.shape, 0, 0)
    return [
        Paragraph(translate("WorkedExample", "Layer {0} (conv2d):").format(lt.index)),
        Table(
            [
                translate("WorkedExample", "parameter"),
                translate("WorkedExample", "before"),
                "∂L/∂·",
                "Δ",
                translate("WorkedExample", "after"),
            ],
            rows,
        ),
        Sentences(explain_update(trace, lt.index, 0, 0, optimizer=optimizer, symbol=first)),
    ]


def _conv_table(conv, lt: LayerTrace, unit: int, row: int) -> Table:
    """The window under the kernel, the kernel, their products, the sum, the bias and z."""
    _, oh, ow = lt.z.shape[1:]
    o, i, j = unit // (oh * ow), unit // ow % oh, unit % ow
    window = lt.columns[:, (row * oh + i) * ow + j]
    kernel = lt.W_before[o].reshape(-1)
    products = kernel * window
    rows = [
        [kernel_symbol(lt.W_before.shape, o, s), num(window[s]), num(kernel[s]), num(products[s])]
        for s in range(len(kernel))
    ]
    rows += [
        [translate("WorkedExample", "Σ K ⊙ window"), "", "", num(products.sum())],
        [f"+ b[{o + 1}]", "", num(lt.b_before[o]), num(lt.b_before[o])],
        ["z", "", "", num(lt.z[row, o, i, j])],
    ]
    return Table(
        [
            translate("WorkedExample", "kernel weight"),
            translate("WorkedExample", "window value"),
            translate("WorkedExample", "weight"),
            translate("WorkedExample", "product"),
        ],
        rows,
    )


def _pool_table(pool, lt: LayerTrace, unit: int, row: int) -> Table:
    """The pool window's cells with their values; the max-pool winner marked, or the mean."""
    _, oh, ow = lt.z.shape[1:]
    m, i, j = unit // (oh * ow), unit // ow % oh, unit % ow
    (kh, kw), (sh, sw) = pool.kernel, pool.stride
    width = lt.input.shape[3]
    winner = None if lt.winners is None else int(lt.winners[row, m, i, j])
    rows = []
    for p in range(kh):
        for q in range(kw):
            r, c = i * sh + p, j * sw + q
            mark = translate("WorkedExample", "winner") if winner == r * width + c else ""
            rows.append(
                [
                    translate("WorkedExample", "map {0}, row {1}, col {2}").format(m + 1, r + 1, c + 1),
                    num(lt.input[row, m, r, c]),
                    mark,
                ]
            )
    rows.append(
        [
            translate("WorkedExample", "z = max")
            if winner is not None
            else translate("WorkedExample", "z = mean"),
            num(lt.z[row, m, i, j]),
            "",
        ]
    )
    return Table([translate("WorkedExample", "input cell"), translate("WorkedExample", "value"), ""], rows)


def _concat_table(concat, lt: LayerTrace, row: int) -> Table:
    wide = lt.z.shape[1] - lt.input.shape[1]
    rows = []
    for u in range(lt.z.shape[1]):
        if u < wide:
            column = u if concat.columns is None else int(concat.columns[u])
            source = translate("WorkedExample", "input x{0}").format(column + 1)
        else:
            source = translate("WorkedExample", "layer {0}, unit {1}").format(lt.index - 1, u - wide + 1)
        rows.append([str(u + 1), source, num(lt.z[row, u])])
    return Table(
        [
            translate("WorkedExample", "place"),
            translate("WorkedExample", "from"),
            translate("WorkedExample", "value"),
        ],
        rows,
    )


def logit_split_blocks(experiment, trace: IterationTrace, sample: int) -> list[Block]:
    """For a Wide&Deep network, every batch row's logit split z = z_wide + z_deep + b with y and
    its loss term, and the traced row's split in sentences; nothing for other networks."""
    network, loss = experiment.network, experiment.trainer.loss
    lanes = find_lanes(network, experiment.data.input_names or ())
    if lanes is None:
        return []
    parts = trace_split(lanes, network, trace, loss)
    header = [translate("WorkedExample", "sample"), "z_wide", "z_deep", "b", "z", "y"]
    header.append(translate("WorkedExample", "loss term"))
    rows = [
        [
            str(sample_number(trace.samples[n])),
            *map(num, (parts.z_wide[n, 0], parts.z_deep[n, 0], parts.b[0], parts.z[n, 0], parts.y[n, 0])),
            num(parts.loss[n]) if parts.loss is not None else "",
        ]
        for n in range(len(trace.x))
    ]
    return [
        Heading(3, translate("WorkedExample", "Wide and deep parts of the output logit")),
        Paragraph(
            translate(
                "WorkedExample",
                "The output unit reads the concat of {k} wide input slots and {d} deep units with one row of "
                "weights, so its logit is the sum of a wide part, a deep part and its bias (output unit 1).",
            ).format(k=lanes.wide_width, d=lanes.deep_width)
        ),
        Table(header, rows),
        Sentences(split_lines(parts, lanes, sample, loss=loss)),
    ]
