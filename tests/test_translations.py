"""Every string a person sees has a finished translation in both Chinese files, with the same
placeholders, and the shipped ``.qm`` files are compiled from the ``.ts`` sources as they are."""

import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnviz import i18n

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
CHINESE = ("zh_CN", "zh_TW")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), node


def fields(text: str) -> list[str]:
    return sorted(
        f"{name}{'!' + conv if conv else ''}"
        for _, name, _, conv in string.Formatter().parse(text)
        if name is not None
    )


def sources(ts: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _ in messages(ts)}


@pytest.mark.parametrize("lang", CHINESE)
def test_every_string_has_a_finished_translation_with_the_same_placeholders(lang):
    problems = []
    for context, source, node in messages(TS_DIR / f"nnviz_{lang}.ts"):
        if node is None or node.get("type") or not (node.text or "").strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif fields(node.text) != fields(source):
            problems.append(f"{context}: {source!r} → {node.text!r}: placeholders differ")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", CHINESE)
def test_lupdate_finds_no_string_missing_from_the_ts(lang, tmp_path):
    """A string added to the code without running scripts/update_translations.py fails here."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / f"nnviz_{lang}.ts"
    files = sorted(str(p) for p in (ROOT / "nnviz").rglob("*.py"))
    subprocess.run(
        [lupdate, *files, "-no-obsolete", "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True
    )
    assert sources(fresh) == sources(TS_DIR / f"nnviz_{lang}.ts")


@pytest.mark.parametrize("lang", CHINESE)
def test_the_shipped_qm_is_compiled_from_the_ts(lang, tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "x.qm"
    subprocess.run([lrelease, "-silent", str(TS_DIR / f"nnviz_{lang}.ts"), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (TS_DIR / f"nnviz_{lang}.qm").read_bytes()


def test_the_qt_free_reader_speaks_the_chosen_language():
    try:
        i18n.set_language("zh_CN")
        assert i18n.translate("Docks", "Breakpoints") == "断点"
        i18n.set_language("zh_TW")
        assert i18n.translate("Docks", "Breakpoints") == "中斷點"
        assert i18n.translate("Docks", "not a source string") == "not a source string"
        i18n.set_language("en")
        assert i18n.translate("Docks", "Breakpoints") == "Breakpoints"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(
    ("locale_name", "lang"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_TW.UTF-8", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh_SG", "zh_CN"),
        ("en_US.UTF-8", "en"),
        ("C", "en"),
        ("", "en"),
        ("de_DE", "en"),
    ],
)
def test_a_locale_names_its_language(locale_name, lang):
    assert i18n.normalize(locale_name) == lang


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="fr"):
        i18n.set_language("fr")


def test_a_half_written_ts_falls_back_to_english_with_one_warning(tmp_path, monkeypatch, capsys):
    """A .ts cut off mid-write raised ElementTree's ParseError: every command stopped with an internal error."""
    (tmp_path / "nnviz_zh_CN.ts").write_text(
        (TS_DIR / "nnviz_zh_CN.ts").read_text(encoding="utf-8")[:5000], encoding="utf-8"
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.catalogue.cache_clear()
    try:
        assert i18n.translate_in("zh_CN", "Docks", "Breakpoints") == "Breakpoints"
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("nnviz: warning: ") and "nnviz_zh_CN.ts" in err
        assert "English" in err
    finally:
        i18n.catalogue.cache_clear()
