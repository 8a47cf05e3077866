"""What the chain-rule sentences of :mod:`nnviz.core.explain`, :mod:`nnviz.core.explain_update` and
:mod:`nnviz.core.explain_layers` share: checked access to one traced layer, unit and sample, the
words for a sample, and the sentences of an activation and of its slope."""

from __future__ import annotations

import functools

import numpy as np

from nnviz.core.activations import Activation
from nnviz.core.number_text import Numbers, sum_text
from nnviz.core.numbering import sample_label
from nnviz.core.trace import IterationTrace, LayerTrace
from nnviz.i18n import translate


def quiet(explain):
    """Run with NumPy's floating-point warnings off: a diverged run has ∞ and NaN to explain."""

    @functools.wraps(explain)
    def wrapper(*args, **kwargs):
        with np.errstate(all="ignore"):
            return explain(*args, **kwargs)

    return wrapper


def layer_trace(trace: IterationTrace, layer: int, unit: int, sample: int) -> LayerTrace:
    if not 1 <= layer <= len(trace.layers):
        raise ValueError(f"layer must be in 1..{len(trace.layers)}, got {layer}")
    lt = trace.layers[layer - 1]
    if not 0 <= unit < lt.z.shape[1]:
        raise ValueError(f"layer {layer} has units 0..{lt.z.shape[1] - 1}, got {unit}")
    checked_sample(trace, sample)
    return lt


def sample_name(trace: IterationTrace, n: int) -> str:
    """The words for batch row ``n``: its sample number in the training set."""
    return sample_label(int(trace.samples[n]))


def checked_sample(trace: IterationTrace, sample: int) -> int:
    if not 0 <= sample < len(trace.x):
        raise ValueError(f"the batch has samples 0..{len(trace.x) - 1}, got {sample}")
    return sample


def flat_row(W, j: int):
    """Unit (or conv kernel) ``j``'s weights as one flat row."""
    return W[j].reshape(-1)


def is_bias(lt: LayerTrace, source: int) -> bool:
    """True for the bias unit (``source == fan_in``, a conv kernel's in·kh·kw); raises outside 0..fan_in."""
    fan_in = lt.input.shape[1] if lt.W_before is None else lt.W_before[0].size
    if not 0 <= source <= fan_in:
        raise ValueError(f"sources are 0..{fan_in} ({fan_in} is the bias unit), got {source}")
    return source == fan_in


def activation_text(activation: Activation, lt: LayerTrace, n: int, j: int, s: Numbers) -> str:
    z, a, name = s(lt.z[n, j]), s(lt.a[n, j]), activation.name
    if name == "identity":
        return translate("Explain", "The identity activation passes z on: a = z = {a}.").format(a=a)
    if name == "sigmoid":
        return f"a = σ(z) = 1/(1 + e^(−z)) = σ({z}) = {a}."
    if name == "tanh":
        return translate("Explain", "a = tanh({z}) = {a}.").format(z=z, a=a)
    if name == "relu":
        return translate("Explain", "a = max(0, z) = max(0, {z}) = {a}.").format(z=z, a=a)
    if name == "step":
        return translate("Explain", "a = step(z) = 1 if z ≥ 0 else 0; z = {z}, so a = {a}.").format(z=z, a=a)
    if name == "leaky_relu":
        return translate("Explain", "a = z if z > 0 else {0}·z; z = {z}, so a = {a}.").format(
            s(activation.params["slope"]), z=z, a=a
        )
    terms, note = sum_text([f"e^({s(v)})" for v in lt.z[n]])
    return translate(
        "Explain", "Softmax over the layer: a = e^(z_j)/Σ_k e^(z_k) = e^({z})/({terms}) = {a}.{note}"
    ).format(z=z, terms=terms, a=a, note=note)


def delta_from_grad_a(activation: Activation, lt: LayerTrace, n: int, j: int, s: Numbers) -> list[str]:
    """δ = ∂L/∂a·f′(z) for an elementwise activation, with f′ spelled out."""
    z, a = lt.z[n : n + 1, j : j + 1], lt.a[n : n + 1, j : j + 1]
    slope = float(activation.derivative(z, a)[0, 0])
    # a with the digits its slope needs: σ′ and tanh′ are worked on the a written below
    av = s.f_for(float(a[0, 0]), lambda v: float(activation.derivative(z, np.full_like(a, v))[0, 0]), slope)
    zv, dv = s(z[0, 0]), s(slope)
    slope_text = s(activation.params.get("slope", 0.0))
    prime, rule = {
        "identity": ("f′", translate("Explain", "the identity has f′(z) = 1")),
        "sigmoid": ("σ′", f"σ′(z) = a·(1 − a) = {av}·(1 − {av}) = {dv}"),
        "tanh": ("tanh′", translate("Explain", "tanh′(z) = 1 − a² = 1 − {av}² = {dv}").format(av=av, dv=dv)),
        "relu": (
            "relu′",
            translate("Explain", "relu′(z) = 1 if z > 0 else 0; z = {zv}, so relu′(z) = {dv}").format(
                zv=zv, dv=dv
            ),
        ),
        "leaky_relu": (
            "leaky_relu′",
            translate("Explain", "leaky_relu′(z) = 1 if z > 0 else {slope_text}; z = {zv}, so it is {dv}").format(
                slope_text=slope_text, zv=zv, dv=dv
            ),
        ),
        "step": (
            "step′",
            translate(
                "Explain",
                "step′(z) = 0 wherever it is defined (at z = 0 it is not; 0 is taken), so no gradient reaches the "
                "weights: step units learn by the perceptron rule instead",
            ),
        ),
    }[activation.name]
    return [
        translate("Explain", "The activation's slope at z: {rule}.").format(rule=rule),
        f"δ = ∂L/∂a · {prime}(z) = {s.f(lt.grad_a[n, j])}·{s.f(slope)} = {s(lt.delta[n, j])}.",
    ]
