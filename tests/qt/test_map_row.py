"""Editing a conv or pool layer in the Experiment panel: channels, kernel, stride and padding, with
the output-shape arithmetic shown live and an impossible setting refused with that arithmetic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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


def _kinds(controller) -> list[str]:
    return [layer.get("kind", "dense") for layer in controller.workspace.experiment.spec["network"]["layers"]]


def test_conv_and_pool_layers_are_inserted_before_the_flatten_and_undone_like_other_edits(cnn):
    controller, panel, messages = cnn
    section = panel.network
    assert section.add_maps.isVisibleTo(panel)
    section.map_buttons["conv2d"].click()
    assert _kinds(controller) == ["conv2d", "max_pool2d", "conv2d", "flatten", "dense"]
    assert controller.workspace.experiment.network.layers[2].W.shape == (8, 8, 3, 3)
    assert (
        section.rows[2]["maps"].arithmetic.text()
        == "(4 + 2·1 − 3)/1 + 1 = 4 → 8×4×4 · 8·(8·3·3 + 1) = 584 parameters"
    )
    section.map_buttons["max_pool2d"].click()
    assert section.rows[3]["maps"].arithmetic.text() == "(4 + 2·0 − 2)/2 + 1 = 2 → 8×2×2"
    controller.undo()
    assert _kinds(controller) == ["conv2d", "max_pool2d", "conv2d", "flatten", "dense"]
    assert len(section.rows) == 4 and section.rows[3]["label"].text() == "4 flatten"
    controller.redo()
    section.map_buttons["avg_pool2d"].click()
    assert controller.workspace.experiment.network.shapes[4] == (8, 1, 1)
    assert messages == []


def test_a_pool_the_maps_are_too_small_for_is_refused_with_the_arithmetic_and_the_session_is_untouched(cnn):
    controller, panel, messages = cnn
    for _ in range(2):
        panel.network.map_buttons["max_pool2d"].click()
    ws = controller.workspace
    before = (ws.experiment, ws.stepper, ws.can_undo())
    panel.network.map_buttons["max_pool2d"].click()
    assert messages and "pool window 2 does not fit a 1×1 input (out = ⌊(1 + 2·0 − 2)/2⌋ + 1 = 0)" in messages[-1]
    assert (ws.experiment, ws.stepper) == before[:2]
    assert _kinds(controller) == ["conv2d", "max_pool2d", "max_pool2d", "max_pool2d", "flatten", "dense"]
    assert len(panel.network.rows) == 5  # the editor shows the network in force again
    controller.undo()
    assert _kinds(controller) == ["conv2d", "max_pool2d", "max_pool2d", "flatten", "dense"]


def test_a_conv_layer_is_removed_and_the_flatten_cannot_be(qtbot, cnn):
    controller, panel, messages = cnn
    rows = panel.network.rows
    assert not rows[2]["remove"].isEnabled() and rows[0]["remove"].isEnabled()
    qtbot.mouseClick(rows[0]["remove"], Qt.MouseButton.LeftButton)
    assert _kinds(controller) == ["max_pool2d", "flatten", "dense"]
    assert panel.network.rows[0]["maps"].arithmetic.text() == "(8 + 2·0 − 2)/2 + 1 = 4 → 1×4×4"
    controller.undo()
    assert _kinds(controller) == ["conv2d", "max_pool2d", "flatten", "dense"]
    assert messages == []


def test_a_picture_mlp_grows_a_conv_layer_and_a_network_on_points_has_no_conv_button(qtbot):
    panels = []
    for name in ("digits-mlp", "xor-2-2-1"):
        controller = Controller(Workspace(load_experiment(name)))
        panel = ExperimentPanel(controller)
        qtbot.addWidget(panel)
        panel.show()
        panels.append((controller, panel))
    (mlp, mlp_panel), (_, xor_panel) = panels
    assert mlp_panel.network.add_maps.isVisibleTo(mlp_panel) and not xor_panel.network.add_maps.isVisibleTo(
        xor_panel
    )
    assert not xor_panel.network.map_buttons["conv2d"].isEnabled()  # hidden, and not clickable either
    mlp_panel.network.map_buttons["conv2d"].click()
    assert _kinds(mlp) == ["conv2d", "flatten", "dense", "dense"]
    assert mlp.workspace.experiment.network.layers[0].W.shape == (4, 1, 3, 3)  # 4 channels when there was no conv


def test_the_parameter_counts_beside_a_dense_network_follow_the_architecture(cnn):
    _controller, panel, _ = cnn
    label = panel.network.counts
    assert label.isVisibleTo(panel)

    def text():
        return label.text().replace("\u00a0", " ")

    assert "This network: 1 370 parameters" in text() and "(64 → 512 → 128 → 10): 100 234 =" in text()
    panel.network.map_buttons["max_pool2d"].click()  # 8×2×2 = 32 reach the output layer: 80 + 10·33
    assert "This network: 410 parameters" in text() and "= 80 + 330." in text()
    assert "(64 → 512 → 128 → 32 → 10)" in text()
