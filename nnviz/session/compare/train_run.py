"""Training one run of a comparison and recording what the comparison shows.

The run is its spec built alone (:class:`~nnviz.core.experiment.Experiment`) and trained
epoch by epoch with :meth:`Trainer.step`, exactly as ``nnviz train`` trains it, so a run is
bit-identical to the same file trained alone. Recorded per epoch (epoch 0 is the start):
train and test data loss and accuracy, and each layer's gradient norm ‖∂L/∂W‖ (Frobenius,
the mean over the epoch's iterations); per run: the wall-clock time, epochs per second, a
digest of every mini-batch's sample indices (equal digests: the same mini-batch order), which
test rows the trained run predicts right, and the decision boundary (2-D inputs: the
predicted class on a grid) or fitted curve (1 input: the output on a line) at the chosen epochs.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnviz.core.experiment import Experiment
from nnviz.core.metrics import predictions, right_rows
from nnviz.session.compare.plan import RunSpec
from nnviz.session.plot_values import input_mapper, line_grid, plane_grid

Array = np.ndarray
GRID = 48
"""Grid points per side of a decision boundary (a small multiple is a few hundred pixels)."""
CURVE_POINTS = 200
"""Points of a fitted curve."""


@dataclass(frozen=True)
class Job:
    """A run to train: ``epochs`` epochs, the boundary kept at ``boundary_epochs``; with
    ``keep_parameters`` the parameters at every epoch are kept too (for a shared landscape)."""

    run: RunSpec
    epochs: int
    boundary_epochs: tuple[int, ...] = ()
    keep_parameters: bool = False


@dataclass
class Shape:
    """Where a run's boundaries live: ``kind`` ``"plane"`` (``extent`` x0, y0, w, h; ``n``×``n``
    grid, row i is y) or ``"curve"`` (``xs`` (n,)), with the training points ``points`` (N, d)
    and their targets ``targets`` (N,) (class index or value) to draw over it."""

    kind: str
    points: Array
    targets: Array
    extent: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    n: int = GRID
    xs: Array | None = None


@dataclass
class RunResult:
    """The numbers of one run; per-epoch arrays have ``epochs + 1`` entries (epoch 0 first),
    NaN where there is no value (no test set, regression accuracy, an epoch not reached)."""

    index: int
    train_loss: Array
    test_loss: Array
    train_accuracy: Array
    test_accuracy: Array
    grad_norms: Array
    """(epochs + 1, layers with parameters); row 0 is NaN (no iteration yet)."""
    wall_s: float
    batch_digest: str
    initial_digest: str
    """SHA-256 of the initial parameters' bytes."""
    shape: Shape | None
    boundaries: dict[int, Array] = field(default_factory=dict)
    """epoch → (n, n) predicted class (plane) or (n,) output (curve)."""
    diverged_at: int | None = None
    """The epoch whose loss or parameters became NaN/∞ (training stopped there)."""
    parameters: list[list[Array]] | None = None
    """With ``Job.keep_parameters``: ``[W1, b1, …]`` at the start and after every epoch trained."""
    test_right: Array | None = None
    """(test rows,) bool: the last epoch's prediction is right on each test row (``None`` for
    regression or without a test set); its mean is the last ``test_accuracy``."""

    @property
    def epochs_done(self) -> int:
        return int(np.sum(np.isfinite(self.train_loss))) - 1

    @property
    def epochs_per_s(self) -> float:
        return self.epochs_done / self.wall_s if self.wall_s > 0 else math.inf


