"""Every quantity of one iteration of a dense network, computed from chosen inputs.

:meth:`Iteration.compute` takes a key and ``get``, a function giving the arrays it
depends on. Given the true arrays it reproduces the trace; given the learner's own
values it says what they should have found from their own numbers. Shapes: batch
arrays (N, units), weights (units, fan_in), biases (units,), the loss ().
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import numpy as np

from nnviz.core.activations import softmax_backward
from nnviz.core.perceptron import rosenblatt
from nnviz.core.trace import IterationTrace
from nnviz.grading.student_file import Key

Array = np.ndarray
Getter = Callable[[Key], Array]
PHASE_OF = {
    "input": "forward",
    "z": "forward",
    "a": "forward",
    "data": "loss",
    "regularization": "loss",
    "total": "loss",
    "grad_a": "δ",
    "delta": "δ",
    "grad_weights": "gradients",
    "grad_bias": "gradients",
    "weights_before": "update",
    "bias_before": "update",
    "weights": "update",
    "bias": "update",
}
"""The score's phase of each quantity."""
PHASES = ("forward", "loss", "δ", "gradients", "update")


class Iteration:
    """One traced iteration of ``trainer``'s dense network; ``optimizer`` is a copy of the
    optimizer as it was before the iteration's update (its state drives Adam, momentum…)."""

    def __init__(self, trainer, trace: IterationTrace, optimizer):
        self.layers = trainer.network.layers
        self.loss = trainer.loss
        self.regularizer = trainer.regularizer
        self.trace = trace
        self.optimizer = optimizer
        self.n_layers = len(trace.layers)
        self.true = self.truth()

    def order(self) -> list[Key]:
        """Every key in the order of the computation."""
        L = self.n_layers
        keys: list[Key] = []
        for k in range(1, L + 1):
            keys += [("update", k, "weights_before"), ("update", k, "bias_before")]
        for k in range(1, L + 1):
            keys += [("forward", k, q) for q in ("input", "z", "a")]
        keys += [("loss", 0, q) for q in ("data", "regularization", "total")]
        for k in range(L, 0, -1):
            keys += [("backward", k, q) for q in ("grad_a", "delta", "grad_weights", "grad_bias")]
        for k in range(1, L + 1):
            keys += [("update", k, "weights"), ("update", k, "bias")]
        return keys

    def truth(self) -> dict[Key, Array]:
        """The trace's arrays by key."""
        out: dict[Key, Array] = {}
        t = self.trace
        for lt in t.layers:
            k = lt.index
            for q, v in (("input", lt.input), ("z", lt.z), ("a", lt.a)):
                out[("forward", k, q)] = np.asarray(v, dtype=float)
            for q, v in (("grad_a", lt.grad_a), ("delta", lt.delta), ("grad_weights", lt.grad_W)):
                out[("backward", k, q)] = np.asarray(v, dtype=float)
            out[("backward", k, "grad_bias")] = np.asarray(lt.grad_b, dtype=float)
            for q, v in (("weights_before", lt.W_before), ("bias_before", lt.b_before), ("weights", lt.W)):
                out[("update", k, q)] = np.asarray(v, dtype=float)
            out[("update", k, "bias")] = np.asarray(lt.b, dtype=float)
        for q, v in (("data", t.loss_data), ("regularization", t.loss_reg), ("total", t.loss_total)):
            out[("loss", 0, q)] = np.asarray(float(v))
        return out

    # -- one quantity from its inputs ------------------------------------------------------------
    def compute(self, key: Key, get: Getter) -> Array:
        phase, k, q = key
        if q in ("weights_before", "bias_before"):
            return self.truth_of(key)
        if phase == "forward":
            return self._forward(k, q, get)
        if phase == "loss":
            return np.asarray(self._loss(q, get))
        if phase == "backward":
            return self._backward(k, q, get)
        return self._update(k, q, get)

    def truth_of(self, key: Key) -> Array:
        return self.true[key]

    def layer_output(self, k: int, get: Getter) -> Array:
        """What layer ``k`` passes on: a, with its dropout mask and scale as traced."""
        a = get(("forward", k, "a"))
        lt = self.trace.layers[k - 1]
        return a if lt.mask is None else a * lt.mask * (1.0 / (1.0 - self.layers[k - 1].dropout))

    def _forward(self, k: int, q: str, get: Getter) -> Array:
        if q == "input":
            return np.asarray(self.trace.x, dtype=float) if k == 1 else self.layer_output(k - 1, get)
        if q == "z":
            W, b = get(("update", k, "weights_before")), get(("update", k, "bias_before"))
            return get(("forward", k, "input")) @ W.T + b
        return self.layers[k - 1].activation.value(get(("forward", k, "z")))

    def _loss(self, q: str, get: Getter) -> float:
        if q == "data":
            L = self.n_layers
            z, a = get(("forward", L, "z")), get(("forward", L, "a"))
            with np.errstate(all="ignore"):
                return self.loss.value(z, a, self.trace.t, self.layers[-1].activation)
        if q == "regularization":
            if not self.regularizer.active:
                return 0.0
            return self.regularizer.penalty([get(("update", k, "weights_before")) for k in self._ks()])
        return float(get(("loss", 0, "data"))) + float(get(("loss", 0, "regularization")))

    def _ks(self) -> range:
        return range(1, self.n_layers + 1)

    def _backward(self, k: int, q: str, get: Getter) -> Array:
        L = self.n_layers
        act = self.layers[k - 1].activation
        if q == "grad_a":
            if k == L:
                with np.errstate(all="ignore"):
                    return self.loss.backward(
                        get(("forward", L, "z")), get(("forward", L, "a")), self.trace.t, act
                    )[0]
            return self.grad_a_below(
                k, get(("backward", k + 1, "delta")), get(("update", k + 1, "weights_before"))
            )
        if q == "delta":
            z, a, grad_a = get(("forward", k, "z")), get(("forward", k, "a")), get(("backward", k, "grad_a"))
            return softmax_backward(a, grad_a) if act.name == "softmax" else grad_a * act.derivative(z, a)
        delta = get(("backward", k, "delta"))
        if q == "grad_bias":
            return delta.sum(axis=0)
        grad = delta.T @ get(("forward", k, "input"))
        if self.regularizer.active:
            grad = grad + self.regularizer.gradient(get(("update", k, "weights_before")))
        return grad

    def grad_a_below(self, k: int, delta_above: Array, W_above: Array) -> Array:
        """∂L/∂a of layer ``k`` from the δ and weights of layer k + 1, through k's dropout."""
        grad = delta_above @ W_above
        lt = self.trace.layers[k - 1]
        return grad if lt.mask is None else grad * lt.mask * (1.0 / (1.0 - self.layers[k - 1].dropout))

    def _update(self, k: int, q: str, get: Getter) -> Array:
        before = [get(("update", j, name)) for j in self._ks() for name in ("weights_before", "bias_before")]
        if self.optimizer.name == "perceptron":
            W, b, _ = rosenblatt(before[0], before[1], self.trace.x, self.trace.t, self.optimizer.learning_rate)
            new = [W, b]
        else:
            grads = [get(("backward", j, name)) for j in self._ks() for name in ("grad_weights", "grad_bias")]
            new = copy.deepcopy(self.optimizer).step(before, grads)
        return new[2 * (k - 1) + (q == "bias")]
