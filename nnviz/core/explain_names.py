"""A loss's name and formula as the sentences, worked examples and worksheets write them, in the
current language.

:mod:`nnviz.core.losses` names each loss in English (``Loss.display_name``, ``Loss.formula``);
the text a learner reads says them through :func:`loss_words`, which gives those very strings in
English and their translations otherwise. The English here must equal the model's (a test
compares them), so a renamed loss cannot fall back to English unnoticed.
"""

from __future__ import annotations

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
