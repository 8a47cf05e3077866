"""Named data sets, feature maps and the train/test split."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.core.data import (
    DATASETS,
    FEATURE_LABELS,
    FEATURES,
    apply_features,
    canonical_feature,
    feature_names,
    make_dataset,
    split,
    standardization,
)

CLASSIFICATION = [name for name, info in DATASETS.items() if info.kind != "regression" and info.n_classes]
GATES = ("and_gate", "or_gate", "nand_gate", "xor_gate")
TOY_2D = [n for n in CLASSIFICATION if n not in GATES]


def rng(seed: int = 0) -> np.random.Generator:
    return np.random.default_rng(seed)


def test_registry_lists_every_set_with_its_description():
    assert set(DATASETS) == {
        "circle", "xor", "gauss", "spiral", "moons", "linear", "spiral3", "blobs3",
        "and_gate", "or_gate", "nand_gate", "xor_gate", "sine", "plane", "bump",
    }  # fmt: skip
    for name, info in DATASETS.items():
        assert info.name == name and info.description
        assert info.kind in ("binary", "multiclass", "regression")
        assert info.n_inputs == (1 if name == "sine" else 2)
        assert info.n_classes == {"binary": 2, "multiclass": 3, "regression": 0}[info.kind]
        assert 4 <= info.default_samples <= 100_000 and 0.0 <= info.default_noise <= 1.0


@pytest.mark.parametrize("name", list(DATASETS))
def test_shapes_dtypes_and_names(name):
    info = DATASETS[name]
    ds = make_dataset(name, 101, 0.1, rng())
    n = 4 if name in GATES else 101
    assert ds.name == name and ds.kind == info.kind
    assert ds.x.shape == (n, info.n_inputs) and ds.x.dtype == np.float64
    assert ds.n_samples == n and ds.n_inputs == info.n_inputs
    assert ds.feature_names == ("x1", "x2")[: info.n_inputs]
    if info.kind == "multiclass":
        assert ds.t.shape == (n,) and np.issubdtype(ds.t.dtype, np.integer)
        assert ds.class_names == ("0", "1", "2")
    else:
        assert ds.t.shape == (n, 1) and ds.t.dtype == np.float64
    if info.kind == "binary":
        assert set(np.unique(ds.t)) <= {0.0, 1.0} and ds.class_names == ("0", "1")


@pytest.mark.parametrize("name", list(DATASETS))
def test_same_seed_gives_identical_arrays(name):
    a = make_dataset(name, 200, 0.2, rng(7))
    b = make_dataset(name, 200, 0.2, rng(7))
    np.testing.assert_array_equal(a.x, b.x)
    np.testing.assert_array_equal(a.t, b.t)
    if name not in GATES:
        assert not np.array_equal(a.x, make_dataset(name, 200, 0.2, rng(8)).x)


@pytest.mark.parametrize("name", TOY_2D)
@pytest.mark.parametrize("n", [200, 201])
def test_classes_are_balanced(name, n):
    counts = np.bincount(make_dataset(name, n, 0.3, rng()).t.ravel().astype(int))
    assert counts.sum() == n and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("name", [n for n in DATASETS if n not in GATES])
def test_clean_points_stay_in_the_playground_square(name):
    assert np.abs(make_dataset(name, 2000, 0.0, rng()).x).max() <= 6.0


def labels(ds) -> np.ndarray:
    return ds.t.ravel().astype(int)


@pytest.mark.parametrize("name", TOY_2D)
def test_noise_free_classes_are_separated_from_each_other(name):
    """Every point's nearest other point has the same class, so the classes never touch."""
    ds = make_dataset(name, 600, 0.0, rng(3))
    d = np.linalg.norm(ds.x[:, None, :] - ds.x[None, :, :], axis=2)
    np.fill_diagonal(d, np.inf)
    assert np.array_equal(labels(ds)[np.argmin(d, axis=1)], labels(ds))


