"""Which networks the app can draw today.

The canvas, the inspector and the plots draw dense layers (units and edges).
Networks with conv2d, pooling, flatten or concat layers train and trace from the
command line; the app says so instead of drawing them wrongly (their views come
with issues #11 and #12).
"""

from __future__ import annotations

from nnviz.core.experiment import Experiment


def undrawn_message(experiment: Experiment, name: str = "") -> str | None:
    """Why the app cannot draw ``experiment`` yet, or ``None`` when it can."""
    network = experiment.network
    if network.is_dense:
        return None
    kinds = ", ".join(sorted({layer.kind for layer in network.layers if layer.kind != "dense"}))
    target = name or experiment.name
    return (
        f"“{experiment.name}” has {kinds} layers. The app draws networks of dense layers; "
        f"convolution, pooling and concat networks are drawn in a coming version. "
        f"Train and trace it from the command line: nnviz train {target}, nnviz trace {target}."
    )
