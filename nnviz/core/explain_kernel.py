"""∂L/∂K of one conv kernel weight (or its bias) in words with its numbers: the correlation of
the layer's input with δ, for one sample and over the batch, plus regularization."""

from __future__ import annotations

import numpy as np

from nnviz.core.explain_parts import checked_sample, quiet, sample_name
from nnviz.core.number_text import DIGITS, Numbers, sum_text
from nnviz.core.regularizers import Regularizer
from nnviz.core.trace import IterationTrace
from nnviz.i18n import translate


@quiet
def explain_kernel_gradient(
    trace: IterationTrace,
    layer: int,
    kernel: int,
    source: int,
    sample: int = 0,
    *,
    regularizer: Regularizer | None = None,
    digits: int = DIGITS,
) -> list[str]:
    """∂L/∂K of weight ``source`` of conv kernel ``kernel`` (its weights (in, kh, kw) row-major;
    ``source == in·kh·kw`` is the bias): the correlation of the input with δ, for this sample
    and over the batch, plus regularization."""
    lt, n, s = trace.layers[layer - 1], checked_sample(trace, sample), Numbers(digits)
    if lt.kind != "conv2d":
        raise ValueError(f"layer {layer} is a {lt.kind} layer, not conv2d")
    out, c_in, kh, kw = lt.W_before.shape
    fan_in = c_in * kh * kw
    if not (0 <= kernel < out and 0 <= source <= fan_in):
        raise ValueError(f"layer {layer} has kernels 0..{out - 1} and sources 0..{fan_in} ({fan_in} is the bias)")
    big_n, _, oh, ow = lt.delta.shape
    delta = lt.delta[:, kernel].reshape(big_n, oh * ow)
    if source == fan_in:
        data = lt.grad_b[kernel]
        mine, note = sum_text([s.f(v) for v in delta[n] if v != 0] or ["0"])
        return [
            translate(
                "Explain",
                "Gradient of the bias of kernel {0} in layer {layer}: the bias is added at every cell of the "
                "map, so ∂L/∂b = Σ_n Σ_cells δ.",
            ).format(kernel + 1, layer=layer),
            translate("Explain", "{0}, the cells whose δ is not 0: Σ_cells δ = {mine} = {1}.{note}").format(
                sample_name(trace, n).capitalize(), s(delta[n].sum()), mine=mine, note=note
            ),
            translate("Explain", "Over the batch of {big_n}: ∂L/∂b = {0}; biases are not regularized.").format(
                s(data), big_n=big_n
            ),
        ]
    c, p, q = np.unravel_index(source, (c_in, kh, kw))
    windows = lt.columns[source].reshape(big_n, oh * ow)
    live = (delta[n] != 0) & (windows[n] != 0)
    total, note = s.products(delta[n][live], windows[n][live]) if live.any() else ("0", "")
    name = f"K[{kernel + 1}, {c + 1}, {p + 1}, {q + 1}]"
    lines = [
        translate(
            "Explain",
            "Gradient of kernel weight {name} (kernel {0}, input map {1}, row {2}, col {3}) of layer {layer}: "
            "the weight meets, at every cell of the output map, the input value under it, so ∂L/∂K is the "
            "correlation of the input with δ: Σ_n Σ_(i,j) δ[i, j]·x[i·s + p, j·s + q] (x zero-padded).",
        ).format(kernel + 1, c + 1, p + 1, q + 1, name=name, layer=layer),
        translate(
            "Explain", "{0}, the cells where neither δ nor x is 0: Σ_(i,j) δ·x = {total} = {1}.{note}"
        ).format(sample_name(trace, n).capitalize(), s(delta[n] @ windows[n]), total=total, note=note),
        translate("Explain", "Over the batch of {big_n}: ∂L_data/∂K = {0}.").format(
            s(lt.grad_W_data[kernel, c, p, q]), big_n=big_n
        ),
    ]
    if regularizer is not None and regularizer.active:
        reg = lt.grad_W_reg[kernel, c, p, q]
        lines.append(
            translate("Explain", "{0} regularization of kernels adds {1}: ∂L/∂K = {2} + {3} = {4}.").format(
                regularizer.kind.upper(),
                s(reg),
                s(lt.grad_W_data[kernel, c, p, q]),
                s.f(reg),
                s(lt.grad_W[kernel, c, p, q]),
            )
        )
    return lines
