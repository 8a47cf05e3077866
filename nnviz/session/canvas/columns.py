"""How each layer of the network canvas is drawn, and where its column stands (no Qt).

A layer is a column of ``units`` (or of units around an ``ellipsis`` when wide),
an image ``grid`` (an input of one channel: one cell per pixel) or a stack of
``maps`` (a conv or pool layer, an input of several channels; see
:mod:`nnviz.session.canvas.maps`). Columns of a network with image layers stand
as far apart as their maps need; a dense network keeps its even spacing.
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.network import Network
from nnviz.session.canvas.maps import CELL_MAX, MapStack, map_stack

Array = np.ndarray
UNITS, ELLIPSIS, GRID, MAPS = "units", "ellipsis", "grid", "maps"
COLUMN_GAP = 60.0
"""Least room between the maps of one column and the next."""


def grid_shape_of(network: Network, options) -> tuple[int, int] | None:
    n = network.n_inputs
    if not options.grid_inputs:
        return None
    if len(network.input_shape) == 3:  # an image: one channel is a grid, several are maps
        return network.input_shape[1:] if network.input_shape[0] == 1 else None
    if options.input_shape is not None:
        rows, cols = options.input_shape
        return (rows, cols) if rows * cols == n else None
    side = math.isqrt(n)
    return (side, side) if n >= 64 and side * side == n else None


def column_kind(network: Network, k: int, grid_shape, options) -> str:
    """How layer ``k`` is drawn: ``grid``, ``maps``, ``ellipsis`` or ``units``."""
    if k == 0 and grid_shape is not None:
        return GRID
    shape = network.input_shape if k == 0 else network.shapes[k - 1]
    if len(shape) == 3:
        return MAPS
    return ELLIPSIS if network.sizes[k] > options.max_units else UNITS


def map_stack_of(network: Network, k: int, x: float, below) -> MapStack:
    """The maps of layer ``k`` at column ``x``; a pool layer's cells no larger than its input's."""
    shape = network.input_shape if k == 0 else network.shapes[k - 1]
    layer = network.layers[k - 1] if k else None
    kernel = layer.W.shape[1:] if layer is not None and layer.kind == "conv2d" else None
    cap = CELL_MAX
    if layer is not None and layer.kind != "conv2d" and below is not None:
        g = below
        cap = g.maps.cell if g.maps is not None else g.grid[4] if g.grid is not None else cap
    return map_stack(x, shape, kernel, min(cap, CELL_MAX))


def column_xs(network: Network, kinds: list[str], dx: float, column_height: float) -> list[float]:
    """Column centres: ``dx`` apart, or wider where feature maps stand, to leave them room."""
    if network.is_dense:
        return [k * dx for k in range(len(kinds))]
    half = []
    for k, kind in enumerate(kinds):
        if kind == MAPS:
            stack = map_stack_of(network, k, 0.0, None)
            half.append(max(-stack.left, stack.right))
        elif kind == GRID:
            half.append(min(column_height, 300.0) / 2)
        else:
            half.append(21.0)
    xs = [0.0]
    for k in range(1, len(kinds)):
        xs.append(xs[-1] + max(dx, half[k - 1] + half[k] + COLUMN_GAP))
    return xs


def unroll_lines(maps, column) -> Array:
    """(C, 4) lines from each map of ``maps`` (a grid: its one map) to where ``column`` lists its cells."""
    if maps.maps is not None:
        rects = [maps.maps.rect(c) for c in range(maps.maps.channels)]
    else:
        rows, cols, left, top, cell = maps.grid
        rects = [(left, top, cols * cell, rows * cell)]
    per_map = column.n // len(rects)
    lines = np.empty((len(rects), 4))
    for c, (left, top, w, h) in enumerate(rects):
        hit = np.flatnonzero((column.shown >= c * per_map) & (column.shown < (c + 1) * per_map))
        y = float(column.ys[hit[0]]) if len(hit) else column.ellipsis[1]
        lines[c] = (left + w, top + h / 2, column.x - column.radius, y)
    return lines


def connection_count(network: Network) -> int:
    """Connections of a network with image layers: a conv cell has one per kernel weight and its
    bias, a pool cell one per window cell, a flatten value one, a dense unit one per input and bias."""
    total = 0
    for k, layer in enumerate(network.layers, start=1):
        n = network.sizes[k]
        if layer.kind == "dense":
            total += (network.sizes[k - 1] + 1) * n
        elif layer.kind == "conv2d":
            total += n * (layer.W[0].size + 1)
        elif layer.kind in ("max_pool2d", "avg_pool2d"):
            total += n * layer.kernel[0] * layer.kernel[1]
        else:
            total += n
    return total
