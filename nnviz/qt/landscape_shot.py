"""``nnviz shot --panel landscape``: the loss landscape after N iterations, headless.

The landscape is taken at the last iteration's mini-batch and the parameters its forward pass
used (so its current point is that trace's loss and its arrow that trace's gradient); the path
is the parameters at the start of every iteration so far. ``--axes`` names the two parameters
as ``LAYER:UNIT:SOURCE`` counted from 1, SOURCE ``b`` for the bias, e.g. ``1:2:1,2:1:b``.
"""

from __future__ import annotations

from nnviz.core.landscape import Coordinate, landscape, slot
from nnviz.errors import BadInput

MAX_PATH = 2000
"""At most this many path points are drawn (the last ones)."""


def parse_axes(text: str | None, network) -> tuple[Coordinate, Coordinate]:
    """``L:U:S,L:U:S`` (from 1; S ``b`` = the bias) → two coordinates, checked against the network;
    ``None``: the first weight of layer 1 and the output unit's bias."""
    if text is None:
        last = max(k for k, layer in enumerate(network.layers, start=1) if getattr(layer, "W", None) is not None)
        return Coordinate(1, 0, 0), Coordinate(last, 0, network.layers[last - 1].W.shape[1])
    parts = text.split(",")
    if len(parts) != 2:
        raise BadInput(f"--axes {text!r}: expected two parameters, LAYER:UNIT:SOURCE,LAYER:UNIT:SOURCE (b = bias)")
    out = []
    for part in parts:
        try:
            layer, unit, source = part.strip().lower().split(":")
            layer_n, unit_n = int(layer), int(unit)
            W = network.layers[layer_n - 1].W if 1 <= layer_n <= len(network.layers) else None
            fan_in = W.shape[1] if W is not None and W.ndim == 2 else 0
            coordinate = Coordinate(layer_n, unit_n - 1, fan_in if source == "b" else int(source) - 1)
        except (ValueError, AttributeError):
            raise BadInput(
                f"--axes {part!r}: expected LAYER:UNIT:SOURCE counted from 1, SOURCE b for the bias"
            ) from None
        try:
            slot(network, coordinate)
        except ValueError as error:
            raise BadInput(f"--axes {part!r}: {error}") from None
        out.append(coordinate)
    if out[0] == out[1]:
        raise BadInput(f"--axes {text!r}: the two parameters are the same")
    return out[0], out[1]


def landscape_figure(experiment, iterations: int, axes_text: str | None, theme, size: tuple[int, int]):
    """The :class:`~nnviz.qt.landscape_figure.LandscapeFigure` of ``experiment`` after ``iterations``
    (at least 1) training iterations."""
    import numpy as np

    from nnviz.qt.landscape_figure import LandscapeFigure

    trainer, network = experiment.trainer, experiment.network
    coordinates = parse_axes(axes_text, network)
    path = []
    with np.errstate(all="ignore"):
        for _ in range(max(1, iterations)):
            path.append(list(network.parameters()))
            trace = trainer.step()
    path = path[-MAX_PATH:]
    scape = landscape(
        network,
        trainer.loss,
        trainer.regularizer,
        trace.x,
        trace.t,
        path[-1],
        coordinates,
        learning_rate=trainer.optimizer.learning_rate,
        path=path,
    )
    labels = tuple(c.label(network.layers[c.layer - 1].W.shape[1]) for c in coordinates)
    return LandscapeFigure(scape, labels, theme, size)
