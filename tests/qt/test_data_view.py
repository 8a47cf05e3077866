"""The data view: the network's output over the input plane, the points, and clicks that trace a sample."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from nnviz.core.experiment import Experiment
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.session.events import Granularity
from nnviz.session.plot_values import input_mapper
from nnviz.session.workspace import Workspace

CIRCLE = {
    "data": {"dataset": "circle", "samples": 100, "noise": 0.05, "test_fraction": 0.2},
    "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
}
BLOBS3 = {
    "data": {"dataset": "blobs3", "samples": 90, "test_fraction": 0.2},
    "network": {"layers": [{"units": 5, "activation": "relu"}, {"units": 3, "activation": "softmax"}]},
    "loss": {"name": "cross_entropy"},
}


def close(value: float):
    """The image is computed in float32 (for speed): equal to float64 to its precision."""
    return pytest.approx(value, rel=1e-5, abs=1e-6)


def make_controller(parts: dict, **extra) -> Controller:
    spec = {"nnviz": 1, "seed": 1, "optimizer": {"name": "adam", "learning_rate": 0.03}, "batch_size": 10}
    spec.update(parts)
    spec.update(extra)
    return Controller(Workspace(Experiment(spec)))


def train(controller: Controller, iterations: int) -> None:
    controller.step(Granularity.ITERATION)
    controller.workspace.run(iterations)
    controller.stepped.emit()


@pytest.fixture
def make_view(qtbot):
    def make(parts: dict, **extra) -> tuple[Controller, DataView]:
        controller = make_controller(parts, **extra)
        view = DataView(controller)
        qtbot.addWidget(view)
        view.resize(520, 460)
        view.show()
        qtbot.waitExposed(view)
        return controller, view

    return make


def corners(view: DataView) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The four corner pixels' centres, (4, 2), and their (row, column) in the image."""
    g = view.plane.grid
    pixels = [(0, 0), (0, -1), (-1, 0), (-1, -1)]
    points = np.array([[g.xs[j], g.ys[i]] for i, j in pixels])
    return points, pixels


def test_image_is_the_networks_output_on_a_100_by_100_grid(make_view):
    controller, view = make_view(CIRCLE)
    train(controller, 50)
    assert view.plane.rgba.shape == (100, 100, 4)
    assert view.plane.image.image.shape == (100, 100, 4)
    assert view.plane.values.shape == (100, 100, 1)
    points, pixels = corners(view)
    expected = controller.workspace.experiment.network.predict(points)
    for (i, j), value in zip(pixels, expected[:, 0]):
        assert view.plane.values[i, j, 0] == close(value)
    # The grid covers every point with a margin, and the image sits exactly on it.
    data = controller.workspace.experiment.data
    g = view.plane.grid
    everything = np.vstack([data.points_train, data.points_test])
    assert g.x0 < everything[:, 0].min() and g.x0 + g.width > everything[:, 0].max()
    assert g.y0 < everything[:, 1].min() and g.y0 + g.height > everything[:, 1].max()
    rect = view.plane.image.mapRectToParent(view.plane.image.boundingRect())
    assert rect.x() == pytest.approx(g.x0) and rect.width() == pytest.approx(g.width)


def test_binary_background_runs_from_class_0_to_class_1_colours(make_view):
    controller, view = make_view(CIRCLE)
    train(controller, 200)
    values = view.plane.values[..., 0]
    rgba = view.plane.rgba
    low, high = np.unravel_index(values.argmin(), values.shape), np.unravel_index(values.argmax(), values.shape)
    # Orange (class 0) is redder than it is blue; blue (class 1) the other way round.
    assert rgba[low][0] > rgba[low][2] and rgba[high][2] > rgba[high][0]


def test_multiclass_background_blends_class_colours_by_probability(make_view):
    controller, view = make_view(BLOBS3)
    train(controller, 30)
    p = view.plane.values.reshape(-1, 3)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-6)  # the grid runs in float32
    expected = view.plane.colors.outputs(p)
    np.testing.assert_array_equal(view.plane.rgba.reshape(-1, 4), expected)
    rgb = view.plane.colors.class_rgb
    one = np.zeros((1, 3))
    one[0, 2] = 1.0
    pure = view.plane.colors.outputs(one)[0, :3].astype(float)
    np.testing.assert_allclose(pure, 255 - (255 - rgb[2]) * 0.45, atol=1)


