"""Worked-example documents: one training iteration, every number, for a lecturer's notes.

The document is first built as a list of blocks (headings, paragraphs, tables,
sentence lists) from the traces and the core's chain-rule sentences, then
rendered as Markdown or LaTeX — one content, two typesettings.

Per iteration: the forward values of each layer as a table (one row per
sample), the traced sample's forward sentences, the loss, per layer from the
output down a table of ∂L/∂a and δ for every sample of the batch (with the sum
of each δ column, the bias gradient) and the chain-rule sentences, and the
update of every weight and bias. A parameter has one symbol throughout (``w2,1``
is the weight into unit 2 from source 1 of its layer, ``b2`` unit 2's bias), in
the tables and in every gradient and update sentence.
"""

from __future__ import annotations

import numpy as np

from nnviz.core import explain
from nnviz.core.experiment import Experiment
from nnviz.core.explain_layers import explain_layer_backward
from nnviz.core.explain_names import activation_words, loss_words
from nnviz.core.explain_update import explain_update
from nnviz.core.numbering import informative_row, sample_label, sample_list, sample_number
from nnviz.core.trace import IterationTrace
from nnviz.i18n import translate
from nnviz.worked_layers import (
    backward_blocks,
    conv_update_blocks,
    forward_blocks,
    logit_split_blocks,
    network_words,
)
from nnviz.worked_render import Block, Heading, Paragraph, Sentences, Table, num, to_latex, to_markdown

MAX_DETAILED_WEIGHTS = 64
"""Above this many weights in a layer, per-weight sentences give way to tables only."""


def parameter_symbol(unit: int, source: int, fan_in: int) -> str:
    """The document's name of a parameter (0-based ``unit`` and ``source``; ``source == fan_in``
    is the bias): ``w{unit},{source}`` or ``b{unit}``, counting from 1."""
    return f"b{unit + 1}" if source == fan_in else f"w{unit + 1},{source + 1}"


def regularization_words(regularizer) -> str:
    """The regularization in words, "none" included, so a reader never has to guess."""
    if not regularizer.active:
        return translate("WorkedExample", "none")
    return translate("WorkedExample", "{0}, adding {1} to the loss (weights only)").format(
        regularizer.kind.upper(), regularizer.formula()
    )


def build(experiment: Experiment, traces: list[IterationTrace], sample: int | None = None) -> list[Block]:
    """The blocks of a worked example for ``traces`` (consecutive iterations of ``experiment``).

    The sentences follow training sample ``sample`` (a 0-based training-set index, which must be in
    every iteration's mini-batch: :func:`traced_row`), or by default each batch's most informative row.
    """
    net = experiment.network
    trainer = experiment.trainer
    sizes = "-".join(str(n) for n in net.sizes)
    acts = ", ".join(activation_words(layer.activation) for layer in net.layers)
    regularization = regularization_words(trainer.regularizer)
    bias = translate(
        "WorkedExample",
        "Every layer but the output has a bias unit whose value is 1; its weights are the biases b.",
    )
    if not net.is_dense:
        sizes, acts = network_words(net), translate("WorkedExample", "one sample's shape after each layer")
        bias = translate(
            "WorkedExample",
            "Each dense unit and each conv kernel adds a bias b, the weight from a bias unit of value 1.",
        )
    blocks: list[Block] = [
        Heading(1, translate("WorkedExample", "Worked example: {0}").format(experiment.name)),
        Paragraph(
            translate(
                "WorkedExample",
                "Network {sizes} ({acts}); loss: {0} ({1}); optimizer: {2}; regularization: {regularization}; "
                "batch of {3} sample(s). {bias} Numbers are rounded to 4 significant digits.",
            ).format(
                *loss_words(trainer.loss),
                trainer.optimizer.describe(),
                traces[0].x.shape[0],
                sizes=sizes,
                acts=acts,
                regularization=regularization,
                bias=bias,
            )
        ),
    ]
    for trace in traces:
        blocks += _iteration(experiment, trace, sample)
    return blocks


def traced_row(trace: IterationTrace, sample: int | None) -> int:
    """The batch row of training-set index ``sample`` (``None``: the most informative row);
    ``ValueError`` naming the batch's samples if it is not in this mini-batch."""
    if sample is None:
        return informative_row(trace.x)
    rows = np.flatnonzero(np.asarray(trace.samples) == sample)
    if rows.size == 0:
        raise ValueError(
            f"iteration {trace.iteration}'s mini-batch holds samples {sample_list(trace.samples)}, "
            f"not sample {sample_number(sample)}"  # an error line: English in every language
        )
    return int(rows[0])


