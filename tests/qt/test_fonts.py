"""The shipped fonts: registered under their own names, and covering every character nnviz writes."""

import json

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont

from nnviz import i18n
from nnviz.qt import fonts
from nnviz.resources import resource_path


def written_characters(lang: str) -> set[str]:
    """Every character of the finished translations into ``lang`` and of the presets' names and lessons."""
    texts = list(i18n.catalogue(lang).values())
    for path in resource_path("presets").glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        texts += [i18n.in_language(doc.get("name"), lang), i18n.in_language(doc.get("lesson"), lang)]
    return {ch for text in texts for ch in text if ord(ch) >= 0x2E80}


def test_the_shipped_families_are_registered(qapp):
    families = fonts.register()
    assert {fonts.LATIN, *fonts.CHINESE.values()} <= set(families)
    assert fonts.families("zh_TW") == [fonts.LATIN, "Noto Sans TC nnviz"]
    assert fonts.families("zh_CN") == fonts.families("en") == [fonts.LATIN, "Noto Sans SC nnviz"]


def test_the_chinese_faces_cover_every_translated_character(qapp):
    for lang, face in (("zh_CN", "SC"), ("zh_TW", "TC")):
        raw = QRawFont(str(resource_path("fonts", f"NotoSans{face}-nnviz.otf")), 12)
        missing = sorted(ch for ch in written_characters(lang) if not raw.supportsCharacter(ord(ch)))
        assert not missing, f"{lang}: {''.join(missing)} — run scripts/subset_fonts.py"


def test_a_drawing_font_finds_chinese_in_the_shipped_face(qapp):
    fonts.register()
    font = QFont()
    font.setFamilies(fonts.families("zh_CN"))
    assert QFontMetrics(font).inFont("梯") and QFontMetrics(font).inFont("∂")
    assert "Noto Sans SC nnviz" in QFontDatabase.families()
    raw = QRawFont(str(resource_path("fonts", "NotoSansSC-nnviz.otf")), 12)
    assert not raw.supportsCharacter(ord("龘")), "a subset, not the whole font"
