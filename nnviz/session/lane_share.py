"""Which lane of a Wide&Deep network does the work, iteration by iteration (no Qt).

With the lanes of :mod:`nnviz.session.wide_deep` (k wide slots, d deep units, the
output layer's weights ``W`` (K, k + d) and bias ``b`` (K,)), one training
iteration gives two numbers per lane:

**Gradient norm.** The wide lane's parameters are the output weights on the wide
slots, ``W[:, :k]``: ``‖∇_wide‖ = ‖∂L/∂W[:, :k]‖``. The deep lane's are every
layer below the concat (weights and biases) and the output weights on the deep
slots, ``W[:, k:]``: ``‖∇_deep‖ = √(Σ_deep layers ‖∂L/∂W_l‖² + ‖∂L/∂b_l‖² + ‖∂L/∂W[:, k:]‖²)``.
The output bias ``b`` belongs to neither lane (it reads the constant 1, not a lane)
and is in neither norm. Gradients are the trace's totals (data + regularization).

**Share of the change in z.** On the iteration's own batch, each lane's part of
the output logit before the update and after it::

    Δz_wide = x_wide·(W_after[:, :k] − W_before[:, :k])ᵀ                   (N, K)
    Δz_deep = a_deep,after·W_after[:, k:]ᵀ − a_deep,before·W_before[:, k:]ᵀ  (N, K)

where ``a_deep,after`` is a forward pass of the deep lane with the updated
parameters (the same batch and the same dropout masks as the iteration's own
forward pass, so ``a_deep,before`` is exactly what the trace holds). The output
bias's step Δb moves every row alike and is left out, as from the norms. The
wide lane's share is ``s = m_wide / (m_wide + m_deep)`` with ``m = mean |Δz|``
over the batch's N·K logits, in [0, 1]; the deep lane's is ``1 − s``; NaN when
neither lane moved z (both means 0, or non-finite).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.core.trace import IterationTrace
from nnviz.session.wide_deep import find_lanes

Array = np.ndarray
COLUMNS = 3
"""What :meth:`LaneShare.columns` gives per iteration: ‖∇_wide‖, ‖∇_deep‖, the wide share."""


@dataclass(frozen=True)
class LogitChange:
    """``dz_wide`` and ``dz_deep`` (N, K): each lane's change of the batch's logits in one update."""

    dz_wide: Array
    dz_deep: Array

    @property
    def wide_share(self) -> float:
        return wide_share(self.dz_wide, self.dz_deep)


def wide_share(dz_wide: Array, dz_deep: Array) -> float:
    """``mean|dz_wide| / (mean|dz_wide| + mean|dz_deep|)`` in [0, 1]; NaN if the sum is 0 or not finite."""
    # the sums over the same N·K logits: their ratio is that of the means (and a third the cost)
    m_wide, m_deep = float(np.add.reduce(np.abs(dz_wide), None)), float(np.add.reduce(np.abs(dz_deep), None))
    total = m_wide + m_deep
    return m_wide / total if total > 0 and math.isfinite(total) else math.nan


class LaneShare:
    """The lanes' gradient norms and share of Δz for the traces of ``network`` (see the module docstring).

    Build it with :meth:`of`, which gives ``None`` for a network that is not Wide&Deep
    (no concat right before a dense output layer, or a deep lane with other than dense,
    flatten or concat layers).
    """

    def __init__(self, network, concat: int, wide_width: int):
        self.layers = network.layers
        self.concat = concat
        """The concat layer's 1-based index; the output layer is ``concat + 1``."""
        self.k = wide_width

    @classmethod
    def of(cls, network) -> LaneShare | None:
        lanes = find_lanes(network, ())
        if lanes is None:
            return None
        if any(layer.kind not in ("dense", "flatten") for layer in network.layers[: lanes.concat - 1]):
            return None
        return cls(network, lanes.concat, lanes.wide_width)

    def norms(self, trace: IterationTrace) -> tuple[float, float]:
        """``(‖∇_wide‖, ‖∇_deep‖)`` of the trace's total gradients (the output bias in neither)."""
        out = trace.layers[self.concat]
        g_wide, g_deep = out.grad_W[:, : self.k], out.grad_W[:, self.k :]
        deep = float(np.vdot(g_deep, g_deep))
        for lt in trace.layers[: self.concat - 1]:
            if lt.grad_W is not None:
                deep += float(np.vdot(lt.grad_W, lt.grad_W)) + float(np.vdot(lt.grad_b, lt.grad_b))
        return math.sqrt(float(np.vdot(g_wide, g_wide))), math.sqrt(deep)

    def change(self, trace: IterationTrace) -> LogitChange:
        """Each lane's change of the batch's logits in the trace's update (the trace must be updated)."""
        out = trace.layers[self.concat]
        k = self.k
        a = trace.x
        for layer, lt in zip(self.layers[: self.concat - 1], trace.layers, strict=False):
            a = layer.forward(a)[1] if lt.W is None else layer.activation.value(a @ lt.W.T + lt.b)
            if lt.mask is not None:
                a = a * lt.mask * (1.0 / (1.0 - layer.dropout))
        joined = trace.layers[self.concat - 1]
        if joined.mask is not None:  # dropout on the concat: its deep columns' mask
            a = a * joined.mask[:, k:] * (1.0 / (1.0 - self.layers[self.concat - 1].dropout))
        before = out.input  # (N, k + d): the output layer's input in the iteration's forward pass
        dz_wide = before[:, :k] @ (out.W[:, :k] - out.W_before[:, :k]).T
        dz_deep = a @ out.W[:, k:].T - before[:, k:] @ out.W_before[:, k:].T
        return LogitChange(dz_wide, dz_deep)

    def columns(self, trace: IterationTrace) -> tuple[float, float, float]:
        """What the metric history records per iteration: ``(‖∇_wide‖, ‖∇_deep‖, wide share)``."""
        return (*self.norms(trace), self.change(trace).wide_share)
