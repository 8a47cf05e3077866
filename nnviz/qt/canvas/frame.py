"""The numbers of one canvas redraw, read from a :class:`CanvasSource`: plain NumPy, no Qt.

A :class:`Frame` holds, for the traced sample, every value the canvas shows —
NaN where the cursor has not revealed it yet, so the painter draws it empty
rather than stale — and which units and edges the cursor emphasises.

Edge quantities are ``weight`` (w), ``gradient`` (∂L/∂w) and ``update`` (Δw);
``auto`` follows the cursor: weights in the forward pass and loss, gradients in
the backward pass, updates once the update phase has begun.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from nnviz.core.network import Network
from nnviz.qt.canvas.layout import BIAS, BUNDLE, GRID, Layout
from nnviz.qt.canvas.source import CanvasSource, Event

Array = np.ndarray
QUANTITIES = ("auto", "weight", "gradient", "update")
LABELS = ("off", "weights", "gradients", "updates", "activations", "none")
"""``none`` draws no number at all (values, δ badges, callout, loss): a clean figure for slides."""
QUANTITY_OF_PHASE = {"forward": "weight", "loss": "weight", "backward": "gradient", "update": "update"}
SYMBOL = {"weight": "w", "gradient": "∂L/∂w", "update": "Δw"}
BOUNDED = ("sigmoid", "softmax", "tanh")
"""Activations whose values lie in [0, 1] or [−1, 1]: coloured on that fixed scale."""


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 × 10ⁿ that is ≥ ``value`` (1 for zero or NaN)."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    base = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * base >= value * (1 - 1e-9):
            return step * base
    return 10.0 * base


def fmt(value: float, digits: int = 3) -> str:
    """A short number for a label: ``0.731``, ``−12.4``, ``3.1e−05``; empty for NaN."""
    if value is None or not math.isfinite(value):
        return ""
    if value == 0:
        return "0"
    mag = abs(value)
    if 1e-3 <= mag < 1e4:
        decimals = max(0, digits - 1 - math.floor(math.log10(mag)))
        text = f"{value:.{decimals}f}"
    else:
        text = f"{value:.{max(digits - 2, 0)}e}".replace("e-0", "e-").replace("e+0", "e")
    return text.replace("-", "−")


def short(value: float) -> str:
    """A number inside a unit: two decimals below 10 (``−0.08``), three digits above."""
    if value != value:
        return ""
    text = f"{value:.2f}" if abs(value) < 9.995 else f"{value:.3g}"
    return text.replace("-", "−").replace("e+0", "e").replace("e-0", "e−")


def shown_parameters(source: CanvasSource) -> list[tuple[Array, Array]]:
    """``(W, b)`` per layer as the cursor shows them: the old ones until ``update(k)`` is revealed."""
    trace = source.trace
    if trace is None:
        return [(layer.W, layer.b) for layer in source.network.layers]
    out = []
    for k, lt in enumerate(trace.layers, start=1):
        if lt.W is not None and source.is_revealed("update", k):
            out.append((lt.W, lt.b))
        else:
            out.append((lt.W_before, lt.b_before))
    return out


def unit_mask(source: CanvasSource, phase: str, layer: int, n: int) -> Array:
    """Which units of ``layer`` the cursor has revealed in ``phase`` (events come in unit order)."""
    if source.trace is None:
        return np.zeros(n, dtype=bool)
    if source.is_revealed(phase, layer, n - 1):
        return np.ones(n, dtype=bool)
    if not source.is_revealed(phase, layer, 0):
        return np.zeros(n, dtype=bool)
    return np.array([source.is_revealed(phase, layer, j) for j in range(n)], dtype=bool)


def normalize(values: Array, activation: str | None, scale: float) -> Array:
    """Map a layer's values to [−1, 1] for colour, keeping the sign (orange is always negative):
    bounded activations on their fixed range, others relative to ``scale``."""
    return np.clip(values if activation in BOUNDED else values / scale, -1.0, 1.0)


def _bundle(matrix: Array) -> Array:
    """One value standing for a row of many weights: its root mean square, signed by its mean."""
    return np.sign(matrix.mean(axis=1)) * np.sqrt(np.mean(matrix * matrix, axis=1))


@dataclass
class Frame:
    """Everything one redraw shows. Per-layer lists run over layers 0..L (layer 0: the inputs)."""

    quantity: str
    event: Event | None
    edge_values: Array
    """(E,) the shown quantity per drawn edge; NaN where not revealed."""
    edge_scale: float
    a: list[Array]
    z: list[Array]
    delta: list[Array]
    fill: list[Array]
    """Unit fill in [−1, 1] (NaN: empty)."""
    activation_scale: list[float]
    loss: float
    focus_units: list[tuple[int, int]] = field(default_factory=list)
    focus_edges: Array = field(default_factory=lambda: np.zeros(0, dtype=np.intp))

    @property
    def phase(self) -> str | None:
        return None if self.event is None else self.event[0]


def edge_matrices(source: CanvasSource, quantity: str, bundle_layer1: bool) -> list[Array]:
    """Per layer k, the (units, fan_in + 2) matrix ``[values | bias | bundle]`` of ``quantity``.

    Rows the cursor has not revealed are NaN; the bundle column is only filled
    for layer 1 when the input is an image grid.
    """
    trace, net = source.trace, source.network
    params = shown_parameters(source)
    out = []
    for k, layer in enumerate(net.layers, start=1):
        units, fan_in = layer.W.shape
        m = np.full((units, fan_in + 2), np.nan)
        if quantity == "weight":
            m[:, :fan_in], m[:, fan_in] = params[k - 1]
        elif trace is not None and quantity == "gradient":
            lt = trace.layers[k - 1]
            rows = unit_mask(source, "backward", k, units)
            m[rows, :fan_in] = lt.grad_W[rows]
            m[rows, fan_in] = lt.grad_b[rows]
        elif trace is not None and quantity == "update":
            lt = trace.layers[k - 1]
            if lt.W is not None and source.is_revealed("update", k):
                m[:, :fan_in] = lt.W - lt.W_before
                m[:, fan_in] = lt.b - lt.b_before
        if k == 1 and bundle_layer1:
            m[:, fan_in + 1] = _bundle(m[:, :fan_in])
        out.append(m)
    return out


def edge_numbers(source: CanvasSource, layer: int, unit: int, src: int) -> dict[str, float]:
    """w, ∂L/∂w and Δw of one edge as the cursor shows them (NaN: not revealed)."""
    out = {}
    for q in ("weight", "gradient", "update"):
        m = edge_matrices(source, q, False)[layer - 1]
        fan_in = m.shape[1] - 2
        col = fan_in if src == BIAS else src
        out[q] = float(m[unit, col]) if src != BUNDLE else float("nan")
    return out


def resolve_quantity(quantity: str, event: Event | None) -> str:
    if quantity != "auto":
        return quantity
    return QUANTITY_OF_PHASE.get(event[0], "weight") if event else "weight"


def build_frame(source: CanvasSource, layout: Layout, quantity: str = "auto") -> Frame:
    """Read every value the canvas shows from ``source``."""
    net: Network = source.network
    trace = source.trace
    event = source.current_event
    q = resolve_quantity(quantity, event)
    grid = layout.layers[0].kind == GRID
    mats = edge_matrices(source, q, grid)
    flat = np.concatenate([m.ravel() for m in mats])
    values = flat[layout.edge_gather]
    finite = np.abs(values[np.isfinite(values)])
    if q != "weight" and trace is not None and not source.is_revealed("update", len(net.layers)):
        # Scale by the whole quantity, revealed or not, so widths do not jump while stepping
        # (once the last update is revealed, so is all of it: a live run's every frame).
        full = np.concatenate([m.ravel() for m in edge_matrices(_Everything(source), q, grid)])
        finite = np.abs(full[layout.edge_gather])
        finite = finite[np.isfinite(finite)]
    scale = nice_ceiling(float(np.percentile(finite, 95))) if len(finite) else 1.0

    sizes = net.sizes
    nan = [np.full(n, np.nan) for n in sizes]
    a, z, delta, fill = list(nan), [x.copy() for x in nan], [x.copy() for x in nan], [x.copy() for x in nan]
    act_scale = [1.0] * len(sizes)
    loss = float("nan")
    s = source.sample
    if trace is not None:
        x = trace.x
        act_scale[0] = nice_ceiling(float(np.abs(x).max()))
        a[0] = x[s].astype(float)
        fill[0] = normalize(a[0], None, act_scale[0])
        for k, lt in enumerate(trace.layers, start=1):
            n = sizes[k]
            name = net.layers[k - 1].activation.name
            fwd = unit_mask(source, "forward", k, n)
            a[k] = np.where(fwd, lt.a[s], np.nan)
            z[k] = np.where(fwd, lt.z[s], np.nan)
            act_scale[k] = nice_ceiling(float(np.abs(lt.a).max()))
            fill[k] = normalize(a[k], name, act_scale[k])
            if lt.delta is not None:
                delta[k] = np.where(unit_mask(source, "backward", k, n), lt.delta[s], np.nan)
        if source.is_revealed("loss", 0):
            loss = float(trace.loss_total)

    frame = Frame(q, event, values, scale, a, z, delta, fill, act_scale, loss)
    if event is not None:
        phase, k, j = event
        if phase in ("forward", "backward") and j is not None:
            frame.focus_units = [(k, j)]
            frame.focus_edges = layout.edges_into(k, j)
        elif phase == "update":
            frame.focus_units = [(k, int(u)) for u in layout.layers[k].shown]
            frame.focus_edges = layout.edges_into(k)
        elif phase == "loss":
            frame.focus_units = [(len(sizes) - 1, int(u)) for u in layout.layers[-1].shown]
    return frame


@dataclass
class _Everything:
    """The same source with every event revealed: for scales that must not jump while stepping."""

    inner: CanvasSource

    @property
    def network(self):
        return self.inner.network

    @property
    def trace(self):
        return self.inner.trace

    def is_revealed(self, phase: str, layer: int, unit: int | None = None) -> bool:
        return True
