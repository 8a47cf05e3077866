"""The step view of a layer that is not dense: conv, pool, flatten or concat (no Qt).

:class:`MapLayerView` follows the rules of :mod:`nnviz.session.step_view` for
layers whose units are the cells of output maps. A conv or pool layer's unit
is one cell of one output map (row-major: map by map, each row by row, as
``z[n].ravel()`` lists them); flatten and concat have flat rows of units.

- **Cell by cell.** z, a, the dropout output (and a max-pool's winning input
  cells) of a cell once its forward event is revealed; ∂L/∂a and δ once its
  backward event is. Everything else is NaN (winners −1).
- **A kernel's gradient** sums over every cell of its map, so ∂L/∂K and ∂L/∂b
  of kernel o are shown once the backward events of all cells of map o are.
- **Kernel matrices** are ``[K | b]``, (out, in·kh·kw + 1): kernel o's weights
  in row-major order (in, kh, kw), then its bias — the row the forward pass
  multiplies with each window, and what :meth:`Stepper.edit_parameter` indexes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from nnviz.core.trace import LayerTrace

Array = np.ndarray
NAN = float("nan")


@dataclass(eq=False)
class MapLayerView:
    """Layer ``index`` (1..L) of ``kind`` at the cursor; batch arrays are (N, *shape). NaN: not revealed."""

    index: int
    kind: str
    activation: str
    dropout: float
    shape: tuple[int, ...]
    """One sample's output: (C, H, W) for conv and pool, (units,) for flatten and concat."""
    forward: Array
    """(units,) bool: the cells whose forward event is revealed (units = prod(shape))."""
    backward: Array
    """(units,) bool: the cells whose backward event is revealed."""
    after_update: bool
    before: Array | None
    """(out, in·kh·kw + 1) ``[K | b]`` the iteration started from; ``None`` without parameters."""
    current: Array | None
    """(out, in·kh·kw + 1) ``[K | b]`` of the network now."""
    below_forward: Array | None
    """(fan_in,) bool: which input values (flat, per sample) are revealed (``None``: all, the data)."""
    trace: LayerTrace | None = field(repr=False)

    @property
    def units(self) -> int:
        return int(np.prod(self.shape))

    @property
    def parameters(self) -> Array | None:
        """``[K | b]`` as the cursor shows them: the new ones once the update is revealed."""
        return self.current if self.after_update else self.before

    def _cells(self, values: Array | None, shown: Array) -> Array:
        if values is None:
            return np.zeros((0, *self.shape))
        return np.where(shown.reshape(self.shape)[None], values, NAN)

    @cached_property
    def inputs(self) -> Array:
        """(N, *input shape) the layer's input, each value once the layer below revealed it."""
        if self.trace is None:
            return np.zeros((0,))
        x = self.trace.input
        if self.below_forward is None:
            return x
        return np.where(self.below_forward.reshape(x.shape[1:])[None], x, NAN)

    @cached_property
    def z(self) -> Array:
        return self._cells(None if self.trace is None else self.trace.z, self.forward)

    @cached_property
    def a(self) -> Array:
        return self._cells(None if self.trace is None else self.trace.a, self.forward)

    @cached_property
    def output(self) -> Array:
        """What flows to the next layer: a·mask/(1−p) with dropout, else a."""
        return self._cells(None if self.trace is None else self.trace.output, self.forward)

    @cached_property
    def winners(self) -> Array | None:
        """A max-pool's winning input cell per output cell (``row·W + col`` in its input map), −1 where
        not revealed; ``None`` for other kinds."""
        if self.trace is None or self.trace.winners is None:
            return None
        return np.where(self.forward.reshape(self.shape)[None], self.trace.winners, -1)

    @cached_property
    def grad_a(self) -> Array:
        return self._cells(None if self.trace is None else self.trace.grad_a, self.backward)

    @cached_property
    def delta(self) -> Array:
        """(N, *shape) δ = ∂L/∂z."""
        return self._cells(None if self.trace is None else self.trace.delta, self.backward)

    @property
    def kernels_revealed(self) -> Array:
        """(out,) bool: the kernels whose gradient is revealed: every cell of their map is."""
        if self.before is None:
            return np.zeros(0, dtype=bool)
        return self.backward.reshape(len(self.before), -1).all(axis=1)

    def _gradient(self, weights: Array | None, bias: Array | None) -> Array | None:
        if self.before is None:
            return None
        out = np.full(self.before.shape, NAN)
        if self.trace is not None and weights is not None:
            shown = self.kernels_revealed
            out[shown, :-1] = weights.reshape(len(out), -1)[shown]
            out[shown, -1] = bias[shown]
        return out

    @cached_property
    def gradient(self) -> Array | None:
        """(out, in·kh·kw + 1) ``[∂L/∂K | ∂L/∂b]`` with regularization, per kernel once revealed."""
        lt = self.trace
        return self._gradient(None, None) if lt is None else self._gradient(lt.grad_W, lt.grad_b)

    @cached_property
    def gradient_data(self) -> Array | None:
        lt = self.trace
        return self._gradient(None, None) if lt is None else self._gradient(lt.grad_W_data, lt.grad_b)

    @cached_property
    def gradient_reg(self) -> Array | None:
        lt = self.trace
        if lt is None or lt.grad_W_reg is None:
            return self._gradient(None, None)
        return self._gradient(lt.grad_W_reg, np.zeros(len(lt.grad_b)))

    @cached_property
    def new(self) -> Array | None:
        """``[K | b]`` after the update, once it is revealed."""
        if self.before is None:
            return None
        if self.trace is None or not self.after_update:
            return np.full(self.before.shape, NAN)
        return self.current

    @cached_property
    def step(self) -> Array | None:
        """``[ΔK | Δb]`` of the optimizer, once the update is revealed."""
        return None if self.before is None else self.new - self.before


def kernel_matrix(W: Array | None, b: Array | None) -> Array | None:
    """``[K | b]`` (out, in·kh·kw + 1) of a conv kernel (out, in, kh, kw) and bias; ``None`` for ``None``."""
    return None if W is None else np.column_stack([W.reshape(len(W), -1), b])
