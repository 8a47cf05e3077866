"""Network: layers in order, with the forward and backward pass over a batch.

Layers are numbered 1..L; the input layer is 0. Every layer but the output is
followed by a bias unit (value 1) feeding the next layer's ``b``.

:meth:`Network.compute` is the one vectorized pass used both for fast training
and for stepping: forward, loss, backward, keeping every intermediate array in
an :class:`~nnviz.core.trace.IterationTrace`. :meth:`Network.apply_update` then
asks the optimizer for new parameters and records them in the same trace.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.layers import Dense
from nnviz.core.losses import Loss
from nnviz.core.optimizers import Optimizer
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import IterationTrace, LayerTrace

Array = np.ndarray


class Network:
    """A stack of dense layers taking ``n_inputs`` features."""

    def __init__(self, n_inputs: int, layers: list[Dense]):
        if not isinstance(n_inputs, int | np.integer) or n_inputs < 1:
            raise ValueError(f"a network needs at least one input, got {n_inputs!r}")
        if not layers:
            raise ValueError("a network needs at least one layer (the output layer)")
        fan_in = n_inputs
        for k, layer in enumerate(layers, start=1):
            if layer.fan_in != fan_in:
                raise ValueError(
                    f"layer {k}: expected weights {layer.units}×{fan_in} (units × inputs), "
                    f"got {layer.units}×{layer.fan_in}"
                )
            if layer.activation.name == "softmax" and k != len(layers):
                raise ValueError(f"layer {k}: softmax is only allowed on the output layer")
            fan_in = layer.units
        if layers[-1].dropout > 0:
            raise ValueError(f"layer {len(layers)}: dropout is for hidden layers, not the output layer")
        self.n_inputs = int(n_inputs)
        self.layers = layers

    @property
    def sizes(self) -> list[int]:
        """Units per layer including the input layer, e.g. [2, 4, 2, 1]."""
        return [self.n_inputs] + [layer.units for layer in self.layers]

    @property
    def output_activation(self):
        return self.layers[-1].activation

    def parameters(self) -> list[Array]:
        """``[W1, b1, W2, b2, …]`` — the arrays themselves, not copies."""
        return [p for layer in self.layers for p in (layer.W, layer.b)]

    def set_parameters(self, params: list[Array]) -> None:
        """Install ``[W1, b1, …]`` (shapes must match)."""
        for k, layer in enumerate(self.layers):
            W, b = params[2 * k], params[2 * k + 1]
            if W.shape != layer.W.shape or b.shape != layer.b.shape:
                raise ValueError(f"layer {k + 1}: parameter shapes {W.shape}, {b.shape} do not match")
            layer.W, layer.b = W, b

    def predict(self, x: Array) -> Array:
        """Outputs (N, K) for inputs (N, n_inputs), in evaluation mode (no dropout)."""
        a = x
        for layer in self.layers:
            a = layer.activation.value(a @ layer.W.T + layer.b)
        return a

    def forward_all(self, x: Array) -> list[tuple[Array, Array]]:
        """Evaluation-mode ``(z, a)`` of every layer for inputs (N, n_inputs) — for heatmaps."""
        out = []
        a = x
        for layer in self.layers:
            z, a = layer.forward(a)
            out.append((z, a))
        return out

    def compute(
        self,
        x: Array,
        t: Array,
        loss: Loss,
        regularizer: Regularizer,
        *,
        rng: np.random.Generator | None = None,
        masks: list[Array | None] | None = None,
        samples: Array | None = None,
    ) -> IterationTrace:
        """Forward, loss and backward on the batch ``x`` (N, n_inputs) with targets ``t``.

        Dropout masks are drawn from ``rng``, or given as ``masks`` (one (N, units)
        0/1 array or ``None`` per layer) to replay a pass exactly. ``samples`` (N,)
        are the batch rows' indices in the training set (default 0..N−1).
        """
        layers = []
        a_prev = x
        for k, layer in enumerate(self.layers):
            z = a_prev @ layer.W.T + layer.b
            a = layer.activation.value(z)
            mask = None
            out = a
            if layer.dropout > 0:
                if masks is not None:
                    mask = masks[k]
                elif rng is not None:
                    mask = (rng.random(a.shape) >= layer.dropout).astype(float)
                if mask is not None:
                    out = a * mask * (1.0 / (1.0 - layer.dropout))
            layers.append(LayerTrace(k + 1, a_prev, z, a, mask, out))
            a_prev = out
        trace = IterationTrace(x, t, layers, samples)
        last = layers[-1]
        out_layer = self.layers[-1]
        trace.loss_data = loss.value(last.z, last.a, t, out_layer.activation)
        reg_active = regularizer.active
        trace.loss_reg = regularizer.penalty([layer.W for layer in self.layers]) if reg_active else 0.0
        trace.loss_total = trace.loss_data + trace.loss_reg

        grad_a, delta = loss.backward(last.z, last.a, t, out_layer.activation)
        for k in range(len(layers) - 1, -1, -1):
            lt = layers[k]
            layer = self.layers[k]
            if k < len(layers) - 1:
                below = self.layers[k + 1]
                grad_out = layers[k + 1].delta @ below.W
                grad_a = grad_out if lt.mask is None else grad_out * lt.mask * (1.0 / (1.0 - layer.dropout))
                delta = grad_a * layer.activation.derivative(lt.z, lt.a)
            lt.grad_a = grad_a
            lt.delta = delta
            lt.grad_W_data = delta.T @ lt.input
            lt.grad_b = np.add.reduce(delta, axis=0)  # delta.sum(axis=0) without its Python wrapper
            if reg_active:
                lt.grad_W_reg = regularizer.gradient(layer.W)
                lt.grad_W = lt.grad_W_data + lt.grad_W_reg
            else:
                lt.grad_W_reg = _zeros_like_cached(layer.W)
                lt.grad_W = lt.grad_W_data
            lt.W_before = layer.W
            lt.b_before = layer.b
        return trace

    def apply_update(self, trace: IterationTrace, optimizer: Optimizer) -> None:
        """Step the optimizer with the trace's gradients; record the new parameters in the trace."""
        new = optimizer.step(self.parameters(), trace.gradients())
        trace.learning_rate = optimizer.learning_rate
        for k, (layer, lt) in enumerate(zip(self.layers, trace.layers)):
            layer.W, layer.b = new[2 * k], new[2 * k + 1]
            lt.W, lt.b = layer.W, layer.b


_ZEROS: dict[tuple[int, ...], Array] = {}


def _zeros_like_cached(W: Array) -> Array:
    """A shared read-only zero array: the regularization gradient when there is none."""
    z = _ZEROS.get(W.shape)
    if z is None:
        z = np.zeros(W.shape)
        z.flags.writeable = False
        _ZEROS[W.shape] = z
    return z