def _iteration(experiment: Experiment, trace: IterationTrace, sample_index: int | None) -> list[Block]:
    net, trainer = experiment.network, experiment.trainer
    sample = traced_row(trace, sample_index)
    traced = sample_label(int(trace.samples[sample]))
    out: list[Block] = [
        Heading(2, translate("WorkedExample", "Iteration {0}").format(trace.iteration)),
        Paragraph(
            translate(
                "WorkedExample", "The mini-batch holds training samples {0}; the sentences follow {traced}."
            ).format(sample_list(trace.samples), traced=traced)
        ),
        Heading(3, translate("WorkedExample", "Forward pass")),
    ]
    for lt in trace.layers:
        k = lt.index
        if lt.kind != "dense":
            out += forward_blocks(net, trace, lt, sample)
            continue
        n_in, n_out = lt.input.shape[1], lt.z.shape[1]
        prev = "x" if k == 1 else f"L{k - 1}.a"
        shown = n_in if k == 1 or net.layers[k - 2].kind == "dense" else 0  # else layer k−1 lists them
        header = [translate("WorkedExample", "sample"), *[f"{prev}{i + 1}" for i in range(shown)], "+1"]
        header += [f"z{j + 1}" for j in range(n_out)] + [f"a{j + 1}" for j in range(n_out)]
        rows = [
            [
                str(sample_number(trace.samples[n])),
                *map(num, lt.input[n, :shown]),
                "1",
                *map(num, lt.z[n]),
                *map(num, lt.a[n]),
            ]
            for n in range(lt.z.shape[0])
        ]
        inputs = (
            ""
            if shown
            else translate("WorkedExample", ", its {n_in} inputs the values of layer {0}").format(k - 1, n_in=n_in)
        )
        out.append(
            Paragraph(
                translate("WorkedExample", "Layer {k} ({0}{inputs}):").format(
                    activation_words(net.layers[k - 1].activation), k=k, inputs=inputs
                )
            )
        )
        out.append(Table(header, rows))
        out.append(
            Sentences(
                [line for j in range(n_out) for line in explain.explain_forward(trace, k, j, sample, network=net)]
            )
        )
    out.append(Heading(3, translate("WorkedExample", "Loss")))
    out.append(
        Sentences(
            explain.explain_loss(trace, sample, network=net, loss=trainer.loss, regularizer=trainer.regularizer)
        )
    )
    out += logit_split_blocks(experiment, trace, sample)
    out.append(Heading(3, translate("WorkedExample", "Backward pass")))
    out.append(
        Paragraph(
            translate(
                "WorkedExample",
                "Per layer, from the output down: ∂L/∂a and δ = ∂L/∂z of every sample of the batch (δ is of "
                "the batch loss, so the mean's 1/N is already in it). The Σ row is the bias gradient "
                "∂L_data/∂b; a weight's is ∂L_data/∂w_ji = Σ_n δ_nj·a_ni with a from the forward table.",
            )
        )
    )
    for lt in reversed(trace.layers):
        k = lt.index
        if lt.kind != "dense":
            out += backward_blocks(net, trace, lt, sample, loss=trainer.loss, regularizer=trainer.regularizer)
            continue
        lines = []
        for j in range(lt.z.shape[1]):
            lines += explain_layer_backward(trace, k, j, sample, network=net, loss=trainer.loss)
        out.append(Paragraph(translate("WorkedExample", "Layer {k}:").format(k=k)))
        out.append(_delta_table(trace, lt))
        out.append(Sentences(lines))
        if lt.W_before.size <= MAX_DETAILED_WEIGHTS:
            fan_in = lt.input.shape[1]
            weights = []
            for j in range(lt.z.shape[1]):
                for i in range(fan_in + 1):
                    weights += explain.explain_weight(
                        trace,
                        k,
                        j,
                        i,
                        sample,
                        regularizer=trainer.regularizer,
                        symbol=parameter_symbol(j, i, fan_in),
                    )
            out.append(Sentences(weights))
    out.append(Heading(3, translate("WorkedExample", "Update")))
    for lt in trace.layers:
        k = lt.index
        if lt.kind == "conv2d":
            out += conv_update_blocks(trace, lt, trainer.optimizer)
        if lt.kind != "dense":
            continue  # pool, flatten and concat have no parameters
        rows = []
        lines = []
        fan_in = lt.input.shape[1]
        for j in range(lt.z.shape[1]):
            for i in range(fan_in + 1):
                bias = i == fan_in
                name = parameter_symbol(j, i, fan_in)
                before = lt.b_before[j] if bias else lt.W_before[j, i]
                grad = lt.grad_b[j] if bias else lt.grad_W[j, i]
                after = lt.b[j] if bias else lt.W[j, i]
                rows.append([name, num(before), num(grad), num(after - before), num(after)])
                if lt.W_before.size <= MAX_DETAILED_WEIGHTS:
                    lines += explain_update(trace, k, j, i, optimizer=trainer.optimizer, symbol=name)[-1:]
        out.append(Paragraph(translate("WorkedExample", "Layer {k}:").format(k=k)))
        out.append(
            Table(
                [
                    translate("WorkedExample", "parameter"),
                    translate("WorkedExample", "before"),
                    "∂L/∂·",
                    "Δ",
                    translate("WorkedExample", "after"),
                ],
                rows,
            )
        )
        if lines:
            out.append(Sentences(lines))
    return out


def _delta_table(trace: IterationTrace, lt) -> Table:
    """∂L/∂a and δ = ∂L/∂z of every unit for every sample of the batch, and each δ column's sum
    over the batch — the bias gradient ∂L_data/∂b, so the batch sums can be checked by hand."""
    units = lt.z.shape[1]
    header = [
        translate("WorkedExample", "sample"),
        *[f"∂L/∂a{j + 1}" for j in range(units)],
        *[f"δ{j + 1}" for j in range(units)],
    ]
    rows = [
        [str(sample_number(trace.samples[n])), *map(num, lt.grad_a[n]), *map(num, lt.delta[n])]
        for n in range(lt.delta.shape[0])
    ]
    rows.append([translate("WorkedExample", "Σ (batch)"), *([""] * units), *map(num, lt.delta.sum(axis=0))])
    return Table(header, rows)


def render(experiment: Experiment, traces: list[IterationTrace], fmt: str, sample: int | None = None) -> str:
    """The worked example as ``markdown`` or ``latex`` text."""
    blocks = build(experiment, traces, sample)
    return to_markdown(blocks) if fmt == "markdown" else to_latex(blocks)
