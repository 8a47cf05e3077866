"""A picture of your own as the traced sample: its forward pass as the cursor reveals it, equal to
the core's, with no loss, backward pass or update of its own."""

import numpy as np
import pytest

from nnviz.core.data import standardization
from nnviz.presets import load_experiment
from nnviz.session.events import BACKWARD, FORWARD, LOSS, Granularity
from nnviz.session.image_results import ImageResults, forward_with
from nnviz.session.picture_probe import PictureProbe
from nnviz.session.workspace import Workspace


@pytest.fixture
def ws() -> Workspace:
    ws = Workspace(load_experiment("digits-cnn"))
    ws.run(20)
    ws.step(Granularity.UNIT)  # forward · layer 1 · map 1 · row 1 · col 1 of iteration 21
    return ws


def drawn() -> np.ndarray:
    picture = np.zeros((1, 8, 8))
    picture[0, 1:7, 4] = 1.0
    picture[0, 1, 2:5] = 1.0
    return picture


def test_the_picture_is_traced_forward_as_the_cursor_reveals_it(ws):
    ws.probe = PictureProbe(drawn(), 7, "your picture")
    view = ws.step_view()
    assert view.sample_text() == "your picture" and view.sample_index is None
    np.testing.assert_array_equal(view.trace.x, drawn()[None])  # digits-cnn does not standardize
    conv = view.layers[0]
    assert conv.forward.sum() == 1 and np.isnan(conv.z[0].reshape(-1)[1])
    lt = ws.stepper.trace.layers[0]
    window = np.pad(drawn(), ((0, 0), (1, 1), (1, 1)))[:, 0:3, 0:3]
    z = float((lt.W_before[0] * window).sum() + lt.b_before[0])
    assert conv.z[0, 0, 0, 0] == pytest.approx(z)
    assert "your picture" in " ".join(view.event_groups[0][1])
    ws.step(Granularity.PHASE)  # to the end of the forward pass
    view = ws.step_view()
    params = [p for lt in ws.stepper.trace.layers if lt.W_before is not None for p in (lt.W_before, lt.b_before)]
    expected = forward_with(ws.experiment.network, params, drawn()[None])[0]
    np.testing.assert_allclose(view.layers[-1].a[0], expected, rtol=1e-12)
    # What the results' pad says for it, with the parameters the cursor shows, is the same.
    np.testing.assert_allclose(ImageResults(ws.experiment).classify(ws.stepper, drawn()), expected, rtol=1e-12)
    assert view.true_class == 7


def test_the_picture_has_no_loss_backward_or_update(ws):
    ws.probe = PictureProbe(drawn(), 7, "your picture")
    while ws.step_view().event.phase != LOSS:
        ws.step(Granularity.PHASE)
    view = ws.step_view()
    assert not view.loss_revealed
    assert "not in the mini-batch" in view.event_groups[0][1][0]
    ws.step(Granularity.PHASE)
    view = ws.step_view()
    assert view.event.phase == BACKWARD
    assert np.isnan(view.layers[-1].delta).all() and np.isnan(view.layers[0].delta).all()
    assert not np.isnan(view.layers[-1].a).any()  # the whole forward pass stays shown
    ws.step(Granularity.ITERATION)  # the end of this iteration
    ws.step(Granularity.UNIT)  # the next one: the picture stays traced, with its parameters
    view = ws.step_view()
    assert view.iteration == 22
    assert view.sample_text() == "your picture" and view.event.phase == FORWARD


def test_tracing_a_batch_row_or_the_exercise_mode_sets_the_picture_aside(ws):
    ws.probe = PictureProbe(drawn(), 7, "your picture")
    ws.sample = 3
    assert ws.probe is None and ws.step_view().sample_text() != "your picture"
    ws.probe = PictureProbe(drawn(), 7, "your picture")
    ws.set_exercise_mode(True)
    assert ws.probe is None and ws.step_view().picture is None
    ws.set_exercise_mode(False)
    assert ws.step_view().picture == "your picture"


def test_a_standardized_network_sees_the_picture_standardized():
    experiment = load_experiment("digits-cnn")
    spec = dict(experiment.spec, data={**experiment.spec["data"], "standardize": True})
    ws = Workspace(type(experiment)(spec))
    ws.run(5)
    ws.step(Granularity.UNIT)
    ws.probe = PictureProbe(drawn(), 7, "your picture")
    x = ws.step_view().trace.x[0]
    mean, std = standardization(ws.experiment.data.points_train)
    np.testing.assert_allclose(x, (drawn() - mean) / std)
    assert x[0, 4, 4] != 1.0
