"""The Wide & Deep page draws the logit split the session computes, for the traced sample or a test row."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.plots import PlotsPanel
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def panel_for(qtbot, preset: str) -> tuple[Controller, PlotsPanel]:
    controller = Controller(Workspace(load_experiment(preset)))
    panel = PlotsPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 340)
    panel.show()
    panel.show_page("wide_deep")
    return controller, panel


def bar_tops(page) -> np.ndarray:
    opts = page.bars.opts
    return np.asarray(opts["y0"]) + np.asarray(opts["height"])


def test_the_bar_ends_at_the_traced_z(qtbot):
    controller, panel = panel_for(qtbot, "wide-and-deep")
    page = panel.wide_deep
    controller.step(Granularity.UNIT)  # forward of layer 1: the output not computed yet
    assert len(page.bars.opts["x"]) == 0 and "once the output unit is computed" in page.caption.text()
    assert page.plot_widget.isHidden()  # no empty axes with ticks like ±1e-19 before there is a value
    controller.step(Granularity.PHASE)  # the whole forward pass
    assert not page.plot_widget.isHidden()
    view = controller.workspace.step_view()
    z = view.trace.layers[-1].z[view.row, 0]
    wide_end, deep_end, b_end, z_bar = bar_tops(page)
    lt = view.trace.layers[-1]
    k = 16
    assert wide_end == pytest.approx(lt.input[view.row, :k] @ lt.W_before[0, :k], abs=1e-12)
    assert deep_end - wide_end == pytest.approx(lt.input[view.row, k:] @ lt.W_before[0, k:], abs=1e-12)
    assert b_end == pytest.approx(z, abs=1e-12) and z_bar == pytest.approx(z, abs=1e-12)
    x = view.x
    names = controller.workspace.experiment.data.input_names
    colour, size = (n.split("=")[1] for n, v in zip(names[1:9], x[1:9]) if v == 1)
    assert f"colour = {colour}" in page.raw.text() and f"size = {size}" in page.raw.text()


def test_the_title_wraps_instead_of_being_cut(qtbot):
    _, panel = panel_for(qtbot, "wide-and-deep")
    page = panel.wide_deep
    assert page.plot.titleLabel.text == ""  # a plot's title is cut to its width ("按通道拆分的输出 l…")
    assert page.heading.wordWrap() and "Output logit by lane" in page.heading.text()


def test_a_test_row_is_split_under_the_parameters_the_cursor_shows(qtbot):
    controller, panel = panel_for(qtbot, "wide-and-deep")
    controller.step(Granularity.ITERATION)
    page = panel.wide_deep
    page.row.setValue(3)
    assert controller.workspace.split_row == 2  # the Data view's row table shows the same row
    data, network = controller.workspace.experiment.data, controller.workspace.experiment.network
    z = network.output(data.x_test[2:3])[0][0, 0]
    assert bar_tops(page)[3] == pytest.approx(z, abs=1e-12)
    assert "BCE term" in page.caption.text()


def test_a_network_without_lanes_gets_a_hint(qtbot):
    _, panel = panel_for(qtbot, "xor-2-2-1")
    assert panel.wide_deep.showing_hint and "concat" in panel.wide_deep.hint.text()