def test_the_image_uses_the_parameters_the_cursor_shows(make_view):
    controller, view = make_view(CIRCLE)
    train(controller, 10)
    controller.step(Granularity.UNIT)  # a new iteration whose update is not revealed
    stepper = controller.workspace.stepper
    points, pixels = corners(view)
    a = points
    for k, layer in enumerate(stepper.trainer.network.layers):
        lt = stepper.trace.layers[k]
        a = layer.activation.value(a @ lt.W_before.T + lt.b_before)
    for (i, j), value in zip(pixels, a[:, 0]):
        assert view.plane.values[i, j, 0] == close(value)
    assert not np.allclose(a, stepper.trainer.network.predict(points))


def test_points_batch_and_traced_sample(make_view):
    controller, view = make_view(CIRCLE)
    train(controller, 3)
    controller.select_sample(4)
    data = controller.workspace.experiment.data
    samples = controller.workspace.stepper.trace.samples
    assert len(view.plane.train.data) == len(data.points_train) == 80
    assert len(view.plane.test.data) == len(data.points_test) == 20
    np.testing.assert_array_equal(view.batch.positions, data.points_train[samples])
    np.testing.assert_array_equal(view.traced.positions, data.points_train[samples[4:5]])
    assert f"sample {samples[4] + 1} (batch row 5)" in view.caption.text()


def _click(qtbot, view: DataView, point: np.ndarray) -> None:
    scene = view.plot.getViewBox().mapViewToScene(QPointF(*point))
    pos = view.plot_widget.mapFromScene(scene)
    qtbot.mouseClick(view.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _lonely(points: np.ndarray, candidates: np.ndarray, others: np.ndarray) -> int:
    """The candidate farthest from every other point (so a click hits only it)."""
    gaps = [np.delete(np.linalg.norm(points - points[c], axis=1), c).min() for c in candidates]
    far = [np.linalg.norm(others - points[c], axis=1).min() for c in candidates]
    return int(candidates[int(np.argmax(np.minimum(gaps, far)))])


def test_clicking_a_batch_point_makes_it_the_traced_sample(make_view, qtbot):
    controller, view = make_view(CIRCLE)
    train(controller, 3)
    QApplication.processEvents()
    data = controller.workspace.experiment.data
    samples = controller.workspace.stepper.trace.samples
    target = _lonely(data.points_train, samples[1:], data.points_test)
    row = int(np.flatnonzero(samples == target)[0])
    with qtbot.waitSignal(controller.stepped, timeout=2000):
        _click(qtbot, view, data.points_train[target])
    assert controller.workspace.sample == row
    np.testing.assert_array_equal(view.traced.positions, data.points_train[[target]])


def test_clicking_a_point_outside_the_batch_says_why_it_cannot_be_traced(make_view, qtbot):
    controller, view = make_view(CIRCLE)
    train(controller, 3)
    QApplication.processEvents()
    data = controller.workspace.experiment.data
    samples = controller.workspace.stepper.trace.samples
    outside = np.setdiff1d(np.arange(len(data.points_train)), samples)
    target = _lonely(data.points_train, outside, data.points_test)
    with qtbot.waitSignal(view.message, timeout=2000) as blocker:
        _click(qtbot, view, data.points_train[target])
    assert f"Sample {target + 1} " in blocker.args[0] and "mini-batch" in blocker.args[0]
    assert controller.workspace.sample == 0

    test_target = _lonely(data.points_test, np.arange(len(data.points_test)), data.points_train)
    with qtbot.waitSignal(view.message, timeout=2000) as blocker:
        _click(qtbot, view, data.points_test[test_target])
    assert "Test sample" in blocker.args[0]


def test_trace_sample_before_any_iteration_explains(make_view, qtbot):
    _, view = make_view(CIRCLE)
    with qtbot.waitSignal(view.message, timeout=1000) as blocker:
        assert not view.trace_sample(0)
    assert "step" in blocker.args[0]


def test_data_that_is_not_2d_gets_a_message(make_view):
    sine = {
        "data": {"dataset": "sine", "samples": 40},
        "network": {"layers": [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "identity"}]},
        "loss": {"name": "mse"},
    }
    controller, view = make_view(sine)
    assert not view.is_plane and "1 input" in view.hint.text()
    train(controller, 2)  # nothing to draw, nothing breaks
    controller.set_workspace(make_controller(CIRCLE).workspace)
    assert view.is_plane


