"""Which networks the app can draw today.

The canvas draws dense layers as units and edges, conv2d, pooling and flatten
layers as stacks of feature maps with their kernels (see
:mod:`nnviz.session.canvas.maps`), and a concat layer as the bar of its slots
with the lanes they come from (:mod:`nnviz.session.canvas.wide_lane`). A layer
kind listed in :data:`UNDRAWN_KINDS` (none today) would train and trace from
the command line, and the app would say so instead of drawing it wrongly.
"""

from __future__ import annotations

from nnviz.core.experiment import Experiment

UNDRAWN_KINDS = ()


def undrawn_message(experiment: Experiment, name: str = "") -> str | None:
    """Why the app cannot draw ``experiment`` yet, or ``None`` when it can."""
    network = experiment.network
    kinds = ", ".join(sorted({layer.kind for layer in network.layers if layer.kind in UNDRAWN_KINDS}))
    if not kinds:
        return None
    target = name or experiment.name
    return (
        f"“{experiment.name}” has {kinds} layers, which the app does not draw yet; they are drawn in "
        f"a coming version. "
        f"Train and trace it from the command line: nnviz train {target}, nnviz trace {target}."
    )
