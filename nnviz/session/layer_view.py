"""A dense layer at the cursor: its values, NaN until revealed, and its parameters' time points (no Qt).

One layer of a :class:`~nnviz.session.step_view.StepView`, whose module docstring gives the
rules; :class:`~nnviz.session.map_view.MapLayerView` is the same for conv, pool, flatten and
concat layers. Parameter matrices are ``[W | b]``, (units, fan_in + 1): the bias is input
column ``fan_in`` (:mod:`nnviz.session.selection`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from nnviz.core.trace import LayerTrace

Array = np.ndarray
NAN = float("nan")


def _masked_columns(values: Array, shown: Array) -> Array:
    """``values`` (N, units) with the columns not ``shown`` (units,) set to NaN."""
    return np.where(shown[None, :], values, NAN)


def _masked_rows(values: Array, shown: Array) -> Array:
    """``values`` (units, …) with the rows not ``shown`` (units,) set to NaN."""
    return np.where(shown.reshape(-1, *([1] * (values.ndim - 1))), values, NAN)


@dataclass(eq=False)
class LayerView:
    """Dense layer ``index`` (1..L) at the cursor. Batch arrays are (N, units); NaN: not revealed."""

    index: int
    activation: str
    dropout: float
    forward: Array
    """(units,) bool: the units whose forward event is revealed."""
    backward: Array
    """(units,) bool: the units whose backward event is revealed."""
    after_update: bool
    """Whether ``update(index)`` is revealed: then :attr:`parameters` are the new ones."""
    before: Array
    """(units, fan_in + 1) ``[W | b]`` the iteration started from (what the forward pass used)."""
    current: Array
    """(units, fan_in + 1) ``[W | b]`` of the network now (the new ones once the iteration updated)."""
    below_forward: Array | None
    """(fan_in,) bool: which inputs of this layer are revealed (``None``: all, the data)."""
    trace: LayerTrace | None = field(repr=False)

    @property
    def units(self) -> int:
        return self.before.shape[0]

    @property
    def fan_in(self) -> int:
        return self.before.shape[1] - 1

    @property
    def parameters(self) -> Array:
        """(units, fan_in + 1) ``[W | b]`` as the cursor shows them (see :attr:`after_update`)."""
        return self.current if self.after_update else self.before

    @cached_property
    def inputs(self) -> Array:
        """(N, fan_in + 1) A = [a | 1]: the layer's input; a column of the layer below once revealed."""
        if self.trace is None:
            return np.zeros((0, self.fan_in + 1))
        A = self.trace.input_with_bias
        if self.below_forward is not None:
            A[:, : self.fan_in][:, ~self.below_forward] = NAN
        return A

    def _forward(self, values: Array | None) -> Array:
        return np.zeros((0, self.units)) if values is None else _masked_columns(values, self.forward)

    def _backward(self, values: Array | None) -> Array:
        return np.zeros((0, self.units)) if values is None else _masked_columns(values, self.backward)

    @cached_property
    def z(self) -> Array:
        return self._forward(None if self.trace is None else self.trace.z)

    @property
    def activated(self) -> Array:
        """(units,) bool: the units whose activation a is revealed: those whose forward event is,
        but in a softmax layer none until its last unit is (each a divides by every unit's e^z)."""
        if self.activation == "softmax":
            return np.full(self.units, bool(self.forward.all()))
        return self.forward

    @cached_property
    def a(self) -> Array:
        """(N, units) the activation f(z), before dropout."""
        lt = self.trace
        return np.zeros((0, self.units)) if lt is None else _masked_columns(lt.a, self.activated)

    @cached_property
    def output(self) -> Array:
        """(N, units) what flows to the next layer: a·mask/(1−p) with dropout, else a."""
        lt = self.trace
        return np.zeros((0, self.units)) if lt is None else _masked_columns(lt.output, self.activated)

    @property
    def has_dropout(self) -> bool:
        return self.trace is not None and self.trace.mask is not None

    @cached_property
    def grad_a(self) -> Array:
        return self._backward(None if self.trace is None else self.trace.grad_a)

    @cached_property
    def delta(self) -> Array:
        """(N, units) δ = ∂L/∂z."""
        return self._backward(None if self.trace is None else self.trace.delta)

    def _gradient(self, weights: Array | None, bias: Array | None) -> Array:
        out = np.full((self.units, self.fan_in + 1), NAN)
        if self.trace is not None and weights is not None:
            out[:, : self.fan_in], out[:, self.fan_in] = weights, bias
            out = _masked_rows(out, self.backward)
        return out

    @cached_property
    def gradient(self) -> Array:
        """(units, fan_in + 1) ``[∂L/∂W | ∂L/∂b]``, batch mean with regularization; rows once revealed."""
        lt = self.trace
        return self._gradient(None, None) if lt is None else self._gradient(lt.grad_W, lt.grad_b)

    @cached_property
    def gradient_data(self) -> Array:
        """(units, fan_in + 1) the data loss's share of :attr:`gradient`."""
        lt = self.trace
        return self._gradient(None, None) if lt is None else self._gradient(lt.grad_W_data, lt.grad_b)

    @cached_property
    def gradient_reg(self) -> Array:
        """(units, fan_in + 1) the regularization's share (0 for biases: they are never regularized)."""
        lt = self.trace
        if lt is None:
            return self._gradient(None, None)
        return self._gradient(lt.grad_W_reg, np.zeros(self.units))

    @cached_property
    def step(self) -> Array:
        """(units, fan_in + 1) ``[ΔW | Δb]`` of the optimizer, once the update is revealed."""
        if self.trace is None or not self.after_update:
            return np.full((self.units, self.fan_in + 1), NAN)
        return self.current - self.before

    def whole(self, quantity: str) -> Array:
        """(units, fan_in + 1) ``weight``, ``gradient`` or ``update`` of the whole iteration, revealed
        or not: only for scales that must not jump while stepping, never to show a number."""
        lt = self.trace
        if quantity == "weight" or lt is None:
            return self.parameters if quantity == "weight" else np.full_like(self.before, NAN)
        if quantity == "gradient":
            return np.column_stack([lt.grad_W, lt.grad_b])
        return self.current - self.before if lt.W is not None else np.full_like(self.before, NAN)

    @cached_property
    def new(self) -> Array:
        """(units, fan_in + 1) ``[W | b]`` after the update, once it is revealed."""
        if self.trace is None or not self.after_update:
            return np.full((self.units, self.fan_in + 1), NAN)
        return self.current
