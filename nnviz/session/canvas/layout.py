"""Where everything of the network canvas goes: plain NumPy geometry, no Qt.

Layers stand in columns from left (input, layer 0) to right (output, layer L).
Every layer but the output has a bias unit ``+1`` above its top unit, and an
edge runs from every unit of layer k−1, bias included, to every unit of layer k.

Wide layers are drawn compactly so the picture stays legible and fast:

- a layer of more than ``max_units`` units shows its first and last ``head``
  units around an ellipsis slot (``⋮``); only edges between drawn units are drawn;
- a square input layer of at least 64 units (or one with ``input_shape``) is an
  *image grid*: one cell per input, and one *bundle* edge per unit of layer 1
  stands for that unit's whole row of weights.

Coordinates are scene units (pixels at zoom 1), y pointing down. Edge arrays are
flat over all layers, in the order the painter batches them. An edge's
``source`` is its column in the layer's ``[W | b | bundle]``: the unit index in
layer k−1, ``n_{k−1}`` (the layer's fan-in) for the bias unit — the one bias
encoding of :mod:`nnviz.session.selection` — or ``n_{k−1} + 1`` for a grid's
bundle. The bias unit of layer k is likewise unit ``n_k`` of that layer.
The room around the columns (captions, callout strip, loss box, legend) is :mod:`.margins`'s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from nnviz.core.network import Network
from nnviz.session.canvas.columns import (
    ELLIPSIS,
    GRID,
    MAPS,
    UNITS,
    column_kind,
    column_xs,
    connection_count,
    grid_shape_of,
    map_stack_of,
    unroll_lines,
)
from nnviz.session.canvas.maps import MapStack, layer_caption
from nnviz.session.canvas.margins import CALLOUT_WIDTH, place_margins

Array = np.ndarray
__all__ = ["ELLIPSIS", "GRID", "MAPS", "UNITS", "LayerGeometry", "Layout", "LayoutOptions", "build_layout"]


@dataclass(frozen=True)
class LayoutOptions:
    """How compactly to draw: the widest layer drawn in full, the units kept around an ellipsis."""

    max_units: int = 32
    head: int = 6
    grid_inputs: bool = True
    input_shape: tuple[int, int] | None = None
    """(rows, cols) of an image input; default: the square root of a square input count."""
    text_scale: float = 1.0
    """The theme's ``font_scale``: room for larger captions, legend and value boxes."""
    label_scale: float = 1.0
    """A further factor on the layer captions and the legend alone, which the canvas sets above 1
    when the picture is fitted into a view so small that they would come out unreadable
    (:func:`nnviz.session.canvas.label_scale.choose_label_scale`)."""
    legend_stacked: bool | None = None
    """Legend titles on lines of their own (narrow, tall) or beside their rows; ``None``: stacked in large type."""
    spread: float = 1.0
    """The gaps between the columns × this (≥ 1): a wide view's canvas spreads the network across it."""


@dataclass
class LayerGeometry:
    """One column. ``shown`` are the drawn unit indices with their centres ``xs``, ``ys``."""

    index: int
    n: int
    kind: str
    x: float
    shown: Array
    xs: Array
    ys: Array
    radius: float
    caption: str
    caption_dy: float = 0.0
    """How far above the row of captions this layer's caption sits: every other caption is raised
    by a line when neighbouring captions would run into each other."""
    bias: tuple[float, float] | None = None
    ellipsis: tuple[float, float] | None = None
    grid: tuple[int, int, float, float, float] | None = None
    """(rows, cols, left, top, cell) of an image grid."""
    maps: MapStack | None = None
    """The feature maps of a conv or pool layer (kind ``maps``), or of an input of several channels."""
    unroll: Array | None = None
    """(C, 4) lines ``x0, y0, x1, y1`` from each map of the layer below to where a flatten layer
    lists its cells (its first drawn unit of that map, or the ellipsis)."""

    @property
    def half_width(self) -> float:
        """Half the column's width around ``x`` (kernels included)."""
        if self.maps is not None:
            return max(self.x - self.maps.left, self.maps.right - self.x)
        return self.grid[1] * self.grid[4] / 2 if self.grid is not None else self.radius

    @property
    def top(self) -> float:
        if self.maps is not None:
            return self.maps.top if self.bias is None else min(self.maps.top, self.bias[1] - self.radius)
        if self.grid is not None:
            top = self.grid[3]
        else:
            top = float(self.ys.min()) - self.radius
        return top if self.bias is None else min(top, self.bias[1] - self.radius)

    @property
    def bottom(self) -> float:
        if self.grid is not None:
            # Room for the image of a unit's incoming weights under the grid.
            return self.grid[3] + self.grid[0] * self.grid[4] * 1.55 + 44
        if self.maps is not None:
            return self.maps.bottom
        return float(self.ys.max()) + self.radius

    def position(self, unit: int) -> tuple[float, float] | None:
        """Centre of ``unit`` (of the bias unit for ``unit == n``), ``None`` if not drawn."""
        if unit == self.n:
            return self.bias
        if self.maps is not None:
            return None
        hit = np.flatnonzero(self.shown == unit)
        return None if len(hit) == 0 else (float(self.xs[hit[0]]), float(self.ys[hit[0]]))


