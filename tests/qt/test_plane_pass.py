"""One forward pass per frame over the input plane: the data view's boundary and the canvas's
heatmaps come from it, with the standardization and the parameters the cursor shows."""

import numpy as np
import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from nnviz.core.experiment import Experiment
from nnviz.qt.app import App
from nnviz.qt.views import HEATMAP_RESOLUTION, HEATMAP_STEP, unit_maps
from nnviz.session.events import Granularity
from nnviz.session.plot_values import GridForward, input_mapper, plane_grid, visible_outputs
from nnviz.session.workspace import Workspace


def spiral_spec(standardize: bool) -> dict:
    layers = [{"units": 4, "activation": "tanh"}, {"units": 3, "activation": "tanh"}]
    return {
        "nnviz": 1,
        "seed": 3,
        "data": {"dataset": "spiral", "samples": 120, "test_fraction": 0.25, "standardize": standardize},
        "network": {"inputs": 2, "layers": [*layers, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.5},
        "batch_size": 10,
    }


@pytest.fixture
def make_app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    def make(spec):
        app = App(Workspace(Experiment(spec)))
        qtbot.addWidget(app.window)
        app.window.resize(1300, 850)
        app.window.show()
        qtbot.waitExposed(app.window)
        return app

    return make


def exact_maps(app) -> np.ndarray:
    """The output unit's heatmap in float64, at the heatmap's points, from scratch."""
    ws = app.controller.workspace
    data = ws.experiment.data
    n, first = HEATMAP_RESOLUTION * HEATMAP_STEP, HEATMAP_STEP // 2
    grid = plane_grid(np.vstack([data.points_train, data.points_test]), n)
    points = grid.points.reshape(n, n, 2)[first::HEATMAP_STEP, first::HEATMAP_STEP].reshape(-1, 2)
    out = visible_outputs(ws.stepper, input_mapper(ws.experiment)(points))
    return out.reshape(HEATMAP_RESOLUTION, HEATMAP_RESOLUTION)[::-1]


@pytest.mark.parametrize("standardize", [False, True])
def test_heatmaps_follow_the_standardization_and_the_cursor(make_app, standardize):
    app = make_app(spiral_spec(standardize))
    controller = app.controller
    controller.step(Granularity.EPOCH)
    controller.step(Granularity.EPOCH)
    # Mid-iteration, before any update is revealed: the heatmaps show the old parameters.
    controller.step(Granularity.LAYER)
    for _ in range(2):
        maps = app.canvas.heatmaps
        assert [m.shape[0] for m in maps] == list(app.controller.workspace.experiment.network.sizes)
        np.testing.assert_allclose(maps[-1][0], exact_maps(app), atol=1e-5)
        for a, b in zip(maps, unit_maps(controller)):  # what a figure export draws
            np.testing.assert_array_equal(a, b)
        controller.step(Granularity.ITERATION)


def test_one_pass_per_frame_for_the_data_view_and_the_canvas(make_app, monkeypatch):
    app = make_app(spiral_spec(False))
    app.controller.step(Granularity.ITERATION)
    passes = []
    compute = GridForward._compute

    def counted(self, *args):
        passes.append(self.size)
        return compute(self, *args)

    monkeypatch.setattr(GridForward, "_compute", counted)
    app.controller.workspace.run(5)
    app.controller.stepped.emit()
    assert passes == [100 * 100]  # the data view's grid; the heatmaps are taken from it
    app.controller.stepped.emit()  # nothing changed: nothing computed again
    assert passes == [100 * 100]
