"""Data for an experiment: make or load it, pick features, split off a test set.

The pieces live in three modules, re-exported here so callers need one import:

- :mod:`nnviz.core.datasets`: the named toy sets (:data:`DATASETS`, :func:`make_dataset`);
- :mod:`nnviz.core.features`: feature maps x1², x1·x2, sin x1 … and standardization;
- :mod:`nnviz.core.csv_data`: CSV import (:func:`load_csv`, :class:`DataError`).

This module adds :func:`split`, which holds out a test set. A test set shows
whether the network learned the pattern or only memorised its training points.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.csv_data import DataError, load_csv
from nnviz.core.datasets import DATASETS, Dataset, DatasetInfo, make_dataset
from nnviz.core.features import (
    FEATURE_LABELS,
    FEATURES,
    apply_features,
    canonical_feature,
    feature_names,
    standardization,
)

__all__ = [
    "DATASETS",
    "FEATURES",
    "FEATURE_LABELS",
    "DataError",
    "Dataset",
    "DatasetInfo",
    "apply_features",
    "canonical_feature",
    "feature_names",
    "load_csv",
    "make_dataset",
    "split",
    "split_indices",
    "standardization",
]

Array = np.ndarray


def split_indices(n: int, test_fraction: float, rng: np.random.Generator) -> tuple[Array, Array]:
    """Training and test row indices for N samples, each in increasing order.

    round(N·test_fraction) samples, drawn with ``rng``, form the test set; at
    least one sample always stays for training. With ``test_fraction`` 0 nothing
    is drawn and the training set keeps every row in its order.
    """
    if isinstance(test_fraction, bool) or not isinstance(test_fraction, (int, float, np.floating)):
        raise ValueError(f"test_fraction must be a number from 0 up to (not including) 1, got {test_fraction!r}")
    if not 0.0 <= test_fraction < 1.0:
        raise ValueError(f"test_fraction must be from 0 up to (not including) 1, got {test_fraction}")
    n_test = min(round(n * test_fraction), n - 1)
    if n_test <= 0:
        return np.arange(n), np.arange(0)
    order = rng.permutation(n)
    return np.sort(order[n_test:]), np.sort(order[:n_test])


def split(x: Array, t: Array, test_fraction: float, rng: np.random.Generator) -> tuple[Array, Array, Array, Array]:
    """``(x_train, t_train, x_test, t_test)`` split by :func:`split_indices`.

    x is (N, d); t is (N,) or (N, k). The two parts are disjoint and together
    all N rows; ``test_fraction`` 0 gives an empty test set of shape (0, d) and
    (0,) or (0, k). A test set shows whether the network learned the pattern or
    only memorised its training points.
    """
    if len(x) != len(t):
        raise ValueError(f"x has {len(x)} samples but t has {len(t)}")
    train, test = split_indices(len(x), test_fraction, rng)
    return x[train], t[train], x[test], t[test]
