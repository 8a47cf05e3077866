"""Turn an experiment's ``"data"`` object into training and test arrays.

Three sources: a named data set (generated from the seed), inline ``inputs`` and
``targets`` lists, or a CSV file (relative to the experiment file, else among
the shipped ``resources/data``). Input features (x1², x1·x2, sin x1 …) are then
applied, and the samples split into training and test sets with the seed.

Targets are then fitted to the loss: class indices (N,) for ``cross_entropy``
and ``hinge`` (from indices or one-hot rows), rows (N, K) for the others.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from nnviz.core import data as datasets
from nnviz.core.datasets import MAX_VALUE
from nnviz.core.image_datasets import IMAGE_SETS, make_image_dataset, shift_pictures
from nnviz.core.losses import CLASS_LOSSES
from nnviz.core.validate import Problems
from nnviz.resources import resource_path

Array = np.ndarray


@dataclass(frozen=True)
class ExperimentData:
    """Training and test sets after features. ``points_*`` are the raw inputs (N, d) before features."""

    x_train: Array
    t_train: Array
    x_test: Array
    t_test: Array
    points_train: Array
    points_test: Array
    features: tuple[str, ...] | None
    class_names: tuple[str, ...] | None
    kind: str
    input_names: tuple[str, ...] | None = None
    """The name of every input column (``x1``, a CSV header, a feature), or ``None`` for images."""

    @property
    def n_inputs(self) -> int:
        return self.x_train.shape[1]

    @property
    def input_shape(self) -> tuple[int, ...]:
        """One sample's shape: (features,) or, for images, (channels, height, width)."""
        return tuple(self.x_train.shape[1:])

    def map_points(self, points: Array) -> Array:
        """Apply the experiment's features to raw points (N, d), e.g. a grid for the decision boundary."""
        return points if self.features is None else datasets.apply_features(points, list(self.features))


GATE_ALIASES = {"and": "and_gate", "or": "or_gate", "nand": "nand_gate"}
"""The gates by their plain names; plain ``xor`` is the 2-D data set, its gate is ``xor_gate``."""


def load(spec: dict, rng: np.random.Generator, base_dir: Path | None, p: Problems) -> ExperimentData | None:
    """Read the data spec; problems go to ``p`` with their JSON path and ``None`` is returned."""
    class_names = None
    names = None
    key = next(k for k in ("dataset", "inputs", "csv") if k in spec)
    try:
        if key == "dataset":
            name = GATE_ALIASES.get(spec["dataset"], spec["dataset"])
            make = make_image_dataset if name in IMAGE_SETS else datasets.make_dataset
            ds = make(name, spec.get("samples"), spec.get("noise"), rng)
            points, t, kind, class_names, names = ds.x, ds.t, ds.kind, ds.class_names, ds.feature_names
        elif key == "inputs":
            points, t, kind = np.array(spec["inputs"], dtype=float), _array(spec["targets"]), "inline"
        else:
            table = datasets.load_csv(
                _find_csv(spec["csv"], base_dir),
                spec["targets"],
                False,
                spec.get("columns"),
                classes=spec.get("classes"),
                categorical=spec.get("categorical", ()),
                crosses=spec.get("crosses", ()),
            )
            points, t, kind, class_names, names = (
                table.x,
                table.t,
                table.kind,
                table.class_names,
                table.feature_names,
            )
    except ValueError as error:
        p.add(f"data.{key}", str(error))
        return None
    features = spec.get("features")
    if points.ndim == 4 and features is not None:
        p.add("data.features", "feature maps are for rows of numbers, not images")
        return None
    try:
        x = points if features is None else datasets.apply_features(points, features)
    except ValueError as error:
        p.add("data.features", str(error))
        return None
    if not _within_limits(x, features, "data.inputs" if key == "inputs" else "the data", p):
        return None
    if "test_inputs" in spec:
        pt = np.array(spec["test_inputs"], dtype=float)
        if pt.shape[1:] != points.shape[1:]:
            if points.ndim == 2 and pt.ndim == 2:
                message = f"expected {points.shape[1]} columns like data.inputs, got {pt.shape[1]}"
            else:
                message = f"expected samples of shape {points.shape[1:]} like data.inputs, got {pt.shape[1:]}"
            p.add("data.test_inputs", message)
            return None
        xt = pt if features is None else datasets.apply_features(pt, features)
        if not _within_limits(xt, features, "data.test_inputs", p):
            return None
        data = ExperimentData(
            x, t, xt, _array(spec["test_targets"]), points, pt, _tuple(features), class_names, kind
        )
    else:
        train, test = datasets.split_indices(len(x), spec.get("test_fraction", 0.0), rng)
        data = ExperimentData(
            x[train], t[train], x[test], t[test], points[train], points[test], _tuple(features), class_names, kind
        )
    if points.ndim == 2:
        data = replace(data, input_names=tuple(features) if features else names)
    if spec.get("test_shift"):
        if points.ndim != 4:
            p.add("data.test_shift", "only pictures can be shifted; this data has rows of numbers")
            return None
        moved = shift_pictures(data.x_test, int(spec["test_shift"]), rng)
        data = replace(data, x_test=moved, points_test=moved)
    if spec.get("standardize", False):
        mean, std = datasets.standardization(data.x_train)
        data = replace(data, x_train=(data.x_train - mean) / std, x_test=(data.x_test - mean) / std)
    return data


