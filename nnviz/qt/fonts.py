"""The fonts every drawing uses, shipped with the package so a figure is the same on any machine.

``resources/fonts`` holds DejaVu Sans (Latin, Greek, the math symbols) and subsets of Noto Sans
CJK SC and TC (Chinese), renamed ``… nnviz`` so that no font installed on the machine can stand
in for them (``scripts/subset_fonts.py`` builds them; licences beside them). :func:`families`
is the list a drawing's ``QFont`` asks for, in order: DejaVu first, then the Chinese face of the
current language (Traditional shapes for ``zh_TW``, Simplified otherwise), so a character
DejaVu lacks comes from the shipped Chinese font, not from whatever fallback the system has.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

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
