"""``nnviz compare --lang``: the figure is drawn with Qt's translators of that language installed
(the figure's words translate through Qt), and English draws as before, without them."""

import pytest

from nnviz import i18n
from nnviz.cli import main


@pytest.fixture(autouse=True)
def _english_after():
    yield
    from nnviz.qt.i18n import install_language

    install_language("en")


@pytest.mark.parametrize(("lang", "breakpoints"), [("zh_CN", "断点"), ("zh_TW", "中斷點"), ("en", "Breakpoints")])
def test_the_figure_is_drawn_in_the_chosen_language(monkeypatch, tmp_path, lang, breakpoints):
    seen = {}

    def draw(args):  # stands in for the training and the drawing: what would the figure's words be?
        from PySide6.QtCore import QCoreApplication

        seen["qt"] = QCoreApplication.translate("Docks", "Breakpoints")
        seen["session"] = i18n.translate("Docks", "Breakpoints")
        return 0

    monkeypatch.setattr("nnviz.compare_command.run_compare", draw)
    out = str(tmp_path / "fig.png")
    assert (
        main(["compare", "xor-2-2-1", "--vary", "network.layers[0].units=1,2", "--out", out, "--lang", lang]) == 0
    )
    assert seen == {"qt": breakpoints, "session": breakpoints}


def test_an_unknown_language_exits_2(capsys):
    assert main(["compare", "xor-2-2-1", "--out", "x.png", "--lang", "fr"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_the_printed_table_lines_up_in_chinese(capsys):
    """Padding counted a Chinese character as one column: the numbers under "学习率" sat left of it."""
    from types import SimpleNamespace

    from nnviz.compare_command import _print
    from nnviz.text_width import display_width

    run = SimpleNamespace(wall_s=1.5, epochs_per_s=200.0)
    comparison = SimpleNamespace(lock_lines=lambda: [], runs_of=lambda v: [run])
    table = SimpleNamespace(header=("变体", "最终损失"), rows=[("学习率 0.1", "0.25"), ("lr 1", "0.5")])
    i18n.set_language("zh_CN")
    _print(comparison, table, [])
    lines = capsys.readouterr().out.splitlines()
    second = [display_width(line[: line.index(cell)]) for line, cell in zip(lines, ("最终损失", "0.25", "0.5"))]
    assert second == [12, 12, 12], lines  # "学习率 0.1" is 10 columns wide, then two spaces
    assert display_width("学习率 0.1") == 10 and display_width("ab") == 2
