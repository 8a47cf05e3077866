"""The two lanes on the app's canvas: a wide-lane edge is the weight of its named crossed feature."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.session.canvas.wide_lane import AND
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

CROSS = "colour=red × size=S"


@pytest.fixture
def app(qtbot, monkeypatch):
    # closing a window with an edited parameter asks whether to save: never here
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("wide-and-deep")))
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def test_editing_a_wide_lane_edge_changes_exactly_the_weight_the_trace_names(app, monkeypatch):
    canvas, controller = app.canvas, app.controller
    layout, geometry = canvas.layout, canvas.picture.wide_lane
    concat = layout.layers[2]
    # the slot labelled with the cross on the canvas (by its categories where the full name has no
    # room), and the edge leaving it for the output
    label = next(t for t in geometry.texts if t.text in (AND + CROSS, AND + "red × S"))
    slot = int(concat.shown[np.flatnonzero(concat.ys == label.y)[0]])
    edge = int(np.flatnonzero((layout.edge_layer == 3) & (layout.edge_source == slot))[0])
    assert layout.lines[edge, 1] == label.y
    before = [p.copy() for p in controller.workspace.experiment.network.parameters()]
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (2.5, True))
    canvas.edit(("edge", edge))
    after = controller.workspace.experiment.network.parameters()
    changed = [(k, np.argwhere(a != b).tolist()) for k, (a, b) in enumerate(zip(after, before)) if (a != b).any()]
    assert changed == [(2, [[0, slot]])] and after[2][0, slot] == 2.5
    controller.step(Granularity.ITERATION)
    trace = controller.workspace.stepper.trace
    names = controller.workspace.experiment.data.input_names
    assert trace.layers[2].W_before[0, slot] == 2.5  # the weight the output's forward pass used
    np.testing.assert_array_equal(trace.layers[1].z[:, slot], trace.x[:, names.index(CROSS)])


def test_a_network_without_a_concat_has_no_lanes(qtbot):
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    assert app.canvas.picture.wide_lane is None
