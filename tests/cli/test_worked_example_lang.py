"""``nnviz trace --format markdown|latex --lang``: the worked example in Chinese, numbers unchanged."""

import re

import pytest

from nnviz import i18n
from nnviz.cli import main


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def numbers(text: str) -> list[str]:
    return re.findall(r"−?\d+\.\d+", text)


def test_a_chinese_worked_example_has_the_same_numbers_in_other_words(capsys):
    assert main(["trace", "xor-2-2-1", "--format", "markdown"]) == 0
    english = capsys.readouterr().out
    assert main(["trace", "xor-2-2-1", "--format", "markdown", "--lang", "zh_CN"]) == 0
    chinese = capsys.readouterr().out
    assert "### 前向传播" in chinese and "反向传播" in chinese and "Forward pass" not in chinese
    assert numbers(chinese) == numbers(english)  # decimal points stay '.'


def test_a_chinese_latex_document_is_for_xelatex(capsys):
    assert main(["trace", "xor-2-2-1", "--format", "latex", "--lang", "zh_TW"]) == 0
    out = capsys.readouterr().out
    assert r"\documentclass[11pt,UTF8]{ctexart}" in out and "inputenc" not in out and "前向傳播" in out
