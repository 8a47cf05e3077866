"""Unit heatmaps over the plane of two inputs: one batched forward pass, same numbers as predict."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.heatmaps import data_extent, grid_points, unit_heatmaps
from nnviz.core.layers import Dense
from nnviz.core.network import Network


def make_network(seed: int = 0) -> Network:
    rng = np.random.default_rng(seed)
    return Network(
        2,
        [
            Dense(rng.normal(size=(4, 2)), rng.normal(size=4), get_activation("tanh")),
            Dense(rng.normal(size=(2, 4)), rng.normal(size=2), get_activation("relu")),
            Dense(rng.normal(size=(1, 2)), rng.normal(size=1), get_activation("sigmoid")),
        ],
    )


def test_grid_runs_left_to_right_and_top_to_bottom():
    pts = grid_points((-1.0, 1.0, 0.0, 2.0), 3).reshape(3, 3, 2)
    np.testing.assert_allclose(pts[0, :, 0], [-1.0, 0.0, 1.0])  # x₁ grows to the right
    np.testing.assert_allclose(pts[:, 0, 1], [2.0, 1.0, 0.0])  # x₂ is largest at the top


def test_one_map_per_unit_with_the_networks_values():
    net = make_network()
    maps = unit_heatmaps(net, extent=(-2.0, 2.0, -1.0, 3.0), resolution=9)
    assert [m.shape for m in maps] == [(2, 9, 9), (4, 9, 9), (2, 9, 9), (1, 9, 9)]
    pts = grid_points((-2.0, 2.0, -1.0, 3.0), 9)
    np.testing.assert_allclose(maps[0][0].ravel(), pts[:, 0])
    np.testing.assert_allclose(maps[0][1].ravel(), pts[:, 1])
    np.testing.assert_allclose(maps[-1][0].ravel(), net.predict(pts)[:, 0])
    for k, (_, a) in enumerate(net.forward_all(pts), start=1):
        np.testing.assert_allclose(maps[k].reshape(a.shape[1], -1).T, a)


def test_parameters_can_be_given():
    net = make_network()
    other = make_network(seed=1)
    maps = unit_heatmaps(net, resolution=5, params=[(layer.W, layer.b) for layer in other.layers])
    np.testing.assert_allclose(maps[-1], unit_heatmaps(other, resolution=5)[-1])


def test_bad_input():
    net = Network(3, [Dense(np.ones((1, 3)), np.zeros(1), get_activation("sigmoid"))])
    with pytest.raises(ValueError, match="2 inputs"):
        unit_heatmaps(net)
    with pytest.raises(ValueError, match="min < max"):
        grid_points((1.0, 1.0, 0.0, 1.0), 4)
    with pytest.raises(ValueError, match="resolution"):
        grid_points((0.0, 1.0, 0.0, 1.0), 1)
    with pytest.raises(ValueError, match="parameters for 3 layers"):
        unit_heatmaps(make_network(), params=[])


def test_data_extent_has_a_margin():
    x = np.array([[0.0, -1.0], [2.0, 1.0]])
    assert data_extent(x, margin=0.5) == pytest.approx((-1.0, 3.0, -2.0, 2.0))
