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
