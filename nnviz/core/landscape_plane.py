"""The loss over a plane through the whole parameter space: θ(α, β) = θ_c + α·d₁ + β·d₂.

Beside two real parameters (:mod:`nnviz.core.landscape`) the general views of a landscape move
every parameter at once along two directions d₁, d₂ (lists shaped like ``[W1, b1, W2, b2, …]``):

- ``random``: two random directions, filter-normalised (Li et al. 2018, "Visualizing the Loss
  Landscape of Neural Nets"): each row of a direction's weight array (a unit's incoming weights,
  or a conv kernel) is scaled to the norm of that row of the network's weights, so the plot's
  scale means the same for small and large layers; biases are not moved (as in the paper).
- ``pca``: the first two principal components of the recorded trajectory θ₀ … θ_m (the
  differences θ_i − θ_c, centred), unit length and orthogonal; each carries the fraction of the
  path's variance it explains.
- ``line``: d₁ = θ_start − θ_c, the straight line from the current parameters (α = 0) to the
  path's first point (α = 1), and d₂ a random filter-normalised direction made orthogonal to d₁
  and as long.

The current point is the centre (0, 0). The path is a projection: each θ_i's coordinates are the
least-squares (α, β) of θ_i − θ_c in the plane (exact when the directions are orthonormal and the
path lies in the plane). The gradient shown is the slope of the surface, (g·d₁, g·d₂), and the step
the plane's coordinates of −η·g. Evaluation mode (no dropout).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnviz.core.landscape import Landscape, activate, check_work, dense_chain, path_losses, total_loss
from nnviz.core.losses import Loss
from nnviz.core.network import Network
from nnviz.core.regularizers import Regularizer

Array = np.ndarray
KINDS = ("random", "pca", "line")
BLOCK_ROWS = 2500
"""Sample rows per block of grid points (see :data:`nnviz.core.landscape.BLOCK_ROWS`)."""
MAX_WORK = 10**10
"""The most multiply-adds (grid points × samples × parameters) a surface over a plane may take:
the 1 681 points of a 2-1024-1024-1 network on a batch of 10 (1.8·10¹⁰) took 33 s on an idle
core and 120 s on a busy machine (each point's products are small)."""
BLOCK_NUMBERS = 2**22
"""At most this many stacked weights (32 MiB) per block of grid points: a block forms each of its
points' parameters, so a wide network takes fewer points per block (all 1 681 of a 1024-1024
network's at once were 13 GiB)."""


@dataclass
class Plane:
    """Two directions shaped like the parameters; ``explained`` (PCA) the fraction of the path's
    variance along each."""

    kind: str
    directions: tuple[list[Array], list[Array]]
    explained: tuple[float, float] | None = None


def _flat(params: list[Array]) -> Array:
    return np.concatenate([np.ravel(p) for p in params])


def _unflat(vector: Array, like: list[Array]) -> list[Array]:
    out, start = [], 0
    for p in like:
        out.append(vector[start : start + p.size].reshape(p.shape))
        start += p.size
    return out


def filter_normalized(params: list[Array], rng: np.random.Generator) -> list[Array]:
    """A random direction: every row of every weight array (index 0, 2, … of ``params``) drawn
    from N(0, 1) and scaled to that row's norm in ``params``; the biases' part is zero."""
    direction = []
    for i, p in enumerate(params):
        if i % 2:
            direction.append(np.zeros_like(p))
            continue
        d = rng.standard_normal(p.shape)
        rows, drows = p.reshape(p.shape[0], -1), d.reshape(p.shape[0], -1)
        scale = np.linalg.norm(rows, axis=1) / np.maximum(np.linalg.norm(drows, axis=1), 1e-300)
        direction.append((drows * scale[:, None]).reshape(p.shape))
    return direction


def random_plane(params: list[Array], seed: int = 0) -> Plane:
    rng = np.random.default_rng(seed)
    return Plane("random", (filter_normalized(params, rng), filter_normalized(params, rng)))


def pca_plane(path: list[list[Array]], current: list[Array]) -> Plane:
    """The first two principal components of ``path`` (at least 3 points) around ``current``.
    Each component's sign makes its largest entry positive (the same path, the same plane)."""
    if len(path) < 3:
        raise ValueError("the principal components need a path of at least 3 points: train a few iterations")
    differences = np.array([_flat(p) for p in path]) - _flat(current)  # (m, P)
    centred = differences - differences.mean(axis=0)
    _, singular, vt = np.linalg.svd(centred, full_matrices=False)
    variance = singular**2
    total = float(variance.sum())
    if total == 0.0 or len(variance) < 2 or variance[1] == 0.0:
        raise ValueError("the path does not move in two directions: train a few more iterations")
    components = []
    for v in vt[:2]:
        v = v if v[np.argmax(np.abs(v))] > 0 else -v
        components.append(_unflat(v, current))
    return Plane("pca", (components[0], components[1]), (float(variance[0] / total), float(variance[1] / total)))


def line_plane(start: list[Array], current: list[Array], seed: int = 0) -> Plane:
    """d₁ = start − current; d₂ a random filter-normalised direction, orthogonal to d₁, as long."""
    d1 = _flat(start) - _flat(current)
    length = float(np.linalg.norm(d1))
    if length == 0.0:
        raise ValueError("the parameters have not moved from the path's start: train a few iterations")
    d2 = _flat(filter_normalized(current, np.random.default_rng(seed)))
    d2 = d2 - (d2 @ d1) / (length * length) * d1
    d2 *= length / max(float(np.linalg.norm(d2)), 1e-300)
    return Plane("line", (_unflat(d1, current), _unflat(d2, current)))


def coordinates_in(plane: Plane, vectors: Array) -> Array:
    """(m, 2) least-squares coordinates of the rows of ``vectors`` (m, P) in the plane."""
    d = np.stack([_flat(plane.directions[0]), _flat(plane.directions[1])], axis=1)  # (P, 2)
    solution, *_ = np.linalg.lstsq(d, np.asarray(vectors).T, rcond=None)
    return solution.T


def plane_landscape(
    network: Network,
    loss: Loss,
    regularizer: Regularizer,
    x: Array,
    t: Array,
    params: list[Array],
    plane: Plane,
    *,
    learning_rate: float,
    n: int = 41,
    half_width: tuple[float, float] | None = None,
    zoom: float = 1.0,
    path: list[list[Array]] | None = None,
    progress: Callable[[float], None] | None = None,
) -> Landscape:
    """The loss at θ_c + α·d₁ + β·d₂ on an n × n grid of (α, β) around (0, 0); the network's own
    parameters are restored afterwards. ``half_width`` defaults (times ``zoom``) to 1 for ``random``, 1.25 for
    ``line`` (the path's start at α = 1) and 1.25 × the path's largest coordinate for ``pca``;
    ``progress`` is called with the fraction of the grid done (0–1) as blocks of it finish."""
    check_work(n * n * len(x) * sum(p.size for p in params), n * n, len(x), MAX_WORK)
    saved = list(network.parameters())
    d1, d2 = plane.directions
    try:
        network.set_parameters(list(params))
        with np.errstate(all="ignore"):
            center_loss = total_loss(network, loss, regularizer, x, t)
            grads = network.compute(x, t, loss, regularizer).gradients()
        g = _flat(grads)
        gradient = np.array([g @ _flat(d1), g @ _flat(d2)])
        step = coordinates_in(plane, (-learning_rate * g)[None])[0]
        route = route_loss = None
        if path:
            route = coordinates_in(plane, np.array([_flat(p) for p in path]) - _flat(params))
            route_loss = path_losses(network, loss, regularizer, x, t, path)
        if half_width is None:
            if plane.kind == "pca" and route is not None:
                half_width = tuple(zoom * max(1.25 * float(np.max(np.abs(route[:, k]))), 1e-6) for k in (0, 1))
            else:
                half_width = (1.25 * zoom, 1.25 * zoom) if plane.kind == "line" else (zoom, zoom)
        xs = np.linspace(-half_width[0], half_width[0], n)
        ys = np.linspace(-half_width[1], half_width[1], n)
        gx, gy = np.meshgrid(xs, ys)
        alphas, betas = gx.ravel(), gy.ravel()  # row i·n + j is (ys[i], xs[j])
        with np.errstate(all="ignore"):
            if dense_chain(network):
                surface = _dense_plane(network, loss, regularizer, x, t, params, plane, alphas, betas, progress)
            else:
                surface = _plane_by_points(
                    network, loss, regularizer, x, t, params, plane, alphas, betas, progress
                )
    finally:
        network.set_parameters(saved)
    return Landscape(
        (), xs, ys, surface.reshape(n, n), np.zeros(2), center_loss, gradient, step, route, route_loss, plane.kind
    )


def point(params: list[Array], plane: Plane, alpha: float, beta: float) -> list[Array]:
    """θ_c + α·d₁ + β·d₂, array by array (the batched surface forms its weights the same way)."""
    return [p + alpha * a + beta * b for p, a, b in zip(params, *plane.directions)]


def _plane_by_points(network, loss, regularizer, x, t, params, plane, alphas, betas, progress=None) -> Array:
    """The loss at every grid point, one evaluation each (any layer kinds)."""
    out = np.empty(len(alphas))
    for m, (alpha, beta) in enumerate(zip(alphas, betas)):
        network.set_parameters(point(params, plane, alpha, beta))
        out[m] = total_loss(network, loss, regularizer, x, t)
        if progress is not None and (m + 1) % 41 == 0:
            progress((m + 1) / len(alphas))
    return out


def _dense_plane(network, loss, regularizer, x, t, params, plane, alphas, betas, progress=None) -> Array:
    """The same numbers (to rounding) for dense networks, a block of grid points at a time: every
    grid point's weights W₀ + α·D₁ + β·D₂ formed once as :func:`point` forms them, stacked
    (grid points, units, fan_in), and a block's batches run through them as one stacked product
    per layer (each grid point's product is the plain one of its batch)."""
    d1, d2 = plane.directions
    n_samples = len(x)
    numbers = sum(p.size for p in params)  # a block's stacked weights take this many per grid point
    per_block = max(1, min(BLOCK_ROWS // n_samples, BLOCK_NUMBERS // numbers))
    targets = np.tile(t, per_block) if t.ndim == 1 else np.tile(t, (per_block, 1))
    data = np.empty(len(alphas))
    for start in range(0, len(alphas), per_block):
        stop = min(start + per_block, len(alphas))
        al, be = alphas[start:stop, None, None], betas[start:stop, None, None]
        weights = [params[i] + al * d1[i] + be * d2[i] for i in range(0, len(params), 2)]  # (c, units, fan_in)
        biases = [params[i] + al * d1[i] + be * d2[i] for i in range(1, len(params), 2)]  # (c, 1, units)
        a = x  # (N, inputs), then (c, N, units)
        for layer, W, b in zip(network.layers, weights, biases):
            z = np.matmul(a, W.transpose(0, 2, 1))
            z += b
            a = activate(layer.activation, z.reshape(-1, z.shape[-1])).reshape(z.shape)
        rows = (stop - start) * n_samples
        per = loss.per_sample(z.reshape(rows, -1), a.reshape(rows, -1), targets[:rows], network.output_activation)
        data[start:stop] = np.add.reduce(per.reshape(-1, n_samples), axis=1) / n_samples
        if regularizer.active:
            data[start:stop] += regularizer.lam * sum(
                np.sum(W * W if regularizer.kind == "l2" else np.abs(W), axis=(1, 2)) for W in weights
            )
        if progress is not None:
            progress(stop / len(alphas))
    return data
