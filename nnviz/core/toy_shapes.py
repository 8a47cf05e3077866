"""The clean shapes of the toy data sets, drawn before any noise: 2-D points and their labels,
or inputs and regression targets. NumPy only.

Each generator takes the number of points n and a ``numpy.random.Generator`` and returns
the points (n, d) with labels (n,) of int — or targets (n,) of float for regression — in
class order; :func:`nnviz.core.datasets.make_dataset` adds the noise and shuffles. The shapes
fit inside a radius of about 5 of the square [−6, 6]².
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Array = np.ndarray
Generator = np.random.Generator

BLOB_SPREAD = 0.75  # σ of a clean Gaussian blob


def _halves(n: int) -> tuple[int, int]:
    """Sample counts of class 0 and class 1 (class 0 gets the odd one)."""
    return n - n // 2, n // 2


def _polar(r: Array, angle: Array) -> Array:
    return np.column_stack([r * np.sin(angle), r * np.cos(angle)])


def _labels(*counts: int) -> Array:
    return np.repeat(np.arange(len(counts)), counts)


def circle(n: int, rng: Generator) -> tuple[Array, Array]:
    """Class 1 inside radius 2.5, class 0 in the ring 3.5 to 5, uniform over the area."""
    n0, n1 = _halves(n)
    r0 = np.sqrt(rng.uniform(3.5**2, 5.0**2, n0))
    r1 = 2.5 * np.sqrt(rng.uniform(0.0, 1.0, n1))
    angle = rng.uniform(0.0, 2 * np.pi, n)
    return _polar(np.concatenate([r0, r1]), angle), _labels(n0, n1)


def xor(n: int, rng: Generator) -> tuple[Array, Array]:
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


def gauss(n: int, rng: Generator) -> tuple[Array, Array]:
    """Class 1 a blob around (2.5, 2.5), class 0 around (−2.5, −2.5)."""
    return _blobs(n, rng, np.array([[-2.5, -2.5], [2.5, 2.5]]))


def blobs3(n: int, rng: Generator) -> tuple[Array, Array]:
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


def spiral(n: int, rng: Generator) -> tuple[Array, Array]:
    """Two interleaved arms of 1.75 turns, as in the Playground."""
    return _arms(n, 2, 1.75)


def spiral3(n: int, rng: Generator) -> tuple[Array, Array]:
    """Three interleaved arms of one turn each."""
    return _arms(n, 3, 1.0)


def moons(n: int, rng: Generator) -> tuple[Array, Array]:
    """scikit-learn's two moons, scaled by 3: class 0 the upper arc, class 1 the lower."""
    n0, n1 = _halves(n)
    a0 = rng.uniform(0.0, np.pi, n0)
    a1 = rng.uniform(0.0, np.pi, n1)
    upper = np.column_stack([np.cos(a0), np.sin(a0)])
    lower = np.column_stack([1.0 - np.cos(a1), 0.5 - np.sin(a1)])
    return 3.0 * (np.vstack([upper, lower]) - [0.5, 0.25]), _labels(n0, n1)


def linear(n: int, rng: Generator) -> tuple[Array, Array]:
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


def gate(truth: tuple[int, int, int, int]) -> Callable[[int, Generator], tuple[Array, Array]]:
    """The four input pairs 00, 01, 10, 11 in that order and the gate's output for each."""
    return lambda n, rng: (_GATE_INPUTS.copy(), np.array(truth))


def _uniform_square(n: int, d: int, rng: Generator) -> Array:
    return rng.uniform(-6.0, 6.0, (n, d))


def sine(n: int, rng: Generator) -> tuple[Array, Array]:
    """t = sin x1 for x1 uniform in [−6, 6]."""
    x = _uniform_square(n, 1, rng)
    return x, np.sin(x[:, 0])


def plane(n: int, rng: Generator) -> tuple[Array, Array]:
    """t = (x1 + x2) / 12, a tilted plane from −1 to 1 over the square."""
    x = _uniform_square(n, 2, rng)
    return x, (x[:, 0] + x[:, 1]) / 12.0


def bump(n: int, rng: Generator) -> tuple[Array, Array]:
    """t = exp(−(x1² + x2²) / 8), a Gaussian bump of height 1 and width σ = 2."""
    x = _uniform_square(n, 2, rng)
    return x, np.exp(-np.sum(x**2, axis=1) / 8.0)
