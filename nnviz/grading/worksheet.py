"""Exercise worksheets: one iteration's givens and blank boxes, and the answer key beside it.

A worksheet states the network, the loss, the optimizer, the parameters before the
update and the mini-batch (inputs and targets), then leaves a blank box for every
value of the iteration in the order of the computation: per layer z and a, the loss,
per layer from the output down ∂L/∂a and δ, the gradients, the parameters after the
update. The answer key is the same document with the boxes filled (6 significant
digits). ``csv`` writes the boxes as a ``nnviz check`` CSV with empty values: fill
in any of them and check the file.

A :class:`Scope` narrows it: the per-sample values (inputs, targets, z, a, ∂L/∂a, δ) of
some batch rows only, the computed values of one layer only. A network on pictures asks
by default for the traced sample only (:func:`default_scope`): every value of a 32-picture
batch is over a megabyte of Markdown. A narrowed worksheet says so, and how to get all.

Rendered as Markdown, LaTeX or HTML by :mod:`nnviz.worked_render`'s typesetting.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.explain_names import activation_words, loss_words
from nnviz.core.number_text import num
from nnviz.core.numbering import informative_row
from nnviz.grading import worksheet_maps as maps
from nnviz.grading.recompute import Iteration
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.worked_example import Block, Heading, Paragraph, Table, parameter_symbol, to_latex, to_markdown
from nnviz.worked_layers import network_words
from nnviz.worked_render import to_html

BLANK = "________"
BIAS_WORDS = {
    True: QT_TRANSLATE_NOOP("Check", "Every layer but the output has a bias unit whose value is 1."),
    False: QT_TRANSLATE_NOOP(
        "Check",
        "Each kernel has its bias b[kernel]; a dense layer's bias is the weight from a bias unit of value 1.",
    ),
}
DIGITS = 6
PER_SAMPLE = ("z", "a", "grad_a", "delta")
"""Quantities with a value per batch row (the first index); the others belong to the batch."""


@dataclass(frozen=True)
class Scope:
    """What a worksheet asks for: ``samples``, 0-based batch rows (``None``: every one), and
    ``layer``, the one layer (from 1) whose values are boxed (``None``: every layer).
    ``traced`` says the samples are the default (the traced one), for the worksheet's note."""

    samples: tuple[int, ...] | None = None
    layer: int | None = None
    traced: bool = False

    def rows(self, n: int) -> list[int]:
        return list(range(n)) if self.samples is None else [r for r in self.samples if r < n]

    def has_layer(self, k: int) -> bool:
        return self.layer is None or self.layer == k


def default_scope(it: Iteration, traced_row: int | None = None, layer: int | None = None) -> Scope:
    """Every sample for a network on columns; for one on pictures the traced sample only
    (``traced_row``, else the first with the most non-zero inputs, as the app traces)."""
    x = it.trace.x
    if x.ndim == 2:
        return Scope(None, layer)
    row = informative_row(x) if traced_row is None else traced_row
    return Scope((row,), layer, traced=True)


def render(
    name: str, it: Iteration, iteration: int, fmt: str, answers: bool = False, scope: Scope = Scope()
) -> str:
    """The worksheet (or with ``answers`` its key) as ``markdown``, ``latex``, ``html`` (what its
    PDF is typeset from) or ``csv`` text, asking for what ``scope`` holds."""
    if fmt == "csv":
        return _csv(it, scope, answers)
    blocks = _blocks(name, it, iteration, answers, scope)
    if fmt == "html":
        title = translate("Check", "Answer key") if answers else translate("Check", "Exercise")
        return to_html(
            blocks,
            translate("Check", "{title}: {name}, iteration {iteration}").format(
                title=title, name=name, iteration=iteration
            ),
        )
    return to_markdown(blocks) if fmt == "markdown" else to_latex(blocks)


def _cell(it: Iteration, answers: bool, key, index) -> str:
    return num(float(it.true[key][index]), DIGITS) if answers else BLANK


