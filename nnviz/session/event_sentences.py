"""The computation of the event at the cursor, in words: what the inspector shows first.

For the traced sample (a batch row) and the event the cursor is on:

- ``forward(k, j)``: the unit's weighted sum and activation;
- ``loss``: the sample's loss, the batch mean, the regularization term and the total;
- ``backward(k, j)``: δ of the unit;
- ``update(k)``: the optimizer's rule with η, then every parameter of layer k
  (the first :data:`MAX_PARAMETERS`) from its old value to its new one; after
  it, the layers updated before k in this iteration, so that a step out from
  the end of the backward pass, which lands on the last layer's update, still
  shows "update · layer 1".

Each group is ``(heading, sentences)``; the heading is the event's label.
"""

from __future__ import annotations

from nnviz.core.explain import explain_backward, explain_forward, explain_loss, explain_update
from nnviz.core.numbering import parameter_name
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
        return [(_heading(event), explain_forward(trace, event.layer, event.unit, n, network=trainer.network))]
    if event.phase == LOSS:
        lines = explain_loss(trace, n, network=trainer.network, loss=trainer.loss, regularizer=trainer.regularizer)
        return [(_heading(event), lines)]
    if event.phase == BACKWARD:
        lines = explain_backward(trace, event.layer, event.unit, n, network=trainer.network, loss=trainer.loss)
        return [(_heading(event), lines)]
    layers = [event.layer, *range(event.layer - 1, 0, -1)]
    return [(_heading(Event(UPDATE, k)), update_sentences(trace, k, trainer.optimizer)) for k in layers]


def update_sentences(trace, layer: int, optimizer) -> list[str]:
    """The optimizer's rule with η, then each of the layer's first :data:`MAX_PARAMETERS`
    parameters from old to new value, named as in the tables (``w₂₁``, ``b₁``)."""
    lt = trace.layers[layer - 1]
    units, fan_in = lt.z.shape[1], lt.input.shape[1]
    params = [(j, i) for j in range(units) for i in range(fan_in + 1)]
    lines = []
    for j, i in params[:MAX_PARAMETERS]:
        sentences = explain_update(trace, layer, j, i, optimizer=optimizer)
        name = parameter_name(j, i, fan_in)
        if not lines:
            lines += sentences[:-1]  # the rule, with η, said once
        lines.append(f"{name}: {sentences[-1]}")
    if len(params) > MAX_PARAMETERS:
        lines.append(
            f"… and {len(params) - MAX_PARAMETERS} more parameters of layer {layer}: "
            "click an edge to see its update."
        )
    return lines


def _heading(event: Event) -> str:
    return event.label[0].upper() + event.label[1:]
