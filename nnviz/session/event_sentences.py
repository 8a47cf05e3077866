"""The computation of the event at the cursor, in words: what the inspector shows first.

For the traced sample (a batch row) and the event the cursor is on:

- ``forward(k, j)``: the unit's weighted sum and activation (of a softmax layer, whose
  activations need every unit's z, the activations come at its last unit:
  :func:`forward_sentences`);
- ``loss``: the sample's loss, the batch mean, the regularization term and the total;
- ``backward(k, j)``: δ of the unit;
- ``update(k)``: the optimizer's rule with η, then every parameter of layer k
  (the first :data:`MAX_PARAMETERS`) from its old value to its new one, or, for a
  layer without parameters, that there is nothing to change; after
  it, the layers updated before k in this iteration, so that a step out from
  the end of the backward pass, which lands on the last layer's update, still
  shows "update · layer 1".

Every kind of layer is spelled out (:mod:`nnviz.core.explain_layers`): a conv cell as its
kernel on one window, a pool cell with its window's winner or mean, a conv kernel's
parameters named ``K[kernel, map, row, col]`` and ``b[kernel]``.

Each group is ``(heading, sentences)``; the heading is the event's label.
"""

from __future__ import annotations

from nnviz.core.explain import explain_loss
from nnviz.core.explain_layers import explain_layer_backward, explain_layer_forward
from nnviz.core.explain_names import kind_words
from nnviz.core.explain_update import explain_update
from nnviz.core.numbering import parameter_name
from nnviz.i18n import translate
from nnviz.session.events import BACKWARD, FORWARD, LOSS, UPDATE, Event

MAX_PARAMETERS = 12
"""Parameters of a layer spelled out at an update event; the rest are one click away."""

Group = tuple[str, list[str]]


def event_groups(stepper, row: int) -> list[Group]:
    """The sentences of the event at ``stepper``'s cursor for batch row ``row`` (and, in the update
    phase, of the updates before it in this iteration); empty before the first iteration."""
    event, trace = stepper.current_event, stepper.trace
    if event is None or trace is None:
        return []
    trainer = stepper.trainer
    n = min(row, len(trace.x) - 1)
    if event.phase == FORWARD:
        whole = stepper.is_revealed(FORWARD, event.layer)  # unit None: the layer's last unit
        return [(_heading(event), forward_sentences(trace, event.layer, event.unit, n, trainer.network, whole))]
    if event.phase == LOSS:
        lines = explain_loss(trace, n, network=trainer.network, loss=trainer.loss, regularizer=trainer.regularizer)
        return [(_heading(event), lines)]
    if event.phase == BACKWARD:
        lines = explain_layer_backward(
            trace, event.layer, event.unit, n, network=trainer.network, loss=trainer.loss
        )
        return [(_heading(event), lines)]
    layers = [event.layer, *range(event.layer - 1, 0, -1)]
    return [(_heading(Event(UPDATE, k)), update_sentences(trace, k, trainer.optimizer)) for k in layers]


def forward_sentences(trace, layer: int, unit: int, row: int, network, layer_revealed: bool) -> list[str]:
    """:func:`~nnviz.core.explain.explain_forward` as the cursor may show it: a softmax unit's
    activation divides by every unit's e^z, so until the layer's last unit is revealed
    (``layer_revealed``) it says when a comes instead of using z's the cursor has not reached."""
    lines = explain_layer_forward(trace, layer, unit, row, network=network)
    if network.layers[layer - 1].activation.name != "softmax" or layer_revealed:
        return lines
    last = network.layers[layer - 1].units
    return [
        *lines[:2],
        translate(
            "Explain",
            "Softmax over the layer: a = e^(z_j)/Σ_k e^(z_k) needs the z of every unit, so a comes at unit "
            "{last}, the layer's last.",
        ).format(last=last),
    ]


def update_sentences(trace, layer: int, optimizer) -> list[str]:
    """The optimizer's rule with η, then each of the layer's first :data:`MAX_PARAMETERS`
    parameters from old to new value, named as in the tables (``w₂₁``, ``b₁``)."""
    lt = trace.layers[layer - 1]
    if lt.W_before is None:
        return [no_parameters_sentence(layer, lt.kind)]
    units, fan_in = len(lt.W_before), lt.W_before[0].size
    params = [(j, i) for j in range(units) for i in range(fan_in + 1)]
    lines = []
    for j, i in params[:MAX_PARAMETERS]:
        sentences = explain_update(trace, layer, j, i, optimizer=optimizer)
        name = _kernel_name(lt.W_before.shape, j, i) if lt.kind == "conv2d" else parameter_name(j, i, fan_in)
        if not lines:
            lines += sentences[:-1]  # the rule, with η, said once
        lines.append(f"{name}: {sentences[-1]}")
    if len(params) > MAX_PARAMETERS:
        lines.append(
            translate(
                "Explain", "… and {0} more parameters of layer {layer}: click an edge to see its update."
            ).format(len(params) - MAX_PARAMETERS, layer=layer)
        )
    return lines


def no_parameters_sentence(layer: int, kind: str) -> str:
    """What the update event of a layer without parameters (pool, flatten, concat) says."""
    return translate(
        "Explain",
        "Layer {layer} ({0}) has no parameters (no weights, no biases): the optimizer has nothing to change here.",
    ).format(kind_words(kind), layer=layer)


def _heading(event: Event) -> str:
    return event.label[0].upper() + event.label[1:]


def _kernel_name(shape: tuple[int, ...], kernel: int, source: int) -> str:
    """``K[1, 1, 2, 3]`` (kernel, input map, row, col from 1) or ``b[1]`` for a conv kernel's
    parameter ``source`` (its weights (in, kh, kw) row-major, then the bias)."""
    _, c_in, kh, kw = shape
    if source == c_in * kh * kw:
        return f"b[{kernel + 1}]"
    c, p, q = source // (kh * kw), source // kw % kh, source % kw
    return f"K[{kernel + 1}, {c + 1}, {p + 1}, {q + 1}]"
