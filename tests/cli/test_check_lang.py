"""``nnviz check --lang`` and ``nnviz exercise --lang``: reports and worksheets in Chinese; JSON stays English."""

import json
import re

import pytest

from nnviz import i18n
from nnviz.cli import main
from nnviz.grading.grade import CONSISTENT, RIGHT, ROUNDED, WRONG


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def test_a_worksheet_and_a_report_in_chinese(tmp_path, capsys):
    assert main(["exercise", "xor-2-2-1", "--format", "markdown", "--lang", "zh_TW"]) == 0
    assert "前向傳播" in capsys.readouterr().out
    assert main(["trace", "xor-2-2-1"]) == 0
    student = tmp_path / "mine.json"
    student.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["check", "xor-2-2-1", str(student), "--lang", "zh_CN"]) == 0
    assert "得分" in capsys.readouterr().out
    assert main(["check", "xor-2-2-1", str(student), "--format", "json", "--lang", "zh_CN"]) == 0
    text = capsys.readouterr().out
    json.loads(text)
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_a_bad_file_is_an_english_error_on_the_command_line_and_chinese_in_the_window(tmp_path, capsys):
    from nnviz.errors import BadInput
    from nnviz.grading.student_values import given_value

    student = tmp_path / "mine.csv"
    student.write_text("phase,layer,quantity,row,col,value\nforward,1,z,1,1,twelve\n")
    assert main(["check", "xor-2-2-1", str(student), "--lang", "zh_CN"]) == 2
    assert "nnviz: error: mine.csv: line 2: expected a number, got 'twelve'" in capsys.readouterr().err
    i18n.set_language("zh_TW")  # as the window does: the exercise mode shows the message
    with pytest.raises(BadInput, match="應為一個數，實際是 'twelve'"):
        given_value("twelve", "z")


STUDENT_CNN = """phase,layer,quantity,row,col,value
forward,1,z,1,1:1:1,-0.0267
forward,1,a,1,1:1:1,-0.0000
forward,2,z,1,1:1:1,1.6921
loss,,data,,,4.9108
backward,1,grad_weights,1,1:1:1,-0.03756
update,1,weights,1,1:1:1,0.2794
"""
HAN = "[\u4e00-\u9fff]"


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_chinese_report_says_where_in_chinese_and_writes_numbers_one_way(tmp_path, capsys, lang):
    """The CSV line stayed "(line 4)", zh_TW wrote the Simplified 舍, "在 4 位小數 下" had a stray
    space, and the learner's "-0.0267" kept its hyphen beside nnviz's "−0.0267"."""
    student = tmp_path / "mine.csv"
    student.write_text(STUDENT_CNN, encoding="utf-8")
    for fmt in ("text", "markdown"):
        assert main(["check", "digits-cnn", str(student), "--lang", lang, "--format", fmt]) == 1
        out = capsys.readouterr().out
        # "CSV": in Simplified Chinese 行 is also a matrix's row ("第 1 行，第 1 列（第 4 行）" misread)
        assert "（CSV 第 4 行）" in out and "line" not in out
        assert "-0.0267" not in out and "−0.0267" in out
        assert not re.search(f"{HAN} {HAN}", out), re.findall(f".{{3}}{HAN} {HAN}.{{3}}", out)
        if lang == "zh_TW":
            assert "舍" not in out and "捨入" in out


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_a_verdict_has_one_name_in_the_summary_and_in_the_table(lang):
    for verdict in (RIGHT, ROUNDED, CONSISTENT, WRONG):
        word = i18n.translate_in(lang, "Check", verdict)
        assert word in i18n.translate_in(lang, "Check", "{0} " + verdict).format(2)


@pytest.mark.parametrize(("command", "lang"), [("exercise", "zh_CN"), ("trace", "zh_TW")])
def test_a_chinese_document_of_a_cnn_names_no_layer_kind_by_its_identifier(capsys, command, lang):
    """ "第 1 层（conv2d）", "max_pool2d 2×2" and "flatten" stood beside translated kinds."""
    assert main([command, "digits-cnn", "--format", "markdown", "--lang", lang]) == 0
    out = capsys.readouterr().out.replace("torch.flatten", "")
    assert not re.findall(r".{12}(?:conv2d|pool2d|flatten).{12}", out)
    assert not re.search(f"{HAN} {HAN}", out), re.findall(f".{{6}}{HAN} {HAN}.{{6}}", out)[:5]
