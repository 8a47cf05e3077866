"""The loss landscape over two parameters: the loss on a grid of their values, every other
parameter held where it is.

For a mini-batch ``x`` (N, inputs), ``t`` and the parameters ``[W1, b1, W2, b2, …]`` as the
forward pass used them, :func:`landscape` evaluates the total loss (data + regularization, as
the trace writes ``loss_total``) at n × n values of two coordinates — each a weight
``W_k[unit, source]`` or, with ``source`` = fan_in (the bias unit's column), a bias ``b_k[unit]`` —
on a square around their current values. With it: the current point, its loss, the gradient of
the loss in those two coordinates (from one backward pass at the current point) and the plain
gradient step −η·g. A path (parameter snapshots of the run) is given by the two coordinates'
values, with each snapshot's true loss: away from the current point the other parameters differ,
so the path's loss need not match the surface under it.

Evaluation mode (no dropout): a landscape is a function of the parameters alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnviz.core.activations import Activation
from nnviz.core.losses import Loss
from nnviz.core.network import Network
from nnviz.core.regularizers import Regularizer
from nnviz.i18n import translate

Array = np.ndarray


@dataclass(frozen=True)
class Coordinate:
    """One parameter: layer ``layer`` (from 1), row ``unit`` (from 0), column ``source`` (from 0;
    the layer's fan_in is the bias)."""

    layer: int
    unit: int
    source: int

    def label(self, fan_in: int) -> str:
        """``w1,2`` style names as the worked examples write them (the layer as a superscript-free prefix)."""
        if self.source == fan_in:
            return translate("Landscape", "b{0} (layer {1})").format(self.unit + 1, self.layer)
        return translate("Landscape", "w{0},{1} (layer {2})").format(self.unit + 1, self.source + 1, self.layer)


@dataclass
class Landscape:
    """``loss`` (n, n): row i is ``ys[i]``, column j is ``xs[j]``; ``center`` (2,) the current
    values, ``center_loss`` their loss, ``gradient`` (2,) ∂L/∂ of the two, ``step`` (2,) −η·g;
    ``path`` (m, 2) and ``path_loss`` (m,) when a path was given. ``view`` is ``parameters`` (the
    two coordinates are real parameters) or a plane of :mod:`nnviz.core.landscape_plane`
    (``random``, ``pca``, ``line``: then ``coordinates`` is empty and the path is a projection)."""

    coordinates: tuple[Coordinate, Coordinate]
    xs: Array
    ys: Array
    loss: Array
    center: Array
    center_loss: float
    gradient: Array
    step: Array
    path: Array | None = None
    path_loss: Array | None = None
    view: str = "parameters"

    @property
    def projected(self) -> bool:
        """The path's points are projections onto a plane, not the run's real values."""
        return self.view != "parameters"

    @property
    def step_length(self) -> float:
        return float(np.hypot(*self.step))


def slot(network: Network, c: Coordinate) -> tuple[int, tuple[int, ...]]:
    """Where ``c`` is in ``network.parameters()``: the list index and the index into that array.
    Raises ``ValueError`` naming what does not exist."""
    with_params = [k for k, layer in enumerate(network.layers, start=1) if getattr(layer, "W", None) is not None]
    if c.layer not in with_params:
        raise ValueError(f"layer {c.layer} has no parameters (layers with parameters: {with_params})")
    position = with_params.index(c.layer)
    W = network.layers[c.layer - 1].W
    if W.ndim != 2:
        raise ValueError(f"layer {c.layer} is not a dense layer; pick a dense layer's weight or bias")
    units, fan_in = W.shape
    if not (0 <= c.unit < units and 0 <= c.source <= fan_in):
        raise ValueError(f"layer {c.layer} has units 1..{units} and sources 1..{fan_in} (+ the bias)")
    if c.source == fan_in:
        return 2 * position + 1, (c.unit,)
    return 2 * position, (c.unit, c.source)


def total_loss(network: Network, loss: Loss, regularizer: Regularizer, x: Array, t: Array) -> float:
    """Data loss in evaluation mode plus the penalty, at the network's current parameters."""
    z, a = network.output(x)
    value = loss.value(z, a, t, network.output_activation)
    weights = [p for i, p in enumerate(network.parameters()) if i % 2 == 0]
    return value + (regularizer.penalty(weights) if regularizer.active else 0.0)


def landscape(
    network: Network,
    loss: Loss,
    regularizer: Regularizer,
    x: Array,
    t: Array,
    params: list[Array],
    coordinates: tuple[Coordinate, Coordinate],
    *,
    learning_rate: float,
    n: int = 41,
    half_width: tuple[float, float] | None = None,
    zoom: float = 1.0,
    path: list[list[Array]] | None = None,
    progress: Callable[[float], None] | None = None,
) -> Landscape:
    """The landscape of ``coordinates`` around ``params`` (the network's parameters are restored
    afterwards). ``half_width`` per axis defaults to max(1, 1.5·|value|, 3·|step|) times ``zoom``. ``progress``
    is called with the fraction of the grid done (0–1) as blocks of it finish."""
    check_work(_surface_work(network, coordinates, n, len(x)), n * n, len(x), MAX_WORK)
    saved = list(network.parameters())
    slots = [slot(network, c) for c in coordinates]
    center = np.array([params[i][j] for i, j in slots], dtype=float)
    try:
        network.set_parameters(list(params))
        with np.errstate(all="ignore"):
            center_loss = total_loss(network, loss, regularizer, x, t)
            trace = network.compute(x, t, loss, regularizer)
        grads = trace.gradients()
        gradient = np.array([grads[i][j] for i, j in slots], dtype=float)
        step = -learning_rate * gradient
        if half_width is None:
            half_width = tuple(zoom * max(1.0, 1.5 * abs(c), 3.0 * abs(s)) for c, s in zip(center, step))
        xs = center[0] + np.linspace(-half_width[0], half_width[0], n)
        ys = center[1] + np.linspace(-half_width[1], half_width[1], n)
        with np.errstate(all="ignore"):
            if dense_chain(network):
                surface = _dense_surface_in_chunks(
                    network, loss, regularizer, x, t, params, coordinates, xs, ys, progress
                )
            else:
                surface = _surface_by_points(network, loss, regularizer, x, t, params, slots, xs, ys, progress)
        route = route_loss = None
        if path:
            route = np.array([[snapshot[i][j] for i, j in slots] for snapshot in path], dtype=float)
            route_loss = path_losses(network, loss, regularizer, x, t, path)
    finally:
        network.set_parameters(saved)
    return Landscape(tuple(coordinates), xs, ys, surface, center, center_loss, gradient, step, route, route_loss)


def path_losses(network, loss, regularizer, x, t, path: list[list[Array]]) -> Array:
    """(m,) the total loss at each snapshot of ``path`` (leaves ``network`` at the last one)."""
    values = []
    with np.errstate(all="ignore"):
        for snapshot in path:
            network.set_parameters(list(snapshot))
            values.append(total_loss(network, loss, regularizer, x, t))
    return np.array(values)


def activate(activation: Activation, z: Array) -> Array:
    """``activation``'s value over a surface's rows ``z`` (rows, units). tanh as 1 − 2/(e^(2z) + 1):
    within 3.4·10⁻¹⁶ (1.5 ulp of 1) of ``np.tanh``, whose float64 loop is scalar on CPUs without
    AVX-512 while ``np.exp``'s is vectorised — about 1.6× faster, and tanh over every grid point's
    batch is most of a surface's time. Every other activation is its own ``value``."""
    if activation.name != "tanh":
        return activation.value(z)
    e = np.multiply(z, 2.0)
    with np.errstate(over="ignore"):  # e^(2z) = inf gives 1, as tanh does
        np.exp(e, out=e)
    e += 1.0
    np.divide(-2.0, e, out=e)
    e += 1.0
    return e


def _surface_by_points(network, loss, regularizer, x, t, params, slots, xs, ys, progress=None) -> Array:
    """The loss at every grid point, one evaluation each (any layer kinds)."""
    surface = np.empty((len(ys), len(xs)))
    (ix, jx), (iy, jy) = slots
    current = [p.copy() for p in params]
    for row, y in enumerate(ys):
        current[iy][jy] = y
        for col, xv in enumerate(xs):
            current[ix][jx] = xv
            network.set_parameters(current)
            surface[row, col] = total_loss(network, loss, regularizer, x, t)
        if progress is not None:
            progress((row + 1) / len(ys))
    return surface


BLOCK_ROWS = 2500
"""Sample rows per block once every grid point is a variant: a block's activations (rows ×
units) stay in the cache through every layer, and its products stay small enough for OpenBLAS to
do them on one thread (threads that only spin on a busy machine made the pass several times slower)."""


MAX_WORK = 5 * 10**10
"""The most multiply-adds a surface over two parameters may take: a 2-1024-1024-1 network on a
3 000-row batch (1.3·10¹¹) took 29 s on an idle core (large products, 4·10⁹ a second), longer on a busy one."""


def dense_chain(network: Network) -> bool:
    """Whether every layer is dense and fed only by the one below (no Wide&Deep join): then a
    surface's grid points can run through the layers as stacked products."""
    return all(layer.kind == "dense" and not layer.joins_input for layer in network.layers)


def check_work(work: int, points: int, rows: int, limit: int) -> None:
    """Refuse (``ValueError``, before any work) a surface of ``points`` grid points on ``rows``
    samples that takes more than ``limit`` multiply-adds: a wide network on a large batch would take hours."""
    if work > limit:
        raise ValueError(
            translate(
                "Landscape",
                "about {0:.1e} multiply-adds for {1:,} grid points × {2:,} samples, more than {3:.0e}: use fewer "
                "samples (a smaller batch_size), fewer units or a coarser grid",
            ).format(work, points, rows, limit)
        )


def _surface_work(network: Network, coordinates, n: int, rows: int) -> int:
    """Multiply-adds of the surface's weights: each layer runs once per variant of the coordinates
    at or below it (1, n or n²); in a network that is not all dense, every layer once per grid point."""
    dense = dense_chain(network)
    work = 0
    for k, layer in enumerate(network.layers, start=1):
        variants = n ** sum(c.layer <= k for c in coordinates) if dense else n * n
        W = getattr(layer, "W", None)
        work += 0 if W is None else variants * rows * W.size
    return work


_NONE = Regularizer()
"""No regularization: a chunk's surface is its data loss alone; the penalty is added once."""
CHUNK_NUMBERS = 2**23
"""At most this many numbers (64 MiB) in one array of :func:`_dense_surface`'s varied activations:
a larger batch goes through it in chunks of samples, whose losses add up to the batch's mean."""


def _dense_surface_in_chunks(
    network, loss, regularizer, x, t, params, coordinates, xs, ys, progress=None
) -> Array:
    """:func:`_dense_surface` over chunks of the batch's samples when its varied activations
    (variants × N × units, up to the higher coordinate's layer) would pass :data:`CHUNK_NUMBERS`:
    a 1024-unit layer between the coordinates of a 3 000-row batch held 41 × 3 000 × 1 024
    numbers (961 MiB) in each of several arrays. Each chunk's mean loss counts by its rows."""
    last = max(c.layer for c in coordinates)
    variants = [len(xs) ** sum(c.layer <= k for c in coordinates) for k in range(1, last + 1)]
    widest = max(v * network.layers[k].units for k, v in enumerate(variants))
    chunk = max(1, CHUNK_NUMBERS // widest)
    if chunk >= len(x):
        return _dense_surface(network, loss, regularizer, x, t, params, coordinates, xs, ys, progress)
    starts = range(0, len(x), chunk)
    data = np.zeros((len(ys), len(xs)))
    for i, start in enumerate(starts):
        done = None if progress is None else (lambda f, i=i: progress((i + f) / len(starts)))
        part = slice(start, start + chunk)
        rows = len(x[part])
        data += _dense_surface(network, loss, _NONE, x[part], t[part], params, coordinates, xs, ys, done) * rows
    data /= len(x)
    return data + _penalty(regularizer, params, coordinates, xs, ys) if regularizer.active else data


def _dense_surface(network, loss, regularizer, x, t, params, coordinates, xs, ys, progress=None) -> Array:
    """The same numbers for dense networks, every grid point at once. Activations carry two
    variant axes, (Vy, Vx, N, units): Vx is 1 below the layer of the x coordinate and n from there
    on, Vy likewise for y. So the layers below the first varied one run once, those between the
    two coordinates' layers n times, and only the layers from the second one on n² times — those
    in blocks of :data:`BLOCK_ROWS` rows. A varied weight w (unit u, source s) adds (w − w₀)·a_s
    to z_u (a bias: b − b₀)."""
    shifts = [
        (c, values.reshape(shape)) for c, values, shape in zip(coordinates, (xs, ys), ((1, -1, 1), (-1, 1, 1)))
    ]  # the x values along the Vx axis, the y values along Vy
    last = max(c.layer for c in coordinates)
    a = x[None, None]  # (1, 1, N, inputs)
    for k in range(1, last + 1):
        W, b = params[2 * (k - 1)], params[2 * (k - 1) + 1]
        z = (a.reshape(-1, a.shape[-1]) @ W.T + b).reshape(*a.shape[:-1], W.shape[0])
        for c, values in shifts:
            if c.layer != k:
                continue
            bias = c.source == W.shape[1]
            shape = np.broadcast_shapes(z.shape[:2], values.shape[:2]) + z.shape[2:]
            z = np.broadcast_to(z, shape).copy() if shape != z.shape else z
            shift = values - (b[c.unit] if bias else W[c.unit, c.source])  # (1, n, 1) or (n, 1, 1)
            z[..., c.unit] += shift if bias else shift * a[..., c.source]
        if k < last:  # activations take (rows, units)
            a = activate(network.layers[k - 1].activation, z.reshape(-1, z.shape[-1])).reshape(z.shape)
    m, n_samples = len(ys) * len(xs), z.shape[2]
    z = z.reshape(m, n_samples, -1)  # (n², N, units): row i·n + j is (ys[i], xs[j])
    data = np.empty(m)
    per_block = max(1, BLOCK_ROWS // n_samples)
    targets = np.tile(t, per_block) if t.ndim == 1 else np.tile(t, (per_block, 1))
    for start in range(0, m, per_block):
        block = z[start : start + per_block]
        count = len(block)
        zb = block.reshape(count * n_samples, -1)
        for k in range(last + 1, len(network.layers) + 1):
            W, b = params[2 * (k - 1)], params[2 * (k - 1) + 1]
            ab = activate(network.layers[k - 2].activation, zb)
            zb = ab @ W.T
            zb += b
        # Every variant's per-sample losses, then each variant's mean, as Loss.value takes it.
        per = loss.per_sample(
            zb, network.layers[-1].activation.value(zb), targets[: count * n_samples], network.output_activation
        )
        data[start : start + count] = np.add.reduce(per.reshape(count, n_samples), axis=1) / n_samples
        if progress is not None:
            progress((start + count) / m)
    if not regularizer.active:
        return data.reshape(len(ys), len(xs))
    return data.reshape(len(ys), len(xs)) + _penalty(regularizer, params, coordinates, xs, ys)


def _penalty(regularizer, params, coordinates, xs, ys) -> Array:
    """(n, n) the regularization term at every grid point: the centre's, changed by each varied weight."""
    shifts = [
        (c, values.reshape(shape)) for c, values, shape in zip(coordinates, (xs, ys), ((1, -1, 1), (-1, 1, 1)))
    ]
    weights = [p for i, p in enumerate(params) if i % 2 == 0]
    penalty = np.full((len(ys), len(xs)), regularizer.penalty(weights))
    for c, values in shifts:
        W = params[2 * (c.layer - 1)]
        if c.source < W.shape[1]:
            w0, v = W[c.unit, c.source], values[..., 0]  # (1, n) for x, (n, 1) for y
            change = v * v - w0 * w0 if regularizer.kind == "l2" else np.abs(v) - abs(w0)
            penalty = penalty + regularizer.lam * change
    return penalty
