"""The shipped fonts: registered under their own names, and covering every character nnviz writes."""

import json

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter, QRawFont, QTextLayout

from nnviz import i18n
from nnviz.qt import fonts, theme
from nnviz.qt.theme import LIGHT
from nnviz.resources import resource_path

# Characters whose Simplified and Traditional shapes differ (same code point, other strokes)
SHAPES_DIFFER = "骨直"


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
    # Where Qt lays each glyph out, not QFontMetrics.inFont: with fontconfig, Qt gives the subset
    # face only the writing systems fontconfig finds it covers wholly (Latin here), and inFont
    # then says False for Chinese that the face draws.
    assert faces("梯", font) == {"Noto Sans SC nnviz"} and faces("∂", font) == {fonts.LATIN}
    assert "Noto Sans SC nnviz" in QFontDatabase.families()
    raw = QRawFont(str(resource_path("fonts", "NotoSansSC-nnviz.otf")), 12)
    assert not raw.supportsCharacter(ord("龘")), "a subset, not the whole font"


def faces(text: str, font: QFont) -> set[str]:
    """The families whose glyphs Qt lays ``text`` out with in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def drawn(text: str, font: QFont) -> QImage:
    image = QImage(200, 80, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(QPointF(4, 60), text)
    painter.end()
    return image


@pytest.mark.parametrize(("first", "then", "px"), [("zh_CN", "zh_TW", 37), ("zh_TW", "zh_CN", 39)])
def test_a_language_switched_at_run_time_draws_its_own_chinese_shapes(qapp, monkeypatch, first, then, px):
    """Qt caches a font's engine without its fallback families: the canvas's and the plots' font
    (the theme's) and the widgets' (the application's) would keep the first language's shapes
    until a restart. Each size here is used by this test only, so the first language made the
    engine; then the other must draw with its own face, and so other pixels."""
    # a desktop font that is a family of its own (the offscreen platform's "Sans Serif" is an
    # alias, which Qt resolves afresh each time and so hides the cache)
    monkeypatch.setitem(theme._BASE, "font", QFont(fonts.LATIN, 9))
    images = {}
    try:
        for lang in (first, then):
            i18n.set_language(lang)
            face = fonts.CHINESE[i18n.TRADITIONAL if lang == "zh_TW" else i18n.SIMPLIFIED]
            drawing, widgets = LIGHT.font(px), theme.ui_font(LIGHT)
            widgets.setPixelSize(px + 1)
            assert faces(f"{SHAPES_DIFFER} w = 0.5", drawing) == {fonts.LATIN, face}, lang
            assert face in faces(SHAPES_DIFFER, widgets), lang
            images[lang] = drawn(SHAPES_DIFFER, LIGHT.font(px))
    finally:
        i18n.set_language("en")
    assert images[first] != images[then]


def test_with_chinese_keeps_the_font_s_own_family_first(qapp):
    font = fonts.with_chinese(QFont("DejaVu Sans Mono"), "zh_TW")
    assert font.families() == ["DejaVu Sans Mono", "Noto Sans TC nnviz"]
    assert fonts.with_chinese(font, "en").families() == ["DejaVu Sans Mono", "Noto Sans SC nnviz"]