def test_clean_circle_is_a_disc_inside_a_ring():
    ds = make_dataset("circle", 1000, 0.0, rng())
    r = np.linalg.norm(ds.x, axis=1)
    inside = labels(ds) == 1
    assert r[inside].max() <= 2.5 and 3.5 <= r[~inside].min() and r[~inside].max() <= 5.0


def test_clean_xor_is_labelled_by_quadrant():
    ds = make_dataset("xor", 1000, 0.0, rng())
    assert np.array_equal(ds.x[:, 0] * ds.x[:, 1] > 0, labels(ds) == 1)
    assert np.abs(ds.x).min() >= 0.3


def test_clean_gauss_and_linear_are_split_by_a_line():
    gauss = make_dataset("gauss", 1000, 0.0, rng())
    assert np.array_equal(gauss.x.sum(axis=1) > 0, labels(gauss) == 1)
    linear = make_dataset("linear", 1000, 0.0, rng())
    normal = np.array([-np.sin(np.pi / 6), np.cos(np.pi / 6)])
    distance = linear.x @ normal
    assert np.array_equal(distance > 0, labels(linear) == 1) and np.abs(distance).min() >= 0.5


def test_noise_jitters_points_with_sigma_three_times_noise():
    clean = make_dataset("circle", 4000, 0.0, rng())
    noisy = make_dataset("circle", 4000, 0.2, rng())
    r_clean, r_noisy = np.linalg.norm(clean.x, axis=1), np.linalg.norm(noisy.x, axis=1)
    inside = labels(noisy) == 1
    assert r_clean[labels(clean) == 1].max() <= 2.5 < r_noisy[inside].max()
    # A blob's clean spread 0.75 and the jitter 3·noise add as independent Gaussians.
    gauss = make_dataset("gauss", 8000, 0.2, rng())
    blob = gauss.x[labels(gauss) == 1]
    np.testing.assert_allclose(blob.mean(axis=0), [2.5, 2.5], atol=0.05)
    np.testing.assert_allclose(blob.std(axis=0), math.hypot(0.75, 3 * 0.2), rtol=0.03)


@pytest.mark.parametrize(
    ("name", "truth"),
    [
        ("and_gate", [0, 0, 0, 1]),
        ("or_gate", [0, 1, 1, 1]),
        ("nand_gate", [1, 1, 1, 0]),
        ("xor_gate", [0, 1, 1, 0]),
    ],
)
def test_logic_gates_follow_their_truth_tables_and_ignore_samples_and_noise(name, truth):
    ds = make_dataset(name, 1000, 0.9, rng())
    np.testing.assert_array_equal(ds.x, [[0, 0], [0, 1], [1, 0], [1, 1]])
    np.testing.assert_array_equal(ds.t, np.array(truth, dtype=float)[:, None])
    assert ds.kind == "binary"


@pytest.mark.parametrize(
    ("name", "f"),
    [
        ("sine", lambda x: np.sin(x[:, 0])),
        ("plane", lambda x: (x[:, 0] + x[:, 1]) / 12),
        ("bump", lambda x: np.exp(-(x[:, 0] ** 2 + x[:, 1] ** 2) / 8)),
    ],
)
def test_regression_targets_follow_their_formula_and_noise_is_their_sigma(name, f):
    clean = make_dataset(name, 5000, 0.0, rng())
    np.testing.assert_allclose(clean.t[:, 0], f(clean.x), atol=1e-12)
    assert np.abs(clean.x).max() <= 6.0 and np.abs(clean.x).max() > 5.9
    noisy = make_dataset(name, 5000, 0.1, rng())
    residual = noisy.t[:, 0] - f(noisy.x)
    assert residual.std() == pytest.approx(0.1, rel=0.05) and abs(residual.mean()) < 0.01


def test_three_class_sets_have_every_class():
    for name in ("spiral3", "blobs3"):
        assert np.bincount(make_dataset(name, 300, 0.1, rng()).t).tolist() == [100, 100, 100]


