"""A picture of your own as the traced sample: its forward pass, revealed as the cursor goes (no Qt).

A drawn digit, or a test picture, is not in the mini-batch: training never sees it,
so in this iteration it has a forward pass but no loss, backward pass or update of
its own. Traced, it takes the batch row's place in every view of the step: the
canvas's input grid and maps, the softmax bars, the inspector's sentences — for the
forward events the cursor has revealed, computed with the parameters this iteration
started from (as the batch's own forward pass). Its loss, δ and gradients stay empty,
and the sentences of the later phases say why. The forward pass is the network's in
evaluation mode (no dropout), through the standardization of the training data.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from nnviz.core.network import Network
from nnviz.core.numbering import sample_label
from nnviz.core.trace import IterationTrace
from nnviz.i18n import translate
from nnviz.session.event_sentences import forward_sentences
from nnviz.session.events import FORWARD
from nnviz.session.plot_values import input_mapper
from nnviz.session.selection import Selection
from nnviz.session.step_view import CLASSIFIER_LOSSES, StepView, build_step_view

Array = np.ndarray


@dataclass(frozen=True, eq=False)
class PictureProbe:
    """One picture to trace: its pixels (C, H, W) in the data's scale, the class the learner says it
    shows, and its name in the views ("your picture", "test picture 12")."""

    picture: Array
    label: int
    name: str


def targets_like(t: Array, label: int) -> Array:
    """One target row for class ``label`` in the format of the batch's targets ``t``."""
    if t.ndim == 1:
        return np.array([label], dtype=t.dtype)
    if t.shape[1] == 1:
        return np.array([[float(label)]])
    row = np.zeros((1, t.shape[1]))
    row[0, label] = 1.0
    return row


def probe_trace(workspace, probe: PictureProbe) -> IterationTrace:
    """The probe's pass through the network with the parameters the current iteration started from."""
    stepper = workspace.stepper
    trace, network = stepper.trace, stepper.trainer.network
    layers = []
    for layer, lt in zip(network.layers, trace.layers):
        if layer.W is not None:
            layer = copy.copy(layer)
            layer.W, layer.b = lt.W_before, lt.b_before
        layers.append(layer)
    before = Network(network.input_shape, layers)
    x = input_mapper(workspace.experiment)(np.asarray(probe.picture, dtype=float)[None])
    trainer = stepper.trainer
    with np.errstate(all="ignore"):
        return before.compute(
            x, targets_like(trace.t, probe.label), trainer.loss, trainer.regularizer, samples=np.array([-1])
        )


def probe_view(workspace, probe: PictureProbe, pass_: IterationTrace, selection: Selection | None) -> StepView:
    """The view at the workspace's cursor with ``probe`` traced (its trace ``pass_``)."""
    stepper = workspace.stepper
    network = stepper.trainer.network
    position = stepper.position

    def forward_only(phase: str, layer: int, unit: int | None = None) -> bool:
        return phase == FORWARD and stepper.is_revealed(phase, layer, unit)

    def groups(_row: int) -> list[tuple[str, list[str]]]:
        event = stepper.current_event
        if event is None:
            return []
        heading = event.label[0].upper() + event.label[1:]
        if event.phase == FORWARD:
            whole = stepper.is_revealed(FORWARD, event.layer)
            lines = forward_sentences(pass_, event.layer, event.unit, 0, network, whole)
            # The pass's one row is "sample 0" (index −1): the sentences name the picture instead.
            return [(heading, [line.replace(sample_label(-1), probe.name) for line in lines])]
        text = translate(
            "picture_probe",
            "{name} is not in the mini-batch, so training does not see it: it has a forward pass (with the "
            "parameters this iteration started from) but no loss, backward pass or update. Trace a sample of "
            "the mini-batch to follow those.",
        ).format(name=probe.name[0].upper() + probe.name[1:])
        return [(heading, [text])]

    view = build_step_view(
        network,
        pass_,
        position.event,
        forward_only,
        0,
        selection,
        iteration=position.iteration,
        epoch=position.epoch,
        classifier=stepper.trainer.loss.name in CLASSIFIER_LOSSES,
        class_names=workspace.experiment.data.class_names,
        groups=groups,
    )
    view.picture = probe.name
    return view
