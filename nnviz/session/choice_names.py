"""What the app shows for the identifiers an experiment file writes (combo boxes, canvas captions).

An item's data is the identifier (``cross_entropy``, ``xavier_uniform``, ``none``): it is what
the file holds and what the README names. English shows it as it is; Chinese shows the glossary's
term (交叉熵, Xavier 均匀, 无) and keeps the identifier at the head of the item's tooltip, so a
learner reading the JSON file finds it. Names of functions written in code (relu, sigmoid, tanh,
softmax, mse, mae, sgd, adam, rmsprop, l1, l2) are the same in every language (docs/glossary.md)
and have no entry here.
"""

from __future__ import annotations

from nnviz.i18n import QT_TRANSLATE_NOOP, translate

CHOICE_NAMES = {
    "identity": QT_TRANSLATE_NOOP("choice_names", "identity"),
    "step": QT_TRANSLATE_NOOP("choice_names", "step"),
    "half_sse": QT_TRANSLATE_NOOP("choice_names", "half_sse"),
    "bce": QT_TRANSLATE_NOOP("choice_names", "bce"),
    "cross_entropy": QT_TRANSLATE_NOOP("choice_names", "cross_entropy"),
    "hinge": QT_TRANSLATE_NOOP("choice_names", "hinge"),
    "xavier_uniform": QT_TRANSLATE_NOOP("choice_names", "xavier_uniform"),
    "xavier_normal": QT_TRANSLATE_NOOP("choice_names", "xavier_normal"),
    "he_uniform": QT_TRANSLATE_NOOP("choice_names", "he_uniform"),
    "he_normal": QT_TRANSLATE_NOOP("choice_names", "he_normal"),
    "uniform": QT_TRANSLATE_NOOP("choice_names", "uniform"),
    "zeros": QT_TRANSLATE_NOOP("choice_names", "zeros"),
    "perceptron": QT_TRANSLATE_NOOP("choice_names", "perceptron"),
    "none": QT_TRANSLATE_NOOP("choice_names", "none"),
}
"""The identifiers shown in other words outside English (the source text is the identifier)."""


def choice_name(name: str) -> str:
    """Identifier ``name`` (``step``, ``xavier_uniform``, ``relu``) as the current language shows it."""
    return translate("choice_names", CHOICE_NAMES[name]) if name in CHOICE_NAMES else name


def choice_item(name: str, tip: str) -> tuple[str, str, str]:
    """``(value, text, tooltip)`` of a combo item for identifier ``name`` with tooltip ``tip``."""
    return name, choice_name(name), f"{name}: {tip}" if tip else name
