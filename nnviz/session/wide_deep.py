"""The logit of a Wide&Deep output split into its two lanes (no Qt).

A Wide&Deep network ends with a ``concat`` layer and the dense output layer.
The concat joins k columns of the network's input (the *wide lane*: raw and
crossed one-hot features) to the d outputs of the last deep layer (the *deep
lane*), input first, so output unit j reads one row of weights ``W[j]`` of
k + d numbers and its logit splits exactly::

    z_j = Σ_i W[j, i]·x_wide,i  +  Σ_h W[j, k + h]·a_deep,h  +  b_j
        =       z_wide,j        +        z_deep,j           +  b_j

Concatenating the lanes before one output unit *is* adding a wide logit and a
deep logit: :class:`LogitSplit` holds the three parts for rows of a batch, the
output ``y = f(z)`` and each row's loss term, and :func:`split_lines` writes
them out with every number, for the inspector and the worked example.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.number_text import factor, num
from nnviz.core.trace import IterationTrace
from nnviz.i18n import translate

Array = np.ndarray
MAX_WIDE_TERMS = 6
"""Wide slots listed one by one in a sentence; more are summed as "the other n"."""


@dataclass(frozen=True)
class Lanes:
    """Where the two lanes of a Wide&Deep network are.

    ``concat`` is the concat layer's 1-based index (the output layer is ``concat + 1``),
    ``columns`` (k,) the network input column of each wide slot, ``wide_names`` (k,)
    their feature names (``colour=red × size=S``), ``deep_width`` = d, the deep lane's units.
    """

    concat: int
    columns: Array
    wide_names: tuple[str, ...]
    deep_width: int

    @property
    def output(self) -> int:
        """The output layer's 1-based index."""
        return self.concat + 1

    @property
    def wide_width(self) -> int:
        return len(self.columns)


def find_lanes(network, input_names: list[str] | tuple[str, ...]) -> Lanes | None:
    """The lanes of ``network`` when its output layer follows a concat directly, else ``None``."""
    layers = network.layers
    if len(layers) < 2 or layers[-2].kind != "concat" or layers[-1].kind != "dense":
        return None
    concat = layers[-2]
    columns = np.arange(network.n_inputs) if concat.columns is None else np.array(concat.columns)
    names = tuple(input_names[c] if c < len(input_names) else f"x{c + 1}" for c in columns)
    deep_width = network.sizes[len(layers) - 1] - len(columns)
    return Lanes(len(layers) - 1, columns, names, deep_width)


@dataclass(frozen=True)
class LogitSplit:
    """The output logits of N rows split by lane: z = z_wide + z_deep + b.

    ``x_wide`` (N, k) and ``a_deep`` (N, d) are what entered the output layer,
    ``W`` (K, k + d) and ``b`` (K,) the weights that computed it, ``y`` (N, K)
    the output activation (named ``activation``) of z, ``loss`` (N,) each row's loss term (``None``
    without targets) and ``t`` the targets as given (``None`` without).
    """

    x_wide: Array
    a_deep: Array
    W: Array
    b: Array
    y: Array
    loss: Array | None
    t: Array | None
    activation: str = "sigmoid"

    @property
    def z_wide(self) -> Array:
        """(N, K): the wide lane's part of each logit."""
        return self.x_wide @ self.W[:, : self.x_wide.shape[1]].T

    @property
    def z_deep(self) -> Array:
        """(N, K): the deep lane's part of each logit."""
        return self.a_deep @ self.W[:, self.x_wide.shape[1] :].T

    @property
    def z(self) -> Array:
        """(N, K): the sum of the parts, z_wide + z_deep + b."""
        return self.z_wide + self.z_deep + self.b


def split(lanes: Lanes, joined: Array, W: Array, b: Array, activation, loss=None, t: Array | None = None):
    """The :class:`LogitSplit` of the output layer's input ``joined`` (N, k + d) under ``W``, ``b``.

    ``activation`` is the output layer's; ``loss`` and ``t`` give each row's loss term.
    """
    k = lanes.wide_width
    x_wide, a_deep = joined[:, :k], joined[:, k:]
    z = x_wide @ W[:, :k].T + a_deep @ W[:, k:].T + b
    y = activation.value(z)
    per = None if loss is None or t is None else loss.per_sample(z, y, t, activation)
    return LogitSplit(x_wide, a_deep, W, b, y, per, t, activation.name)


def trace_split(lanes: Lanes, network, trace: IterationTrace, loss=None) -> LogitSplit:
    """The split of every row of the traced mini-batch, under the weights its forward pass used."""
    lt = trace.layers[lanes.output - 1]
    layer = network.layers[lanes.output - 1]
    W = lt.W_before if lt.W_before is not None else layer.W
    b = lt.b_before if lt.b_before is not None else layer.b
    return split(lanes, lt.input, W, b, layer.activation, loss, trace.t)


