"""Rebuild the translations: collect every string, then compile the ``.qm`` files the package ships.

    python scripts/update_translations.py [--apply FILE.json]

1. ``pyside6-lupdate`` reads every module of ``nnviz`` (Qt and Qt-free alike: both translate
   through a call named ``translate("Context", "text")`` or mark with ``QT_TRANSLATE_NOOP``) and
   updates ``resources/translations/nnviz_zh_CN.ts`` and ``nnviz_zh_TW.ts``: new strings come in
   unfinished, strings no longer in the code are dropped, finished translations are kept.
2. ``--apply FILE.json`` fills translations from ``{"zh_CN": {source: text}, "zh_TW": {...}}``
   (any context with that source), marking them finished.
3. ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` Qt loads at run time (committed, and
   installed with the package under ``nnviz/resources/translations``).

``tests/test_translations.py`` fails while any string lacks a finished translation.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "nnviz").rglob("*.py"))


def lupdate(ts: Path) -> str:
    """Update ``ts`` from the sources; returns lupdate's report."""
    command = ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)]
    return subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout


def apply(ts: Path, table: dict[str, str]) -> int:
    """Fill ``ts``'s translations from ``table`` (source → text); returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source in table and node is not None:
            node.text = table[source]
            node.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def lrelease(ts: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apply", metavar="FILE.json", help="translations to fill in, per language")
    args = parser.parse_args()
    tables = json.loads(Path(args.apply).read_text(encoding="utf-8")) if args.apply else {}
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"nnviz_{lang}.ts"
        print(lupdate(ts).strip())
        if lang in tables:
            print(f"    {apply(ts, tables[lang])} translations filled in {ts.name}")
        lrelease(ts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
