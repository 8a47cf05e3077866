"""Image data sets: the 8×8 handwritten digits, and small generated pictures a 3×3 kernel explains.

Every set gives images ``x`` of shape (N, 1, H, W) — one channel, batch first
as PyTorch — with pixel values about 0 (dark) to 1 (bright), and is drawn
from the generator you pass in, so the same seed gives the same pictures.
``noise`` in [0, 1] adds Gaussian jitter of σ = noise to every pixel.

- ``digits``: 1 797 handwritten digits (10 classes, 8×8, pixels 0–16 scaled
  to 0–1), shipped in ``resources/data/digits.csv.gz`` (UCI, CC BY 4.0; see
  ``digits.LICENSE.md``). ``samples`` takes that many, shuffled.
- ``bars``: one bright bar, horizontal (class 0) or vertical (class 1), at a
  random row or column of a 6×6 image. A 3×3 edge kernel of one direction
  answers it wherever the bar is.
- ``x_or_o``: an X (class 0) or an O (class 1) of 5×5, shifted by up to one
  pixel in a 7×7 image.
- ``shifted_edge``: a vertical edge at a random column of a 6×6 image, dark to
  bright from left to right (class 1) or bright to dark (class 0): the same
  pattern found wherever it sits.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnviz.core.datasets import Dataset, _check_noise, _check_samples
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.resources import resource_path

Array = np.ndarray
Generator = np.random.Generator


@dataclass(frozen=True)
class ImageSetInfo:
    name: str
    description: str
    shape: tuple[int, int, int]
    classes: tuple[str, ...]
    default_samples: int
    default_noise: float
    generate: Callable[[int, Generator], tuple[Array, Array]]
    """Clean images (n, 1, H, W) and class labels (n,) of int."""


def load_digits() -> tuple[Array, Array]:
    """All 1 797 digits: images (1797, 1, 8, 8) scaled to [0, 1] and labels (1797,) in file order."""
    with gzip.open(resource_path("data", "digits.csv.gz"), "rt", encoding="ascii") as f:
        table = np.loadtxt(f, delimiter=",")
    return (table[:, :64] / 16.0).reshape(-1, 1, 8, 8), table[:, 64].astype(np.int64)


def _digits(n: int, rng: Generator) -> tuple[Array, Array]:
    x, t = load_digits()
    take = rng.permutation(len(x))[: min(n, len(x))]
    return x[take], t[take]


def _halves(n: int) -> Array:
    return np.arange(n) % 2


def _bars(n: int, rng: Generator) -> tuple[Array, Array]:
    size = 6
    t = _halves(n)
    where = rng.integers(0, size, n)
    x = np.zeros((n, 1, size, size))
    rows = np.arange(n)
    x[rows[t == 0], 0, where[t == 0], :] = 1.0  # horizontal: one bright row
    x[rows[t == 1], 0, :, where[t == 1]] = 1.0  # vertical: one bright column
    return x, t


_X = np.eye(5) + np.fliplr(np.eye(5))
_X[2, 2] = 1.0
_O = np.zeros((5, 5))
_O[[0, -1], 1:-1] = _O[1:-1, [0, -1]] = 1.0


def _x_or_o(n: int, rng: Generator) -> tuple[Array, Array]:
    t = _halves(n)
    shift = rng.integers(0, 3, (n, 2))
    x = np.zeros((n, 1, 7, 7))
    for shape_class, picture in ((0, _X), (1, _O)):
        for dy in range(3):
            for dx in range(3):
                pick = (t == shape_class) & (shift[:, 0] == dy) & (shift[:, 1] == dx)
                x[pick, 0, dy : dy + 5, dx : dx + 5] = picture
    return x, t


def _shifted_edge(n: int, rng: Generator) -> tuple[Array, Array]:
    size = 6
    t = _halves(n)
    column = rng.integers(1, size, n)  # the first column on the far side of the edge
    right = np.arange(size)[None, :] >= column[:, None]  # (n, W)
    rising = np.where(t[:, None] == 1, right, ~right).astype(float)
    return np.repeat(rising[:, None, None, :], size, axis=2), t


IMAGE_SETS: dict[str, ImageSetInfo] = {
    info.name: info
    for info in (
        ImageSetInfo(
            "digits",
            QT_TRANSLATE_NOOP("Datasets", "Handwritten digits 0–9, 8×8 (UCI)"),
            (1, 8, 8),
            tuple("0123456789"),
            1797,
            0.0,
            _digits,
        ),
        ImageSetInfo(
            "bars",
            QT_TRANSLATE_NOOP("Datasets", "A horizontal or a vertical bar, 6×6"),
            (1, 6, 6),
            ("horizontal", "vertical"),
            400,
            0.1,
            _bars,
        ),
        ImageSetInfo(
            "x_or_o",
            QT_TRANSLATE_NOOP("Datasets", "An X or an O, shifted in 7×7"),
            (1, 7, 7),
            ("X", "O"),
            400,
            0.1,
            _x_or_o,
        ),
        ImageSetInfo(
            "shifted_edge",
            QT_TRANSLATE_NOOP("Datasets", "A vertical edge anywhere, rising or falling, 6×6"),
            (1, 6, 6),
            ("falling", "rising"),
            400,
            0.1,
            _shifted_edge,
        ),
    )
}


MAX_SHIFT = 3
"""The largest ``test_shift``: pixels a test picture may move each way."""


def shift_pictures(x: Array, k: int, rng: Generator) -> Array:
    """Pictures x (N, C, H, W), each moved by whole pixels (dy, dx) drawn uniformly from [−k, k]
    (rows and columns apart): what moves past an edge is lost, the gap left is 0 (dark)."""
    n, _, h, w = x.shape
    offsets = rng.integers(-k, k + 1, (n, 2))
    padded = np.pad(x, ((0, 0), (0, 0), (k, k), (k, k)))
    out = np.empty_like(x)
    for i, (dy, dx) in enumerate(offsets):
        # Output row r shows input row r − dy: the padded rows start k − dy before it.
        out[i] = padded[i, :, k - dy : k - dy + h, k - dx : k - dx + w]
    return out


def make_image_dataset(name: str, samples: int | None, noise: float | None, rng: Generator) -> Dataset:
    """The named image set: x (N, 1, H, W), targets as the 2-D sets give them.

    Two classes give a column (N, 1) of 0.0/1.0 (sigmoid + bce); digits give
    class indices (N,) (softmax + cross_entropy). The images come shuffled.
    """
    info = IMAGE_SETS[name]
    n = info.default_samples if samples is None else _check_samples(samples)
    noise = info.default_noise if noise is None else _check_noise(noise)
    x, labels = info.generate(n, rng)
    if noise:
        x = x + rng.normal(0.0, noise, x.shape)
    order = rng.permutation(len(x))
    x, labels = x[order], labels[order]
    if len(info.classes) == 2:
        return Dataset(name, x, labels[:, None].astype(float), "binary", (), info.classes)
    return Dataset(name, x, labels, "multiclass", (), info.classes, ("class",))
