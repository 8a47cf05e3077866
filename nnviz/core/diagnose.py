"""Training that failed without a NaN: the loss did not come down, or the output saturated.

With a learning rate far too large (XOR at 100) the weights grow until the
output unit is pinned at 0 or 1, the loss sits at a large finite value and
nothing is NaN, so no breakpoint fires. :func:`training_warning` notices it
after a run and says what to try.
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.network import Network
from nnviz.i18n import translate

Array = np.ndarray
SATURATED_Z = 20.0
"""An output unit whose |z| exceeds this is pinned: σ(20) = 1 − 2·10⁻⁹, so its gradient has vanished."""
SATURATED_SHARE = 0.5
"""Training counts as saturated when at least this share of the training samples is pinned."""


def saturated_share(network: Network, x: Array) -> float:
    """The share of the rows of ``x`` (N, inputs) for which some output unit has |z| > :data:`SATURATED_Z`.

    Only for squashing outputs (sigmoid, tanh, softmax); 0 for the others and for no rows.
    """
    if network.output_activation.name not in ("sigmoid", "tanh", "softmax") or len(x) == 0:
        return 0.0
    with np.errstate(all="ignore"):
        z = network.forward_all(x)[-1][0]
        pinned = ~(np.abs(z) <= SATURATED_Z)  # ∞ and NaN count as pinned
    return float(np.mean(pinned.any(axis=1)))


def training_warning(first_loss: float, last_loss: float, saturated: float) -> str | None:
    """What went wrong if the training loss did not decrease from ``first_loss`` to ``last_loss``
    (with the share ``saturated`` of samples whose output is pinned, if that is most); else ``None``.

    A pinned output alone is no failure: a classifier that is right with certainty is pinned too.
    """
    if not (math.isfinite(first_loss) and math.isfinite(last_loss)) or last_loss < first_loss:
        return None
    why = translate("Diagnose", "the loss did not decrease ({0:.4g} → {1:.4g})").format(first_loss, last_loss)
    if saturated >= SATURATED_SHARE:
        why += translate(
            "Diagnose", " and the output saturated (|z| > {0:g} for {1:.0%} of the training samples)"
        ).format(SATURATED_Z, saturated)
    return translate("Diagnose", "training did not converge: {0}; try a smaller learning rate").format(why)
