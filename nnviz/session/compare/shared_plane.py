"""One loss landscape for the runs of a comparison that start from the same weights.

When the varied setting changes how the runs move but not what they minimise — the optimizer,
the learning rate, the batch size, the momentum — every run of a seed starts from the same
parameters on the same loss surface. :func:`shared_landscape` puts them on one plane: the first
two principal components of all their paths (the parameters at every epoch, kept with
``Job.keep_parameters``) around the common start, the loss of the whole training set over it,
and each run's path projected onto it, its points coloured by the run's true loss.
Only the first seed's runs are drawn (each seed has its own start).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnviz.core.experiment import Experiment
from nnviz.core.landscape import Landscape, path_losses
from nnviz.core.landscape_plane import Plane, coordinates_in, pca_plane, plane_landscape
from nnviz.session.compare.results import Comparison

Array = np.ndarray
SURFACE_ROOTS = ("loss", "regularization", "data", "network")
"""Settings under these keys change the surface itself (what is minimised, or its parameters);
dropout does not (a landscape is taken in evaluation mode), an initializer changes the start."""


@dataclass
class SharedLandscape:
    """``scape`` (centred on the common start, no path of its own), the ``plane``, and per run
    drawn its value index, its projected path (epochs + 1, 2) and the path's true loss."""

    scape: Landscape
    plane: Plane
    runs: list[tuple[int, Array, Array]]


def shared_landscape(comparison: Comparison, n: int = 41) -> SharedLandscape:
    """The shared landscape of ``comparison`` (trained with ``keep_parameters``). Raises
    ``ValueError`` saying why the runs cannot share one (the surface or the start differs)."""
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
    points = [p for r in runs for p in r.parameters]
    plane = pca_plane(points, start)
    spec = plan.runs[runs[0].index]
    experiment = Experiment(spec.spec, None if spec.base_dir is None else Path(spec.base_dir))
    trainer, network = experiment.trainer, experiment.network
    x, t = experiment.data.x_train, experiment.data.t_train
    flat_start = np.concatenate([np.ravel(p) for p in start])
    drawn, extent = [], np.zeros(2)
    for r in runs:
        coords = coordinates_in(
            plane, np.array([np.concatenate([np.ravel(p) for p in q]) for q in r.parameters]) - flat_start
        )
        finite = coords[np.all(np.isfinite(coords), axis=1)]
        if len(finite):
            extent = np.maximum(extent, np.max(np.abs(finite), axis=0))
        drawn.append(
            (
                plan.runs[r.index].value_index,
                coords,
                path_losses(network, trainer.loss, trainer.regularizer, x, t, r.parameters),
            )
        )
    half_width = tuple(max(1.25 * float(e), 1e-6) for e in extent)
    scape = plane_landscape(
        network,
        trainer.loss,
        trainer.regularizer,
        x,
        t,
        start,
        plane,
        learning_rate=trainer.optimizer.learning_rate,
        n=n,
        half_width=half_width,
    )
    return SharedLandscape(scape, plane, drawn)
