"""What the learner has picked on screen: a unit, or one weight or bias.

One encoding of the bias unit serves every view: the bias of layer k is the
weight from input column ``fan_in`` of that layer — the constant-1 column of
A = [a | 1] in the matrix view, the ``+1`` unit on the canvas, the last row of
Wᵀ, and :func:`nnviz.core.numbering.parameter_name`'s ``b``.
"""

from __future__ import annotations

from dataclasses import dataclass

from nnviz.core.network import Network


@dataclass(frozen=True)
class Selection:
    """A selected unit (``source`` None) or edge: the weight from input ``source`` of ``layer``
    (1..L) into ``unit`` (0-based); ``source == fan_in`` is the bias unit's edge, the bias.
    ``layer`` 0 selects input ``unit``."""

    layer: int
    unit: int
    source: int | None = None

    @property
    def is_unit(self) -> bool:
        return self.source is None

    def is_bias(self, network: Network) -> bool:
        """Whether this is the edge from layer ``layer − 1``'s bias unit (the bias b)."""
        layer = network.layers[self.layer - 1]
        fan_in = layer.fan_in if layer.kind == "dense" else layer.W[0].size
        return self.source is not None and self.source == fan_in

    def fits(self, network: Network) -> bool:
        """Whether it still names a unit or edge of ``network`` (for instance after a rebuild)."""
        if self.layer == 0:
            return self.source is None and 0 <= self.unit < network.n_inputs
        if not 1 <= self.layer <= len(network.layers):
            return False
        dense = network.layers[self.layer - 1]
        if dense.kind == "conv2d" and self.source is not None:  # a kernel weight: unit is the kernel
            return 0 <= self.unit < dense.channels and 0 <= self.source <= dense.W[0].size
        if dense.kind != "dense":  # a map cell (or flat value) may be picked; its weights are kernels
            return self.source is None and 0 <= self.unit < network.sizes[self.layer]
        return 0 <= self.unit < dense.units and (self.source is None or 0 <= self.source <= dense.fan_in)
