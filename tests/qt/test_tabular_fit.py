"""The Wide&Deep Data dock at 1366×768: the row list (price | colour | size | t | y | ✓/✗ | row) and
the row's input table fit the dock's width in every theme and language — no horizontal scroll
bar, no number cut — the words that give way end in "…" with their full text as the tooltip."""

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from nnviz.presets import load_experiment
from nnviz.qt.i18n import install_language
from nnviz.qt.shot import panel_widget
from nnviz.qt.theme import LIGHT, THEMES, apply_to_application
from nnviz.session.workspace import Workspace


@pytest.fixture(scope="module")
def trained() -> Workspace:
    ws = Workspace(load_experiment("wide-and-deep"))
    ws.run(3)  # a mini-batch is listed: its rows are named "sample 146 (batch row 2)"
    return ws


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("theme", ["light", "dark", "presentation"])
def test_the_rows_and_inputs_fit_the_data_dock_at_1366(qtbot, trained, theme, lang, request):
    QStandardPaths.setTestModeEnabled(True)
    install_language(lang)
    apply_to_application(THEMES[theme])
    request.addfinalizer(lambda: (install_language("en"), apply_to_application(LIGHT)))
    window, keep = panel_widget(trained, "window", THEMES[theme], (1366, 768))
    qtbot.addWidget(window)
    data = keep[0].views.panels["data"]
    data.refresh()
    window.grab()
    QApplication.processEvents()
    view = data.tabular
    assert view.isVisible() and view.rows.rowCount() > 0
    for table, cut in ((view.rows, {view.rows.columnCount() - 1}), (view.inputs.table, {0, 3})):
        header = table.horizontalHeader()
        assert header.length() <= table.viewport().width(), table.objectName()
        assert table.horizontalScrollBar().maximum() == 0
        for j in range(table.columnCount()):
            if j not in cut:  # numbers and marks whole
                assert header.sectionSize(j) >= table.sizeHintForColumn(j), (table.objectName(), j)
        for i in range(table.rowCount()):
            for j in cut:
                item = table.item(i, j)
                assert item.toolTip().startswith(item.text())  # cut or not, readable in full
    name = view.rows.item(0, view.rows.columnCount() - 1)
    assert "(" not in name.text() and name.toolTip() != name.text()  # "sample 20"; the batch row in the tooltip
    window.hide()
