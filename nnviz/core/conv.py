"""Convolution: one small kernel slid over the picture, the same weights at every position.

For an input batch ``x`` (N, C_in, H, W), a kernel ``W`` (C_out, C_in, kh, kw)
and bias ``b`` (C_out,), each output cell is the kernel laid on one window::

    z[n, o, i, j] = Σ_c Σ_p Σ_q W[o, c, p, q] · x_pad[n, c, i·s + p, j·s + q] + b[o]
    a = f(z)

exactly as ``torch.nn.Conv2d`` (a cross-correlation: the kernel is not
flipped), with ``stride`` s and zero ``padding`` P on every side. The output
size per axis is ``⌊(H + 2P − kh)/s⌋ + 1``.

The windows are unfolded once into ``columns`` (one column per output cell,
C_in·kh·kw × N·H_out·W_out, "im2col"), so the forward pass is one matrix
product, and backward is two (δ_rows is δ as C_out × N·H_out·W_out):

- ∂L/∂W = the correlation of the input with δ: ``δ_rows · columnsᵀ``;
- ∂L/∂x = the full convolution of δ with the flipped kernel: ``Wᵀ · δ_rows``
  folded back onto the windows each column came from (summed where they overlap).
"""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import Activation
from nnviz.core.layers import check_dropout, record_parameter_gradients
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import LayerTrace

Array = np.ndarray


def pair(value: int | tuple[int, int] | list[int]) -> tuple[int, int]:
    """``3`` → (3, 3); ``[3, 2]`` → (3, 2)."""
    if isinstance(value, int | np.integer):
        return int(value), int(value)
    kh, kw = value
    return int(kh), int(kw)


def output_hw(
    h: int, w: int, kh: int, kw: int, stride: int | tuple[int, int], padding: int = 0, what: str = "kernel"
) -> tuple[int, int]:
    """``⌊(size + 2·padding − kernel)/stride⌋ + 1`` per axis, or a ``ValueError`` showing that arithmetic."""
    out = []
    bad = []
    sh, sw = pair(stride)
    for axis, size, k, stride in (("height", h, kh, sh), ("width", w, kw, sw)):
        span = size + 2 * padding - k
        n = span // stride + 1
        out.append(n)
        if n < 1:
            fraction = f"({size} + 2·{padding} − {k})/{stride}"
            formula = fraction if span % stride == 0 else f"⌊{fraction}⌋"
            bad.append((axis, f"out = {formula} + 1 = {n}"))
    if bad:
        kernel = f"{kh}" if kh == kw else f"{kh}×{kw}"
        arithmetic = bad[0][1] if h == w and kh == kw else "; ".join(f"{a}: {f}" for a, f in bad)
        raise ValueError(f"{what} {kernel} does not fit a {h}×{w} input ({arithmetic})")
    return out[0], out[1]


def fold(grad_windows: Array, input_hw: tuple[int, int], stride: int) -> Array:
    """Sum gradients of windows (N, C, H_out, W_out, kh, kw) back onto the map (N, C, H, W).

    One slice-add per kernel cell (kh·kw of them), never a loop over pixels.
    """
    n, c, oh, ow, kh, kw = grad_windows.shape
    grad = np.zeros((n, c, *input_hw))
    for p in range(kh):
        for q in range(kw):
            grad[:, :, p : p + stride * (oh - 1) + 1 : stride, q : q + stride * (ow - 1) + 1 : stride] += (
                grad_windows[:, :, :, :, p, q]
            )
    return grad


