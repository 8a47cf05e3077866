"""The breakpoints panel: its settings reach the stepper, survive a rebuild, and stop training."""

import copy

import pytest
from PySide6.QtCore import Qt
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.qt.breakpoints_panel import BreakpointsPanel
from nnviz.qt.i18n import install_language
from nnviz.session.events import BACKWARD, Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def controller(make_controller):
    return make_controller(data={"dataset": "xor", "samples": 40, "noise": 0.05, "test_fraction": 0.25})


@pytest.fixture
def panel(qtbot, controller):
    widget = BreakpointsPanel(controller)
    qtbot.addWidget(widget)
    return widget


def test_defaults_reach_the_stepper(panel, controller):
    bp = controller.workspace.stepper.breakpoints
    assert bp.non_finite is True and bp.grad_norm_below == {} and bp.iterations == set()
    assert controller.workspace.test_rise_epochs is None
    assert len(panel.grad_rows) == 2
    panel.non_finite.click()
    assert controller.workspace.stepper.breakpoints.non_finite is False


def test_iteration_breakpoints_stop_the_run(qtbot, panel, controller):
    panel.iteration.setValue(12)
    qtbot.mouseClick(panel.add_iteration, Qt.MouseButton.LeftButton)
    panel.add_iteration_breakpoint(3)
    panel.add_iteration_breakpoint(3)
    assert controller.workspace.stepper.breakpoints.iterations == {3, 12}
    assert [panel.iterations.item(r).text() for r in range(panel.iterations.count())] == [
        "iteration 3",
        "iteration 12",
    ]
    with qtbot.waitSignal(controller.stopped) as signal:
        controller.step(Granularity.EPOCH)
    assert "iteration 3" in signal.args[0]
    assert controller.workspace.stepper.position.iteration == 3
    assert "iteration 3" in panel.last_stop.text()
    panel.iterations.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_iteration, Qt.MouseButton.LeftButton)
    assert controller.workspace.stepper.breakpoints.iterations == {12}


def test_gradient_norm_threshold_pauses_at_the_end_of_the_layers_backward(qtbot, panel, controller):
    check, value, now = panel.grad_rows[0]
    value.setValue(1000.0)
    assert controller.workspace.stepper.breakpoints.grad_norm_below == {}
    check.click()
    assert controller.workspace.stepper.breakpoints.grad_norm_below == {1: 1000.0}
    with qtbot.waitSignal(controller.stopped):
        controller.step(Granularity.ITERATION)
    stepper = controller.workspace.stepper
    assert stepper.current_event.phase == BACKWARD and stepper.current_event.layer == 1
    assert now.text() == f"now {stepper.grad_norms[0]:.3g}"


def test_settings_survive_a_rebuilt_network(panel, controller):
    panel.grad_rows[1][0].click()
    panel.add_iteration_breakpoint(7)
    panel.test_rise.click()
    panel.test_rise_epochs.setValue(4)
    assert controller.workspace.test_rise_epochs == 4
    assert controller.change(("network", "layers", 0, "units"), 5)  # a new stepper
    bp = controller.workspace.stepper.breakpoints
    assert bp.iterations == {7} and bp.grad_norm_below == {2: 1e-4}
    assert controller.workspace.test_rise_epochs == 4
    spec = copy.deepcopy(XOR_SPEC)
    spec["network"]["layers"].insert(0, {"units": 2, "activation": "relu"})
    controller.set_workspace(Workspace(Experiment(spec)))
    assert len(panel.grad_rows) == 3
    assert controller.workspace.stepper.breakpoints.grad_norm_below == {2: 1e-4}


def test_test_loss_breakpoint_needs_a_test_set(qtbot, panel, controller):
    assert "test_fraction" not in XOR_SPEC["data"]
    controller.set_workspace(Workspace(Experiment(copy.deepcopy(XOR_SPEC))))
    assert not panel.test_rise.isEnabled()
    assert "test set" in panel.test_rise.toolTip()
    assert controller.workspace.test_rise_epochs is None


def test_non_finite_values_pause_with_a_hint(qtbot, panel):
    spec = {
        "nnviz": 1,
        "seed": 1,
        "data": {"dataset": "plane", "samples": 40, "noise": 0.05},
        "network": {"layers": [{"units": 3, "activation": "relu"}, {"units": 1, "activation": "identity"}]},
        "loss": {"name": "mse"},
        "optimizer": {"name": "sgd", "learning_rate": 10},
        "batch_size": 10,
    }
    controller = panel.controller
    controller.set_workspace(Workspace(Experiment(spec)))
    with qtbot.waitSignal(controller.stopped) as signal:
        for _ in range(50):
            controller.step(Granularity.ITERATION)
            if controller.last_stop is not None:
                break
    assert "smaller learning rate" in signal.args[0]
    assert "non-finite" in panel.last_stop.text()


@pytest.mark.parametrize(
    ("lang", "paused"), [("zh_CN", "已暂停：到达第 3 次迭代"), ("zh_TW", "已暫停：到達第 3 次迭代")]
)
def test_the_iteration_list_and_the_stop_are_in_the_learners_language(qtbot, make_controller, lang, paused):
    """In Chinese the list read "iteration 40" and the panel "已暂停：reached iteration 40"."""
    install_language(lang)
    try:
        controller = make_controller(data={"dataset": "xor", "samples": 40, "noise": 0.05, "test_fraction": 0.25})
        panel = BreakpointsPanel(controller)
        qtbot.addWidget(panel)
        panel.add_iteration_breakpoint(3)
        assert panel.iterations.item(0).text() == "第 3 次迭代"
        with qtbot.waitSignal(controller.stopped) as signal:
            controller.step(Granularity.EPOCH)
        assert signal.args[0] == paused.split("：")[1]
        assert panel.last_stop.text() == paused
        install_language("en")
        panel.retranslate()
        assert panel.iterations.item(0).text() == "iteration 3"
        assert panel.breakpoints().iterations == {3}
    finally:
        install_language("en")
