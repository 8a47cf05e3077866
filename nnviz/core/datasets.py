"""Toy data sets to train on: 2-D classification, logic gates and regression.

Every set is drawn from the ``numpy.random.Generator`` you pass in, so the same
seed always gives the same points. Like TensorFlow Playground, the points live
in the square [−6, 6]²: the clean shapes fit inside a radius of about 5 and
noise pushes a few points further out.

**Noise** is a number in [0, 1]:

- classification sets: every point is moved by Gaussian jitter with standard
  deviation σ = 3·noise (half the coordinate range 6). The Playground's jitter
  is uniform in ±5·noise, σ ≈ 2.9·noise, so the same number means about the same
  amount of mess. A point keeps the class it was drawn for, so with noise > 0
  the classes overlap; with noise 0 every set below is cleanly separable.
- regression sets: the inputs stay clean and the targets, whose size is about 1,
  get Gaussian jitter with σ = noise.
- logic gates: always exactly four clean points; ``samples`` and ``noise`` are
  ignored.

Targets: binary sets give a column (N, 1) of 0.0/1.0 (for a sigmoid output and
bce); three-class sets give class indices (N,) of int (for cross_entropy or
hinge); regression sets give a column (N, 1) of floats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnviz.core import toy_shapes
from nnviz.i18n import QT_TRANSLATE_NOOP

Array = np.ndarray
Generator = np.random.Generator

MIN_SAMPLES = 4
MAX_SAMPLES = 100_000
MAX_VALUE = 1e9
"""The largest size of an input or target value: beyond it the math and the drawing overflow."""
NOISE_SCALE = 3.0  # σ of the classification jitter at noise = 1


@dataclass(frozen=True, eq=False)
class Dataset:
    """Inputs and targets of one data set, with the names a view shows.

    x : (N, d) float64
        One row per sample, one column per input feature.
    t : (N, 1) or (N, k) float64, or (N,) int
        Targets: 0/1 or numbers in columns, or class indices for ``multiclass``.
    kind : str
        ``binary``, ``multiclass`` or ``regression``.
    feature_names : tuple of d str
        Name of each input column (``x1``, ``x2`` or a CSV header).
    class_names : tuple of str
        Label of each class index (empty for regression).
    target_names : tuple of str
        Name of each target column (one name for class indices).
    """

    name: str
    x: Array
    t: Array
    kind: str
    feature_names: tuple[str, ...]
    class_names: tuple[str, ...] = ()
    target_names: tuple[str, ...] = ("t",)

    @property
    def n_samples(self) -> int:
        return len(self.x)

    @property
    def n_inputs(self) -> int:
        return self.x.shape[1]


@dataclass(frozen=True)
class DatasetInfo:
    """What the data-set menu shows about a named set, and how to draw it."""

    name: str
    description: str
    kind: str
    n_inputs: int
    n_classes: int  # 0 for regression
    default_samples: int
    default_noise: float
    generate: Callable[[int, Generator], tuple[Array, Array]]
    """Clean points (n, d) and their labels (n,) or regression targets (n,)."""


DATASETS: dict[str, DatasetInfo] = {
    info.name: info
    for info in (
        DatasetInfo(
            "circle",
            QT_TRANSLATE_NOOP("Datasets", "Two classes: a disc inside a ring"),
            "binary",
            2,
            2,
            500,
            0.05,
            toy_shapes.circle,
        ),
        DatasetInfo(
            "xor",
            QT_TRANSLATE_NOOP("Datasets", "Two classes by quadrant: class 1 where x1·x2 > 0"),
            "binary",
            2,
            2,
            500,
            0.05,
            toy_shapes.xor,
        ),
        DatasetInfo(
            "gauss",
            QT_TRANSLATE_NOOP("Datasets", "Two Gaussian blobs, one per class"),
            "binary",
            2,
            2,
            500,
            0.05,
            toy_shapes.gauss,
        ),
        DatasetInfo(
            "spiral",
            QT_TRANSLATE_NOOP("Datasets", "Two interleaved spiral arms"),
            "binary",
            2,
            2,
            500,
            0.0,
            toy_shapes.spiral,
        ),
        DatasetInfo(
            "moons",
            QT_TRANSLATE_NOOP("Datasets", "Two interleaving half circles"),
            "binary",
            2,
            2,
            500,
            0.05,
            toy_shapes.moons,
        ),
        DatasetInfo(
            "linear",
            QT_TRANSLATE_NOOP("Datasets", "Two classes either side of a straight line"),
            "binary",
            2,
            2,
            500,
            0.05,
            toy_shapes.linear,
        ),
        DatasetInfo(
            "spiral3",
            QT_TRANSLATE_NOOP("Datasets", "Three interleaved spiral arms (softmax)"),
            "multiclass",
            2,
            3,
            600,
            0.0,
            toy_shapes.spiral3,
        ),
        DatasetInfo(
            "blobs3",
            QT_TRANSLATE_NOOP("Datasets", "Three Gaussian blobs (softmax)"),
            "multiclass",
            2,
            3,
            600,
            0.05,
            toy_shapes.blobs3,
        ),
        DatasetInfo(
            "and_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate AND on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            toy_shapes.gate((0, 0, 0, 1)),
        ),
        DatasetInfo(
            "or_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate OR on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            toy_shapes.gate((0, 1, 1, 1)),
        ),
        DatasetInfo(
            "nand_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate NAND on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            toy_shapes.gate((1, 1, 1, 0)),
        ),
        DatasetInfo(
            "xor_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate XOR on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            toy_shapes.gate((0, 1, 1, 0)),
        ),
        DatasetInfo(
            "sine",
            QT_TRANSLATE_NOOP("Datasets", "Regression: t = sin x1 (one input)"),
            "regression",
            1,
            0,
            200,
            0.05,
            toy_shapes.sine,
        ),
        DatasetInfo(
            "plane",
            QT_TRANSLATE_NOOP("Datasets", "Regression: t = (x1 + x2) / 12"),
            "regression",
            2,
            0,
            500,
            0.05,
            toy_shapes.plane,
        ),
        DatasetInfo(
            "bump",
            QT_TRANSLATE_NOOP("Datasets", "Regression: Gaussian bump t = exp(−|x|² / 8)"),
            "regression",
            2,
            0,
            500,
            0.05,
            toy_shapes.bump,
        ),
    )
}
GATES = ("and_gate", "or_gate", "nand_gate", "xor_gate")


def make_dataset(name: str, samples: int | None, noise: float | None, rng: Generator) -> Dataset:
    """Draw the named set with ``samples`` points (N) and ``noise`` in [0, 1].

    ``None`` takes the set's default from :data:`DATASETS`. Returns a
    :class:`Dataset` with x of shape (N, 2), or (N, 1) for ``sine``, and the
    targets described in the module docstring. Logic gates always have N = 4 in
    the order 00, 01, 10, 11 and ignore ``samples`` and ``noise``; the other
    sets come shuffled. Raises ``ValueError`` for an unknown name, ``samples``
    outside [4, 100 000] or ``noise`` outside [0, 1].
    """
    if name not in DATASETS:
        raise ValueError(f"unknown data set {name!r}; expected one of {', '.join(DATASETS)}")
    info = DATASETS[name]
    n = info.default_samples if samples is None else _check_samples(samples)
    noise = info.default_noise if noise is None else _check_noise(noise)
    if name in GATES:
        x, labels = info.generate(4, rng)
        return Dataset(name, x, labels[:, None].astype(float), "binary", ("x1", "x2"), ("0", "1"))
    x, values = info.generate(n, rng)
    if info.kind == "regression":
        t = (values + rng.normal(0.0, noise, n) if noise else values)[:, None]
    else:
        x = x + rng.normal(0.0, NOISE_SCALE * noise, x.shape) if noise else x
        t = values[:, None].astype(float) if info.kind == "binary" else values.astype(np.int64)
    order = rng.permutation(n)
    features = ("x1", "x2")[: info.n_inputs]
    classes = tuple(str(c) for c in range(info.n_classes))
    targets = ("class",) if info.kind == "multiclass" else ("t",)
    return Dataset(name, x[order], t[order], info.kind, features, classes, targets)


def _check_samples(samples: int) -> int:
    if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)):
        raise ValueError(f"samples must be a whole number, got {samples!r}")
    if not MIN_SAMPLES <= samples <= MAX_SAMPLES:
        raise ValueError(f"samples must be from {MIN_SAMPLES} to {MAX_SAMPLES}, got {samples}")
    return int(samples)


def _check_noise(noise: float) -> float:
    if isinstance(noise, bool) or not isinstance(noise, (int, float, np.floating, np.integer)):
        raise ValueError(f"noise must be a number from 0 to 1, got {noise!r}")
    if not 0.0 <= noise <= 1.0:  # also rejects NaN
        raise ValueError(f"noise must be from 0 to 1, got {noise}")
    return float(noise)
