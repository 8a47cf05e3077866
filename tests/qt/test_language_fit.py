"""At 1366×768, in every language, each label, check box and button of the experiment panel and the
toolbar shows its whole text (measured: the text's width fits the widget)."""

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton

from nnviz import i18n
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.session.workspace import Workspace

MARGIN = {QLabel: 0, QToolButton: 6}
"""Pixels a widget needs beside its text (a tool button's frame); check boxes and push buttons are
measured against their size hint, which Qt computes from the text."""


def clipped(widget) -> bool:
    text = widget.text().replace("&", "")
    if not text or not widget.isVisible() or "<" in text or (isinstance(widget, QLabel) and widget.wordWrap()):
        return False
    width = widget.fontMetrics().horizontalAdvance(text)
    if isinstance(widget, QLabel):
        return width > widget.contentsRect().width()
    if isinstance(widget, QToolButton):
        return width + MARGIN[QToolButton] > widget.width()
    return widget.sizeHint().width() > widget.width()


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_no_label_of_the_experiment_panel_or_the_toolbar_is_cut(qtbot, lang):
    QStandardPaths.setTestModeEnabled(True)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    try:
        app.set_language(lang)
        app.window.resize(1366, 768)
        app.window.show()
        qtbot.waitExposed(app.window)
        widgets = [
            *app.views.panels["experiment"].findChildren(QLabel),
            *app.views.panels["experiment"].findChildren(QAbstractButton),
            *app.window.toolbar.findChildren(QToolButton),
            *app.window.toolbar.findChildren(QLabel),
        ]
        cut = [w.text() for w in widgets if clipped(w)]
        assert not cut, f"{lang}: {cut}"
    finally:
        app.set_language("en")
        i18n.set_language("en")


def test_the_measure_sees_a_cut_label_and_a_cut_button(qtbot):
    from PySide6.QtWidgets import QCheckBox

    label, check = QLabel("梯度范数低于阈值时暂停"), QCheckBox("遇到 ∞ 或 NaN 时暂停")
    for widget in (label, check):
        qtbot.addWidget(widget)
        widget.setFixedWidth(40)
        widget.show()
    assert clipped(label) and clipped(check)
    label.setFixedWidth(400)
    assert not clipped(label)
