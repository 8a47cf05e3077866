"""View › Language switches the whole window at run time and keeps the session as it was."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox
from test_fonts import faces

from nnviz import i18n
from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.app import App
from nnviz.qt.plots.style import TICK_PX
from nnviz.session.events import Granularity
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace


@pytest.fixture
def app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app
    app.set_language("en")


def menu_titles(app):
    return [action.text() for action in app.window.menuBar().actions()]


def test_switching_language_keeps_cursor_selection_undo_and_unsaved_state(app, qtbot):
    c = app.controller
    for _ in range(3):
        c.step(Granularity.UNIT)
    c.select(Selection(1, 1))
    c.edit_parameter(1, 0, 0, 0.25)
    ws = c.workspace
    before = (ws.stepper.position, c.selection, ws.can_undo(), ws.dirty, ws.experiment.network.layers[0].W.copy())

    app.window.findChild(type(app.window.actions_by_id[A.RUN]), "language.zh_CN").trigger()

    assert i18n.language() == "zh_CN"
    assert menu_titles(app)[:2] == ["文件(&F)", "编辑(&E)"]
    assert app.window.docks["breakpoints"].windowTitle() == "断点"
    assert app.window.actions_by_id[A.STEP_INTO].text() == "单步进入(&I)（神经元）"
    assert "迭代" in app.window.position_label.text()
    assert c.workspace is ws
    after = (ws.stepper.position, c.selection, ws.can_undo(), ws.dirty)
    assert after == before[:4]
    assert (ws.experiment.network.layers[0].W == before[4]).all()
    c.undo()  # the undo stack survived: the edit is undone
    assert ws.experiment.network.layers[0].W[0, 0] != 0.25

    app.set_language("zh_TW")
    assert menu_titles(app)[:2] == ["檔案(&F)", "編輯(&E)"]
    assert app.window.docks["data"].windowTitle() == "資料"
    app.set_language("en")
    assert menu_titles(app)[:2] == ["&File", "&Edit"]
    assert app.window.docks["data"].windowTitle() == "Data"


def test_the_language_menu_names_each_language_in_its_own_words(app):
    names = {a.objectName(): a.text() for a in app.menus.language_group.actions()}
    assert names == {"language.zh_CN": "简体中文", "language.zh_TW": "繁體中文", "language.en": "English"}
    app.set_language("zh_TW")
    checked = [a.objectName() for a in app.menus.language_group.actions() if a.isChecked()]
    assert checked == ["language.zh_TW"]


def test_the_breakpoints_keep_their_settings_across_a_language_change(app):
    panel = app.views.panels["breakpoints"]
    panel.add_iteration_breakpoint(7)
    panel.grad_rows[0][0].setChecked(True)
    app.set_language("zh_CN")
    assert app.views.panels["breakpoints"] is panel
    assert panel.iterations.count() == 1
    assert panel.grad_rows[0][0].isChecked()
    assert panel.grad_box.title() == "梯度范数低于"


def test_after_a_switch_the_canvas_plots_and_widgets_draw_the_new_script_s_shapes(app):
    """骨 and 直 have other strokes in Traditional: after 简体 → 繁體 at run time the canvas, the
    plots and the widgets lay them out in the shipped Traditional face, not in the Simplified one
    Qt had cached for a font of the same family and size (seen: the canvas's 10 px text)."""
    app.set_language("zh_CN")
    app.window.grab()  # everything drawn once in Simplified
    app.window.findChild(type(app.window.actions_by_id[A.RUN]), "language.zh_TW").trigger()
    app.window.grab()  # drawn in Traditional while the Simplified panels wait to be deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # now they are
    traditional = "Noto Sans TC nnviz"
    for px in (8, 9, 10, 11, 12, TICK_PX):  # the canvas's sizes and the plots' ticks
        assert faces("骨直", app.canvas.theme.font(px)) == {traditional}, px
    plots = app.window.findChildren(pg.PlotWidget)
    assert plots
    for plot in plots:
        assert faces("骨直", plot.getPlotItem().getAxis("bottom").style["tickFont"]) == {traditional}
    labels = app.window.findChildren(QLabel)
    assert labels
    for label in labels:
        assert faces("骨直", label.font()) == {traditional}, label.objectName() or label.text()


def test_the_panels_last_english_words_are_translated(app):
    """The words that were left in English beside translated panels: the name's placeholder, the
    matrices' layer box, the lesson's Done button, the data legend and the breakpoints' norms."""
    app.set_language("zh_TW")
    panels = app.views.panels
    assert panels["experiment"].findChild(QLineEdit, "name_edit").placeholderText() == "未命名實驗"
    combo = panels["matrix"].findChild(QComboBox, "matrix_layer_combo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["游標", "1", "2（輸出層）"]
    panels["lesson"].edit_button.click()
    assert panels["lesson"].edit_button.text() == "完成"
    legend = panels["data"]._legend_parts[1]
    assert all(word in legend for word in ("訓練", "測試", "批次", "追蹤")) and "train" not in legend


def test_the_canvas_captions_follow_a_switch(app):
    """The layers' captions are made with the canvas's layout, kept while the network stays."""
    app.canvas.grab()
    app.set_language("zh_TW")
    app.canvas.grab()
    assert [g.caption for g in app.canvas.layout.layers] == [
        "輸入層 · 2",
        "隱藏層 1 · tanh · 2",
        "輸出層 · sigmoid · 1",
    ]


def test_a_caption_names_an_activation_as_the_network_panel_does(app):
    """The perceptron's "step" read 階躍 in the Network panel and "step" over the canvas's output."""
    from nnviz.presets import load_experiment
    from nnviz.session.canvas.maps import layer_caption

    network = load_experiment("perceptron-and").network
    app.set_language("zh_TW")
    panel = app.views.panels["experiment"]
    names = {
        combo.itemData(i): combo.itemText(i)
        for combo in panel.findChildren(QComboBox)
        for i in range(combo.count())
    }
    assert names["step"] == "階躍"
    assert layer_caption(network, 1, "units", None) == "輸出層 · 階躍 · 1"
    app.set_language("en")
    assert layer_caption(network, 1, "units", None) == "output · step · 1"