def train(job: Job, progress: Callable[[int], None] | None = None) -> RunResult:
    """Train ``job``'s run; ``progress(epoch)`` after each epoch."""
    run = job.run
    experiment = Experiment(run.spec, None if run.base_dir is None else Path(run.base_dir))
    trainer = experiment.trainer
    n_layers = sum(1 for p in experiment.network.parameters()) // 2
    rows = job.epochs + 1
    curves = {k: np.full(rows, np.nan) for k in ("train_loss", "test_loss", "train_accuracy", "test_accuracy")}
    norms = np.full((rows, n_layers), np.nan)
    initial = hashlib.sha256(b"".join(p.tobytes() for p in experiment.network.parameters())).hexdigest()
    shape, grid = _shape(experiment)
    boundaries: dict[int, Array] = {}
    digest = hashlib.sha256()
    diverged = None
    kept = [list(experiment.network.parameters())] if job.keep_parameters else None
    start = time.perf_counter()
    with np.errstate(all="ignore"):
        _record(experiment, curves, 0)
        _keep_boundary(experiment, grid, shape, boundaries, 0, job.boundary_epochs)
        for epoch in range(1, job.epochs + 1):
            sums, count = np.zeros(n_layers), 0
            while trainer.epoch < epoch:
                trace = trainer.step()
                digest.update(np.asarray(trace.samples, dtype=np.int64).tobytes())
                grads = trace.gradients()
                sums += [float(np.sqrt(np.sum(g * g))) for g in grads[::2]]
                count += 1
            norms[epoch] = sums / count
            finite = math.isfinite(trace.loss_total) and all(
                np.all(np.isfinite(p)) for p in experiment.network.parameters()
            )
            if not finite:
                diverged = epoch
                break
            _record(experiment, curves, epoch)
            _keep_boundary(experiment, grid, shape, boundaries, epoch, job.boundary_epochs)
            if kept is not None:
                kept.append(list(experiment.network.parameters()))
            if progress is not None:
                progress(epoch)
    wall = time.perf_counter() - start
    return RunResult(
        run.index,
        curves["train_loss"],
        curves["test_loss"],
        curves["train_accuracy"],
        curves["test_accuracy"],
        norms,
        wall,
        digest.hexdigest(),
        initial,
        shape,
        boundaries,
        diverged,
        kept,
        _test_right(experiment),
    )


def _test_right(experiment: Experiment) -> Array | None:
    data = experiment.data
    if not len(data.x_test):
        return None
    _, a = experiment.network.output(data.x_test)
    return right_rows(a, data.t_test, experiment.trainer.kind)


def _record(experiment: Experiment, curves: dict[str, Array], epoch: int) -> None:
    result = experiment.evaluate()
    for key in curves:
        value = getattr(result, key)
        curves[key][epoch] = np.nan if value is None else value


def _shape(experiment: Experiment) -> tuple[Shape | None, Array | None]:
    """The boundary's geometry and its raw grid points (M, d), or ``(None, None)`` when the
    inputs are neither a plane nor a line (images, many columns)."""
    data = experiment.data
    points = data.points_train
    if points.ndim != 2 or points.shape[1] not in (1, 2):
        return None, None
    targets = data.t_train
    labels = (
        np.argmax(targets, axis=1)
        if targets.ndim == 2 and targets.shape[1] > 1
        else targets.reshape(len(targets), -1)[:, 0]
    )
    if points.shape[1] == 1:
        xs = line_grid(points, CURVE_POINTS)
        return Shape("curve", points, labels, xs=xs), xs[:, None]
    everything = np.concatenate([points, data.points_test]) if len(data.points_test) else points
    g = plane_grid(everything, GRID)
    return Shape("plane", points, labels, (g.x0, g.y0, g.width, g.height), GRID), g.points


def _keep_boundary(experiment, grid, shape, boundaries, epoch: int, wanted) -> None:
    if shape is None or epoch not in wanted:
        return
    _, a = experiment.network.output(input_mapper(experiment)(grid))
    if shape.kind == "curve":
        boundaries[epoch] = a[:, 0].astype(np.float32)
        return
    kind = experiment.trainer.kind
    if kind == "regression":
        values = a[:, 0]
    else:
        predicted = predictions(a, kind, experiment.data.t_train)
        values = predicted if predicted.ndim == 1 else predicted[:, 0]
    boundaries[epoch] = np.asarray(values, dtype=np.float32).reshape(shape.n, shape.n)
