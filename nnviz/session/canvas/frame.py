"""The numbers of one canvas redraw, read from the step view (:mod:`nnviz.session.step_view`): no Qt.

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

from nnviz.core.number_text import num
from nnviz.session.canvas.layout import GRID, Layout
from nnviz.session.events import BACKWARD, FORWARD, UPDATE, Event
from nnviz.session.layer_view import LayerView
from nnviz.session.step_view import StepView

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
    """A number inside a unit: two decimals below 10 (``−0.08``), three digits above; ``0`` for a
    value that is or rounds to zero (never ``−0.00``, e.g. the product 0 × −0.53)."""
    if value != value:
        return ""
    text = f"{value:.2f}" if abs(value) < 9.995 else f"{value:.3g}"
    if text.lstrip("-") == "0.00":
        return "0"
    return text.replace("-", "−").replace("e+0", "e").replace("e-0", "e−")


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
    sample: str = ""
    """The traced sample whose values the units show (``"sample 4"``), empty before the first step."""
    class_texts: tuple[str, ...] = ()
    """What the legend calls the output classes (``"class 0"``, ``"class 1 (versicolor)"``)."""
    answer_units: dict[tuple[int, int], str] = field(default_factory=dict)
    """In the exercise mode, ``(layer, unit) → mark`` (``right``, ``rounded``, ``consistent``,
    ``wrong``: the worst verdict of the learner's answers on it)."""
    answer_edges: dict[int, str] = field(default_factory=dict)
    """In the exercise mode, drawn edge index → mark of the learner's answers on that weight or bias."""

    loss_revealed: bool = False
    """Whether the cursor has revealed the loss (``loss`` is NaN before; after, NaN or ∞ if training blew up)."""

    @property
    def phase(self) -> str | None:
        return None if self.event is None else self.event.phase

    def loss_label(self) -> str:
        """The loss box's text: ``L = 0.6729`` once the loss is revealed (``L = ∞``, ``L = NaN`` if it
        overflowed), ``L`` before."""
        if not self.loss_revealed:
            return "L"
        return f"L = {fmt(self.loss, 4) if math.isfinite(self.loss) else num(self.loss)}"


def edge_matrices(view: StepView, quantity: str, bundle_layer1: bool) -> list[Array]:
    """Per layer k, the (units, fan_in + 2) matrix ``[values | bias | bundle]`` of ``quantity`` as
    ``view`` shows it: NaN where the cursor has not revealed it. Column ``fan_in`` is the bias (the
    one bias encoding of :mod:`nnviz.session.selection`); the bundle column is only filled for
    layer 1 when the input is an image grid."""
    return _matrices(view, quantity, bundle_layer1, whole=False)


def _matrices(view: StepView, quantity: str, bundle_layer1: bool, *, whole: bool) -> list[Array]:
    out = []
    for lv in view.layers:
        if not isinstance(lv, LayerView):
            out.append(np.zeros(0))  # a conv layer's weights are kernels, drawn beside its maps
            continue
        if whole:
            values = lv.whole(quantity)
        else:
            values = {"weight": lv.parameters, "gradient": lv.gradient, "update": lv.step}[quantity]
        m = np.full((lv.units, lv.fan_in + 2), np.nan)
        m[:, : lv.fan_in + 1] = values
        if lv.index == 1 and bundle_layer1:
            m[:, lv.fan_in + 1] = _bundle(m[:, : lv.fan_in])
        out.append(m)
    return out


def resolve_quantity(quantity: str, event: Event | None) -> str:
    if quantity != "auto":
        return quantity
    return QUANTITY_OF_PHASE.get(event.phase, "weight") if event else "weight"


def build_frame(view: StepView, layout: Layout, quantity: str = "auto") -> Frame:
    """Every value the canvas shows, read from ``view`` (the step view of the cursor)."""
    event = view.event
    q = resolve_quantity(quantity, event)
    grid = layout.layers[0].kind == GRID
    flat = np.concatenate([m.ravel() for m in edge_matrices(view, q, grid)])
    values = flat[layout.edge_gather]
    finite = np.abs(values[np.isfinite(values)])
    if q != "weight" and view.trace is not None and not view.layers[-1].after_update:
        # Scale by the whole quantity, revealed or not, so widths do not jump while stepping
        # (once the last update is revealed, so is all of it: a live run's every frame).
        full = np.concatenate([m.ravel() for m in _matrices(view, q, grid, whole=True)])
        finite = np.abs(full[layout.edge_gather])
        finite = finite[np.isfinite(finite)]
    scale = nice_ceiling(float(np.percentile(finite, 95))) if len(finite) else 1.0

    sizes = view.network.sizes
    nan = [np.full(n, np.nan) for n in sizes]
    a, z, delta, fill = list(nan), [x.copy() for x in nan], [x.copy() for x in nan], [x.copy() for x in nan]
    act_scale = [1.0] * len(sizes)
    trace, s = view.trace, view.row
    if trace is not None:
        act_scale[0] = nice_ceiling(float(np.abs(trace.x).max()))
        a[0] = view.x
        fill[0] = normalize(a[0], None, act_scale[0])
        for k, lv in enumerate(view.layers, start=1):
            a[k], z[k], delta[k] = lv.a[s].reshape(-1), lv.z[s].reshape(-1), lv.delta[s].reshape(-1)
            act_scale[k] = nice_ceiling(float(np.abs(lv.trace.a).max()))
            fill[k] = normalize(a[k], lv.activation, act_scale[k])

    frame = Frame(q, event, values, scale, a, z, delta, fill, act_scale, view.loss)
    frame.sample = view.sample_text()
    frame.loss_revealed = view.loss_revealed and view.trace is not None
    _answer_marks(frame, view, layout)
    frame.class_texts = tuple(view.class_text(c) for c in range(layout.class_outputs))
    if event is not None:
        shown = {k: set(layout.layers[k].shown.tolist()) for k in {k for k, _ in view.focus_units}}
        frame.focus_units = [(k, j) for k, j in view.focus_units if j in shown[k]]
        if event.phase in (FORWARD, BACKWARD):
            frame.focus_edges = layout.edges_into(event.layer, event.unit)
        elif event.phase == UPDATE and view.network.layers[event.layer - 1].W is not None:
            frame.focus_edges = layout.edges_into(event.layer)
    return frame


def _answer_marks(frame: Frame, view: StepView, layout: Layout) -> None:
    """The exercise mode's verdict marks on the units and edges the layout draws."""
    for target, mark in view.exercise_marks.items():
        k, j = target.layer, target.unit
        if target.is_unit:
            if j in set(layout.layers[k].shown.tolist()):
                frame.answer_units[(k, j)] = mark
            continue
        into = layout.edges_into(k, j)
        for i in into[layout.edge_source[into] == target.source].tolist():
            frame.answer_edges[i] = mark
