"""Network: layers in order, with the forward and backward pass over a batch.

Layers are numbered 1..L; the input layer is 0. Every layer but the output is
followed by a bias unit (value 1) feeding the next layer's ``b``.

:meth:`Network.compute` is the one vectorized pass used both for fast training
and for stepping: forward, loss, backward, keeping every intermediate array in
an :class:`~nnviz.core.trace.IterationTrace`. :meth:`Network.apply_update` then
asks the optimizer for new parameters and records them in the same trace.
"""

from __future__ import annotations

import math

import numpy as np

from nnviz.core.losses import Loss
from nnviz.core.optimizers import Optimizer
from nnviz.core.perceptron import rosenblatt
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import IterationTrace

Array = np.ndarray


class Network:
    """Layers in order taking ``n_inputs`` features, or images of ``n_inputs = (C, H, W)``.

    ``layers`` follow the protocol of :mod:`nnviz.core.layers` (dense, conv2d,
    max/avg pool, flatten, concat); the output layer is dense.
    """

    def __init__(self, n_inputs: int | tuple[int, int, int], layers: list):
        shape = tuple(n_inputs) if isinstance(n_inputs, tuple | list) else (n_inputs,)
        if len(shape) not in (1, 3) or not all(isinstance(n, int | np.integer) and n >= 1 for n in shape):
            raise ValueError(f"a network needs at least one input, got {n_inputs!r}")
        if not layers:
            raise ValueError("a network needs at least one layer (the output layer)")
        self.input_shape = tuple(int(n) for n in shape)
        shapes = []
        in_shape = self.input_shape
        for k, layer in enumerate(layers, start=1):
            try:
                if layer.joins_input:
                    in_shape = layer.output_shape(in_shape, self.input_shape)
                else:
                    in_shape = layer.output_shape(in_shape)
            except ValueError as error:
                raise ValueError(f"layer {k}: {error}") from None
            if layer.activation.name == "softmax" and k != len(layers):
                raise ValueError(f"layer {k}: softmax is only allowed on the output layer")
            shapes.append(in_shape)
        if layers[-1].kind != "dense":
            raise ValueError(f"layer {len(layers)}: the output layer must be dense, got {layers[-1].kind}")
        if layers[-1].dropout > 0:
            raise ValueError(f"layer {len(layers)}: dropout is for hidden layers, not the output layer")
        self.n_inputs = int(np.prod(self.input_shape))
        self.layers = layers
        self.shapes = shapes
        """The output shape of one sample per layer: (units,) or (C, H, W)."""
        self.is_dense = all(layer.kind == "dense" for layer in layers)
        self._sizes: list[int] | None = None
        self._with_params = [layer for layer in layers if layer.W is not None]

    @property
    def sizes(self) -> list[int]:
        """Units per layer including the input layer, e.g. [2, 4, 2, 1] (values per sample for images)."""
        # Asked thousands of times a frame (every revealed-event test): the shapes never change.
        if self._sizes is None:
            self._sizes = [self.n_inputs] + [math.prod(s) for s in self.shapes]
        return list(self._sizes)

    @property
    def output_activation(self):
        return self.layers[-1].activation

    def parameters(self) -> list[Array]:
        """``[W1, b1, W2, b2, …]`` of the layers with parameters — the arrays themselves, not copies."""
        return [p for layer in self._with_params for p in (layer.W, layer.b)]

    def set_parameters(self, params: list[Array]) -> None:
        """Install ``[W1, b1, …]`` (shapes must match)."""
        for k, layer in enumerate(self._with_params):
            W, b = params[2 * k], params[2 * k + 1]
            if W.shape != layer.W.shape or b.shape != layer.b.shape:
                raise ValueError(f"layer {k + 1}: parameter shapes {W.shape}, {b.shape} do not match")
            layer.W, layer.b = W, b

    def predict(self, x: Array) -> Array:
        """Outputs (N, K) for inputs (N, n_inputs) or (N, C, H, W), in evaluation mode (no dropout)."""
        return self.output(x)[1]

    def output(self, x: Array) -> tuple[Array, Array]:
        """The output layer's ``(z, a)`` (N, K) in evaluation mode, without keeping the layers below."""
        a = x
        for layer in self.layers:
            z, a = layer.forward(a, x) if layer.joins_input else layer.forward(a)
        return z, a

    def forward_all(self, x: Array) -> list[tuple[Array, Array]]:
        """Evaluation-mode ``(z, a)`` of every layer for inputs (N, n_inputs) — for heatmaps."""
        out = []
        a = x
        for layer in self.layers:
            z, a = layer.forward(a, x) if layer.joins_input else layer.forward(a)
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
        """Forward, loss and backward on the batch ``x`` (N, n_inputs) or (N, C, H, W), targets ``t``.

        Dropout masks are drawn from ``rng``, or given as ``masks`` (one 0/1 array
        of the layer's output shape, or ``None``, per layer) to replay a pass
        exactly. ``samples`` (N,) are the batch rows' indices in the training set
        (default 0..N−1).
        """
        layers = []
        a_prev = x
        for k, layer in enumerate(self.layers):
            lt = layer.trace_forward(k + 1, a_prev, x) if layer.joins_input else layer.trace_forward(k + 1, a_prev)
            if layer.dropout > 0:
                mask = None
                if masks is not None:
                    mask = masks[k]
                elif rng is not None:
                    mask = (rng.random(lt.a.shape) >= layer.dropout).astype(float)
                if mask is not None:
                    lt.mask = mask
                    lt.output = lt.a * mask * (1.0 / (1.0 - layer.dropout))
            layers.append(lt)
            a_prev = lt.output
        trace = IterationTrace(x, t, layers, samples)
        last = layers[-1]
        out_layer = self.layers[-1]
        trace.loss_data = loss.value(last.z, last.a, t, out_layer.activation)
        reg = regularizer if regularizer.active else None
        trace.loss_reg = regularizer.penalty([layer.W for layer in self._with_params]) if reg else 0.0
        trace.loss_total = trace.loss_data + trace.loss_reg

        grad_a, delta = loss.backward(last.z, last.a, t, out_layer.activation)
        grad_out = None
        for k in range(len(layers) - 1, -1, -1):
            lt = layers[k]
            layer = self.layers[k]
            if grad_out is not None:
                grad_a = grad_out if lt.mask is None else grad_out * lt.mask * (1.0 / (1.0 - layer.dropout))
                delta = layer.delta_from(lt, grad_a)
            lt.grad_a = grad_a
            grad_out = layer.backward(lt, delta, reg, k > 0)
        return trace

    def apply_update(self, trace: IterationTrace, optimizer: Optimizer) -> None:
        """Step the optimizer with the trace's gradients; record the new parameters in the trace.

        The perceptron rule takes the batch instead of the gradients and records what it
        did per sample in ``trace.rule_steps``.
        """
        if optimizer.name == "perceptron":
            layer = self.layers[0]
            W, b, trace.rule_steps = rosenblatt(layer.W, layer.b, trace.x, trace.t, optimizer.learning_rate)
            optimizer.steps += 1
            new = [W, b]
        else:
            new = optimizer.step(self.parameters(), trace.gradients())
        trace.learning_rate = optimizer.learning_rate
        traces = [lt for lt in trace.layers if lt.W_before is not None]
        for k, (layer, lt) in enumerate(zip(self._with_params, traces)):
            layer.W, layer.b = new[2 * k], new[2 * k + 1]
            lt.W, lt.b = layer.W, layer.b
