"""The Wide & Deep page's gradient-share plots: the metric history's lane columns, at the cursor,
stepping and during a live run in the training process."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.plots import PlotsPanel
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def panel_for(qtbot, controller: Controller) -> PlotsPanel:
    panel = PlotsPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.show_page("wide_deep")
    return panel


def drawn(item) -> np.ndarray:
    y = item.yData
    return np.array([]) if y is None else np.asarray(y)


def test_the_plots_draw_the_lane_columns_up_to_the_cursor(qtbot):
    controller = Controller(Workspace(load_experiment("wide-and-deep")))
    panel = panel_for(qtbot, controller)  # kept: qtbot holds it weakly
    view = panel.wide_deep.lane_share
    for _ in range(6):
        controller.step(Granularity.ITERATION)
    metrics = controller.workspace.stepper.metrics
    np.testing.assert_array_equal(drawn(view.norm_raw["wide"]), metrics.lane_norms[:, 0])
    np.testing.assert_array_equal(drawn(view.norm_raw["deep"]), metrics.lane_norms[:, 1])
    np.testing.assert_array_equal(drawn(view.share_raw), metrics.wide_share)
    assert np.all((drawn(view.share_areas["wide"]) >= 0) & (drawn(view.share_areas["wide"]) <= 1))
    # into iteration 7: its norms once its backward pass is revealed, its share once its update is
    controller.step(Granularity.PHASE)  # forward
    controller.step(Granularity.PHASE)  # loss
    assert len(drawn(view.norm_raw["wide"])) == 6
    controller.step(Granularity.PHASE)  # backward
    assert len(drawn(view.norm_raw["wide"])) == 7 and len(drawn(view.share_raw)) == 6
    controller.step(Granularity.PHASE)  # update
    assert len(drawn(view.share_raw)) == 7


def test_the_plots_get_points_during_a_live_run(qtbot, process):
    controller = Controller(Workspace(load_experiment("wide-and-deep")), training_process=process)
    panel = panel_for(qtbot, controller)
    view = panel.wide_deep.lane_share
    controller.run()
    try:
        assert controller.trains_elsewhere
        qtbot.waitUntil(lambda: len(drawn(view.share_raw)) >= 20, timeout=30000)
    finally:
        controller.pause()
    share = drawn(view.share_raw)
    assert np.all((share >= 0) & (share <= 1))
    assert len(drawn(view.norm_curves["deep"])) >= 20


def test_the_tab_shows_the_ampersand(qtbot):
    panel = panel_for(qtbot, Controller(Workspace(load_experiment("wide-and-deep"))))
    index = panel.tabs.indexOf(panel.wide_deep)
    assert panel.tabs.tabText(index) == "Wide && Deep"  # "&&" is a literal "&" in a tab, not a shortcut


@pytest.mark.parametrize("preset", ["xor-2-2-1"])
def test_other_networks_leave_the_lane_plots_out(qtbot, preset):
    controller = Controller(Workspace(load_experiment(preset)))
    panel = panel_for(qtbot, controller)
    controller.step(Granularity.ITERATION)
    assert panel.wide_deep.showing_hint
    assert len(drawn(panel.wide_deep.lane_share.share_raw)) == 0
