"""The numbers the plots draw, without Qt (:mod:`nnviz.session.plot_values`)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.experiment import Experiment
from nnviz.session.plot_values import (
    GridForward,
    chunk_points,
    peak_points,
    plane_grid,
    smooth_log,
    smooth_mean,
    visible_outputs,
)
from nnviz.session.workspace import Workspace


def test_smooth_log_is_a_running_geometric_mean():
    y = np.array([1.0, 100.0, 1.0, 100.0, 0.0])
    s = smooth_log(y, 3)
    assert s[1] == pytest.approx(10 ** ((0 + 2 + 0) / 3))
    assert s[4] == pytest.approx(100.0)  # the zero is skipped, not averaged in


def test_smooth_mean_is_a_running_mean_that_skips_nan():
    y = np.array([0.0, 0.6, np.nan, 0.3, np.nan, np.nan, np.nan])
    s = smooth_mean(y, 3)
    assert s[1] == pytest.approx(0.3) and s[2] == pytest.approx(0.45) and s[3] == pytest.approx(0.3)
    assert np.isnan(s[5]) and np.isnan(s[6])


def test_a_pass_in_several_blocks_matches_the_exact_outputs():
    """Wide layers split the grid into blocks (one BLAS thread each); every block, softmax rows
    included, agrees with the float64 forward pass."""
    layers = [{"units": 32, "activation": "tanh"}, {"units": 32, "activation": "relu"}]
    spec = {
        "nnviz": 1,
        "seed": 3,
        "data": {"dataset": "spiral3", "samples": 120, "test_fraction": 0.25, "standardize": False},
        "network": {"inputs": 2, "layers": [*layers, {"units": 3, "activation": "softmax"}]},
        "loss": {"name": "cross_entropy"},
        "optimizer": {"name": "sgd", "learning_rate": 0.5},
        "batch_size": 10,
    }
    ws = Workspace(Experiment(spec))
    ws.run(3)
    points = plane_grid(ws.experiment.data.points_train, 30).points
    assert chunk_points([(32, 32)]) < len(points) / 3
    forward = GridForward(points)
    layers = forward.layers(ws.stepper)
    assert [a.shape for a in layers] == [(2, 900), (32, 900), (32, 900), (3, 900)]
    np.testing.assert_allclose(layers[-1].T, visible_outputs(ws.stepper, points), atol=1e-5)


@given(
    st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64), min_size=0, max_size=400),
    st.integers(min_value=0, max_value=60),
)
@settings(max_examples=300, deadline=None)
def test_peak_points_keep_each_stretchs_extremes_in_order(values, runs):
    """The thinned curve spans, stretch by stretch, what the whole one spans, and keeps x order."""
    y = np.array(values, dtype=float)
    x = np.arange(len(y), dtype=float) * 3.0
    px, py = peak_points(x, y, runs)
    assert np.all(np.diff(px) >= 0)
    if runs < 1 or len(y) <= 2 * runs:
        assert px is x and np.array_equal(py, y, equal_nan=True)
        return
    assert len(px) <= 2 * runs + -(-len(y) // runs)
    kept = np.isin(x, px)
    assert kept[-1]  # the newest point is always drawn
    size = -(-len(y) // runs)
    for start in range(0, len(y) // size * size, size):
        stretch, shown = y[start : start + size], py[(px >= x[start]) & (px < x[start] + 3.0 * size)]
        finite = stretch[~np.isnan(stretch)]
        if len(finite):
            assert np.nanmin(shown) == finite.min() and np.nanmax(shown) == finite.max()
    assert np.array_equal(py, y[np.isin(x, px)], equal_nan=True)  # values of real points, none made up