class Conv2D:
    """A 2-D convolution with kernel ``W`` (out_channels, in_channels, kh, kw) and bias ``b`` (out_channels,)."""

    kind = "conv2d"
    joins_input = False

    def __init__(
        self,
        W: Array,
        b: Array,
        activation: Activation,
        *,
        stride: int = 1,
        padding: int = 0,
        dropout: float = 0.0,
    ):
        W = np.asarray(W, dtype=float)
        b = np.asarray(b, dtype=float)
        if W.ndim != 4 or min(W.shape) < 1:
            raise ValueError(f"a kernel must be (out_channels × in_channels × kh × kw), got shape {W.shape}")
        if b.shape != (W.shape[0],):
            raise ValueError(f"bias must have {W.shape[0]} entries (one per output channel), got shape {b.shape}")
        if not (np.all(np.isfinite(W)) and np.all(np.isfinite(b))):
            raise ValueError("kernel and bias must be finite numbers")
        if stride < 1 or padding < 0:
            raise ValueError(f"stride must be ≥ 1 and padding ≥ 0, got stride {stride}, padding {padding}")
        if not activation.elementwise:
            raise ValueError("softmax is only allowed on the output layer")
        self.W = W
        self.b = b
        self.activation = activation
        self.stride = int(stride)
        self.padding = int(padding)
        self.dropout = check_dropout(dropout)

    @property
    def channels(self) -> int:
        return self.W.shape[0]

    @property
    def in_channels(self) -> int:
        return self.W.shape[1]

    @property
    def kernel(self) -> tuple[int, int]:
        return self.W.shape[2], self.W.shape[3]

    def output_shape(self, input_shape: tuple[int, ...]) -> tuple[int, ...]:
        """(out_channels, H_out, W_out) for an input (in_channels, H, W)."""
        if len(input_shape) != 3:
            raise ValueError("a conv2d layer takes images (channels × height × width); the input is a flat row")
        c, h, w = input_shape
        if c != self.in_channels:
            raise ValueError(f"the kernel takes {self.in_channels} input channel(s), the input has {c}")
        oh, ow = output_hw(h, w, *self.kernel, self.stride, self.padding)
        return (self.channels, oh, ow)

    def _columns(self, x: Array) -> tuple[Array, int, int]:
        """The input unfolded: (C_in·kh·kw, N·H_out·W_out), one column per output cell in (n, i, j)
        order, one row per kernel weight; and H_out, W_out.

        The windows are a strided view of the (padded) input, copied once by the reshape: one
        call, where a slice copy per kernel cell costs a Python round trip each."""
        n, c, h, w = x.shape
        p, s = self.padding, self.stride
        if p:
            padded = np.zeros((n, c, h + 2 * p, w + 2 * p))
            padded[:, :, p : p + h, p : p + w] = x
            x = padded
        else:
            x = np.ascontiguousarray(x, dtype=float)
        kh, kw = self.kernel
        oh, ow = (x.shape[2] - kh) // s + 1, (x.shape[3] - kw) // s + 1
        sn, sc, sh, sw = x.strides
        windows = np.ndarray((c, kh, kw, n, oh, ow), x.dtype, x, 0, (sc, sh, sw, sn, s * sh, s * sw))
        return windows.reshape(c * kh * kw, n * oh * ow), oh, ow

    def _z(self, columns: Array, n: int, oh: int, ow: int) -> Array:
        """z (N, C_out, H_out, W_out) = kernel rows · columns + b.

        Stored channel-major, as the product makes it (C_out, N, H_out, W_out), and handed on
        as a transposed view: no layout copy here, and backward's δ rows are this same layout."""
        z_rows = self.W.reshape(self.channels, -1) @ columns  # (C_out, N·H_out·W_out)
        z_rows += self.b[:, None]
        return z_rows.reshape(self.channels, n, oh, ow).transpose(1, 0, 2, 3)

    def forward(self, x: Array) -> tuple[Array, Array]:
        """``(z, a)``, each (N, C_out, H_out, W_out), for ``x`` (N, C_in, H, W)."""
        columns, oh, ow = self._columns(x)
        z = self._z(columns, len(x), oh, ow)
        return z, self.activation.value(z)

    def trace_forward(self, index: int, x: Array) -> LayerTrace:
        columns, oh, ow = self._columns(x)
        z = self._z(columns, len(x), oh, ow)
        a = self.activation.value(z)
        lt = LayerTrace(index, x, z, a, None, a, self.kind)
        lt.columns = columns
        return lt

    def delta_from(self, lt: LayerTrace, grad_a: Array) -> Array:
        """δ = ∂L/∂a ⊙ f′(z), (N, C_out, H_out, W_out); channel-major in memory when ∂L/∂a is
        (a pool above hands its gradient back in the layout of its input, this layer's a)."""
        return grad_a * self.activation.derivative(lt.z, lt.a)

    def backward(
        self, lt: LayerTrace, delta: Array, regularizer: Regularizer | None, need_grad_input: bool
    ) -> Array | None:
        """∂L/∂W (out, in, kh, kw), ∂L/∂b (out,); returns ∂L/∂x (N, C_in, H, W)."""
        lt.delta = delta
        n, _, oh, ow = delta.shape
        delta_rows = delta.transpose(1, 0, 2, 3).reshape(self.channels, n * oh * ow)  # a view when channel-major
        grad_W = (delta_rows @ lt.columns.T).reshape(self.W.shape)
        lt.grad_b = np.add.reduce(delta_rows, axis=1)
        record_parameter_gradients(lt, self.W, self.b, grad_W, regularizer)
        if not need_grad_input:
            return None
        kh, kw = self.kernel
        grad_columns = self.W.reshape(self.channels, -1).T @ delta_rows
        grad_windows = grad_columns.reshape(self.in_channels, kh, kw, n, oh, ow).transpose(3, 0, 4, 5, 1, 2)
        _, _, h, w = lt.input.shape
        p = self.padding
        grad = fold(grad_windows, (h + 2 * p, w + 2 * p), self.stride)
        return grad[:, :, p : p + h, p : p + w] if p else grad
