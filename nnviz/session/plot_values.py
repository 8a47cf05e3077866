"""The numbers the plots draw, computed without Qt from a workspace's stepper and data.

Everything here respects the stepper's cursor: a value the learner has not
stepped to yet is not returned (see :meth:`nnviz.session.stepper.Stepper.is_revealed`),
and the network's outputs are computed with the parameters the cursor shows
(the old ones until a layer's update is revealed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from nnviz.core.data import standardization
from nnviz.core.experiment import Experiment
from nnviz.i18n import translate
from nnviz.session.events import FORWARD, UPDATE
from nnviz.session.stepper import Stepper

Array = np.ndarray
MAX_EPOCH_POINTS = 1500
"""Per-epoch curves longer than this are drawn from every k-th record (the last one always)."""


def visible_outputs(stepper: Stepper, x: Array) -> Array:
    """Network outputs (M, K) for inputs ``x`` (M, n_inputs), in evaluation mode (no dropout),
    with the parameters the cursor shows: one batched forward pass."""
    a = x
    with np.errstate(all="ignore"):
        for k, layer in enumerate(stepper.trainer.network.layers, start=1):
            W, b = stepper.visible_parameters(k)
            a = layer.activation.value(a @ W.T + b)
    return a


SINGLE_THREAD_PRODUCT = 65536 * 4
"""Multiply-adds of a matrix product up to which OpenBLAS computes it on one thread."""
MIN_CHUNK_POINTS = 256


def chunk_points(shapes: list[tuple[int, int]]) -> int:
    """Grid points per block of a forward pass through weights of ``shapes`` (units, fan_in):
    as many as keep every product on one BLAS thread. Threads that only spin on a busy
    machine made a pass several times slower; fewer, larger blocks save calls."""
    widest = max((units * fan_in for units, fan_in in shapes), default=1)
    return max(MIN_CHUNK_POINTS, SINGLE_THREAD_PRODUCT // max(widest, 1))


class GridForward:
    """:func:`visible_outputs` for fixed inputs (a grid of the input plane), for display.

    It runs in float32, in blocks of :func:`chunk_points`: colours need no more precision
    (values agree with float64 to about 1e-6), and tanh and exp run several times faster,
    which matters at every frame of a live run. Values are kept unit-major, (units, M):
    ``z = W·a`` adds the bias along contiguous rows, and a unit's values over the grid
    are one row (a heatmap without a transpose). On 2-8×6-1 that is a quarter faster
    than point-major rows of a few units each, on 2-4-2-1 half. Every layer's outputs
    are kept (:meth:`layers`), and remembered while the cursor shows the same parameter
    arrays of the same network: the core never changes parameters in place, it
    makes new ones, so views that draw from one grid in a frame share one pass.
    """

    def __init__(self, x: Array):
        self.inputs = np.ascontiguousarray(np.asarray(x, dtype=np.float32).T)
        """(n_inputs, M): the grid's network inputs ``x`` (M, n_inputs), one row per input."""
        self._key: tuple = ()
        self._layers: list[Array] = []

    @property
    def size(self) -> int:
        """M, the number of grid points."""
        return self.inputs.shape[1]

    def __call__(self, stepper: Stepper) -> Array:
        """The network's outputs (K, M) on the grid."""
        return self.layers(stepper)[-1]

    def layers(self, stepper: Stepper) -> list[Array]:
        """Per layer 0..L the outputs (units, M) on the grid; layer 0 is :attr:`inputs`."""
        key = self._key_of(stepper)
        if not self.is_current(key):
            self._layers = self._compute(stepper.trainer.network.layers, key[1:])
            self._key = key
        return self._layers

    def cached(self, stepper: Stepper) -> bool:
        """Whether :meth:`layers` would answer without a pass (the shown parameters were drawn already)."""
        return self.is_current(self._key_of(stepper))

    def is_current(self, key: tuple) -> bool:
        return len(key) == len(self._key) and all(a is b for a, b in zip(key, self._key))

    @staticmethod
    def _key_of(stepper: Stepper) -> tuple:
        network = stepper.trainer.network
        params = [p for k in range(1, len(network.layers) + 1) for p in stepper.visible_parameters(k)]
        return (network, *params)

    def _compute(self, layers, params: tuple) -> list[Array]:
        """``params``: W₁, b₁, W₂, b₂, … as the cursor shows them."""
        m = self.size
        outs = [self.inputs] + [np.empty((layer.units, m), dtype=np.float32) for layer in layers]
        with np.errstate(all="ignore"):  # a diverged run's parameters overflow float32: inf, then NaN
            shown = [
                (np.asarray(W, dtype=np.float32), np.asarray(b, dtype=np.float32)[:, None])
                for W, b in zip(params[::2], params[1::2])
            ]
            chunk = chunk_points([W.shape for W, _ in shown])
            for start in range(0, m, chunk):
                a = self.inputs[:, start : start + chunk]
                for out, layer, (W, b) in zip(outs[1:], layers, shown):
                    # Straight into the layer's block of the output: rows are contiguous, so BLAS
                    # and the ufuncs work in place, without temporaries or copies.
                    z = out[:, start : start + chunk]
                    np.matmul(W, a, out=z)
                    z += b
                    f = layer.activation.value
                    if isinstance(f, np.ufunc):  # tanh
                        f(z, out=z)
                    else:  # activations take (batch, units): softmax normalizes each point's row
                        z[...] = f(z.T).T
                    a = z
        return outs


