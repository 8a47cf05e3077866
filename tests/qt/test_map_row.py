"""Editing a conv or pool layer in the Experiment panel: channels, kernel, stride and padding, with
the output-shape arithmetic shown live and an impossible setting refused with that arithmetic."""

from __future__ import annotations

import pytest

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.experiment_panel import ExperimentPanel
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def cnn(qtbot):
    controller = Controller(Workspace(load_experiment("digits-cnn")))
    controller.step(Granularity.ITERATION)
    panel = ExperimentPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    messages: list[str] = []
    controller.failed.connect(messages.append)
    return controller, panel, messages


def test_the_arithmetic_of_every_conv_and_pool_layer_is_shown(cnn):
    _controller, panel, _ = cnn
    rows = panel.network.rows
    assert rows[0]["maps"].arithmetic.text() == "(8 + 2·1 − 3)/1 + 1 = 8 → 8×8×8 · 8·(1·3·3 + 1) = 80 parameters"
    assert rows[1]["maps"].arithmetic.text() == "(8 + 2·0 − 2)/2 + 1 = 4 → 8×4×4"
    assert not rows[1]["maps"].spins["padding"].isVisibleTo(panel)  # a pool has no padding
    assert rows[2]["maps"].isHidden()  # flatten
    assert rows[0]["units"].value() == 8 and rows[0]["units"].isEnabled()  # a conv layer's channels


def test_an_impossible_kernel_is_refused_with_the_arithmetic_and_the_session_is_untouched(cnn):
    controller, panel, messages = cnn
    ws = controller.workspace
    before = (
        ws.experiment,
        ws.stepper.trace,
        ws.stepper.position,
        [p.copy() for p in ws.experiment.network.parameters()],
    )
    kernel = panel.network.rows[0]["maps"].spins["kernel"]
    kernel.setValue(11)
    assert messages and "kernel 11 does not fit a 8×8 input (out = (8 + 2·1 − 11)/1 + 1 = 0)" in messages[-1]
    assert ws.experiment is before[0] and ws.stepper.trace is before[1] and ws.stepper.position == before[2]
    assert all((a == b).all() for a, b in zip(ws.experiment.network.parameters(), before[3]))
    assert kernel.value() == 3  # the editor shows the setting in force again


def test_a_kernel_stride_or_channels_that_fit_rebuild_the_network_and_its_arithmetic(cnn):
    controller, panel, messages = cnn
    rows = panel.network.rows
    rows[0]["maps"].spins["kernel"].setValue(5)
    layers = controller.workspace.experiment.network.layers
    assert layers[0].W.shape == (8, 1, 5, 5) and controller.workspace.experiment.network.shapes[0] == (8, 6, 6)
    assert rows[0]["maps"].arithmetic.text().startswith("(8 + 2·1 − 5)/1 + 1 = 6 → 8×6×6")
    assert rows[1]["maps"].arithmetic.text() == "(6 + 2·0 − 2)/2 + 1 = 3 → 8×3×3"
    rows[1]["maps"].spins["stride"].setValue(1)
    assert controller.workspace.experiment.spec["network"]["layers"][1]["stride"] == 1
    assert rows[1]["maps"].arithmetic.text() == "(6 + 2·0 − 2)/1 + 1 = 5 → 8×5×5"
    rows[0]["units"].setValue(4)
    assert controller.workspace.experiment.spec["network"]["layers"][0]["channels"] == 4
    assert "units" not in controller.workspace.experiment.spec["network"]["layers"][0]
    assert rows[0]["maps"].arithmetic.text().endswith("4·(1·5·5 + 1) = 104 parameters")
    assert messages == []
