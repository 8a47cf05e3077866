"""A loss's name and formula, a layer kind's name and an activation's name as the sentences,
worked examples, worksheets and panels write them, in the current language.

:mod:`nnviz.core.losses` names each loss in English (``Loss.display_name``, ``Loss.formula``);
the text a learner reads says them through :func:`loss_words`, which gives those very strings in
English and their translations otherwise. The English here must equal the model's (a test
compares them), so a renamed loss cannot fall back to English unnoticed.
"""

from __future__ import annotations

from nnviz.core.activations import Activation
from nnviz.core.losses import Loss
from nnviz.i18n import ENGLISH, QT_TRANSLATE_NOOP, language, translate

LOSS_WORDS = {
    "mse": (
        QT_TRANSLATE_NOOP("Losses", "Mean squared error"),
        QT_TRANSLATE_NOOP("Losses", "L = mean over all elements of (y − t)²"),
    ),
    "half_sse": (
        QT_TRANSLATE_NOOP("Losses", "Half sum of squares"),
        QT_TRANSLATE_NOOP("Losses", "L = ½·Σ_k (y_k − t_k)², mean over the batch"),
    ),
    "mae": (
        QT_TRANSLATE_NOOP("Losses", "Mean absolute error"),
        QT_TRANSLATE_NOOP("Losses", "L = mean over all elements of |y − t|"),
    ),
    "bce": (
        QT_TRANSLATE_NOOP("Losses", "Binary cross-entropy"),
        QT_TRANSLATE_NOOP("Losses", "L = −mean[t·log y + (1 − t)·log(1 − y)]"),
    ),
    "cross_entropy": (
        QT_TRANSLATE_NOOP("Losses", "Softmax cross-entropy"),
        QT_TRANSLATE_NOOP("Losses", "L = −mean log softmax(z)_true"),
    ),
    "hinge": (
        QT_TRANSLATE_NOOP("Losses", "Multiclass hinge"),
        QT_TRANSLATE_NOOP("Losses", "L = mean Σ_(j≠y) max(0, s_j − s_y + {margin})"),
    ),
    "zero_one": (
        QT_TRANSLATE_NOOP("Losses", "0-1 loss"),
        QT_TRANSLATE_NOOP("Losses", "L = fraction misclassified"),
    ),
}
"""Per loss name: its display name and formula (``{margin}`` is the hinge margin, as ``:g``)."""


def loss_words(loss: Loss) -> tuple[str, str]:
    """``(name, formula)`` of ``loss`` in the current language (in English: the model's own)."""
    if language() == ENGLISH or loss.name not in LOSS_WORDS:
        return loss.display_name, loss.formula
    name, formula = LOSS_WORDS[loss.name]
    return translate("Losses", name), translate("Losses", formula).format(margin=f"{loss.margin:g}")


KIND_WORDS = {
    "dense": QT_TRANSLATE_NOOP("LayerKinds", "dense"),
    "conv2d": QT_TRANSLATE_NOOP("LayerKinds", "conv2d"),
    "max_pool2d": QT_TRANSLATE_NOOP("LayerKinds", "max_pool2d"),
    "avg_pool2d": QT_TRANSLATE_NOOP("LayerKinds", "avg_pool2d"),
    "flatten": QT_TRANSLATE_NOOP("LayerKinds", "flatten"),
    "concat": QT_TRANSLATE_NOOP("LayerKinds", "concat"),
}
"""Per layer kind: its name. English keeps the identifier an experiment file writes (``"kind"``)."""


def kind_words(kind: str) -> str:
    """The name of layer kind ``kind`` (``conv2d`` → 卷积 in Chinese) in the current language."""
    return translate("LayerKinds", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


ACTIVATION_WORDS = {
    "identity": QT_TRANSLATE_NOOP("Activations", "Identity"),
    "step": QT_TRANSLATE_NOOP("Activations", "Step"),
}
"""The activations whose name is a word; the others (ReLU, Sigmoid, Tanh, Softmax) are names of
functions, the same in every language (docs/glossary.md)."""


def activation_words(activation: Activation) -> str:
    """``activation.describe()`` in the current language (``Leaky ReLU (slope 0.01)``)."""
    if activation.name == "leaky_relu":
        slope = f"{activation.params['slope']:g}"
        return translate("Activations", "{name} (slope {slope})").format(name=activation.display_name, slope=slope)
    if activation.name in ACTIVATION_WORDS:
        return translate("Activations", ACTIVATION_WORDS[activation.name])
    return activation.display_name
