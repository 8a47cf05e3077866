"""Image layers on the canvas: feature maps, kernels and the sliding window (issue 15).

The CNN presets are laid out with nothing overlapping in every theme, each map
cell is hit where it is drawn, and while the cursor steps a conv or pool cell
the outlined window is the one the trace computed that cell from."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.presets import load_experiment
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION
from nnviz.session.canvas.labels import overlaps
from nnviz.session.events import BACKWARD, FORWARD, Granularity
from nnviz.session.workspace import Workspace

CNN_PRESETS = ["digits-cnn", "bars-edge-kernel", "digits-mlp"]


class WorkspaceView:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    @property
    def network(self):
        return self.workspace.experiment.network

    def step_view(self):
        return self.workspace.step_view()


def _canvas(qtbot, name: str, theme=LIGHT, iterations: int = 2):
    ws = Workspace(load_experiment(name))
    ws.run(iterations)
    canvas = NetworkCanvas(WorkspaceView(ws), theme=theme)
    qtbot.addWidget(canvas)
    return ws, canvas


@pytest.mark.parametrize("theme", [LIGHT, DARK, PRESENTATION], ids=lambda t: t.name)
@pytest.mark.parametrize("name", CNN_PRESETS)
def test_maps_kernels_captions_and_labels_never_overlap(qtbot, name, theme):
    ws, canvas = _canvas(qtbot, name, theme)
    events = ws.stepper.events
    picks = set(np.linspace(0, len(events) - 1, 25).astype(int).tolist())
    for i in range(len(events)):
        ws.step(Granularity.UNIT)
        if i not in picks:
            continue
        canvas.refresh()
        boxes = canvas.picture.placement.boxes
        assert overlaps(boxes) == [], (ws.step_view().event, overlaps(boxes)[:3])
        left, top, width, height = canvas.layout.bounds
        for kind, (x, y, w, _h) in boxes:
            if kind not in ("caption", "legend"):
                assert left <= x and x + w <= left + width and top <= y <= top + height, kind


@pytest.mark.parametrize("name", ["digits-cnn", "bars-edge-kernel"])
def test_every_map_cell_is_hit_where_it_is_drawn(qtbot, name):
    _, canvas = _canvas(qtbot, name)
    for g in canvas.layout.layers:
        if g.maps is None:
            continue
        for unit in range(0, g.n, max(1, g.n // 37)):
            x, y, w, h = g.maps.cell_rect(unit)
            assert canvas.layout.unit_at(x + w / 2, y + h / 2) == (g.index, unit)


def test_the_window_outlined_at_a_conv_cell_is_the_one_the_cell_was_computed_from(qtbot):
    ws, canvas = _canvas(qtbot, "digits-cnn")
    ws.step(Granularity.UNIT)  # forward, layer 1, map 1, row 1, col 1
    for _ in range(8 * 2 + 2):  # to map 1, row 3, col 3: a window away from the padding
        ws.step(Granularity.UNIT)
    canvas.refresh()
    event = ws.step_view().event
    assert event.phase == FORWARD and event.layer == 1 and event.cell == (0, 2, 2)
    w = canvas.picture.maps.window
    grid = canvas.layout.layers[0].grid
    _, _, left, top, cell = grid
    # Rows and cols 1..3 of the input (padding 1: the kernel's centre is over row 2, col 2, 0-based).
    assert (w.inputs[0].left(), w.inputs[0].top()) == pytest.approx((left + 1 * cell, top + 1 * cell))
    assert (w.inputs[0].width(), w.inputs[0].height()) == pytest.approx((3 * cell, 3 * cell))
    assert w.kernel == 0
    # The cell is computed from exactly that window: Σ K ⊙ window + b equals the trace's z.
    lt = ws.stepper.trace.layers[0]
    n = ws.step_view().row
    x = lt.input[n, 0, 1:4, 1:4]
    K, b = lt.W_before[0, 0], lt.b_before[0]
    assert float((K * x).sum() + b) == pytest.approx(float(lt.z[n, 0, 2, 2]))


def test_a_max_pool_cell_marks_its_winner_forward_and_backward(qtbot):
    ws, canvas = _canvas(qtbot, "digits-cnn")
    ws.step(Granularity.UNIT)
    while ws.step_view().event.layer != 2:
        ws.step(Granularity.LAYER)
    canvas.refresh()
    view = ws.step_view()
    w = canvas.picture.maps.window
    lt = ws.stepper.trace.layers[1]
    winner = int(lt.winners[view.row].reshape(-1)[view.event.unit])
    maps = canvas.layout.layers[1].maps
    c = view.event.cell[0]
    x, y, _, _ = maps.cell_rect(c * 64 + winner)  # the winner's cell in map c of the conv layer
    assert (w.winner.left(), w.winner.top()) == pytest.approx((x, y))
    # Backward at that pool cell: δ reaches the winner only.
    while not (ws.step_view().event.phase == BACKWARD and ws.step_view().event.layer == 1):
        ws.step(Granularity.UNIT)
    conv = ws.stepper.trace.layers[0]
    routed = conv.grad_a[view.row, 0, :2, :2]
    top_left = lt.delta[view.row, 0, 0, 0]
    r, c = divmod(int(lt.winners[view.row, 0, 0, 0]), 8)
    assert routed[r, c] == pytest.approx(top_left)
    assert np.count_nonzero(routed) <= 1


def test_a_live_run_in_the_training_process_redraws_the_maps_and_the_kernels_as_they_learn(qtbot, process):
    from nnviz.qt.canvas_source import WorkspaceSource
    from nnviz.qt.controller import Controller

    controller = Controller(Workspace(load_experiment("digits-cnn")))
    controller.training_process = process
    canvas = NetworkCanvas(WorkspaceSource(controller))
    qtbot.addWidget(canvas)
    kernels_before = canvas.view.layers[0].parameters.copy()
    frames = []
    controller.stepped.connect(lambda: (canvas.refresh(), frames.append(canvas.frame)))
    controller.run()
    assert controller.trains_elsewhere
    try:
        qtbot.waitUntil(lambda: controller.workspace.stepper.trainer.iteration >= 60, timeout=30000)
    finally:
        controller.pause()
    canvas.refresh()
    assert len(frames) >= 2
    shown = canvas.view.layers[0].parameters
    assert not np.array_equal(shown, kernels_before)  # the kernels drawn are the trained ones
    conv = controller.workspace.experiment.network.layers[0]
    np.testing.assert_array_equal(shown[:, :-1].ravel(), conv.W.ravel())
    for k in (1, 2):  # every conv and pool cell is drawn filled after a whole iteration
        assert np.isfinite(canvas.frame.fill[k]).all()


def test_the_inspector_shows_the_window_the_kernel_and_their_products_of_a_conv_cell(qtbot):
    from nnviz.qt.controller import Controller
    from nnviz.qt.inspector import Inspector
    from nnviz.session.canvas.frame import fmt, short

    controller = Controller(Workspace(load_experiment("digits-cnn")))
    inspector = Inspector(controller)
    qtbot.addWidget(inspector)
    controller.workspace.run(1)
    for _ in range(12):
        controller.step(Granularity.UNIT)
    math = inspector.kernel_math
    view = controller.workspace.step_view()
    assert math is not None and math.cell == view.event.cell
    lt = view.trace.layers[0]
    o, i, j = math.cell
    assert math.total + math.bias == pytest.approx(float(lt.z[view.row, o, i, j]))
    text = inspector.text.toPlainText()
    assert f"= {fmt(math.z, 4)}" in text
    for value in math.products.ravel():
        assert short(float(value)) in text


def test_step_frames_by_map_walk_a_cnn_iteration_one_feature_map_a_frame(qtbot, tmp_path):
    from nnviz.qt.frames import export_step_frames

    ws = Workspace(load_experiment("bars-edge-kernel"))
    ws.run(1)
    ws.step(Granularity.UNIT)
    paths = export_step_frames(ws, tmp_path, "map", size=(500, 320), gif=False)
    # forward: conv map, pool map, flatten, dense; loss; backward: the same four; update: 4 layers.
    assert len(paths) == 4 + 1 + 4 + 4
    assert all(p.stat().st_size > 0 for p in paths)


def test_a_dense_unit_behind_a_flattened_picture_shows_its_weights_as_a_picture(qtbot):
    _, canvas = _canvas(qtbot, "digits-mlp")
    canvas.refresh()
    canvas.mark_selection(2, 4)
    unit, image = canvas.picture.field
    assert unit == 4 and (image.width(), image.height()) == (8, 8)
    canvas.mark_selection(3, 1)  # the output layer reads the hidden units, not the picture
    assert canvas.picture.field is None
