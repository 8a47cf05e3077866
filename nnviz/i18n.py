"""Languages without Qt: the same ``.ts`` translations the window uses, for text made outside Qt.

The window translates through Qt (``QCoreApplication.translate`` and the compiled ``.qm``
files, see :mod:`nnviz.qt.i18n`). Text made by the model, the session and the command line
(step labels, chain-rule sentences, worked examples) must not load Qt, so :func:`translate`
reads the very same ``resources/translations/nnviz_<lang>.ts`` sources with ElementTree. Both
are one catalogue: ``pyside6-lupdate`` collects the strings of ``translate("Context", "text")``
calls in every module, Qt or not (``scripts/update_translations.py``).

Numbers are never localized: formulas keep ``.`` as the decimal point in every language.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
from functools import cache

from nnviz.resources import resource_path

ENGLISH, SIMPLIFIED, TRADITIONAL = "en", "zh_CN", "zh_TW"
LANGUAGES = (SIMPLIFIED, TRADITIONAL, ENGLISH)
"""The languages nnviz speaks, in the order View › Language lists them."""
LANGUAGE_NAMES = {SIMPLIFIED: "简体中文", TRADITIONAL: "繁體中文", ENGLISH: "English"}
"""Each language in its own words (a menu entry must be readable by whoever needs it)."""

_current = ENGLISH


def translations_dir():
    return resource_path("translations")


def ts_path(lang: str):
    """The ``.ts`` source of ``lang`` (``zh_CN`` or ``zh_TW``)."""
    return translations_dir() / f"nnviz_{lang}.ts"


def normalize(lang: str | None) -> str:
    """``lang`` as one of :data:`LANGUAGES`: ``zh_TW``/``zh_HK``/``zh-Hant…`` → Traditional,
    any other ``zh…`` → Simplified, anything else (``C``, ``en_US.UTF-8``, ``None``) → English."""
    text = (lang or "").replace("-", "_").split(".")[0].split("@")[0]
    low = text.lower()
    if not low.startswith("zh"):
        return ENGLISH
    if any(tag in low for tag in ("_tw", "_hk", "_mo", "hant")):
        return TRADITIONAL
    return SIMPLIFIED


def system_language() -> str:
    """The language of the user's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return normalize(value.split(":")[0])
    try:
        return normalize(locale.getlocale()[0])
    except ValueError:
        return ENGLISH


def set_language(lang: str) -> None:
    """Make :func:`translate` answer in ``lang`` (one of :data:`LANGUAGES`) from now on."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    return _current


@cache
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of the finished translations in ``lang``'s ``.ts``
    (an unfinished or empty translation is left out, so the English source shows). A file that
    cannot be read (half written, not XML) gives none, with a one-line warning on stderr: the
    text stays English rather than the program stopping."""
    path = ts_path(lang)
    if lang == ENGLISH or not path.is_file():
        return {}
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError, UnicodeDecodeError) as error:
        print(
            f"nnviz: warning: {path}: cannot read the translations ({error}); text stays in English",
            file=sys.stderr,
        )
        return {}
    table = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return table


def translate(context: str, text: str) -> str:
    """``text`` in the current language (as Qt's ``QCoreApplication.translate`` would give it)."""
    if _current == ENGLISH:
        return text
    return catalogue(_current).get((context, text), text)


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang``, whatever the current language."""
    return text if lang == ENGLISH else catalogue(lang).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Mark ``text`` for translation where it is defined; :func:`translate` it where it is shown."""
    return text


def in_language(text, lang: str | None = None) -> str:
    """A file's text (``name``, ``lesson``) in ``lang`` (the current language by default).

    ``text`` is a string (the same in every language) or a map from language to string
    (``{"en": …, "zh_CN": …, "zh_TW": …}``); a missing language falls back to English, then to
    any language the map has; ``None`` gives ``""``."""
    if isinstance(text, dict):
        lang = lang or _current
        for key in (lang, ENGLISH, *text):
            if isinstance(text.get(key), str):
                return text[key]
        return ""
    return text if isinstance(text, str) else ""


def with_language(text, value: str, lang: str | None = None):
    """``text`` after writing ``value`` in ``lang``: a map keeps its other languages; a plain
    string is replaced (it had no other language to keep)."""
    if isinstance(text, dict):
        return {**text, lang or _current: value}
    return value
