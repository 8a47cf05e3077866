"""Gradient checking: is backpropagation right? Ask the loss itself.

Backpropagation gives ∂L/∂w for every weight in one backward pass. A slower,
independent way is to nudge one weight up and down by a small ``eps`` and see
how the loss changes (central finite differences)::

    ∂L/∂w ≈ (L(w + eps) − L(w − eps)) / (2·eps)

Its error has two parts: truncation, about eps²·|f‴|/6, and rounding in L,
about 1e-16·|L|/eps. In float64 they balance near eps = 1e-5, where both are
around 1e-11 (with eps = 1e-6 rounding alone reaches 1e-10·|L|, too coarse for
gradients near 1e-4). L is the total loss, data plus regularization, exactly
what training differentiates.

Relative error compares the two answers ``a`` (analytic) and ``n`` (numeric)::

    rel = |a − n| / max(|a|, |n|, floor)

It is scale free for ordinary gradients; ``floor`` (default 1e-4) keeps a
gradient that is almost zero from turning rounding noise into a large ratio
(below the floor, ``rel`` is the absolute error divided by the floor). Rule of
thumb: rel < 1e-6 means backpropagation is right; rel near 1 means a bug, or a
kink (ReLU at 0, |w| at 0, a hinge margin at 0) within eps of the point.

Dropout is random, so a check must hold the dropout masks fixed: pass ``masks``
(one (N, units) 0/1 array or ``None`` per layer, as for
:meth:`~nnviz.core.network.Network.compute`; for a traced iteration,
``[lt.mask for lt in trace.layers]``). Without masks, dropout is off. The check
is of the network's current parameters. They are never changed in place: a
nudged copy replaces the array and the original is put back.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.losses import Loss
from nnviz.core.network import Network
from nnviz.core.regularizers import Regularizer

Array = np.ndarray
DEFAULT_EPS = 1e-5
DEFAULT_FLOOR = 1e-4


@dataclass(frozen=True)
class ParamCheck:
    """The check of one parameter array: layer ``layer`` (1-based), ``name`` "W" or "b".

    ``numeric``, ``analytic`` and ``rel_error`` have the parameter's shape:
    (units, fan_in) for W, (units,) for b.
    """

    layer: int
    name: str
    numeric: Array
    analytic: Array
    rel_error: Array

    @property
    def max_rel_error(self) -> float:
        return float(np.max(self.rel_error))


def relative_error(analytic, numeric, floor: float = DEFAULT_FLOOR):
    """|a − n| / max(|a|, |n|, floor), elementwise for arrays or scalars."""
    a = np.asarray(analytic, dtype=float)
    n = np.asarray(numeric, dtype=float)
    return np.abs(a - n) / np.maximum(np.maximum(np.abs(a), np.abs(n)), floor)


def gradient_check(
    network: Network,
    loss: Loss,
    regularizer: Regularizer,
    x: Array,
    t: Array,
    masks: list[Array | None] | None = None,
    eps: float = DEFAULT_EPS,
    floor: float = DEFAULT_FLOOR,
) -> list[ParamCheck]:
    """Check every weight and bias of ``network`` on the batch ``x`` (N, inputs), targets ``t``.

    Returns one :class:`ParamCheck` per parameter array, in the order W1, b1, W2, b2, …
    (conv kernels (out, in, kh, kw) included; layers without parameters skipped).
    Costs two forward/backward passes per parameter: meant for small networks.
    """
    x = np.asarray(x, dtype=float)
    trace = network.compute(x, t, loss, regularizer, masks=masks)
    checks = []
    for k, lt in enumerate(trace.layers):
        if lt.W_before is None:
            continue  # a pool, flatten or concat layer has no parameters
        for name, analytic in (("W", lt.grad_W), ("b", lt.grad_b)):
            numeric = np.empty_like(analytic)
            for index in np.ndindex(analytic.shape):
                numeric[index] = _numeric(network, loss, regularizer, x, t, masks, k, name, index, eps)
            rel = relative_error(analytic, numeric, floor)
            checks.append(ParamCheck(k + 1, name, numeric, np.array(analytic), rel))
    return checks


def check_parameter(
    network: Network,
    loss: Loss,
    regularizer: Regularizer,
    x: Array,
    t: Array,
    layer: int,
    unit: int,
    source: int,
    masks: list[Array | None] | None = None,
    eps: float = DEFAULT_EPS,
    floor: float = DEFAULT_FLOOR,
) -> tuple[float, float, float]:
    """Check one parameter: ``(numeric, analytic, rel_error)``.

    The parameter is the weight from unit ``source`` of layer ``layer − 1`` into
    unit ``unit`` of layer ``layer`` (1-based layer; 0-based unit indices), i.e.
    ``W[unit, source]``; ``source == fan_in`` (the bias unit, value 1) means ``b[unit]``.
    In a conv layer ``unit`` is the kernel and ``source`` counts its weights (in, kh, kw)
    row-major, ``fan_in = in·kh·kw`` being its bias.
    """
    if not 1 <= layer <= len(network.layers):
        raise ValueError(f"layer must be in 1..{len(network.layers)}, got {layer}")
    target = network.layers[layer - 1]
    if target.W is None:
        raise ValueError(f"layer {layer} ({target.kind}) has no parameters")
    units, fan_in = len(target.W), target.W[0].size
    if not 0 <= unit < units or not 0 <= source <= fan_in:
        raise ValueError(
            f"layer {layer} has units 0..{units - 1} and sources 0..{fan_in} "
            f"({fan_in} is the bias), got unit {unit}, source {source}"
        )
    x = np.asarray(x, dtype=float)
    lt = network.compute(x, t, loss, regularizer, masks=masks).layers[layer - 1]
    if source == fan_in:
        name, index, analytic = "b", (unit,), float(lt.grad_b[unit])
    else:
        index = (unit, *(int(i) for i in np.unravel_index(source, target.W.shape[1:])))
        name, analytic = "W", float(lt.grad_W[index])
    numeric = _numeric(network, loss, regularizer, x, t, masks, layer - 1, name, index, eps)
    return numeric, analytic, float(relative_error(analytic, numeric, floor))


def _numeric(network, loss, regularizer, x, t, masks, k: int, name: str, index: tuple, eps: float) -> float:
    """(L(p + eps) − L(p − eps)) / (2·eps) for element ``index`` of parameter ``name`` of layer k+1."""
    dense = network.layers[k]
    original = getattr(dense, name)
    try:
        totals = []
        for step in (eps, -eps):
            nudged = original.copy()
            nudged[index] += step
            setattr(dense, name, nudged)
            totals.append(network.compute(x, t, loss, regularizer, masks=masks).loss_total)
    finally:
        setattr(dense, name, original)
    return (totals[0] - totals[1]) / (2.0 * eps)
