"""Landscapes over a plane through parameter space: random filter-normalised directions, the
principal components of the path, and the line from the path's start to now."""

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.landscape_plane import (
    Plane,
    _flat,
    _plane_by_points,
    _unflat,
    coordinates_in,
    line_plane,
    pca_plane,
    plane_landscape,
    point,
    random_plane,
)

SPIRAL = {
    "nnviz": 1,
    "seed": 4,
    "data": {"dataset": "spiral", "samples": 500, "noise": 0.1, "test_fraction": 0.5},
    "network": {
        "layers": [*({"units": 8, "activation": "tanh"} for _ in range(6)), {"units": 1, "activation": "sigmoid"}]
    },
    "loss": {"name": "bce"},
    "regularization": {"kind": "l2", "lambda": 0.001},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 10,
}


def before(trace):
    """The parameters the trace's forward pass used."""
    return [p for layer in trace.layers if layer.W_before is not None for p in (layer.W_before, layer.b_before)]


def run(iterations=6, changes=None):
    """The experiment, its path (the parameters at the start of every iteration) and the last trace."""
    experiment = Experiment({**SPIRAL, **(changes or {})})
    path = []
    for _ in range(iterations):
        path.append(list(experiment.network.parameters()))
        trace = experiment.trainer.step()
    return experiment, path, trace


def test_random_directions_are_filter_normalised_and_leave_biases_alone():
    experiment, _, _ = run(1)
    params = list(experiment.network.parameters())
    plane = random_plane(params, seed=3)
    for direction in plane.directions:
        for i, (p, d) in enumerate(zip(params, direction)):
            if i % 2:
                assert not d.any()
            else:
                np.testing.assert_allclose(np.linalg.norm(d, axis=1), np.linalg.norm(p, axis=1), rtol=1e-12)
    again = random_plane(params, seed=3)
    assert all(
        np.array_equal(a, b) for a, b in zip(_flat(plane.directions[0])[None], _flat(again.directions[0])[None])
    )
    assert not np.array_equal(_flat(plane.directions[0]), _flat(random_plane(params, seed=4).directions[0]))


def test_principal_components_are_orthonormal_and_a_flat_path_projects_onto_itself():
    experiment, _, _ = run(1)
    current = list(experiment.network.parameters())
    rng = np.random.default_rng(0)
    u, v = rng.standard_normal((2, _flat(current).size))
    coefficients = rng.standard_normal((9, 2)) * [3.0, 1.0]
    path = [
        [p + a * du + b * dv for p, du, dv in zip(current, *(_unflat(w, current) for w in (u, v)))]
        for a, b in coefficients
    ]
    plane = pca_plane(path, current)
    d1, d2 = (_flat(d) for d in plane.directions)
    assert d1 @ d2 == pytest.approx(0.0, abs=1e-12)
    assert np.linalg.norm(d1) == pytest.approx(1.0) and np.linalg.norm(d2) == pytest.approx(1.0)
    assert plane.explained[0] >= plane.explained[1] > 0 and sum(plane.explained) == pytest.approx(1.0)
    route = coordinates_in(plane, np.array([_flat(p) for p in path]) - _flat(current))
    for (alpha, beta), snapshot in zip(route, path):
        np.testing.assert_allclose(_flat(point(current, plane, alpha, beta)), _flat(snapshot), atol=1e-10)


def test_the_line_puts_the_start_at_one_and_a_perpendicular_of_the_same_length_beside_it():
    experiment, path, _ = run(6)
    current = list(experiment.network.parameters())
    plane = line_plane(path[0], current)
    d1, d2 = (_flat(d) for d in plane.directions)
    assert d1 @ d2 == pytest.approx(0.0, abs=1e-9 * (d1 @ d1))
    assert np.linalg.norm(d2) == pytest.approx(np.linalg.norm(d1))
    start, now = coordinates_in(plane, np.array([_flat(path[0]), _flat(current)]) - _flat(current))
    np.testing.assert_allclose(start, [1.0, 0.0], atol=1e-12)
    np.testing.assert_allclose(now, [0.0, 0.0], atol=1e-12)


