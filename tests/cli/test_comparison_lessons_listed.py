"""Comparison lessons are found where a learner looks: ``nnviz presets`` lists them with the
command that runs them, ``nnviz compare NAME`` prints the lesson's text (in ``--lang``) before
the table, and a command that takes an experiment says a lesson's name is one and how to run it."""

import re
import unicodedata

import pytest

from nnviz import i18n
from nnviz.cli import main
from nnviz.presets import lesson_groups
from nnviz.session.compare import presets


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    """The workers leave the current folder off their import path: run from a scratch folder."""
    monkeypatch.chdir(tmp_path)


def test_presets_lists_the_comparison_lessons_last_with_their_command(capsys):
    assert main(["presets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    headings = [line for line in lines if not line.startswith(" ")]
    assert (
        headings[-1] == f"{len(lesson_groups()) + 1}. Comparisons: run one with nnviz compare NAME --out FILE.png"
    )
    last = lines[lines.index(headings[-1]) + 1 :]
    assert [line.split()[0] for line in last] == presets.comparison_names()
    assert len(last) == 6 and "compare-hidden-units" in presets.comparison_names()
    title = presets.load(presets.find("compare-hidden-units")).name
    assert any(line.split(maxsplit=1)[1] == title for line in last if "compare-hidden-units" in line)


@pytest.mark.parametrize("command", ["shot", "trace", "train"])
def test_a_comparison_lesson_given_as_an_experiment_says_how_to_run_it(tmp_path, capsys, command):
    args = [command, "compare-hidden-units", *(["--out", str(tmp_path / "x.png")] if command == "shot" else [])]
    assert main(args) == 2
    err = capsys.readouterr().err
    expected = "compare-hidden-units is a comparison lesson: run nnviz compare compare-hidden-units --out FILE"
    assert f"nnviz: error: {expected}" in err and "no such file" not in err


def test_a_name_that_is_nothing_still_points_at_the_presets_list(capsys):
    assert main(["trace", "compare-nope"]) == 2
    assert "compare-nope: no such file or preset (nnviz presets lists the presets)" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_compare_prints_the_lessons_text_in_its_language_before_the_table(qapp, tmp_path, capsys, lang):
    name = "compare-mse-cross-entropy"
    args = ["compare", name, "--epochs", "2", "--workers", "1", "--out", str(tmp_path / "c.png"), "--lang", lang]
    try:
        assert main(args) == 0
        out = capsys.readouterr().out
        lesson = presets.load(presets.find(name))  # in the language the command set
    finally:
        i18n.set_language("en")
        from nnviz.qt.i18n import install_language

        install_language("en")
    assert out.startswith(f"{lesson.name}\n\n{lesson.lesson.strip()}\n\n")
    assert (lang == "zh_TW") == ("交叉熵" in out)
    table = out.index("\nMSE ")  # the table's first row, after the lesson
    assert out.index(lesson.lesson.strip()) < table
    assert out.rstrip().endswith("c.png")
    table = out.rstrip().splitlines()[-4:-1]  # header, MSE, cross-entropy: columns line up on screen
    starts = {_width(line[: line.index(re.split(r"  +", line)[1])]) for line in table}
    assert len(starts) == 1, table


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_compare_of_an_experiment_prints_no_lesson(tmp_path, capsys):
    out_file = str(tmp_path / "c.png")
    args = ["compare", "xor-2-2-1", "--vary", "loss.name=mse,bce", "--epochs", "1", "--workers", "1"]
    assert main([*args, "--out", out_file]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "varied: loss.name"


def test_nnviz_with_a_lessons_name_opens_the_app_with_the_lesson(monkeypatch):
    opened = []
    monkeypatch.setattr(
        "nnviz.qt.app.main", lambda path, lang=None, comparison=None: opened.append((path, comparison))
    )
    main(["compare-hidden-units"])
    main(["xor-2-2-1"])
    assert opened[0] == (None, "compare-hidden-units")
    assert opened[1][0].name == "xor-2-2-1.json" and opened[1][1] is None


def test_the_app_shows_the_lesson_it_was_opened_with(qtbot, monkeypatch):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from nnviz.qt import app as app_module
    from nnviz.qt.compare.window import CompareWindow

    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(app_module, "_boot_training_process", lambda: None)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    try:  # English, not the language another test left remembered in the settings
        assert app_module.main(None, lang="en", comparison="compare-hidden-units") == 0
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareWindow) and w.isVisible()]
        assert [w.lesson.name for w in shown] == [presets.load(presets.find("compare-hidden-units")).name]
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        i18n.set_language("en")
