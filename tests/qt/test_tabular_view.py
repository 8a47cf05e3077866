"""The data view of a table: its rows (click to trace or to split) over the looked-at row's input table."""

from __future__ import annotations

import pytest

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.plots import PlotsPanel
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def views(qtbot):
    controller = Controller(Workspace(load_experiment("wide-and-deep")))
    data, plots = DataView(controller), PlotsPanel(controller)
    for widget in (data, plots):
        qtbot.addWidget(widget)
        widget.resize(700, 400)
        widget.show()
    plots.show_page("wide_deep")
    controller.step(Granularity.ITERATION)
    yield controller, data.tabular, plots.wide_deep, data
    del plots  # held until the test ends: the page lives in it


def cells(table, row: int) -> list[str]:
    return [table.item(row, j).text() for j in range(table.columnCount())]


def header(table) -> list[str]:
    return [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]


def test_a_table_is_listed_instead_of_a_hint(views):
    controller, view, _, data = views
    assert data.stack.currentWidget() is view and not data.is_plane
    experiment = controller.workspace.experiment
    batch = len(controller.workspace.stepper.trace.samples)
    assert view.rows.rowCount() == batch + len(experiment.data.x_test) == 20 + 90
    assert header(view.rows)[:5] == ["price", "colour", "size", "t", "y"]
    # the test rows as the CSV had them: categories, not one-hot columns
    names, x = experiment.data.input_names, experiment.data.x_test[0]
    colour = next(n.split("=")[1] for n, v in zip(names, x) if n.startswith("colour=") and "×" not in n and v == 1)
    assert cells(view.rows, batch)[1] == colour and cells(view.rows, batch)[-1] == "test 1"
    y = experiment.network.output(experiment.data.x_test[:1])[1][0, 0]
    assert float(cells(view.rows, batch)[4]) == pytest.approx(y, rel=1e-3)


def test_the_input_table_lists_every_encoded_input_of_the_traced_sample(views):
    controller, view, _, _ = views
    table = view.inputs.table
    ws = controller.workspace
    names = ws.experiment.data.input_names
    assert table.rowCount() == len(names) == 25
    assert [table.item(i, 0).text() for i in range(25)] == list(names)
    on = [table.item(i, 0).text() for i in range(25) if table.item(i, 1).text() == "1"]
    colour, size = (n.split("=")[1] for n in on[:2])
    assert on[2] == f"colour={colour} × size={size}"
    assert table.item(9, 3).text() == "deep + wide slot 1"
    trace = ws.stepper.trace
    assert [table.item(i, 1).text() != "0" for i in range(25)] == [bool(v) for v in trace.x[ws.sample]]
    assert view.rows.selectionModel().isRowSelected(ws.sample)


def test_a_clicked_test_row_is_split_and_a_clicked_batch_row_traced(views, qtbot):
    controller, view, page, _ = views
    ws = controller.workspace
    batch = len(ws.stepper.trace.samples)
    with qtbot.waitSignal(controller.stepped):
        view.rows.cellClicked.emit(batch + 4, 0)  # test 5
    assert ws.split_row == 4 and page.row.value() == 5
    z = ws.experiment.network.output(ws.experiment.data.x_test[4:5])[0][0, 0]
    top = page.bars.opts["y0"][3] + page.bars.opts["height"][3]
    assert top == pytest.approx(z, abs=1e-12)
    x = ws.experiment.data.x_test[4]
    assert [view.inputs.table.item(i, 1).text() != "0" for i in range(25)] == [bool(v) for v in x]
    with qtbot.waitSignal(controller.stepped):
        view.rows.cellClicked.emit(3, 0)  # batch row 4
    assert ws.split_row is None and ws.sample == 3 and page.row.value() == 0
    assert view.rows.selectionModel().isRowSelected(3)


def test_the_spin_box_picks_the_same_row_as_the_table(views):
    controller, view, page, _ = views
    page.row.setValue(7)
    batch = len(controller.workspace.stepper.trace.samples)
    assert controller.workspace.split_row == 6 and view.rows.selectionModel().isRowSelected(batch + 6)
