"""Heatmaps: what every unit computes over the plane of a network's two inputs.

For a network with 2 inputs, each unit's output is a function of the point
(x₁, x₂). Evaluating the network once on an H×W grid of points covering the
data shows that function as a small image per unit, as teaching playgrounds
do: the input units show x₁ and x₂ themselves, the output unit the decision
surface.

One batched forward pass (evaluation mode, no dropout) over the H·W grid points
computes every unit's image at once. Row 0 of an image is the top of the
plane (largest x₂), column 0 its left (smallest x₁), so an image is drawn as is.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.network import Network

Array = np.ndarray


def grid_points(extent: tuple[float, float, float, float], resolution: int) -> Array:
    """The (H·W, 2) points ``(x₁, x₂)`` of an H×W grid (H = W = ``resolution``) over
    ``extent = (x1_min, x1_max, x2_min, x2_max)``, row by row from the top."""
    x1_min, x1_max, x2_min, x2_max = extent
    if not (x1_max > x1_min and x2_max > x2_min):
        raise ValueError(f"extent must have min < max on both axes, got {extent!r}")
    if resolution < 2:
        raise ValueError(f"resolution must be at least 2, got {resolution!r}")
    x1 = np.linspace(x1_min, x1_max, resolution)
    x2 = np.linspace(x2_max, x2_min, resolution)
    g1, g2 = np.meshgrid(x1, x2)
    return np.column_stack([g1.ravel(), g2.ravel()])


def unit_heatmaps(
    network: Network,
    extent: tuple[float, float, float, float] = (-1.0, 1.0, -1.0, 1.0),
    resolution: int = 32,
    params: list[tuple[Array, Array]] | None = None,
) -> list[Array]:
    """Per layer 0..L an array (units, H, W): each unit's output ``a`` over the input plane.

    ``params`` — ``[(W₁, b₁), …]`` — overrides the network's own parameters, so
    a stepping view can show the parameters the cursor shows (those before the
    update until the update is revealed). Only for networks with 2 inputs.
    """
    if network.n_inputs != 2:
        raise ValueError(f"heatmaps need a network with 2 inputs, this one has {network.n_inputs}")
    if params is None:
        params = [(layer.W, layer.b) for layer in network.layers]
    if len(params) != len(network.layers):
        raise ValueError(f"expected parameters for {len(network.layers)} layers, got {len(params)}")
    x = grid_points(extent, resolution)
    shape = (resolution, resolution)
    maps = [x.T.reshape(2, *shape)]
    a = x
    for layer, (W, b) in zip(network.layers, params):
        a = layer.activation.value(a @ W.T + b)
        maps.append(np.ascontiguousarray(a.T).reshape(a.shape[1], *shape))
    return maps


def data_extent(x: Array, margin: float = 0.1) -> tuple[float, float, float, float]:
    """A square-ish extent around 2-D data ``x`` (N, 2), widened by ``margin`` of its span."""
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    lo, hi = lo - margin * span, hi + margin * span
    return float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1])
