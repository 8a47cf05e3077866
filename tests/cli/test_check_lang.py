"""``nnviz check --lang`` and ``nnviz exercise --lang``: reports and worksheets in Chinese; JSON stays English."""

import json

import pytest

from nnviz import i18n
from nnviz.cli import main


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
    from nnviz.grading.student_file import given_value

    student = tmp_path / "mine.csv"
    student.write_text("phase,layer,quantity,row,col,value\nforward,1,z,1,1,twelve\n")
    assert main(["check", "xor-2-2-1", str(student), "--lang", "zh_CN"]) == 2
    assert "nnviz: error: mine.csv: line 2: expected a number, got 'twelve'" in capsys.readouterr().err
    i18n.set_language("zh_TW")  # as the window does: the exercise mode shows the message
    with pytest.raises(BadInput, match="應為一個數，實際是 'twelve'"):
        given_value("twelve", "z")