@dataclass
class Layout:
    """Geometry of a whole network: columns, flat edge arrays and the picture's bounds."""

    sizes: list[int]
    layers: list[LayerGeometry]
    edge_layer: Array
    edge_unit: Array
    edge_source: Array
    lines: Array
    """(E, 4) float64 rows ``x0, y0, x1, y1``, laid out as ``QLineF`` for the painter."""
    edge_width_scale: Array
    """(E,) per-edge factor on the drawn width: thinner where many edges converge."""
    edge_gather: Array
    """(E,) index of each edge's value in the flattened per-layer edge matrices."""
    matrix_offsets: list[int]
    caption_y: float
    bounds: tuple[float, float, float, float]
    """(left, top, width, height) of the whole picture, legend included."""
    legend_top: float
    legend_stacked: bool = False
    """Large type (presentation): each legend title on a line of its own, to keep the legend narrow."""
    label_scale: float = 1.0
    """:attr:`LayoutOptions.label_scale`: the captions and the legend are drawn this much larger."""
    callout_y: float | None = None
    """Top of the strip under the columns kept for the cursor's callout when the columns stand too
    close for it (large type); ``None`` when it fits beside its unit."""
    class_outputs: int = 0
    """Classes the output units give probabilities of (softmax: its units; one sigmoid: 2), drawn in
    the classes' colours with a legend row of their own; 0 for any other output."""
    by_unit: dict[tuple[int, int], Array] = field(default_factory=dict)
    connections: int | None = None
    """:attr:`edge_count` of a network with image layers (``None``: dense, counted from the sizes)."""
    units: dict[str, Array] = field(default_factory=dict)
    """Drawn units outside image grids, flat: ``layer``, ``unit``, ``x``, ``y``, ``r`` and ``flat``
    (the unit's index in the concatenation of all layers' units)."""

    @property
    def n_layers(self) -> int:
        return len(self.sizes) - 1

    @property
    def unit_count(self) -> int:
        """Units of all layers, input and output included, bias units not."""
        return int(sum(self.sizes))

    @property
    def bias_count(self) -> int:
        return sum(1 for g in self.layers if g.bias is not None)

    @property
    def edge_count(self) -> int:
        """Connections of the network, bias edges included (drawn or not); a conv cell has one per
        kernel weight and its bias, a pool cell one per window cell, a flatten value one."""
        if self.connections is not None:
            return self.connections
        return int(sum((self.sizes[k - 1] + 1) * self.sizes[k] for k in range(1, len(self.sizes))))

    @property
    def drawn_unit_count(self) -> int:
        return int(sum(len(g.shown) for g in self.layers))

    @property
    def drawn_edge_count(self) -> int:
        return len(self.edge_layer)

    def bias_unit(self, layer: int) -> int:
        """The unit index of layer ``layer``'s bias unit: its size (the next layer's fan-in)."""
        return self.sizes[layer]

    def is_bias(self, layer: int, unit: int) -> bool:
        """Whether ``unit`` of ``layer`` is its bias unit (or, as an edge source into layer + 1, the bias)."""
        return unit == self.sizes[layer]

    def is_bundle(self, i: int) -> bool:
        """Whether drawn edge ``i`` is an image grid's bundle (a stand-in for a unit's whole weight row)."""
        return bool(self.edge_source[i] == self.sizes[self.edge_layer[i] - 1] + 1)

    @property
    def bundle_edges(self) -> Array:
        """(E,) bool: the drawn edges that are bundles."""
        below = np.asarray(self.sizes)[self.edge_layer - 1]
        return self.edge_source == below + 1

    def edges_into(self, layer: int, unit: int | None = None) -> Array:
        """Indices of the drawn edges into ``unit`` of ``layer`` (every unit if ``None``)."""
        if unit is None:
            return np.flatnonzero(self.edge_layer == layer)
        return self.by_unit.get((layer, unit), np.zeros(0, dtype=np.intp))

    def unit_at(self, x: float, y: float) -> tuple[int, int] | None:
        """``(layer, unit)`` under the point; unit ``n`` of the layer (:meth:`bias_unit`) for its bias unit."""
        for g in self.layers:
            if g.bias is not None and abs(x - g.bias[0]) <= g.radius and abs(y - g.bias[1]) <= g.radius:
                return g.index, g.n
            if g.grid is not None:
                rows, cols, left, top, cell = g.grid
                c, r = math.floor((x - left) / cell), math.floor((y - top) / cell)
                if 0 <= r < rows and 0 <= c < cols:
                    return g.index, r * cols + c
                continue
            if g.maps is not None:
                unit = g.maps.unit_at(x, y)
                if unit is not None:
                    return g.index, unit
                continue
            if abs(x - g.x) > g.radius:
                continue
            d = np.hypot(g.xs - x, g.ys - y)
            i = int(np.argmin(d))
            if d[i] <= g.radius:
                return g.index, int(g.shown[i])
        return None

    def edge_at(self, x: float, y: float, tolerance: float) -> int | None:
        """Index of the drawn edge nearest to the point, if within ``tolerance``."""
        if len(self.lines) == 0:
            return None
        x0, y0, x1, y1 = self.lines.T
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((x - x0) * dx + (y - y0) * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0.0, 1.0)
        d = np.hypot(x0 + t * dx - x, y0 + t * dy - y)
        i = int(np.argmin(d))
        return i if d[i] <= tolerance else None


