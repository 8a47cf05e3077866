"""The fonts every drawing uses, shipped with the package so a figure is the same on any machine.

``resources/fonts`` holds DejaVu Sans (Latin, Greek, the math symbols) and subsets of Noto Sans
CJK SC and TC (Chinese), renamed ``… nnviz`` so that no font installed on the machine can stand
in for them (``scripts/subset_fonts.py`` builds them; licences beside them). :func:`families`
is the list a drawing's ``QFont`` asks for, in order: DejaVu first, then the Chinese face of the
current language (Traditional shapes for ``zh_TW``, Simplified otherwise), so a character
DejaVu lacks comes from the shipped Chinese font, not from whatever fallback the system has.
:func:`with_chinese` gives a ``QFont`` that face after its own family, in a definition of the
language's own (see there), so a language switched at run time draws its own shapes at once.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from nnviz import i18n
from nnviz.resources import resource_path

LATIN = "DejaVu Sans nnviz"
CHINESE = {i18n.TRADITIONAL: "Noto Sans TC nnviz", i18n.SIMPLIFIED: "Noto Sans SC nnviz"}
_registered: list[str] = []


def register() -> list[str]:
    """Add the shipped fonts to the application's font database (once); returns their families."""
    if not _registered:
        for path in sorted(resource_path("fonts").glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _registered


def families(lang: str | None = None) -> list[str]:
    """The families a drawing asks for in ``lang`` (the current language by default)."""
    register()
    lang = lang or i18n.language()
    return [LATIN, CHINESE.get(lang, CHINESE[i18n.SIMPLIFIED])]


def with_chinese(font: QFont, lang: str | None = None) -> QFont:
    """``font`` (changed in place and returned) asking for its own family, then the shipped
    Chinese face of ``lang`` (the current language by default).

    Qt caches a font's engine, fallbacks included, under the font's definition without the
    families after the first: a Traditional font made after a Simplified one of the same family
    and size would draw the Simplified shapes (and the other way round) until a restart. So the
    two scripts' fonts differ in one more property that draws nothing differently: Traditional
    asks for "unstretched" (the width every shipped face has), Simplified (and English) for any
    width. ``tests/qt/test_fonts.py`` switches back and forth and reads the face of each glyph."""
    chinese = families(lang)[1]
    font.setFamilies([font.family(), chinese])
    traditional = chinese == CHINESE[i18n.TRADITIONAL]
    font.setStretch(QFont.Stretch.Unstretched if traditional else QFont.Stretch.AnyStretch)
    return font
