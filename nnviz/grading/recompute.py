"""Every quantity of one iteration, computed from chosen inputs.

:meth:`Iteration.compute` takes a key and ``get``, a function giving the arrays it
depends on. Given the true arrays it reproduces the trace; given the learner's own
values it says what they should have found from their own numbers. Shapes: batch
arrays (N, units), weights (units, fan_in), biases (units,), the loss (). A dense
layer's formulas are written out here (its mistakes are named against them); any
other kind (conv2d, pools, flatten, concat: N×C×H×W maps, kernels out×in×kh×kw) is
computed by the layer itself, a copy of it holding the learner's parameters, so no
layer's math is written twice.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from types import SimpleNamespace

import numpy as np

from nnviz.core.activations import softmax_backward
from nnviz.core.perceptron import rosenblatt
from nnviz.core.trace import IterationTrace
from nnviz.grading.student_values import Key
from nnviz.i18n import QT_TRANSLATE_NOOP

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
PHASES = (
    QT_TRANSLATE_NOOP("Check", "forward"),
    QT_TRANSLATE_NOOP("Check", "loss"),
    "δ",
    QT_TRANSLATE_NOOP("Check", "gradients"),
    QT_TRANSLATE_NOOP("Check", "update"),
)


class Iteration:
    """One traced iteration of ``trainer``'s network; ``optimizer`` is a copy of the
    optimizer as it was before the iteration's update (its state drives Adam, momentum…)."""

    def __init__(self, trainer, trace: IterationTrace, optimizer):
        self.network = trainer.network
        self.layers = trainer.network.layers
        self.loss = trainer.loss
        self.regularizer = trainer.regularizer
        self.trace = trace
        self.optimizer = optimizer
        self.n_layers = len(trace.layers)
        self.true = self.truth()

    def order(self) -> list[Key]:
        """Every key in the order of the computation (a layer without parameters has no gradient
        and no update)."""
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
        return [key for key in keys if key in self.true]

    def is_dense(self, k: int) -> bool:
        return self.layers[k - 1].kind == "dense"

    def truth(self) -> dict[Key, Array]:
        """The trace's arrays by key."""
        out: dict[Key, Array] = {}
        t = self.trace
        for lt in t.layers:
            k = lt.index
            for q, v in (("input", lt.input), ("z", lt.z), ("a", lt.a)):
                out[("forward", k, q)] = np.asarray(v, dtype=float)
            for q, v in (("grad_a", lt.grad_a), ("delta", lt.delta)):
                out[("backward", k, q)] = np.asarray(v, dtype=float)
            if lt.grad_W is None:
                continue  # no parameters
            out[("backward", k, "grad_weights")] = np.asarray(lt.grad_W, dtype=float)
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
            if not self.is_dense(k):
                return self.z_with(k, get, *self._parameters(k, get))
            W, b = get(("update", k, "weights_before")), get(("update", k, "bias_before"))
            return get(("forward", k, "input")) @ W.T + b
        return self.layers[k - 1].activation.value(get(("forward", k, "z")))

    # -- any kind of layer, through its own forward and backward ------------------------------
    def _parameters(self, k: int, get: Getter) -> tuple[Array | None, Array | None]:
        if self.layers[k - 1].W is None:
            return None, None
        return get(("update", k, "weights_before")), get(("update", k, "bias_before"))

    def _twin(self, k: int, W: Array | None, b: Array | None):
        """Layer ``k`` with parameters ``W``, ``b`` instead of its own (itself when it has none)."""
        layer = self.layers[k - 1]
        if layer.W is None:
            return layer
        twin = copy.copy(layer)
        twin.W, twin.b = W, b
        return twin

    def z_with(self, k: int, get: Getter, W: Array | None, b: Array | None) -> Array:
        """z of layer ``k`` from ``get``'s input with parameters ``W``, ``b``."""
        return self._traced(k, get, W, b)[1].z

    def _traced(self, k: int, get: Getter, W: Array | None, b: Array | None):
        """Layer ``k`` as a twin with ``W``, ``b`` and its trace of ``get``'s input (what its backward needs)."""
        twin = self._twin(k, W, b)
        x = get(("forward", k, "input"))
        if twin.joins_input:
            return twin, twin.trace_forward(k, x, np.asarray(self.trace.x, dtype=float))
        return twin, twin.trace_forward(k, x)

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

    def _ks(self) -> list[int]:
        """The layers with parameters, in order (as the optimizer keeps them)."""
        return [k for k in range(1, self.n_layers + 1) if self.layers[k - 1].W is not None]

    def _backward(self, k: int, q: str, get: Getter) -> Array:
        L = self.n_layers
        act = self.layers[k - 1].activation
        if q == "grad_a":
            if k == L:
                with np.errstate(all="ignore"):
                    return self.loss.backward(
                        get(("forward", L, "z")), get(("forward", L, "a")), self.trace.t, act
                    )[0]
            if not self.is_dense(k + 1):
                twin, lt = self._traced(k + 1, get, *self._parameters(k + 1, get))
                return self._through_dropout(k, twin.backward(lt, get(("backward", k + 1, "delta")), None, True))
            return self.grad_a_below(
                k, get(("backward", k + 1, "delta")), get(("update", k + 1, "weights_before"))
            )
        if q == "delta":
            z, a, grad_a = get(("forward", k, "z")), get(("forward", k, "a")), get(("backward", k, "grad_a"))
            if not self.is_dense(k):
                return self.layers[k - 1].delta_from(SimpleNamespace(z=z, a=a), grad_a)
            return softmax_backward(a, grad_a) if act.name == "softmax" else grad_a * act.derivative(z, a)
        delta = get(("backward", k, "delta"))
        if not self.is_dense(k):
            twin, lt = self._traced(k, get, *self._parameters(k, get))
            twin.backward(lt, delta, self.regularizer if self.regularizer.active else None, False)
            return lt.grad_b if q == "grad_bias" else lt.grad_W
        if q == "grad_bias":
            return delta.sum(axis=0)
        grad = delta.T @ get(("forward", k, "input"))
        if self.regularizer.active:
            grad = grad + self.regularizer.gradient(get(("update", k, "weights_before")))
        return grad

    def grad_a_below(self, k: int, delta_above: Array, W_above: Array) -> Array:
        """∂L/∂a of layer ``k`` from the δ and weights of layer k + 1, through k's dropout."""
        return self._through_dropout(k, delta_above @ W_above)

    def _through_dropout(self, k: int, grad: Array) -> Array:
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
        return new[2 * self._ks().index(k) + (q == "bias")]
