"""A CNN's worksheet and check report in Chinese: no English word left but names and symbols."""

import json
import re

import pytest
from cnn_spec import CNN

from nnviz import i18n
from nnviz.cli import main

NAMES = {"L_data", "kernel", "nnviz", "check", "cnn", "Tanh", "Sigmoid", "SGD"}
"""Words that stay as written in every language: symbols (``L_data``, ``b[kernel]``), function and
program names, the experiment's own name (``check cnn``). Layer kinds are the glossary's (卷积, 展平)."""


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z][A-Za-z_0-9]{2,}", text)) - NAMES


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_cnn_worksheet_and_its_report_in_chinese(tmp_path, capsys, lang):
    spec = tmp_path / "cnn.json"
    spec.write_text(json.dumps(CNN))
    assert main(["exercise", str(spec), "--answers", "--sample", "all", "--lang", lang]) == 0
    sheet = capsys.readouterr().out
    assert not english_words(sheet), english_words(sheet)
    assert (
        "第 1 层（卷积）δ，样本 3，特征图 2：" if lang == "zh_CN" else "第 1 層（卷積）δ，樣本 3，特徵圖 2："
    ) in sheet

    assert main(["trace", str(spec)]) == 0
    doc = json.loads(capsys.readouterr().out)
    z = doc["iterations"][0]["forward"][0]["z"]
    z[0][1][0][0] = -z[0][1][0][0]  # a conv cell with its sign flipped
    student = tmp_path / "mine.json"
    student.write_text(json.dumps(doc))
    assert main(["check", str(spec), str(student), "--format", "markdown", "--lang", lang]) == 1
    report = capsys.readouterr().out
    # the JSON paths of the learner's file (iterations[0].forward[0].z…) are written as they are
    assert english_words(report) <= {"iterations", "forward"}, english_words(report)
    assert ("特征图 2，第 1 行，第 1 列" if lang == "zh_CN" else "特徵圖 2，第 1 列，第 1 欄") in report