def build_layout(network: Network, options: LayoutOptions | None = None) -> Layout:
    """Place every unit and edge of ``network``."""
    options = options or LayoutOptions()
    sizes = network.sizes
    L = len(sizes) - 1
    slots = [min(n, 2 * options.head + 1) if n > options.max_units else n for n in sizes]
    # Small networks get bigger units: they are what a learner steps through and reads.
    small = max(slots) <= 4
    max_spacing, max_radius = (80.0, 27.0) if small else (60.0, 21.0)
    column_height = float(np.clip(max_spacing * max(slots), 200.0, 640.0))
    dx = float(np.clip(960.0 / max(L, 1), 150.0, 230.0))
    # Room between two columns for the cursor's callout at normal type: two lines of up to 13
    # characters ("a = −1.23e−05"), as :func:`nnviz.session.canvas.labels.callout_size` measures them.
    # Large type gets a strip under the columns instead, so presentation keeps the units large.
    dx = max(dx, 2 * max_radius + 24.0 + CALLOUT_WIDTH) * options.spread
    layers: list[LayerGeometry] = []
    grid_shape = grid_shape_of(network, options)
    kinds = [column_kind(network, k, grid_shape, options) for k in range(L + 1)]
    xs_at = column_xs(network, kinds, dx, column_height)
    for k, n in enumerate(sizes):
        x = xs_at[k]
        dense_next = k < L and network.layers[k].kind == "dense"
        if kinds[k] == GRID:
            rows, cols = grid_shape
            cell = min(column_height, 300.0) / max(rows, cols)
            left, top = x - cols * cell / 2, -rows * cell / 2
            idx = np.arange(n)
            xs = left + (idx % cols + 0.5) * cell
            ys = top + (idx // cols + 0.5) * cell
            radius = min(20.0, 0.36 * 60.0)
            geo = LayerGeometry(k, n, GRID, x, idx, xs, ys, radius, layer_caption(network, k, GRID, grid_shape))
            geo.grid = (rows, cols, left, top, cell)
            geo.bias = (x, top - 1.6 * radius - 6.0) if dense_next else None
            layers.append(geo)
            continue
        if kinds[k] == MAPS:
            stack = map_stack_of(network, k, x, layers[-1] if layers else None)
            empty = np.zeros(0)
            geo = LayerGeometry(k, n, MAPS, x, empty.astype(np.intp), empty, empty, stack.cell / 2, "")
            geo.caption, geo.maps = layer_caption(network, k, MAPS, None), stack
            layers.append(geo)
            continue
        kind = kinds[k]
        spacing = min(max_spacing, column_height / max(slots[k], 1))
        radius = min(max_radius, 0.36 * spacing)
        pos = (np.arange(slots[k]) - (slots[k] - 1) / 2) * spacing
        if kind == ELLIPSIS:
            h = options.head
            shown = np.concatenate([np.arange(h), np.arange(n - h, n)])
            ys = np.concatenate([pos[:h], pos[h + 1 :]])
            ellipsis = (x, float(pos[h]))
        else:
            shown, ys, ellipsis = np.arange(n), pos, None
        xs = np.full(len(shown), x)
        geo = LayerGeometry(k, n, kind, x, shown, xs, ys, radius, layer_caption(network, k, kind, None))
        geo.ellipsis = ellipsis
        if dense_next:
            geo.bias = (x, float(pos[0]) - max(spacing, 2.4 * radius))
        if k > 0 and network.layers[k - 1].kind == "flatten":
            geo.unroll = unroll_lines(layers[k - 1], geo)
        layers.append(geo)
    return _with_edges(network, sizes, layers, options)


def _with_edges(network: Network, sizes: list[int], layers: list[LayerGeometry], options: LayoutOptions) -> Layout:
    parts: dict[str, list[Array]] = {name: [] for name in ("layer", "unit", "source", "lines", "scale", "gather")}
    offsets, offset = [0], 0
    by_unit: dict[tuple[int, int], Array] = {}
    count = 0
    for k in range(1, len(sizes)):
        src, dst = layers[k - 1], layers[k]
        if network.layers[k - 1].kind != "dense" or src.maps is not None:
            offsets.append(offset)  # no edges: its weights are kernels (or it has none)
            continue
        width = sizes[k - 1] + 2  # sources, then the bias column, then the bundle column
        bias, bundle = sizes[k - 1], sizes[k - 1] + 1
        sources = [src.shown] if src.kind != GRID else [np.array([bundle])]
        source_ids = np.concatenate([*sources, [bias]]).astype(np.intp)
        if src.kind == GRID:
            rows, cols, left, top, cell = src.grid
            y_mid = top + rows * cell / 2
            sx = np.array([left + cols * cell])
            sy = np.array([y_mid])
        else:
            sx, sy = src.xs, src.ys
        sx = np.concatenate([sx, [src.bias[0]]]) + src.radius
        sy = np.concatenate([sy, [src.bias[1]]])
        n_src, n_dst = len(source_ids), len(dst.shown)
        unit = np.repeat(dst.shown, n_src)
        source = np.tile(source_ids, n_dst)
        lines = np.empty((n_src * n_dst, 4))
        lines[:, 0] = np.tile(sx, n_dst)
        lines[:, 1] = np.tile(sy, n_dst)
        lines[:, 2] = np.repeat(dst.xs - dst.radius, n_src)
        lines[:, 3] = np.repeat(dst.ys, n_src)
        if src.kind == GRID:
            # Fan the bundles out along the grid's right side, towards their units.
            span = rows * cell / 2 - cell
            reach = max(float(np.abs(dst.ys).max()), 1.0)
            lines[:, 1] = np.where(source == bias, lines[:, 1], y_mid + np.repeat(dst.ys, n_src) / reach * span)
            lines[source == bundle, 0] -= src.radius
        gather = offset + unit * width + source
        fan = max(n_src, 1)
        scale = np.full(len(unit), float(np.clip(np.sqrt(12.0 / fan), 0.35, 1.0)) * dst.radius / 21.0)
        for j_pos, j in enumerate(dst.shown):
            by_unit[(k, int(j))] = count + j_pos * n_src + np.arange(n_src)
        for name, arr in zip(parts, (np.full(len(unit), k), unit, source, lines, scale, gather)):
            parts[name].append(arr)
        count += len(unit)
        offset += sizes[k] * width
        offsets.append(offset)

    margins = place_margins(network, layers, options)
    starts = np.cumsum([0, *sizes[:-1]])
    drawn = [g for g in layers if g.kind not in (GRID, MAPS)]
    units = {
        "layer": np.concatenate([np.full(len(g.shown), g.index) for g in drawn]).astype(np.intp),
        "unit": np.concatenate([g.shown for g in drawn]).astype(np.intp),
        "x": np.concatenate([g.xs for g in drawn]),
        "y": np.concatenate([g.ys for g in drawn]),
        "r": np.concatenate([np.full(len(g.shown), g.radius) for g in drawn]),
    }
    units["flat"] = starts[units["layer"]] + units["unit"]
    return Layout(
        sizes=list(sizes),
        units=units,
        layers=layers,
        edge_layer=np.concatenate(parts["layer"]).astype(np.intp),
        edge_unit=np.concatenate(parts["unit"]).astype(np.intp),
        edge_source=np.concatenate(parts["source"]).astype(np.intp),
        lines=np.ascontiguousarray(np.concatenate(parts["lines"])),
        edge_width_scale=np.concatenate(parts["scale"]),
        edge_gather=np.concatenate(parts["gather"]).astype(np.intp),
        matrix_offsets=offsets,
        caption_y=margins.caption_y,
        bounds=margins.bounds,
        legend_top=margins.legend_top,
        legend_stacked=margins.legend_stacked,
        label_scale=options.label_scale,
        class_outputs=margins.class_outputs,
        callout_y=margins.callout_y,
        by_unit=by_unit,
        connections=None if network.is_dense else connection_count(network),
    )
