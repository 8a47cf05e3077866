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

from nnviz.i18n import QT_TRANSLATE_NOOP

Array = np.ndarray
Generator = np.random.Generator

MIN_SAMPLES = 4
MAX_SAMPLES = 100_000
MAX_VALUE = 1e9
"""The largest size of an input or target value: beyond it the math and the drawing overflow."""
NOISE_SCALE = 3.0  # σ of the classification jitter at noise = 1
BLOB_SPREAD = 0.75  # σ of a clean Gaussian blob


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


def _halves(n: int) -> tuple[int, int]:
    """Sample counts of class 0 and class 1 (class 0 gets the odd one)."""
    return n - n // 2, n // 2


def _polar(r: Array, angle: Array) -> Array:
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def _labels(*counts: int) -> Array:
    return np.repeat(np.arange(len(counts)), counts)


def _circle(n: int, rng: Generator) -> tuple[Array, Array]:
    """Class 1 inside radius 2.5, class 0 in the ring 3.5 to 5, uniform over the area."""
    n0, n1 = _halves(n)
    r0 = np.sqrt(rng.uniform(3.5**2, 5.0**2, n0))
    r1 = 2.5 * np.sqrt(rng.uniform(0.0, 1.0, n1))
    angle = rng.uniform(0.0, 2 * np.pi, n)
    return _polar(np.concatenate([r0, r1]), angle), _labels(n0, n1)


def _xor(n: int, rng: Generator) -> tuple[Array, Array]:
    """Class 1 where x1 and x2 have the same sign; points stay 0.3 away from the axes."""
    n0, n1 = _halves(n)
    size = rng.uniform(0.3, 5.0, (n, 2))
    sign1 = rng.choice([-1.0, 1.0], n)
    same = np.concatenate([np.zeros(n0, bool), np.ones(n1, bool)])
    sign2 = np.where(same, sign1, -sign1)
    return size * np.column_stack([sign1, sign2]), _labels(n0, n1)


