"""Which networks the app can draw today.

The canvas draws dense layers as units and edges, and conv2d, pooling and
flatten layers as stacks of feature maps with their kernels (see
:mod:`nnviz.session.canvas.maps`). A concat layer joins the network's input
to a deep layer, which the canvas does not draw yet: such networks (Wide & Deep)
train and trace from the command line, and the app says so instead of drawing
them wrongly.
"""

from __future__ import annotations

from nnviz.core.experiment import Experiment

UNDRAWN_KINDS = ("concat",)


def undrawn_message(experiment: Experiment, name: str = "") -> str | None:
    """Why the app cannot draw ``experiment`` yet, or ``None`` when it can."""
    network = experiment.network
    kinds = ", ".join(sorted({layer.kind for layer in network.layers if layer.kind in UNDRAWN_KINDS}))
    if not kinds:
        return None
    target = name or experiment.name
    return (
        f"“{experiment.name}” has {kinds} layers. The app draws networks of dense, convolution and "
        f"pooling layers; concat networks are drawn in a coming version. "
        f"Train and trace it from the command line: nnviz train {target}, nnviz trace {target}."
    )
