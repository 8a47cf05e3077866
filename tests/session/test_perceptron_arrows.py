"""The perceptron's weight vector is normal to its decision line, and an update is old w + step = new w."""

import numpy as np

from nnviz.presets import load_experiment
from nnviz.session import perceptron_arrows as pa
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

POINTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])


def test_the_weight_arrow_starts_on_the_line_and_is_normal_to_it():
    arrow = pa.weight_arrow(np.array([1.0, 1.0, -1.0]), POINTS)
    assert np.isclose(arrow.start @ [1.0, 1.0] - 1.0, 0.0)  # on w·x + b = 0
    d = arrow.end - arrow.start
    assert np.isclose(d[0] * 1.0 - d[1] * 1.0, 0.0) and d @ [1.0, 1.0] > 0  # along w, towards class 1
    assert np.isclose(np.linalg.norm(d), pa.SHARE)
    assert pa.weight_arrow(np.array([0.0, 0.0, -1.0]), POINTS) is None  # no line
    assert pa.weight_arrow(np.array([1.0, 0.0, -2.0]), POINTS) is None  # x1 = 2 misses the plane


def _at_update(iterations):
    ws = Workspace(load_experiment("perceptron-and"))
    for _ in range(iterations):
        ws.step(Granularity.ITERATION)
    view = ws.step_view()
    return ws, view


def test_an_update_is_drawn_as_a_vector_addition():
    # Iteration 6 of the hand computation: sample 01 with w = (1, 1), b = −1 gives y = 1 for t = 0,
    # so w ← (1, 1) − (0, 1) = (1, 0).
    ws, view = _at_update(6)
    arrows = {a.role: a for a in pa.update_arrows(view, ws.experiment.data.points_train)}
    old, step, new = (arrows[r].end - arrows[r].start for r in ("old", "step", "new"))
    scale = np.linalg.norm(new) / 1.0
    assert np.allclose(old / scale, [1.0, 1.0]) and np.allclose(step / scale, [0.0, -1.0])
    assert np.allclose(arrows["step"].start, arrows["old"].end) and np.allclose(
        arrows["step"].end, arrows["new"].end
    )
    assert pa.applies(view, ws.experiment.data.points_train, ws.experiment.data.x_train)


def test_a_correct_sample_draws_no_update_and_other_networks_draw_nothing():
    ws, view = _at_update(7)  # sample 10: z = 1 − 2 < 0, y = 0 = t
    assert pa.update_arrows(view, ws.experiment.data.points_train) == []
    other = Workspace(load_experiment("sigmoid-and"))
    other.step(Granularity.ITERATION)
    data = other.experiment.data
    assert not pa.applies(other.step_view(), data.points_train, data.x_train)
