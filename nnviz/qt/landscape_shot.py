"""``nnviz shot --panel landscape``: the loss landscape after N iterations, headless.

The landscape is taken at the last iteration's mini-batch and the parameters its forward pass
used (so its current point is that trace's loss and its arrow that trace's gradient); the path
is the parameters at the start of every iteration so far. ``--axes`` names the two parameters
as ``LAYER:UNIT:SOURCE`` counted from 1, SOURCE ``b`` for the bias, e.g. ``1:2:1,2:1:b``, or
a plane through every parameter (:mod:`nnviz.core.landscape_plane`): ``random`` (two random
filter-normalised directions, seeded with the experiment's seed), ``pca`` (the path's first two
principal components) or ``line`` (from now to the path's start, beside a random direction).
"""

from __future__ import annotations

from nnviz.core.landscape import Coordinate, landscape, slot
from nnviz.core.landscape_plane import KINDS, Plane, plane_landscape
from nnviz.errors import BadInput
from nnviz.qt.i18n import translate
from nnviz.session.landscape_job import MAX_PATH, make_plane


def parse_axes(text: str | None, network, flag: str = "--axes") -> tuple[Coordinate, Coordinate] | str:
    """``L:U:S,L:U:S`` (from 1; S ``b`` = the bias) → two coordinates, checked against the network;
    ``None``: the first weight of the first dense layer (layer 1 of a dense network) and the output
    unit's bias; ``random``, ``pca`` or ``line``: that kind of plane (returned as is). Errors name
    ``flag``."""
    if text is not None and text.strip().lower() in KINDS:
        return text.strip().lower()
    if text is None:
        dense = [k for k, layer in enumerate(network.layers, start=1) if layer.kind == "dense"]
        first, last = dense[0], dense[-1]
        return Coordinate(first, 0, 0), Coordinate(last, 0, network.layers[last - 1].W.shape[1])
    parts = text.split(",")
    if len(parts) != 2:
        raise BadInput(
            f"{flag} {text!r}: expected two parameters, LAYER:UNIT:SOURCE,LAYER:UNIT:SOURCE (b = bias), "
            "or random, pca or line"
        )
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
                f"{flag} {part!r}: expected LAYER:UNIT:SOURCE counted from 1, SOURCE b for the bias"
            ) from None
        try:
            slot(network, coordinate)
        except ValueError as error:
            raise BadInput(f"{flag} {part!r}: {error}") from None
        out.append(coordinate)
    if out[0] == out[1]:
        raise BadInput(f"{flag} {text!r}: the two parameters are the same")
    return out[0], out[1]


def plane_labels(plane: Plane, start_iteration: int = 0) -> tuple[str, str]:
    """The plot's names of the plane's two axes (the path's first point is the end of
    ``start_iteration``, 0 = the initial parameters)."""
    if plane.kind == "random":
        return (
            translate("Landscape", "α: random direction 1 (filter-normalised)"),
            translate("Landscape", "β: random direction 2 (filter-normalised)"),
        )
    if plane.kind == "pca":
        return tuple(
            translate("Landscape", "{0}: principal component {1} of the path ({2:.0%} of its variance)").format(
                name, k, share
            )
            for k, (name, share) in enumerate(zip("αβ", plane.explained), start=1)
        )
    start = (
        translate("Landscape", "the initial parameters")
        if start_iteration == 0
        else translate("Landscape", "the end of iteration {0}").format(start_iteration)
    )
    return (
        translate("Landscape", "α: the line from now (0) to {0} (1)").format(start),
        translate("Landscape", "β: a random direction ⟂ the line, as long"),
    )


def landscape_figure(experiment, iterations: int, axes_text: str | None, theme, size: tuple[int, int]):
    """The :class:`~nnviz.qt.landscape_figure.LandscapeFigure` of ``experiment`` after ``iterations``
    (at least 1) training iterations."""
    import numpy as np

    from nnviz.qt.landscape_figure import LandscapeFigure

    trainer, network = experiment.trainer, experiment.network
    axes = parse_axes(axes_text, network)
    path = []
    with np.errstate(all="ignore"):
        for _ in range(max(1, iterations)):
            path.append(list(network.parameters()))
            trace = trainer.step()
    start = max(0, len(path) - MAX_PATH)
    path = path[start:]
    args = (network, trainer.loss, trainer.regularizer, trace.x, trace.t, path[-1])
    rate = trainer.optimizer.learning_rate
    if isinstance(axes, str):
        try:
            plane = make_plane(axes, path[-1], path, experiment.seed)
        except ValueError as error:
            raise BadInput(f"--axes {axes}: {error}") from None
        try:
            scape = plane_landscape(*args, plane, learning_rate=rate, path=path)
        except ValueError as error:
            raise BadInput(f"--axes {axes}: {error}") from None
        return LandscapeFigure(scape, plane_labels(plane, start), theme, size)
    try:
        scape = landscape(*args, axes, learning_rate=rate, path=path)
    except ValueError as error:
        raise BadInput(f"--panel landscape: {error}") from None
    labels = tuple(c.label(network.layers[c.layer - 1].W.shape[1]) for c in axes)
    return LandscapeFigure(scape, labels, theme, size)