def test_none_takes_the_registry_defaults():
    ds = make_dataset("spiral", None, None, rng())
    again = make_dataset("spiral", DATASETS["spiral"].default_samples, DATASETS["spiral"].default_noise, rng())
    assert ds.n_samples == DATASETS["spiral"].default_samples
    np.testing.assert_array_equal(ds.x, again.x)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("donut", 100, 0.1), "unknown data set 'donut'; expected one of circle, xor"),
        (("circle", 3, 0.1), "samples must be from 4 to 100000, got 3"),
        (("circle", 100_001, 0.1), "samples must be from 4 to 100000, got 100001"),
        (("circle", 10.5, 0.1), "samples must be a whole number, got 10.5"),
        (("circle", True, 0.1), "samples must be a whole number"),
        (("circle", 100, -0.1), "noise must be from 0 to 1, got -0.1"),
        (("circle", 100, 1.5), "noise must be from 0 to 1, got 1.5"),
        (("circle", 100, math.nan), "noise must be from 0 to 1, got nan"),
        (("circle", 100, "high"), "noise must be a number from 0 to 1, got 'high'"),
    ],
)
def test_bad_arguments_raise_clear_errors(args, message):
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        make_dataset(*args, rng())


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("x1", "x1"),
        ("x₂", "x2"),
        ("x1²", "x1^2"),
        ("X2^2", "x2^2"),
        ("x1*x2", "x1*x2"),
        ("x1·x2", "x1*x2"),
        ("x1 × x2", "x1*x2"),
        ("x2*x1", "x1*x2"),
        ("sin x1", "sin(x1)"),
        ("sin(x2)", "sin(x2)"),
        (" sin x₂ ", "sin(x2)"),
    ],
)
def test_feature_spellings(spelling, canonical):
    assert canonical_feature(spelling) == canonical


def test_every_feature_has_a_display_label():
    assert tuple(FEATURE_LABELS) == FEATURES
    assert FEATURE_LABELS["x1*x2"] == "x₁·x₂" and FEATURE_LABELS["sin(x1)"] == "sin x₁"


def test_feature_values():
    x = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.0]])
    out = apply_features(x, list(FEATURES))
    expected = [[a, b, a * a, b * b, a * b, math.sin(a), math.sin(b)] for a, b in x]
    assert out.shape == (3, 7) and out.dtype == np.float64
    np.testing.assert_allclose(out, expected)
    np.testing.assert_array_equal(
        apply_features(x, ["x2·x1", "x1"]), np.column_stack([x[:, 0] * x[:, 1], x[:, 0]])
    )


def test_one_dimensional_inputs_take_x1_features_only():
    x = np.array([[0.0], [np.pi / 2]])
    np.testing.assert_allclose(
        apply_features(x, ["x1", "x1²", "sin x1"]), [[0, 0, 0], [np.pi / 2, np.pi**2 / 4, 1]]
    )
    for name in ("x2", "x2^2", "x1*x2", "sin(x2)"):
        with pytest.raises(ValueError, match="needs a second input"):
            apply_features(x, ["x1", name])


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["x3"], "unknown feature 'x3'; expected one of x1, x2, x1\\^2"),
        (["cos x1"], "unknown feature 'cos x1'"),
        ([], "non-empty list"),
        ("x1", "non-empty list"),
        (["x1", "x1"], "feature 'x1' is chosen twice"),
        (["x1^2", "x1²"], "feature 'x1\\^2' is chosen twice"),
        ([3], "must be text"),
    ],
)
def test_bad_feature_lists(names, message):
    with pytest.raises(ValueError, match=message):
        feature_names(names)
    with pytest.raises(ValueError, match=message):
        apply_features(np.zeros((2, 2)), names)


def test_features_need_one_or_two_input_columns():
    with pytest.raises(ValueError, match=r"shape \(N, 1\) or \(N, 2\), got \(2, 4\)"):
        apply_features(np.zeros((2, 4)), ["x1"])