@pytest.mark.parametrize("kind", ["random", "pca", "line"])
def test_the_centre_is_the_traces_loss_and_the_arrow_the_surfaces_slope(kind):
    experiment, path, trace = run(6)
    trainer, params = experiment.trainer, before(trace)
    plane = {
        "random": lambda: random_plane(params),
        "pca": lambda: pca_plane(path, params),
        "line": lambda: line_plane(path[0], params),
    }[kind]()
    args = (experiment.network, trainer.loss, trainer.regularizer, trace.x, trace.t, params, plane)
    scape = plane_landscape(*args, learning_rate=0.3, n=5, path=path)
    assert scape.view == kind and scape.projected
    assert scape.loss[2, 2] == pytest.approx(trace.loss_total, rel=1e-12)
    assert scape.center_loss == pytest.approx(trace.loss_total, rel=1e-12)
    assert scape.path.shape == (6, 2) and scape.path_loss[-1] == pytest.approx(trace.loss_total, rel=1e-12)
    h = 1e-5
    near = plane_landscape(*args, learning_rate=0.3, n=3, half_width=(h, h))
    slope = [(near.loss[1, 2] - near.loss[1, 0]) / (2 * h), (near.loss[2, 1] - near.loss[0, 1]) / (2 * h)]
    np.testing.assert_allclose(near.gradient, slope, rtol=1e-4, atol=1e-8)
    if kind == "pca":  # orthonormal directions: the step's coordinates are −η times the slope
        np.testing.assert_allclose(scape.step, -0.3 * scape.gradient, rtol=1e-9, atol=1e-15)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {
            "data": {"dataset": "spiral3", "samples": 60},
            "network": {"layers": [{"units": 5, "activation": "relu"}, {"units": 3, "activation": "softmax"}]},
            "loss": {"name": "cross_entropy"},
            "regularization": {"kind": "l1", "lambda": 0.01},
        },
        {
            "data": {"dataset": "sine", "samples": 40},
            "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "identity"}]},
            "loss": {"name": "mse"},
            "regularization": {"kind": "none"},
        },
    ],
)
def test_the_batched_plane_is_the_point_by_point_one(changes):
    experiment, _, trace = run(4, changes)
    trainer, params = experiment.trainer, before(trace)
    x, t = experiment.data.x_train, experiment.data.t_train
    plane = random_plane(params, seed=1)
    scape = plane_landscape(
        experiment.network, trainer.loss, trainer.regularizer, x, t, params, plane, learning_rate=0.3, n=7
    )
    gx, gy = np.meshgrid(scape.xs, scape.ys)
    slow = _plane_by_points(
        experiment.network, trainer.loss, trainer.regularizer, x, t, params, plane, gx.ravel(), gy.ravel()
    )
    np.testing.assert_allclose(scape.loss, slow.reshape(7, 7), rtol=1e-11, atol=1e-14)


def test_a_path_too_short_or_standing_still_is_named():
    experiment, path, _ = run(2)
    current = list(experiment.network.parameters())
    with pytest.raises(ValueError, match="at least 3 points"):
        pca_plane(path, current)
    with pytest.raises(ValueError, match="not moved"):
        line_plane(current, current)
    assert isinstance(random_plane(current), Plane)


def test_zoom_scales_the_usual_range():
    experiment, _, trace = run(6)
    trainer, params = experiment.trainer, before(trace)
    plane = random_plane(params)
    args = (experiment.network, trainer.loss, trainer.regularizer, trace.x, trace.t, params, plane)
    usual = plane_landscape(*args, learning_rate=0.3, n=5)
    wide = plane_landscape(*args, learning_rate=0.3, n=5, zoom=2.5)
    assert usual.xs[-1] == 1.0 and wide.xs[-1] == 2.5 and wide.ys[0] == -2.5


def test_a_wide_networks_plane_forms_its_grid_points_weights_a_block_at_a_time(monkeypatch):
    """Found by fuzzing: every grid point's weights were formed at once, 1 681 copies of the
    network (13 GiB for a 2-1024-1024-1 network: a MemoryError, exit 1). A 2-256-256-1 network's
    41² copies would be 0.9 GB; a block now holds at most BLOCK_NUMBERS of them, and small blocks
    give the same surface."""
    import tracemalloc

    import nnviz.core.landscape_plane as landscape_plane

    wide = {"layers": [{"units": 256, "activation": "tanh"}] * 2 + [{"units": 1, "activation": "sigmoid"}]}
    experiment, _, trace = run(1, {"network": wide, "batch_size": 4})
    trainer, params = experiment.trainer, before(trace)
    x, t = trace.x, trace.t
    plane = random_plane(params, seed=1)

    def scape(n):
        return plane_landscape(
            experiment.network, trainer.loss, trainer.regularizer, x, t, params, plane, learning_rate=0.3, n=n
        )

    tracemalloc.start()
    try:
        scape(41)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 8 * landscape_plane.BLOCK_NUMBERS
    whole = scape(5).loss
    monkeypatch.setattr(landscape_plane, "BLOCK_NUMBERS", 1)  # one grid point per block
    np.testing.assert_array_equal(scape(5).loss, whole)