def _within_limits(x: Array, features: list[str] | None, rows: str, p: Problems) -> bool:
    """False (with a problem naming the first row and feature) if a feature is ∞ or too large.

    ``rows`` names where the rows come from (``data.inputs``), for the message.
    """
    with np.errstate(all="ignore"):
        bad = ~(np.abs(x) <= MAX_VALUE)
    if not bad.any():
        return True
    index = tuple(np.argwhere(bad)[0])
    if x.ndim != 2:  # images: name the sample and the pixel
        pixel = "".join(f"[{k}]" for k in index)
        p.add("data", f"{rows}{pixel} is {x[index]:g}; input values are at most {MAX_VALUE:g} in size")
        return False
    i, j = index
    name = features[j] if features is not None else f"column {j}"
    p.add(
        "data.features" if features is not None else "data",
        f'"{name}" of {rows}[{i}] is {x[i, j]:g}; input values are at most {MAX_VALUE:g} in size '
        "(rescale the data or choose other features)",
    )
    return False


def _tuple(features):
    return None if features is None else tuple(features)


def _array(values) -> Array:
    return np.array(values, dtype=float)


def _find_csv(name: str, base_dir: Path | None) -> Path:
    """Relative to the experiment file, else the working folder, else the shipped ``resources/data``."""
    path = Path(name)
    for candidate in ([] if base_dir is None or path.is_absolute() else [base_dir / path]) + [path]:
        if candidate.exists():  # a folder, device or pipe is refused, with its name, when read
            return candidate
    shipped = resource_path("data", path.name)
    if shipped.is_file():
        return shipped
    raise ValueError(f"no such CSV file: {name}")


def fit_targets(data: ExperimentData, loss_name: str, n_outputs: int, p: Problems) -> ExperimentData | None:
    """Targets as class indices (N,) for class losses, else rows (N, n_outputs); problems to ``p``."""
    out = {}
    for key in ("t_train", "t_test"):
        t = getattr(data, key)
        fitted = _fit(t, loss_name, n_outputs, p)
        if fitted is None:
            return None
        out[key] = fitted
    return replace(data, **out)


def _fit(t: Array, loss_name: str, n_outputs: int, p: Problems) -> Array | None:
    if len(t) == 0:
        return np.zeros(0, dtype=np.int64) if loss_name in CLASS_LOSSES else np.zeros((0, n_outputs))
    if loss_name in CLASS_LOSSES:
        if t.ndim == 2 and t.shape[1] == n_outputs and n_outputs > 1:
            if not np.all((t == 0) | (t == 1)) or not np.all(t.sum(axis=1) == 1):
                p.add("data.targets", "one-hot target rows must hold a single 1 and zeros")
                return None
            return np.argmax(t, axis=1)
        flat = t.reshape(len(t), -1)
        if flat.shape[1] != 1:
            p.add(
                "data.targets",
                f"expected class indices or one-hot rows of {n_outputs}, got {flat.shape[1]} columns",
            )
            return None
        flat = flat[:, 0]
        if not np.all(flat == np.round(flat)) or flat.min(initial=0) < 0 or flat.max(initial=0) >= n_outputs:
            p.add(
                "data.targets",
                f"class indices must be whole numbers 0…{n_outputs - 1} (one output unit per class)",
            )
            return None
        return flat.astype(np.int64)
    if t.ndim == 1:
        is_classes = np.issubdtype(t.dtype, np.integer)
        t = np.eye(n_outputs)[t] if is_classes and n_outputs > 1 else t.reshape(-1, 1).astype(float)
    if t.shape[1] != n_outputs:
        p.add(
            "data.targets", f"the output layer has {n_outputs} unit(s) but the targets have {t.shape[1]} column(s)"
        )
        return None
    if loss_name == "bce" and (t.min(initial=0) < 0 or t.max(initial=0) > 1):
        p.add("data.targets", "bce targets must lie in [0, 1]")
        return None
    return t.astype(float)