def rows_split(lanes: Lanes, network, x: Array, t: Array | None = None, loss=None, parameters=None) -> LogitSplit:
    """The split of rows ``x`` (N, n_inputs) — the test set, say — in evaluation mode (no dropout).

    ``parameters(k)`` gives layer k's ``(W, b)`` (the stepper's ``visible_parameters``: what the
    cursor shows); by default the network's current ones.
    """
    parameters = parameters or (lambda k: (network.layers[k - 1].W, network.layers[k - 1].b))
    a = x
    for k, layer in enumerate(network.layers[: lanes.concat - 1], start=1):
        if layer.W is None:
            a = layer.forward(a)[1]
        else:
            W, b = parameters(k)
            a = layer.activation.value(a @ W.T + b)
    joined = network.layers[lanes.concat - 1].forward(a, x)[1]
    W, b = parameters(lanes.output)
    return split(lanes, joined, W, b, network.layers[-1].activation, loss, t)


def split_lines(parts: LogitSplit, lanes: Lanes, row: int, unit: int = 0, loss=None) -> list[str]:
    """Sentences with every number: the wide part term by term (slots at 0 add nothing), the
    deep part, z as their sum with b, then y = f(z) and the row's loss term."""
    n, j, k = row, unit, lanes.wide_width
    z_wide, z_deep = float(parts.z_wide[n, j]), float(parts.z_deep[n, j])
    b, z = float(parts.b[j]), float(parts.z[n, j])
    w_wide = parts.W[j, :k]
    on = np.flatnonzero(parts.x_wide[n] != 0)
    terms = [f"{factor(w_wide[i])}·{factor(parts.x_wide[n, i])} [{lanes.wide_names[i]}]" for i in on]
    if len(terms) > MAX_WIDE_TERMS:
        rest = float(parts.x_wide[n, on[MAX_WIDE_TERMS:]] @ w_wide[on[MAX_WIDE_TERMS:]])
        others = translate("WideDeep", "{0} from the other {1}").format(factor(rest), len(on) - MAX_WIDE_TERMS)
        terms = [*terms[:MAX_WIDE_TERMS], others]
    wide_sum = " + ".join(terms) if terms else "0"
    lines = [
        translate(
            "WideDeep", "Wide lane: z_wide = Σ w·x over its {k} slots, {on} of them nonzero: {terms} = {z}."
        ).format(k=k, on=len(on), terms=wide_sum, z=num(z_wide)),
        translate("WideDeep", "Deep lane: z_deep = Σ w·a over its {d} units = {terms} = {z}.").format(
            d=lanes.deep_width,
            terms=" + ".join(f"{factor(w)}·{factor(a)}" for w, a in zip(parts.W[j, k:], parts.a_deep[n])) or "0",
            z=num(z_deep),
        ),
        translate("WideDeep", "z = z_wide + z_deep + b = {0} + {1} + {2} = {3}.").format(
            num(z_wide), factor(z_deep), factor(b), num(z)
        ),
    ]
    share = abs(z_wide) / (abs(z_wide) + abs(z_deep)) if z_wide or z_deep else 0.0
    lines.append(
        translate("WideDeep", "The wide lane gives {0} % of |z_wide| + |z_deep|.").format(f"{100 * share:.0f}")
    )
    y = float(parts.y[n, j])
    f = "σ" if parts.activation == "sigmoid" else parts.activation
    lines.append(translate("WideDeep", "y = {f}(z) = {0}.").format(num(y), f=f))
    if parts.loss is not None and loss is not None:
        t = np.asarray(parts.t)
        target = float(t[n, j]) if t.ndim == 2 else float(t[n])
        if loss.name == "bce":
            lines.append(
                translate("WideDeep", "BCE term: −[t·log y + (1 − t)·log(1 − y)] with t = {0}: {1}.").format(
                    num(target), num(float(parts.loss[n]))
                )
            )
        else:
            lines.append(
                translate("WideDeep", "Loss term ({0}) of this row: {1}.").format(
                    loss.display_name, num(float(parts.loss[n]))
                )
            )
    return lines


LANE_PARTS = ("wide", "deep", "b")
"""The parts of a logit in the order the bar stacks them."""


def bar_segments(parts: LogitSplit, row: int, unit: int = 0) -> list[tuple[str, float, float]]:
    """The stacked bar of one logit: ``(part, start, end)`` for z_wide from 0, z_deep from there
    and b from there, so the last segment ends at z."""
    values = (float(parts.z_wide[row, unit]), float(parts.z_deep[row, unit]), float(parts.b[unit]))
    ends = np.cumsum(values)
    starts = np.concatenate([[0.0], ends[:-1]])
    return [(name, float(s), float(e)) for name, s, e in zip(LANE_PARTS, starts, ends)]
