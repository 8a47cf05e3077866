"""One loss landscape for the runs of a comparison that start from the same weights.

When the varied setting changes how the runs move but not what they minimise — the optimizer,
the learning rate, the batch size, the momentum — every run of a seed starts from the same
parameters on the same loss surface. :func:`shared_landscape` puts them on one set of fixed
axes around the common start — the first two principal components of all their paths (the
parameters at every epoch, kept with ``Job.keep_parameters``), two random filter-normalised
directions, or two real parameters — with the loss of the whole training set over them and
each run's path on them (projected onto a plane; a parameter pair's real values), its points
coloured by the run's true loss. Only the first seed's runs are drawn (each seed has its own
start).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnviz.core.experiment import Experiment
from nnviz.core.landscape import Coordinate, Landscape, landscape, path_losses, slot
from nnviz.core.landscape_plane import Plane, coordinates_in, pca_plane, plane_landscape, random_plane
from nnviz.session.compare.results import Comparison

Array = np.ndarray
AXES = ("pca", "random")
"""The planes a shared landscape offers beside two parameters (the line from now to the start
has no meaning when the centre is the start)."""
SURFACE_ROOTS = ("loss", "regularization", "data", "network")
"""Settings under these keys change the surface itself (what is minimised, or its parameters);
dropout does not (a landscape is taken in evaluation mode), an initializer changes the start."""


@dataclass
class SharedLandscape:
    """``scape`` (centred on the common start, no path of its own), the ``plane`` (``None`` over
    two parameters: then ``labels`` names them), and per run drawn its value index, its path
    (epochs + 1, 2) on the axes and the path's true loss."""

    scape: Landscape
    plane: Plane | None
    runs: list[tuple[int, Array, Array]]
    labels: tuple[str, str] | None = None


def shared_landscape(
    comparison: Comparison, n: int = 41, axes: str | tuple[Coordinate, Coordinate] = "pca"
) -> SharedLandscape:
    """The shared landscape of ``comparison`` (trained with ``keep_parameters``) over ``axes``:
    ``pca`` (the paths' principal components), ``random`` (two filter-normalised directions
    seeded with the experiment's seed) or two parameters. Raises ``ValueError`` saying why the
    runs cannot share one (the surface or the start differs, a parameter does not exist)."""
    plan = comparison.plan
    root = plan.vary.text.split(".", 1)[0].split("[", 1)[0]
    if root in SURFACE_ROOTS and not plan.vary.text.endswith((".dropout", ".init")):
        raise ValueError(
            f"{plan.vary.text} changes the loss surface itself; a shared plane needs runs on one surface "
            "(vary the optimizer, the learning rate or the batch size)"
        )
    seed = plan.locks.seeds[0]
    runs = [r for r in comparison.results if plan.runs[r.index].seed == seed]
    if any(r.parameters is None for r in runs):
        raise ValueError("the runs kept no parameters (train them with keep_parameters)")
    start = runs[0].parameters[0]
    for r in runs[1:]:
        first = r.parameters[0]
        if len(first) != len(start) or any(
            a.shape != b.shape or not np.array_equal(a, b) for a, b in zip(first, start)
        ):
            raise ValueError("the runs start from different weights; a shared plane needs one start")
    spec = plan.runs[runs[0].index]
    experiment = Experiment(spec.spec, None if spec.base_dir is None else Path(spec.base_dir))
    trainer, network = experiment.trainer, experiment.network
    x, t = experiment.data.x_train, experiment.data.t_train
    losses = [path_losses(network, trainer.loss, trainer.regularizer, x, t, r.parameters) for r in runs]
    values = [plan.runs[r.index].value_index for r in runs]
    args = (network, trainer.loss, trainer.regularizer, x, t, start)
    rate = trainer.optimizer.learning_rate
    if not isinstance(axes, str):
        slots = [slot(network, c) for c in axes]
        paths = [np.array([[q[i][j] for i, j in slots] for q in r.parameters], dtype=float) for r in runs]
        center = np.array([start[i][j] for i, j in slots])
        extent = _extent([p - center for p in paths])
        half_width = tuple(max(1.0, 1.5 * abs(float(c)), 1.25 * float(e)) for c, e in zip(center, extent))
        scape = landscape(*args, tuple(axes), learning_rate=rate, n=n, half_width=half_width)
        labels = tuple(c.label(network.layers[c.layer - 1].W.shape[1]) for c in axes)
        return SharedLandscape(scape, None, list(zip(values, paths, losses)), labels)
    if axes not in AXES:
        raise ValueError(f"axes {axes!r}: expected pca, random or two parameters")
    plane = (
        random_plane(start, experiment.seed)
        if axes == "random"
        else pca_plane([p for r in runs for p in r.parameters], start)
    )
    flat_start = np.concatenate([np.ravel(p) for p in start])
    paths = [
        coordinates_in(
            plane, np.array([np.concatenate([np.ravel(p) for p in q]) for q in r.parameters]) - flat_start
        )
        for r in runs
    ]
    extent = _extent(paths)
    least = 1.0 if axes == "random" else 1e-6  # a random plane's usual range, else the paths'
    half_width = tuple(max(1.25 * float(e), least) for e in extent)
    scape = plane_landscape(*args, plane, learning_rate=rate, n=n, half_width=half_width)
    return SharedLandscape(scape, plane, list(zip(values, paths, losses)))


def _extent(paths: list[Array]) -> Array:
    """(2,) the largest |coordinate| of the finite points of ``paths`` (each (m, 2)) per axis."""
    extent = np.zeros(2)
    for coords in paths:
        finite = coords[np.all(np.isfinite(coords), axis=1)]
        if len(finite):
            extent = np.maximum(extent, np.max(np.abs(finite), axis=0))
    return extent