def shown_until(stepper: Stepper, phase: str, layer: int) -> int:
    """The last iteration whose ``phase`` of ``layer`` is revealed: the current one once the
    cursor has passed that event, else the one before (iterations count from 1)."""
    position = stepper.position
    if stepper.trace is None:
        return position.iteration
    return position.iteration if stepper.is_revealed(phase, layer) else position.iteration - 1


def count_until(iterations: Array, last: int) -> int:
    """How many of the sorted ``iterations`` are ≤ ``last``."""
    return int(np.searchsorted(iterations, last, side="right"))


def iteration_complete(stepper: Stepper) -> int:
    """The last completely revealed iteration (its final update shown)."""
    return shown_until(stepper, UPDATE, len(stepper.trainer.network.layers))


def revealed_units(stepper: Stepper, layer: int) -> int:
    """How many units of ``layer`` have their forward pass revealed (units are computed in order)."""
    units = stepper.trainer.network.sizes[layer]  # a conv or pool layer's units are its map cells
    if stepper.trace is None:
        return 0
    if stepper.is_revealed(FORWARD, layer):
        return units
    return sum(1 for j in range(units) if stepper.is_revealed(FORWARD, layer, j))


def decimation(n: int, max_points: int = MAX_EPOCH_POINTS) -> Array:
    """Indices of at most about ``max_points`` of ``n`` points, evenly strided, the last included."""
    if n <= max_points:
        return np.arange(n)
    stride = -(-n // max_points)
    index = np.arange(0, n, stride)
    return index if index[-1] == n - 1 else np.append(index, n - 1)


def peak_points(x: Array, y: Array, runs: int) -> tuple[Array, Array]:
    """Points ``(x, y)`` (x sorted) thinned to about 2·``runs``: each of ``runs`` stretches of
    consecutive points keeps its lowest and its highest, in x order; the last partial stretch and
    the newest point are kept whole. A line through them spans the same values in each stretch as
    one through every point, so at a stretch a pixel column the curve looks the same (a noisy loss
    keeps its spikes) for a fraction of the drawing. NaN is neither lowest nor highest unless a
    stretch is all NaN."""
    n = len(x)
    if runs < 1 or n <= 2 * runs:
        return x, y
    size = -(-n // runs)
    whole = n // size * size
    y = np.asarray(y, dtype=float)
    rows = y[:whole].reshape(-1, size)
    low = np.argmin(np.where(np.isnan(rows), np.inf, rows), axis=1)
    high = np.argmax(np.where(np.isnan(rows), -np.inf, rows), axis=1)
    starts = np.arange(0, whole, size)
    extremes = (np.stack([low, high], axis=1) + starts[:, None]).ravel()
    index = np.unique(np.concatenate([extremes, np.arange(whole, n), [n - 1]]))  # sorted, once each
    return x[index], y[index]


class EpochSeries:
    """The workspace's epoch records as arrays, extended incrementally as epochs are added.

    ``workspace.epochs`` only grows by appending; a rewind or a reset replaces the
    list, which :meth:`update` notices and reads afresh.
    """

    FIELDS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")

    def __init__(self):
        self._source: list | None = None
        self._last = None
        self._n = 0
        self.iterations = np.zeros(0, dtype=np.int64)
        self.values = np.zeros((0, len(self.FIELDS)))

    def update(self, records: list) -> None:
        n = self._n
        same = records is self._source and len(records) >= n and (n == 0 or records[n - 1] is self._last)
        if not same:
            n = 0
        new = records[n:]
        if new or not same:
            rows = [[_number(getattr(r.result, f)) for f in self.FIELDS] for r in new]
            its = np.array([r.iteration for r in new], dtype=np.int64)
            values = np.array(rows, dtype=float).reshape(len(new), len(self.FIELDS))
            if same:
                self.iterations = np.concatenate([self.iterations, its])
                self.values = np.concatenate([self.values, values])
            else:
                self.iterations, self.values = its, values
        self._source = records
        self._n = len(records)
        self._last = records[-1] if records else None

    def column(self, name: str) -> Array:
        return self.values[:, self.FIELDS.index(name)]


def _number(value: float | None) -> float:
    return float("nan") if value is None else float(value)


def input_mapper(experiment: Experiment) -> Callable[[Array], Array]:
    """Raw points (M, d) → the network's inputs: the experiment's features, then its
    standardization (the training set's mean and std, as the data loader computed them)."""
    data = experiment.data
    if not experiment.spec["data"].get("standardize", False):
        return data.map_points
    mean, std = standardization(data.map_points(data.points_train))

    def mapped(points: Array) -> Array:
        return (data.map_points(points) - mean) / std

    return mapped


@dataclass(frozen=True)
class PlaneGrid:
    """An ``n``×``n`` grid of pixel centres over the rectangle ``(x0, y0, width, height)``.

    ``points`` (n², 2) are in row-major image order: row i (y increasing) then column j.
    """

    x0: float
    y0: float
    width: float
    height: float
    n: int

    @property
    def xs(self) -> Array:
        return self.x0 + (np.arange(self.n) + 0.5) * (self.width / self.n)

    @property
    def ys(self) -> Array:
        return self.y0 + (np.arange(self.n) + 0.5) * (self.height / self.n)

    @property
    def points(self) -> Array:
        gx, gy = np.meshgrid(self.xs, self.ys)
        return np.column_stack([gx.ravel(), gy.ravel()])


def plane_grid(points: Array, n: int = 100, margin: float = 0.1) -> PlaneGrid:
    """The grid over the bounding box of ``points`` (M, 2), widened by ``margin`` of its span."""
    lo, hi = points.min(axis=0), points.max(axis=0)
    span = np.where(hi - lo > 0, hi - lo, 2.0)
    lo, hi = lo - margin * span, lo + (1 + margin) * span
    return PlaneGrid(float(lo[0]), float(lo[1]), float(hi[0] - lo[0]), float(hi[1] - lo[1]), n)


def line_grid(points: Array, n: int = 300, margin: float = 0.05) -> Array:
    """``n`` values over the range of the 1-D ``points`` (M, 1), widened by ``margin`` of the span."""
    lo, hi = float(points.min()), float(points.max())
    span = hi - lo if hi > lo else 2.0
    return np.linspace(lo - margin * span, lo + (1 + margin) * span, n)


@dataclass(frozen=True)
class SoftmaxSteps:
    """One sample's path through a softmax output: scores, exponentials, probabilities, loss.

    ``exp`` is e^(z − max z) when ``shifted`` (large scores would overflow e^z).
    """

    z: Array
    exp: Array
    p: Array
    true_class: int
    nll: float
    shifted: bool


def softmax_steps(z: Array, p: Array, true_class: int) -> SoftmaxSteps:
    """From the output layer's ``z`` and ``a`` = softmax(z) (K,) of one sample."""
    shifted = bool(np.max(z) > 50.0)
    with np.errstate(all="ignore"):
        e = np.exp(z - np.max(z)) if shifted else np.exp(z)
        nll = float(-np.log(p[true_class]))
    return SoftmaxSteps(z, e, p, int(true_class), nll, shifted)


def true_class(t_row: Array) -> int:
    """The class of one target: an index, or the 1 of a one-hot row."""
    t_row = np.asarray(t_row)
    return int(t_row) if t_row.ndim == 0 else int(np.argmax(t_row))


def activation_curve(activation, z_limit: float, n: int = 401) -> tuple[Array, Array, Array]:
    """``(z, f(z), f′(z))`` on ``n`` points over [−z_limit, z_limit] for an elementwise activation."""
    z = np.linspace(-z_limit, z_limit, n)
    f = activation.value(z)
    return z, f, activation.derivative(z, f)


def z_extent(z: Array) -> float:
    """The largest finite |z| (0 without values)."""
    finite = z[np.isfinite(z)]
    return float(np.max(np.abs(finite))) if finite.size else 0.0


def saturation_note(activation, z: Array) -> str:
    """What a learner should notice about a layer's pre-activations ``z`` (N, units)."""
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return ""
    name = activation.name
    if name in ("relu", "leaky_relu"):
        off = float(np.mean(finite <= 0))
        dead = int(np.sum(np.all(z <= 0, axis=0))) if z.ndim == 2 else 0
        slope = "f′ = 0" if name == "relu" else f"f′ = {activation.params['slope']:g}"
        off_text = translate("plot_values", "units off for the whole batch: {dead}/{units}")
        return f"z ≤ 0 ({slope}): {off:.0%} · " + off_text.format(dead=dead, units=z.shape[1])
    if name in ("sigmoid", "tanh"):
        peak = float(activation.derivative(np.zeros(1), activation.value(np.zeros(1)))[0])
        slope = activation.derivative(finite, activation.value(finite))
        share = f"{float(np.mean(slope < 0.1 * peak)):.0%}"
        return translate("plot_values", "saturated (f′ < 10% of its peak): {share}").format(share=share)
    return ""


def smooth_log(y: Array, window: int) -> Array:
    """Centred moving average of ``log10 y`` over ``window`` points, back on the linear scale
    (a geometric mean: right for values spanning decades). Non-positive values are skipped."""
    if window <= 1 or len(y) < 3:
        return y.astype(float)
    positive = y > 0
    logs = np.where(positive, np.log10(np.where(positive, y, 1.0)), 0.0)
    kernel = np.ones(window)
    total = np.convolve(logs, kernel, mode="same")
    count = np.convolve(positive.astype(float), kernel, mode="same")
    with np.errstate(all="ignore"):
        return np.where(count > 0, 10.0 ** (total / np.maximum(count, 1.0)), np.nan)


def smooth_mean(y: Array, window: int) -> Array:
    """Centred moving average of ``y`` over ``window`` points; NaN values are skipped (NaN where the
    window holds none)."""
    y = np.asarray(y, dtype=float)
    if window <= 1 or len(y) < 3:
        return y.copy()
    finite = np.isfinite(y)
    kernel = np.ones(window)
    total = np.convolve(np.where(finite, y, 0.0), kernel, mode="same")
    count = np.convolve(finite.astype(float), kernel, mode="same")
    with np.errstate(all="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1.0), np.nan)