def _blocks(name: str, it: Iteration, iteration: int, answers: bool, scope: Scope) -> list[Block]:
    trainer_loss, opt, t = it.loss, it.optimizer, it.trace
    dense = all(layer.kind == "dense" for layer in it.layers)
    if dense:
        sizes = "-".join([str(t.x.shape[1]), *(str(lt.z.shape[1]) for lt in t.layers)])
        network = f"{sizes} ({', '.join(activation_words(layer.activation) for layer in it.layers)})"
    else:
        network = network_words(it.network)
    title = translate("Check", "Answer key") if answers else translate("Check", "Exercise")

    def cell(key, index) -> str:
        return _cell(it, answers, key, index)

    rows_shown = scope.rows(len(t.x))

    def back_cell(key, index) -> str:
        """A box, but for the ∂L/∂a that comes back to the one layer asked for: given."""
        given = key[2] == "grad_a" and scope.layer == key[1] < it.n_layers
        return num(float(it.true[key][index]), DIGITS) if given else cell(key, index)

    blocks: list[Block] = [
        Heading(
            1,
            translate("Check", "{title}: {name}, iteration {iteration}").format(
                title=title, name=name, iteration=iteration
            ),
        ),
        Paragraph(
            translate(
                "Check",
                "Network {network}; loss: {0} ({1}); optimizer: {2}; regularization: {3}; batch of {4} sample(s).",
            ).format(
                *loss_words(trainer_loss),
                opt.describe(),
                it.regularizer.formula() if it.regularizer.active else translate("Check", "none"),
                len(t.x),
                network=network,
            )
            + " "
            + translate("Check", BIAS_WORDS[dense])
            + " "
            + translate(
                "Check", "Fill in every box; 'nnviz check' grades any of them (write the digits you computed)."
            )
        ),
        *_scope_note(it, scope),
        Heading(2, translate("Check", "Given")),
        *([_batch(it, rows_shown)] if t.x.ndim == 2 else maps.batch_blocks(it, rows_shown)),
    ]
    if scope.layer is not None and scope.layer > 1:
        blocks += _layer_input(it, scope.layer, rows_shown)
    for k, lt in enumerate(t.layers, start=1):
        if not scope.has_layer(k):
            continue
        if it.layers[k - 1].kind == "conv2d":
            blocks += maps.parameter_blocks(it, k)
        elif it.is_dense(k):
            fan_in = lt.input.shape[1]
            rows = [
                [parameter_symbol(j, i, fan_in), num(lt.b_before[j] if i == fan_in else lt.W_before[j, i], DIGITS)]
                for j in range(lt.z.shape[1])
                for i in range(fan_in + 1)
            ]
            blocks += [
                Paragraph(translate("Check", "Layer {k}, parameters before the update:").format(k=k)),
                Table([translate("Check", "parameter"), translate("Check", "value")], rows),
            ]
    blocks.append(Heading(2, translate("Check", "Forward pass")))
    for k, lt in enumerate(t.layers, start=1):
        if not scope.has_layer(k):
            continue
        if not it.is_dense(k):
            blocks += maps.forward_blocks(it, k, cell, rows_shown)
            continue
        units = lt.z.shape[1]
        header = [
            translate("WorkedExample", "sample"),
            *[f"z{j + 1}" for j in range(units)],
            *[f"a{j + 1}" for j in range(units)],
        ]
        rows = [
            [str(n + 1), *[cell(("forward", k, q), (n, j)) for q in ("z", "a") for j in range(units)]]
            for n in rows_shown
        ]
        blocks += [Paragraph(translate("Check", "Layer {k}:").format(k=k)), Table(header, rows)]
    blocks.append(Heading(2, translate("Check", "Loss")))
    names = {
        "data": translate("Check", "data loss L_data"),
        "regularization": translate("Check", "regularization"),
        "total": translate("Check", "total L"),
    }
    rows = [[label, cell(("loss", 0, q), ())] for q, label in names.items()]
    blocks.append(Table([translate("Check", "quantity"), translate("Check", "value")], rows))
    blocks.append(Heading(2, translate("Check", "Backward pass")))
    for k in range(it.n_layers, 0, -1):
        if not scope.has_layer(k):
            continue
        if not it.is_dense(k):
            blocks += maps.backward_blocks(it, k, back_cell, rows_shown)
            continue
        units = t.layers[k - 1].z.shape[1]
        header = [
            translate("WorkedExample", "sample"),
            *[f"∂L/∂a{j + 1}" for j in range(units)],
            *[f"δ{j + 1}" for j in range(units)],
        ]
        rows = [
            [
                str(n + 1),
                *[back_cell(("backward", k, q), (n, j)) for q in ("grad_a", "delta") for j in range(units)],
            ]
            for n in rows_shown
        ]
        blocks += [Paragraph(translate("Check", "Layer {k}:").format(k=k)), Table(header, rows)]
    blocks.append(Heading(2, translate("Check", "Gradients and update")))
    for k, lt in enumerate(t.layers, start=1):
        if not scope.has_layer(k):
            continue
        if it.layers[k - 1].kind == "conv2d":
            blocks += maps.update_blocks(it, k, cell)
        if not it.is_dense(k):
            continue
        fan_in = lt.input.shape[1]
        rows = []
        for j in range(lt.z.shape[1]):
            for i in range(fan_in + 1):
                bias = i == fan_in
                index = (j,) if bias else (j, i)
                grad = ("backward", k, "grad_bias" if bias else "grad_weights")
                after = ("update", k, "bias" if bias else "weights")
                rows.append([parameter_symbol(j, i, fan_in), cell(grad, index), cell(after, index)])
        blocks += [
            Paragraph(translate("Check", "Layer {k}:").format(k=k)),
            Table([translate("Check", "parameter"), "∂L/∂·", translate("Check", "after the update")], rows),
        ]
    return blocks


