"""Every layer of a picture network as images, with measured scales: the Layers page (no Qt).

In the spirit of ConvNetJS's per-layer view, but with numbers: for each layer, the traced
sample's activations a and their gradients ∂L/∂a, and for a conv layer its kernels K and their
gradients ∂L/∂K, each as small images, all as the cursor shows them (NaN: not revealed yet).
Each row of images is coloured on a scale chosen by :data:`SCALES`:

- ``map``: every image on its own largest |value| (the shape of each map, whatever its size);
- ``layer``: every image of a row on the row's largest |value| (maps of one layer compared);
- ``global``: every row of one quantity (all a, all ∂L/∂a, all K, all ∂L/∂K) on the largest
  |value| of that quantity in the network (layers compared; ConvNetJS rescales each map alone).

A line of text per layer gives its output shape, its parameter count with the formula, and the
range of a and ∂L/∂a for the traced sample.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnviz.core.explain_names import kind_words
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.step_view import StepView

Array = np.ndarray
SCALES = ("map", "layer", "global")
SCALE_NAMES = {
    "map": QT_TRANSLATE_NOOP("layer_images", "each map its own scale"),
    "layer": QT_TRANSLATE_NOOP("layer_images", "one scale per row"),
    "global": QT_TRANSLATE_NOOP("layer_images", "one scale per quantity, all layers"),
}
QUANTITIES = ("a", "grad_a", "K", "grad_K")
SYMBOLS = {"a": "a", "grad_a": "∂L/∂a", "K": "K", "grad_K": "∂L/∂K"}


def _largest(values: Array) -> float:
    """The largest |value| of ``values``, NaN ignored (0 when there is none)."""
    finite = np.abs(values[np.isfinite(values)])
    return float(finite.max()) if finite.size else 0.0


@dataclass
class ImageRow:
    """One row of images of one quantity of a layer."""

    quantity: str
    images: list[Array]
    """Each (H, W): a map, a kernel's input channel, or a dense layer's units as one strip (1, units)."""
    scales: list[float] = field(default_factory=list)
    """Per image the |value| drawn at full colour (set by :func:`apply_scale`)."""

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.quantity]


@dataclass
class LayerImages:
    """One layer's title, text line and rows of images."""

    layer: int
    title: str
    text: str
    rows: list[ImageRow]


def number(v: float) -> str:
    """``v`` to 3 significant digits with a real minus sign (and no −0)."""
    text = f"{v:.3g}"
    return "0" if float(text) == 0 else text.replace("-", "−")


def _range(values: Array) -> str:
    finite = values[np.isfinite(values)]
    if not finite.size:
        return "—"
    return f"[{number(finite.min())}, {number(finite.max())}]"


def _parameters(layer, shape_in: tuple[int, ...]) -> str:
    """The parameter count with its formula, e.g. ``8·(1·3·3 + 1) = 80``, or none."""
    if layer.W is None:
        return translate("layer_images", "no parameters")
    if layer.kind == "conv2d":
        out, c_in, kh, kw = layer.W.shape
        formula = f"{out}·({c_in}·{kh}·{kw} + 1)"
    else:
        out, fan_in = layer.W.shape
        formula = f"{out}·({fan_in} + 1)"
    return translate("layer_images", "{formula} = {n} parameters").format(formula=formula, n=layer.W.size + out)


def layer_images(view: StepView, scale: str = "layer") -> list[LayerImages]:
    """Every layer's images at the cursor for the traced sample (empty before the first step)."""
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {', '.join(SCALES)}, got {scale!r}")
    network = view.network
    if view.trace is None:
        return []
    out: list[LayerImages] = []
    shape_in = network.input_shape
    for k, (layer, lv) in enumerate(zip(network.layers, view.layers), start=1):
        shape = network.shapes[k - 1]
        row = view.row
        a, grad_a = lv.a[row], lv.grad_a[row]
        rows = []
        if layer.kind != "flatten":  # flatten's values are the layer below's, in a column
            as_maps = len(shape) == 3
            rows.append(ImageRow("a", list(a) if as_maps else [a.reshape(1, -1)]))
            rows.append(ImageRow("grad_a", list(grad_a) if as_maps else [grad_a.reshape(1, -1)]))
        if layer.kind == "conv2d":
            kernels = lv.parameters[:, :-1].reshape(layer.W.shape)
            gradients = lv.gradient[:, :-1].reshape(layer.W.shape)
            rows.append(ImageRow("K", [channel for kernel in kernels for channel in kernel]))
            rows.append(ImageRow("grad_K", [channel for kernel in gradients for channel in kernel]))
        title = translate("layer_images", "Layer {k} · {kind}").format(k=k, kind=kind_words(layer.kind))
        if layer.W is not None:  # pool and flatten layers pass values on without an activation
            title += f" · {layer.activation.name}"
        size = "×".join(map(str, shape))
        text = f"{size} · {_parameters(layer, shape_in)} · a ∈ {_range(a)} · ∂L/∂a ∈ {_range(grad_a)}"
        out.append(LayerImages(k, title, text, rows))
        shape_in = shape
    apply_scale(out, scale)
    return out


def apply_scale(layers: list[LayerImages], scale: str) -> None:
    """Set every image's full-colour |value| by the ``scale`` mode (see the module docstring)."""
    overall = {q: 0.0 for q in QUANTITIES}
    for layer in layers:
        for row in layer.rows:
            overall[row.quantity] = max(overall[row.quantity], *(_largest(i) for i in row.images))
    for layer in layers:
        for row in layer.rows:
            own = [_largest(i) for i in row.images]
            if scale == "map":
                row.scales = own
            elif scale == "layer":
                row.scales = [max(own)] * len(own)
            else:
                row.scales = [overall[row.quantity]] * len(own)
