"""Layout of the network canvas: units, bias units and edges for several shapes."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import network

from nnviz.qt.network_canvas import NetworkCanvas, StaticSource
from nnviz.session.canvas.layout import ELLIPSIS, GRID, UNITS, LayoutOptions, build_layout


def expected_edges(sizes: list[int]) -> int:
    return sum((sizes[k - 1] + 1) * sizes[k] for k in range(1, len(sizes)))


@pytest.mark.parametrize(
    "sizes",
    [
        [1, 1],
        [2, 3, 1],
        [2, 4, 2, 1],
        [3, 16, 16, 2],
        [2, 8, 8, 8, 8, 8, 8, 1],
        [4, 16, 16, 16, 16, 16, 16, 16, 3],
    ],
)
def test_small_shapes_draw_every_unit_and_edge(sizes):
    layout = build_layout(network(sizes))
    assert layout.unit_count == sum(sizes)
    assert layout.drawn_unit_count == sum(sizes)
    assert layout.edge_count == expected_edges(sizes)
    assert layout.drawn_edge_count == expected_edges(sizes)
    # A bias unit tops every layer but the output layer.
    assert [g.bias is not None for g in layout.layers] == [True] * (len(sizes) - 1) + [False]
    assert layout.bias_count == len(sizes) - 1
    assert all(g.kind == UNITS for g in layout.layers)


@pytest.mark.parametrize("sizes", [[2, 3, 1], [3, 5, 4, 2]])
def test_every_unit_of_a_layer_is_fed_by_every_unit_below_and_the_bias(sizes):
    layout = build_layout(network(sizes))
    for k in range(1, len(sizes)):
        for j in range(sizes[k]):
            sources = sorted(layout.edge_source[layout.edges_into(k, j)].tolist())
            assert sources == [*range(sizes[k - 1]), sizes[k - 1]]  # the bias: column fan_in
            assert set(layout.edge_layer[layout.edges_into(k, j)].tolist()) == {k}
    assert not np.any(layout.edge_layer == 0)


def test_edges_run_from_the_source_unit_to_the_target_unit():
    layout = build_layout(network([2, 3, 1]))
    for i in range(layout.drawn_edge_count):
        k, j, s = layout.edge_layer[i], layout.edge_unit[i], layout.edge_source[i]
        x0, y0, x1, y1 = layout.lines[i]
        src = layout.layers[k - 1].position(s)
        dst = layout.layers[k].position(j)
        assert (y0, y1) == pytest.approx((src[1], dst[1]))
        assert x0 < x1
        assert x0 == pytest.approx(src[0] + layout.layers[k - 1].radius)
        assert x1 == pytest.approx(dst[0] - layout.layers[k].radius)


def test_layers_stand_left_to_right_with_captions():
    net = network([2, 4, 2, 1])
    layout = build_layout(net)
    xs = [g.x for g in layout.layers]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert [g.caption for g in layout.layers] == [
        "input · 2",
        "hidden 1 · tanh · 4",
        "hidden 2 · tanh · 2",
        "output · sigmoid · 1",
    ]


def test_wide_layers_show_first_and_last_units_around_an_ellipsis():
    layout = build_layout(network([50, 40, 2]), LayoutOptions(max_units=32, head=6))
    first, hidden, out = layout.layers
    assert first.kind == ELLIPSIS and hidden.kind == ELLIPSIS and out.kind == UNITS
    assert first.shown.tolist() == [0, 1, 2, 3, 4, 5, 44, 45, 46, 47, 48, 49]
    assert hidden.shown.tolist() == [*range(6), *range(34, 40)]
    assert first.ellipsis is not None
    assert layout.unit_count == 92
    assert layout.drawn_unit_count == 12 + 12 + 2
    assert layout.edge_count == 51 * 40 + 41 * 2
    assert layout.drawn_edge_count == 13 * 12 + 13 * 2


def test_a_square_image_input_is_a_grid_with_one_bundle_edge_per_unit():
    net = network([784, 32, 10], hidden="relu", out="softmax")
    layout = build_layout(net)
    grid = layout.layers[0]
    assert grid.kind == GRID and grid.grid[:2] == (28, 28)
    assert grid.caption == "input · 28×28 · 784"
    assert layout.edge_count == 785 * 32 + 33 * 10 > 25_000
    # Layer 1: a bundle and a bias edge per unit; layer 2: every edge.
    assert layout.drawn_edge_count == 2 * 32 + 33 * 10
    into_1 = layout.edges_into(1, 0)
    assert sorted(layout.edge_source[into_1].tolist()) == [784, 785]  # the bias, then the bundle
    assert [layout.is_bundle(int(i)) for i in into_1] == [True, False]
    assert layout.unit_at(*grid_cell_center(grid, 3, 5)) == (0, 3 * 28 + 5)


def grid_cell_center(grid, row: int, col: int) -> tuple[float, float]:
    _rows, _cols, left, top, cell = grid.grid
    return left + (col + 0.5) * cell, top + (row + 0.5) * cell


def test_grid_can_be_turned_off_or_given_a_shape():
    net = network([784, 10], out="softmax")
    assert build_layout(net, LayoutOptions(grid_inputs=False)).layers[0].kind == ELLIPSIS
    assert build_layout(net, LayoutOptions(input_shape=(14, 56))).layers[0].grid[:2] == (14, 56)


def test_hit_testing_finds_units_bias_units_and_edges():
    layout = build_layout(network([2, 3, 1]))
    g = layout.layers[1]
    assert layout.unit_at(float(g.xs[2]), float(g.ys[2])) == (1, 2)
    assert layout.unit_at(*g.bias) == (1, 3)  # the bias unit: unit n of its layer
    assert layout.is_bias(1, 3) and not layout.is_bias(1, 2)
    assert layout.layers[2].bias is None
    i = int(layout.edges_into(2, 0)[1])
    x0, y0, x1, y1 = layout.lines[i]
    assert layout.edge_at((x0 + x1) / 2, (y0 + y1) / 2, 2.0) == i
    assert layout.edge_at(x0 - 500, y0 - 500, 2.0) is None


@pytest.mark.parametrize("sizes", [[2, 3, 1], [784, 32, 10], [3, 16, 16, 16, 16, 16, 16, 16, 2]])
def test_canvas_draws_the_layout(qtbot, sizes):
    net = network(sizes, out="softmax" if sizes[-1] > 1 else "sigmoid")
    canvas = NetworkCanvas(StaticSource(net))
    qtbot.addWidget(canvas)
    layout = canvas.layout
    assert layout.edge_count == expected_edges(sizes)
    assert len(canvas.picture.edges) + len(canvas.picture.focus) == layout.drawn_edge_count
    drawn_circles = sum(len(g.shown) for g in layout.layers if g.kind != GRID)
    assert len(canvas.picture.units) == drawn_circles
