"""The worksheet's sections for layers that are not dense: conv and pool maps, flatten, concat.

A map (one sample's output channel, H×W) is a table with a row per map row and a
column per map column; a kernel's weights and bias are listed by their names
(``K[kernel, map, row, col]``, ``b[kernel]``, from 1). Values that only copy others
are named, not boxed: a pool's a (= z), δ of a layer without activation (= ∂L/∂a),
and flatten's and concat's outputs; the CSV of :mod:`nnviz.grading.worksheet` has
boxes for them all.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from nnviz.core.explain_names import kind_words
from nnviz.core.number_text import num
from nnviz.grading.recompute import Iteration
from nnviz.i18n import translate
from nnviz.worked_layers import kernel_symbol
from nnviz.worked_render import Block, Paragraph, Table

Cell = Callable[[tuple, tuple], str]
"""``cell(key, index)``: a blank box, or the value in an answer key."""
SYMBOLS = {"z": "z", "a": "a", "grad_a": "∂L/∂a", "delta": "δ"}


def grids(
    values_of: Callable[[tuple], str], shape: tuple[int, ...], title: str, samples: list[int]
) -> list[Block]:
    """One table per sample (of ``samples``, batch rows) and map of an (N, C, H, W) array;
    ``values_of(index)`` writes a cell."""
    _, c, h, w = shape
    out: list[Block] = []
    for s in samples:
        for m in range(c):
            rows = [
                [translate("Check", "row {0}").format(i + 1), *[values_of((s, m, i, j)) for j in range(w)]]
                for i in range(h)
            ]
            out += [
                Paragraph(translate("Check", "{title}, sample {0}, map {1}:").format(s + 1, m + 1, title=title)),
                Table(["", *[translate("Check", "col {0}").format(j + 1) for j in range(w)]], rows),
            ]
    return out


def batch_blocks(it: Iteration, samples: list[int]) -> list[Block]:
    """The pictures of the mini-batch's ``samples`` (one grid per sample and channel) and their targets."""
    x, t = np.asarray(it.trace.x, dtype=float), np.asarray(it.trace.t)
    targets = t.reshape(len(x), -1)
    header = [translate("WorkedExample", "sample"), *[f"t{k + 1}" for k in range(targets.shape[1])]]
    rows = [[str(n + 1), *[num(v, 6) for v in targets[n]]] for n in samples]
    pictures = grids(lambda i: num(float(x[i]), 6), x.shape, translate("Check", "Input x"), samples)
    return [*pictures, Table(header, rows)]


def parameter_blocks(it: Iteration, k: int) -> list[Block]:
    """A conv layer's kernels and biases before the update."""
    lt = it.trace.layers[k - 1]
    rows = []
    for o in range(len(lt.W_before)):
        values = np.append(lt.W_before[o].reshape(-1), lt.b_before[o])
        rows += [[kernel_symbol(lt.W_before.shape, o, i), num(float(v), 6)] for i, v in enumerate(values)]
    return [
        Paragraph(translate("Check", "Layer {k} (conv2d), parameters before the update:").format(k=k)),
        Table([translate("Check", "parameter"), translate("Check", "value")], rows),
    ]


def forward_blocks(it: Iteration, k: int, cell: Cell, samples: list[int]) -> list[Block]:
    layer, lt = it.layers[k - 1], it.trace.layers[k - 1]
    if lt.z.ndim != 4:
        return [
            Paragraph(
                translate("Check", "Layer {k} ({0}) passes its input on as one row: z = a, no boxes.").format(
                    kind_words(layer.kind), k=k
                )
            )
        ]
    out: list[Block] = []
    for q in ("z", "a") if layer.activation.name != "identity" else ("z",):
        key = ("forward", k, q)
        out += grids(lambda i, key=key: cell(key, i), lt.z.shape, _title(k, layer.kind, q), samples)
    if layer.activation.name == "identity":
        out.append(Paragraph(translate("Check", "Layer {k} has no activation: a = z.").format(k=k)))
    return out


def backward_blocks(it: Iteration, k: int, cell: Cell, samples: list[int]) -> list[Block]:
    layer, lt = it.layers[k - 1], it.trace.layers[k - 1]
    if lt.z.ndim != 4:
        return [
            Paragraph(
                translate(
                    "Check", "Layer {k} ({0}) hands ∂L/∂a back in its input's shape: δ = ∂L/∂a, no boxes."
                ).format(kind_words(layer.kind), k=k)
            )
        ]
    out: list[Block] = []
    for q in ("grad_a", "delta") if layer.activation.name != "identity" else ("grad_a",):
        key = ("backward", k, q)
        out += grids(lambda i, key=key: cell(key, i), lt.z.shape, _title(k, layer.kind, q), samples)
    if layer.activation.name == "identity":
        out.append(Paragraph(translate("Check", "Layer {k} has no activation: δ = ∂L/∂a.").format(k=k)))
    return out


def update_blocks(it: Iteration, k: int, cell: Cell) -> list[Block]:
    """Every kernel weight and bias of a conv layer: its gradient and its value after the update."""
    shape = it.trace.layers[k - 1].W_before.shape
    per_kernel = int(np.prod(shape[1:]))
    rows = []
    for o in range(shape[0]):
        for i in range(per_kernel + 1):
            bias = i == per_kernel
            index = (o,) if bias else (o, *np.unravel_index(i, shape[1:]))
            grad = ("backward", k, "grad_bias" if bias else "grad_weights")
            after = ("update", k, "bias" if bias else "weights")
            rows.append([kernel_symbol(shape, o, i), cell(grad, index), cell(after, index)])
    return [
        Paragraph(translate("Check", "Layer {k} (conv2d):").format(k=k)),
        Table([translate("Check", "parameter"), "∂L/∂·", translate("Check", "after the update")], rows),
    ]


def _title(k: int, kind: str, q: str) -> str:
    return translate("Check", "Layer {k} ({0}) {1}").format(kind_words(kind), SYMBOLS[q], k=k)