def test_standardization_statistics():
    x = np.array([[1.0, 5.0, 2.0], [3.0, 5.0, 4.0], [5.0, 5.0, 9.0]])
    mean, std = standardization(x)
    z = (x - mean) / std
    np.testing.assert_allclose(z.mean(axis=0), 0.0, atol=1e-15)
    np.testing.assert_allclose(z.std(axis=0), [1.0, 0.0, 1.0])
    np.testing.assert_array_equal(z[:, 1], 0.0)  # a constant column is only centred
    assert std[1] == 1.0 and mean[1] == 5.0
    with pytest.raises(ValueError, match="without any rows"):
        standardization(np.zeros((0, 2)))


def numbered(n: int, k: int | None = 1) -> tuple[np.ndarray, np.ndarray]:
    """x (n, 2) with row i = (i, −i), t the index again so pairs can be checked."""
    x = np.column_stack([np.arange(n), -np.arange(n)]).astype(float)
    t = np.arange(n) if k is None else np.tile(np.arange(n)[:, None], (1, k)).astype(float)
    return x, t


def test_split_fraction_disjoint_and_paired():
    x, t = numbered(100)
    x_train, t_train, x_test, t_test = split(x, t, 0.3, rng())
    assert x_train.shape == (70, 2) and t_train.shape == (70, 1)
    assert x_test.shape == (30, 2) and t_test.shape == (30, 1)
    assert sorted(np.concatenate([x_train[:, 0], x_test[:, 0]])) == list(range(100))
    np.testing.assert_array_equal(x_train[:, 0], t_train[:, 0])
    np.testing.assert_array_equal(x_test[:, 0], t_test[:, 0])
    assert np.array_equal(x_train[:, 0], np.sort(x_train[:, 0]))  # rows keep their order
    held_out = x_test[:, 0]
    assert not (np.array_equal(held_out, np.arange(30)) or np.array_equal(held_out, np.arange(70, 100)))  # drawn


def test_split_without_test_set_keeps_every_row_in_order():
    x, t = numbered(10)
    x_train, _, x_test, _ = split(x, t, 0.0, rng())
    assert np.array_equal(x_train, x) and x_test.shape == (0, 2)


def test_split_is_deterministic():
    x, t = numbered(50)
    a, b = split(x, t, 0.5, rng(4)), split(x, t, 0.5, rng(4))
    for u, v in zip(a, b):
        np.testing.assert_array_equal(u, v)
    assert not np.array_equal(a[2], split(x, t, 0.5, rng(5))[2])


def test_split_with_zero_fraction_gives_empty_test_arrays_of_the_right_shape():
    x, t = numbered(10, k=None)
    x_train, t_train, x_test, t_test = split(x, t, 0.0, rng())
    assert x_train.shape == (10, 2) and t_train.shape == (10,)
    assert x_test.shape == (0, 2) and t_test.shape == (0,)


def test_split_keeps_one_training_sample():
    x, t = numbered(4)
    x_train, _, x_test, _ = split(x, t, 0.9, rng())
    assert len(x_train) == 1 and len(x_test) == 3


@pytest.mark.parametrize("fraction", [1.0, -0.1, 1.5, True, "0.5", math.nan])
def test_split_rejects_bad_fractions(fraction):
    x, t = numbered(10)
    with pytest.raises(ValueError, match="test_fraction must be"):
        split(x, t, fraction, rng())


def test_split_rejects_mismatched_lengths():
    x, t = numbered(10)
    with pytest.raises(ValueError, match="x has 10 samples but t has 9"):
        split(x, t[:9], 0.5, rng())


@given(n=st.integers(2, 300), fraction=st.floats(0.0, 0.99), seed=st.integers(0, 2**32 - 1))
def test_split_partitions_every_sample_once(n, fraction, seed):
    x, t = numbered(n, k=2)
    x_train, t_train, x_test, t_test = split(x, t, fraction, rng(seed))
    assert len(x_test) == min(round(n * fraction), n - 1)
    assert sorted(np.concatenate([x_train[:, 0], x_test[:, 0]]).tolist()) == list(range(n))
    np.testing.assert_array_equal(np.concatenate([x_train, x_test])[:, 0], np.concatenate([t_train, t_test])[:, 1])