def test_features_and_standardization_are_applied_to_the_grid(make_view):
    controller, view = make_view(
        CIRCLE, data={**CIRCLE["data"], "features": ["x1", "x2", "x1^2", "x2^2"], "standardize": True}
    )
    experiment = controller.workspace.experiment
    data = experiment.data
    np.testing.assert_allclose(input_mapper(experiment)(data.points_train), data.x_train)
    train(controller, 5)
    points, pixels = corners(view)
    expected = experiment.network.predict(input_mapper(experiment)(points))
    for (i, j), value in zip(pixels, expected[:, 0]):
        assert view.plane.values[i, j, 0] == close(value)


def test_hidden_view_skips_work_and_catches_up_when_shown(make_view):
    controller, view = make_view(CIRCLE)
    before = view.plane.values.copy()
    view.hide()
    train(controller, 5)
    np.testing.assert_array_equal(view.plane.values, before)
    view.show()
    points, _ = corners(view)
    expected = controller.workspace.experiment.network.predict(points)
    assert view.plane.values[0, 0, 0] == close(expected[0, 0])
    assert view.export_widgets().keys() == {"data"}


def test_a_diverged_network_draws_without_warnings(make_view):
    controller, view = make_view(CIRCLE, loss={"name": "mse"}, optimizer={"name": "sgd", "learning_rate": 1.0})
    train(controller, 2)
    for unit in range(4):
        controller.edit_parameter(1, unit, 0, 1e308 * (-1) ** unit)
        controller.edit_parameter(2, 0, unit, 1e308)
    train(controller, 3)
    assert not np.all(np.isfinite(controller.workspace.stepper.metrics.loss_total))
    assert view.plane.rgba.dtype == np.uint8 and view.plane.rgba.shape == (100, 100, 4)


def test_only_a_real_mini_batch_is_ringed(qtbot):
    from nnviz.core.experiment import Experiment
    from nnviz.qt.controller import Controller
    from nnviz.qt.data_view import DataView
    from nnviz.session.events import Granularity
    from nnviz.session.workspace import Workspace

    spec = {
        "nnviz": 1,
        "data": {"dataset": "gauss", "samples": 40},
        "network": {"layers": [{"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    for batch_size, rings in ((8, 8), (40, 0)):
        controller = Controller(Workspace(Experiment({**spec, "batch_size": batch_size})))
        view = DataView(controller)
        qtbot.addWidget(view)
        view.show()
        controller.step(Granularity.ITERATION)
        view.refresh()
        assert len(view.batch.data) == rings


def test_the_perceptron_draws_its_weight_vector_and_each_update(qtbot):
    from nnviz.presets import load_experiment

    controller = Controller(Workspace(load_experiment("perceptron-and")))
    view = DataView(controller)
    qtbot.addWidget(view)
    view.resize(500, 500)
    view.show()
    qtbot.waitExposed(view)
    assert view.arrows.visible_roles() == []  # no iteration yet
    for _ in range(5):
        controller.step(Granularity.ITERATION)
    controller.step(Granularity.UNIT)  # iteration 6, forward: w = (1, 1), b = −1 — a line, no update yet
    view.refresh()
    assert view.arrows.visible_roles() == ["w"]
    controller.step(Granularity.ITERATION)  # its update: sample 01 was misclassified, w becomes (1, 0)
    view.refresh()
    assert view.arrows.visible_roles() == ["old", "step", "new"]  # the line x1 = 2 misses the plane
    step = view.arrows.lines["step"].getData()
    assert step[0][0] == step[0][1] and step[1][1] < step[1][0]  # −(0, 1): straight down