def _blobs(n: int, rng: Generator, centres: Array) -> tuple[Array, Array]:
    k = len(centres)
    counts = [n // k + (i < n % k) for i in range(k)]
    labels = _labels(*counts)
    return centres[labels] + rng.normal(0.0, BLOB_SPREAD, (n, 2)), labels


def _gauss(n: int, rng: Generator) -> tuple[Array, Array]:
    """Class 1 a blob around (2.5, 2.5), class 0 around (−2.5, −2.5)."""
    return _blobs(n, rng, np.array([[-2.5, -2.5], [2.5, 2.5]]))


def _blobs3(n: int, rng: Generator) -> tuple[Array, Array]:
    """Three blobs on a circle of radius 3.5 at 0°, 120° and 240° from the top."""
    angle = np.array([0.0, 2 * np.pi / 3, 4 * np.pi / 3])
    return _blobs(n, rng, _polar(np.full(3, 3.5), angle))


def _arms(n: int, k: int, turns: float) -> tuple[Array, Array]:
    """k spiral arms from radius 0.5 to 5, each winding ``turns`` times, evenly spaced."""
    counts = [n // k + (i < n % k) for i in range(k)]
    labels = _labels(*counts)
    u = np.concatenate([np.arange(c) / c for c in counts])
    angle = 2 * np.pi * (turns * u + labels / k)
    return _polar(0.5 + 4.5 * u, angle), labels


def _spiral(n: int, rng: Generator) -> tuple[Array, Array]:
    """Two interleaved arms of 1.75 turns, as in the Playground."""
    return _arms(n, 2, 1.75)


def _spiral3(n: int, rng: Generator) -> tuple[Array, Array]:
    """Three interleaved arms of one turn each."""
    return _arms(n, 3, 1.0)


def _moons(n: int, rng: Generator) -> tuple[Array, Array]:
    """scikit-learn's two moons, scaled by 3: class 0 the upper arc, class 1 the lower."""
    n0, n1 = _halves(n)
    a0 = rng.uniform(0.0, np.pi, n0)
    a1 = rng.uniform(0.0, np.pi, n1)
    upper = np.column_stack([np.cos(a0), np.sin(a0)])
    lower = np.column_stack([1.0 - np.cos(a1), 0.5 - np.sin(a1)])
    return 3.0 * (np.vstack([upper, lower]) - [0.5, 0.25]), _labels(n0, n1)


def _linear(n: int, rng: Generator) -> tuple[Array, Array]:
    """Class 1 on the left of a line through the origin at 30°, at least 0.5 from it."""
    n0, n1 = _halves(n)
    along = rng.uniform(-4.5, 4.5, n)
    side = np.concatenate([-np.ones(n0), np.ones(n1)])
    across = side * rng.uniform(0.5, 4.0, n)
    angle = np.pi / 6
    direction = np.array([np.cos(angle), np.sin(angle)])
    normal = np.array([-np.sin(angle), np.cos(angle)])
    return np.outer(along, direction) + np.outer(across, normal), _labels(n0, n1)


_GATE_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def _gate(truth: tuple[int, int, int, int]) -> Callable[[int, Generator], tuple[Array, Array]]:
    """The four input pairs 00, 01, 10, 11 in that order and the gate's output for each."""
    return lambda n, rng: (_GATE_INPUTS.copy(), np.array(truth))


def _uniform_square(n: int, d: int, rng: Generator) -> Array:
    return rng.uniform(-6.0, 6.0, (n, d))


def _sine(n: int, rng: Generator) -> tuple[Array, Array]:
    """t = sin x1 for x1 uniform in [−6, 6]."""
    x = _uniform_square(n, 1, rng)
    return x, np.sin(x[:, 0])


def _plane(n: int, rng: Generator) -> tuple[Array, Array]:
    """t = (x1 + x2) / 12, a tilted plane from −1 to 1 over the square."""
    x = _uniform_square(n, 2, rng)
    return x, (x[:, 0] + x[:, 1]) / 12.0


def _bump(n: int, rng: Generator) -> tuple[Array, Array]:
    """t = exp(−(x1² + x2²) / 8), a Gaussian bump of height 1 and width σ = 2."""
    x = _uniform_square(n, 2, rng)
    return x, np.exp(-np.sum(x**2, axis=1) / 8.0)


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
            _circle,
        ),
        DatasetInfo(
            "xor",
            QT_TRANSLATE_NOOP("Datasets", "Two classes by quadrant: class 1 where x1·x2 > 0"),
            "binary",
            2,
            2,
            500,
            0.05,
            _xor,
        ),
        DatasetInfo(
            "gauss",
            QT_TRANSLATE_NOOP("Datasets", "Two Gaussian blobs, one per class"),
            "binary",
            2,
            2,
            500,
            0.05,
            _gauss,
        ),
        DatasetInfo(
            "spiral",
            QT_TRANSLATE_NOOP("Datasets", "Two interleaved spiral arms"),
            "binary",
            2,
            2,
            500,
            0.0,
            _spiral,
        ),
        DatasetInfo(
            "moons",
            QT_TRANSLATE_NOOP("Datasets", "Two interleaving half circles"),
            "binary",
            2,
            2,
            500,
            0.05,
            _moons,
        ),
        DatasetInfo(
            "linear",
            QT_TRANSLATE_NOOP("Datasets", "Two classes either side of a straight line"),
            "binary",
            2,
            2,
            500,
            0.05,
            _linear,
        ),
        DatasetInfo(
            "spiral3",
            QT_TRANSLATE_NOOP("Datasets", "Three interleaved spiral arms (softmax)"),
            "multiclass",
            2,
            3,
            600,
            0.0,
            _spiral3,
        ),
        DatasetInfo(
            "blobs3",
            QT_TRANSLATE_NOOP("Datasets", "Three Gaussian blobs (softmax)"),
            "multiclass",
            2,
            3,
            600,
            0.05,
            _blobs3,
        ),
        DatasetInfo(
            "and_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate AND on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            _gate((0, 0, 0, 1)),
        ),
        DatasetInfo(
            "or_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate OR on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            _gate((0, 1, 1, 1)),
        ),
        DatasetInfo(
            "nand_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate NAND on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            _gate((1, 1, 1, 0)),
        ),
        DatasetInfo(
            "xor_gate",
            QT_TRANSLATE_NOOP("Datasets", "Logic gate XOR on four points"),
            "binary",
            2,
            2,
            4,
            0.0,
            _gate((0, 1, 1, 0)),
        ),
        DatasetInfo(
            "sine",
            QT_TRANSLATE_NOOP("Datasets", "Regression: t = sin x1 (one input)"),
            "regression",
            1,
            0,
            200,
            0.05,
            _sine,
        ),
        DatasetInfo(
            "plane",
            QT_TRANSLATE_NOOP("Datasets", "Regression: t = (x1 + x2) / 12"),
            "regression",
            2,
            0,
            500,
            0.05,
            _plane,
        ),
        DatasetInfo(
            "bump",
            QT_TRANSLATE_NOOP("Datasets", "Regression: Gaussian bump t = exp(−|x|² / 8)"),
            "regression",
            2,
            0,
            500,
            0.05,
            _bump,
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