def _scope_note(it: Iteration, scope: Scope) -> list[Block]:
    """What a narrowed worksheet leaves out, and the options that put it back."""
    n = len(it.trace.x)
    words = []
    if scope.samples is not None and len(scope.rows(n)) < n:
        shown = ", ".join(str(r + 1) for r in scope.rows(n))
        if scope.traced:
            text = translate(
                "Check",
                "Only sample {0} of the {1} in the mini-batch is asked for (the traced one); the loss and the "
                "gradients take them all: '--sample all' writes every sample's values.",
            )
        else:
            text = translate(
                "Check",
                "Only sample(s) {0} of the {1} in the mini-batch are asked for; the loss and the gradients "
                "take them all: '--sample all' writes every sample's values.",
            )
        words.append(text.format(shown, n))
    if scope.layer is not None:
        words.append(
            translate(
                "Check",
                "Only layer {0}'s values are asked for, its input and the ∂L/∂a coming back to it given: "
                "leave out '--layer' for every layer.",
            ).format(scope.layer)
        )
    return [Paragraph(" ".join(words))] if words else []


def _layer_input(it: Iteration, k: int, rows_shown: list[int]) -> list[Block]:
    """The input of layer ``k`` (the layer below's a) for the samples shown: a given when only
    layer ``k`` is asked for."""
    x = np.asarray(it.true[("forward", k, "input")], dtype=float)
    title = translate("Check", "Layer {k}'s input").format(k=k)
    if x.ndim == 4:
        return maps.grids(lambda i: num(float(x[i]), DIGITS), x.shape, title, rows_shown)
    header = [translate("WorkedExample", "sample"), *[str(i + 1) for i in range(x.shape[1])]]
    rows = [[str(n + 1), *[num(v, DIGITS) for v in x[n]]] for n in rows_shown]
    return [Paragraph(translate("Check", "Layer {k}'s input:").format(k=k)), Table(header, rows)]


def _batch(it: Iteration, rows_shown: list[int]) -> Table:
    x, t = it.trace.x, np.asarray(it.trace.t)
    targets = t.reshape(len(x), -1)
    header = [
        translate("WorkedExample", "sample"),
        *[f"x{i + 1}" for i in range(x.shape[1])],
        *[f"t{k + 1}" for k in range(targets.shape[1])],
    ]
    rows = [
        [str(n + 1), *[num(v, DIGITS) for v in x[n]], *[num(v, DIGITS) for v in targets[n]]] for n in rows_shown
    ]
    return Table(header, rows)


def _csv(it: Iteration, scope: Scope, answers: bool = False) -> str:
    """Every value of the iteration in ``scope`` as an empty ``nnviz check`` CSV line, in the order
    of the computation; with ``answers`` filled in (``DIGITS`` significant digits, ASCII as the
    CSV is read; a non-finite value stays empty)."""
    lines = ["phase,layer,quantity,row,col,value"]
    rows = set(scope.rows(len(it.trace.x)))
    for key in it.order():
        phase, k, q = key
        if q in ("input", "weights_before", "bias_before") or (phase != "loss" and not scope.has_layer(k)):
            continue
        for index in np.ndindex(it.true[key].shape):
            if q in PER_SAMPLE and index[0] not in rows:
                continue
            cells = [str(i + 1) for i in index[:1]] + [":".join(str(i + 1) for i in index[1:])]
            cells += [""] * (2 - len(cells))
            value = float(it.true[key][index])
            text = f"{value:.{DIGITS}g}" if answers and np.isfinite(value) else ""
            lines.append(",".join([phase, "" if phase == "loss" else str(k), q, *cells, text]))
    return "\n".join(lines) + "\n"
