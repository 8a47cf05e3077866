"""Rows and columns in each script's own convention (see docs/glossary.md).

Simplified Chinese (mainland) says 行 for a row and 列 for a column; Traditional Chinese as read in
Taiwan says the opposite, 列 for a row, and nnviz uses 欄 for a column there, which no reader can
take for a row. A zh_TW translation copied from the mainland text reads "row 2, col 3" as
"column 2, row 3", so every translation and lesson whose English speaks of rows or columns is
checked here. 行 and 列 also occur in words that mean neither (執行 run, 進行 carry out, 排列
arrange, 狀態列 status bar): those words are removed before looking.
"""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
PRESETS = ROOT / "resources" / "presets"

ROW = re.compile(r"(?<![a-z])rows?(?![a-z])", re.IGNORECASE)
COLUMN = re.compile(r"(?<![a-z])(?:cols?|columns?)(?![a-z])", re.IGNORECASE)
IN_A_ROW = re.compile(r"\bin a row\b", re.IGNORECASE)  # "3 epochs in a row": 連續, no row at all
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# words with 行 or 列 that mean neither a row nor a column (either script)
NOT_ROW_OR_COLUMN = (
    "执行 執行 进行 進行 运行 運行 行为 行為 平行 并行 並行 可行 才行 自行 实行 實行 行动 行動 "
    "排列 列出 未列 列举 列舉 序列 系列 阵列 陣列 命令列 状态列 狀態列 工具列"
).split()


def words(text: str) -> str:
    """``text`` without the words of :data:`NOT_ROW_OR_COLUMN` (and so only looked at for a 行 or
    列 that should not be there: "最后一行为 b" is 一行 + 为, not 行为)."""
    for word in NOT_ROW_OR_COLUMN:
        text = text.replace(word, " ")
    return text


def mentions(source: str) -> tuple[bool, bool]:
    """(speaks of a row, speaks of a column) in the English ``source``."""
    source = IN_A_ROW.sub(" ", PLACEHOLDER.sub(" ", source))
    return bool(ROW.search(source)), bool(COLUMN.search(source))


def translations(lang: str):
    for context in ET.parse(TS_DIR / f"nnviz_{lang}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.findtext("translation") or ""


def convention_problems(lang: str, source: str, text: str) -> list[str]:
    """What in ``text`` (``source`` in ``lang``) uses the other script's row or column."""
    row, column = mentions(source)
    if not (row or column):
        return []
    text, rest = PLACEHOLDER.sub(" ", text), words(PLACEHOLDER.sub(" ", text))
    # a field name written as it is (the learner's CSV header "row,col") is not translated
    row_word, column_word = ("行", "列") if lang == "zh_CN" else ("列", "欄")
    problems = []
    if row and row_word not in text and not ROW.search(text):
        problems.append(f"a row without {row_word}")
    if column and column_word not in text and not COLUMN.search(text):
        problems.append(f"a column without {column_word}")
    if lang == "zh_TW" and "行" in rest:
        problems.append("行 (a mainland row)")
    if lang == "zh_TW" and column and not row and "列" in rest:
        problems.append("列 for a column")
    if lang == "zh_CN" and "欄" in text:
        problems.append("欄 in Simplified text")
    return problems


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_every_translation_of_a_row_or_column_uses_its_script_s_convention(lang):
    checked, problems = 0, []
    for context, source, text in translations(lang):
        checked += any(mentions(source))
        problems += [f"{context}: {source!r} → {text!r}: {p}" for p in convention_problems(lang, source, text)]
    assert checked >= 30  # the catalogue speaks of rows and columns: the scan found them
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_every_lesson_that_speaks_of_rows_or_columns_uses_its_script_s_convention(lang):
    problems = []
    for path in sorted(PRESETS.glob("*.json")):
        lesson = json.loads(path.read_text(encoding="utf-8")).get("lesson")
        if isinstance(lesson, dict) and isinstance(lesson.get(lang), str):
            english = lesson.get("en", "")
            text = lesson[lang]
            problems += [f"{path.name}: {p}" for p in convention_problems(lang, english, text) if "行" not in p]
            if lang == "zh_TW":
                # 行 stays right for a line (of text, of algebra): no more of them than the English has lines
                bare = words(PLACEHOLDER.sub(" ", text)).count("行")
                if bare > len(re.findall(r"\blines?\b", english)):
                    problems.append(f"{path.name}: {bare} × 行 for {english.count('line')} line(s)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("lang", "source", "text", "bad"),
    [
        ("zh_TW", "map {0}, row {1}, col {2}", "特徵圖 {0}，第 {1} 行，第 {2} 列", True),
        ("zh_TW", "map {0}, row {1}, col {2}", "特徵圖 {0}，第 {1} 列，第 {2} 欄", False),
        ("zh_TW", "Step into (F11)", "逐步執行（F11）", False),
        ("zh_TW", "one row per sample; click a row to run it", "每個樣本一列；按一下一列即可執行", False),
        ("zh_TW", "a column of ones", "一列 1", True),
        ("zh_TW", "loss rose 3 epochs in a row", "損失連續 3 輪上升", False),
        ("zh_CN", "map {0}, row {1}, col {2}", "特征图 {0}，第 {1} 行，第 {2} 列", False),
        ("zh_CN", "map {0}, row {1}, col {2}", "特征图 {0}，第 {1} 列，第 {2} 欄", True),
        ("zh_TW", "row and col", "row 和 col", False),
    ],
)
def test_the_check_tells_the_conventions_apart(lang, source, text, bad):
    assert bool(convention_problems(lang, source, text)) == bad
