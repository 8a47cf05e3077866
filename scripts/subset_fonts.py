"""Rebuild the fonts nnviz ships: subsets of Noto Sans CJK SC and TC (SIL OFL 1.1), and DejaVu Sans.

    python scripts/subset_fonts.py [--source NotoSansCJK-Regular.ttc] [--dejavu FOLDER]

The source is the Regular Noto Sans CJK collection (Debian: ``apt-get install fonts-noto-cjk``,
``/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc``; or the release of
github.com/notofonts/noto-cjk). Needs ``pip install fonttools``.

Each subset keeps the characters of everything nnviz writes in Chinese (the ``.ts`` translations,
the presets' lessons and names, the glossary) plus the common characters of its script — the
3,755 of GB 2312 level 1 for Simplified, the 5,401 of Big5 level 1 for Traditional — so a lesson
a lecturer writes mostly finds its characters too; and ASCII, Latin-1, Greek and the math
symbols. The family is renamed (``Noto Sans SC nnviz``, ``Noto Sans TC nnviz``) so that a Noto
font installed on the machine can never stand in for it: a figure depends only on the package.
Run it again after adding translations or lesson text (``tests/test_fonts.py`` fails while a
character nnviz writes is missing from a shipped font).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
FONT_DIR = ROOT / "resources" / "fonts"
DEFAULT_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEFAULT_DEJAVU = "/usr/share/fonts/truetype/dejavu"
FACES = {"SC": ("Noto Sans CJK SC", "gb2312", (0xB0, 0xD7)), "TC": ("Noto Sans CJK TC", "big5", (0xA4, 0xC6))}
"""Subset → (face in the collection, the encoding whose first level is the common set, its lead bytes)."""
EXTRA = {
    *range(0x20, 0x7F),
    *range(0xA0, 0x180),
    *range(0x370, 0x400),
    *range(0x2000, 0x20A0),
    *range(0x2190, 0x2300),
    *range(0x3000, 0x3040),
    *range(0xFF01, 0xFF5F),
    0x1D40,
}
"""ASCII, Latin-1 and Latin Extended-A, Greek, punctuation, super- and subscripts, arrows, math
operators, CJK punctuation, full-width forms, ᵀ."""


def written_text() -> str:
    """Everything nnviz writes in Chinese: translations, presets (lessons, names), the glossary."""
    paths = [*(ROOT / "resources" / "translations").glob("*.ts"), *(ROOT / "resources" / "presets").glob("*.json")]
    paths.append(ROOT / "docs" / "glossary.md")
    return "".join(p.read_text(encoding="utf-8") for p in paths)


def common_characters(encoding: str, lead: tuple[int, int]) -> set[int]:
    """The first level of a national encoding: every valid two-byte code with a lead byte in ``lead``."""
    chars = set()
    for hi in range(lead[0], lead[1] + 1):
        for lo in range(0x40, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode(encoding)))
            except UnicodeDecodeError:
                continue
    return chars


def rename(font, family: str, style: str = "Regular") -> None:
    """Call the font ``family`` everywhere a name is looked up (name table and CFF)."""
    postscript = family.replace(" ", "") + "-" + style
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 4:
            record.string = f"{family} {style}"
        elif record.nameID in (3, 6):
            record.string = postscript
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = f"{family} {style}", family


def copy_dejavu(folder: Path) -> list[Path]:
    """DejaVu Sans and DejaVu Sans Bold, renamed ``DejaVu Sans nnviz`` (the Latin, Greek and math
    of every drawing; the Bitstream Vera licence asks a changed font to change its name)."""
    outs = []
    for style, name in (("Regular", "DejaVuSans.ttf"), ("Bold", "DejaVuSans-Bold.ttf")):
        font = TTFont(str(folder / name), recalcTimestamp=False)
        rename(font, "DejaVu Sans nnviz", style)
        out = FONT_DIR / name.replace("DejaVuSans", "DejaVuSans-nnviz").replace("-nnviz.ttf", "-nnviz-Regular.ttf")
        font.save(str(out))
        outs.append(out)
    return outs


def build(source: Path, key: str, text: str) -> Path:
    face, encoding, lead = FACES[key]
    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == face)
    wanted = {ord(ch) for ch in text if ord(ch) >= 0x80} | common_characters(encoding, lead) | EXTRA
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted & set(font.getBestCmap()))
    subsetter.subset(font)
    font.recalcTimestamp = False  # the same source gives the same bytes
    family = f"Noto Sans {key} nnviz"
    rename(font, family)
    out = FONT_DIR / f"NotoSans{key}-nnviz.otf"
    font.save(str(out))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="NotoSansCJK-Regular.ttc")
    parser.add_argument("--dejavu", default=DEFAULT_DEJAVU, help="folder of DejaVuSans.ttf, DejaVuSans-Bold.ttf")
    args = parser.parse_args()
    FONT_DIR.mkdir(parents=True, exist_ok=True)
    text = written_text()
    outs = [build(Path(args.source), key, text) for key in FACES] + copy_dejavu(Path(args.dejavu))
    for out in outs:
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
