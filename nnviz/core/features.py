"""Input features: what the network actually sees of each point.

A network without hidden layers can only draw a straight boundary in the inputs
it is given. Feed it x1² and x2² as well and a circle becomes a straight line in
those features — the lesson TensorFlow Playground teaches with its feature
checkboxes. The same seven features are offered here:

=========  ===========  ==============================
name       shown as     column
=========  ===========  ==============================
x1         x₁           first input
x2         x₂           second input
x1^2       x₁²          first input squared
x2^2       x₂²          second input squared
x1*x2      x₁·x₂        product of the two inputs
sin(x1)    sin x₁       sine of the first input
sin(x2)    sin x₂       sine of the second input
=========  ===========  ==============================

Names may be spelt as on paper: ``x1²``, ``x₁``, ``x1·x2``, ``x1 × x2``,
``x2*x1``, ``sin x1`` all work. :func:`standardization` gives the numbers that
rescale input columns to mean 0 and standard deviation 1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

Array = np.ndarray

FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
FEATURE_LABELS = {
    "x1": "x₁",
    "x2": "x₂",
    "x1^2": "x₁²",
    "x2^2": "x₂²",
    "x1*x2": "x₁·x₂",
    "sin(x1)": "sin x₁",
    "sin(x2)": "sin x₂",
}
_MAPS = {
    "x1": lambda x: x[:, 0],
    "x2": lambda x: x[:, 1],
    "x1^2": lambda x: x[:, 0] ** 2,
    "x2^2": lambda x: x[:, 1] ** 2,
    "x1*x2": lambda x: x[:, 0] * x[:, 1],
    "sin(x1)": lambda x: np.sin(x[:, 0]),
    "sin(x2)": lambda x: np.sin(x[:, 1]),
}
_SPELLINGS = str.maketrans({"₁": "1", "₂": "2", "²": "^2", "·": "*", "×": "*", " ": ""})
_SINE = re.compile(r"sin\(?(x[12])\)?")


def canonical_feature(name: str) -> str:
    """The canonical name in :data:`FEATURES` for any accepted spelling; ``ValueError`` if none."""
    if not isinstance(name, str):
        raise ValueError(f"a feature name must be text, got {name!r}")
    key = name.strip().lower().translate(_SPELLINGS)
    sine = _SINE.fullmatch(key)
    if sine:
        key = f"sin({sine.group(1)})"
    if key == "x2*x1":
        key = "x1*x2"
    if key not in FEATURES:
        raise ValueError(f"unknown feature {name!r}; expected one of {', '.join(FEATURES)}")
    return key


def feature_names(names: Sequence[str]) -> tuple[str, ...]:
    """Canonical names for a selection; ``ValueError`` if empty, unknown or repeated."""
    if isinstance(names, str) or not names:
        raise ValueError(f"features must be a non-empty list of names from {', '.join(FEATURES)}")
    canonical = tuple(canonical_feature(n) for n in names)
    for i, name in enumerate(canonical):
        if name in canonical[:i]:
            raise ValueError(f"feature {name!r} is chosen twice")
    return canonical


def apply_features(x: Array, names: Sequence[str]) -> Array:
    """Feature matrix (N, len(names)) of float64 from raw inputs x of shape (N, 1) or (N, 2).

    Features that use x2 raise ``ValueError`` on one-dimensional inputs.
    """
    x = np.asarray(x, dtype=float)
    if x.ndim != 2 or x.shape[1] not in (1, 2):
        raise ValueError(f"features apply to inputs of shape (N, 1) or (N, 2), got {x.shape}")
    columns = []
    for name in feature_names(names):
        if "x2" in name and x.shape[1] == 1:
            raise ValueError(f"feature {name!r} needs a second input, but this data set has one (x1)")
        columns.append(_MAPS[name](x))
    return np.column_stack(columns)


def standardization(x: Array) -> tuple[Array, Array]:
    """Per-column ``(mean, std)``, each (d,), of inputs x (N, d) for ``(x − mean) / std``.

    Use the training rows only, then apply the same numbers to the test rows.
    The std is the population one (ddof = 0, as scikit-learn's StandardScaler);
    a constant column gets std 1, so it is only centred.
    """
    if len(x) == 0:
        raise ValueError("cannot standardize without any rows")
    std = x.std(axis=0)
    return x.mean(axis=0), np.where(std > 0.0, std, 1.0)
