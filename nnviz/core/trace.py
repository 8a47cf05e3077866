"""IterationTrace: every number of one training iteration, as the learner sees it.

The network computes an iteration in one vectorized pass and keeps every
intermediate array here (no copies: these are the arrays the pass made). The
stepping session reveals them event by event. Names follow what the learner
sees: ``z``, ``a``, ``delta``, ``grad_W``.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


class LayerTrace:
    """What layer ``index`` (1-based) computed in one iteration. N = batch size.

    Forward: ``input`` (N, fan_in) is the previous layer's output (after its
    dropout), ``z`` and ``a`` (N, units); ``mask`` (N, units) is the dropout
    keep-mask of 0/1 (``None`` without dropout) and ``output`` = a·mask/(1−p).
    Backward: ``grad_a`` = ∂L/∂a and ``delta`` = ∂L/∂z (N, units); parameter
    gradients (units, fan_in) and (units,) split into data and regularization.
    Update: parameters before and after, and the step ``dW = W − W_before``.

    Other kinds keep their own shapes: a conv layer's ``z`` is (N, C, H, W) and
    its ``W`` (out, in, kh, kw); ``columns`` is its input unfolded into one column
    per output cell (in·kh·kw, N·H·W), the windows the kernel was laid on. A
    max-pool layer's ``winners`` (N, C, H, W) is, per output cell, the index
    ``row·width + col`` into its input map of the cell that won the window.
    Layers without parameters (pools, flatten, concat) keep ``W`` and ``b`` ``None``.
    """

    __slots__ = (
        "W",
        "W_before",
        "a",
        "b",
        "b_before",
        "columns",
        "delta",
        "grad_W",
        "grad_W_data",
        "grad_W_reg",
        "grad_a",
        "grad_b",
        "index",
        "input",
        "kind",
        "mask",
        "output",
        "winners",
        "z",
    )

    def __init__(
        self, index: int, x: Array, z: Array, a: Array, mask: Array | None, output: Array, kind: str = "dense"
    ):
        self.index = index
        self.kind = kind
        self.winners = self.columns = None
        self.input = x
        self.z = z
        self.a = a
        self.mask = mask
        self.output = output
        self.grad_a = self.delta = self.grad_W_data = self.grad_W_reg = self.grad_W = self.grad_b = None
        self.W_before = self.b_before = self.W = self.b = None

    @property
    def input_with_bias(self) -> Array:
        """The input with the bias unit's constant 1 appended: (N, fan_in + 1)."""
        return np.hstack([self.input, np.ones((self.input.shape[0], 1))])

    @property
    def grad_b_data(self) -> Array:
        """Biases are never regularized, so their data gradient is the total."""
        return self.grad_b

    @property
    def dW(self) -> Array:
        return self.W - self.W_before

    @property
    def db(self) -> Array:
        return self.b - self.b_before


class IterationTrace:
    """One iteration: the mini-batch, per-layer traces (index 0 is layer 1) and the losses.

    ``x`` (N, inputs) and ``t`` (targets: (N, K) rows or (N,) class indices) are
    the batch; ``samples`` are their indices in the training set. ``rule_steps`` is
    the perceptron rule's :class:`~nnviz.core.perceptron.RuleSteps` (``None`` for
    gradient optimizers).
    """

    __slots__ = (
        "epoch",
        "iteration",
        "layers",
        "learning_rate",
        "loss_data",
        "loss_reg",
        "loss_total",
        "rule_steps",
        "samples",
        "t",
        "x",
    )

    def __init__(self, x: Array, t: Array, layers: list[LayerTrace], samples: Array | None = None):
        self.x = x
        self.t = t
        self.layers = layers
        self.samples = np.arange(len(x)) if samples is None else samples
        self.iteration = 0
        self.epoch = 0
        self.loss_data = self.loss_reg = self.loss_total = float("nan")
        self.learning_rate = float("nan")
        self.rule_steps = None

    @property
    def outputs(self) -> Array:
        return self.layers[-1].a

    @property
    def updated(self) -> bool:
        return self.layers[-1].W is not None

    def gradients(self) -> list[Array]:
        """Total gradients ``[grad_W1, grad_b1, …]`` in parameter order (layers with parameters)."""
        return [g for layer in self.layers if layer.W_before is not None for g in (layer.grad_W, layer.grad_b)]
