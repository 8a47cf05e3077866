"""A comparison's shared landscape: runs from one start on one plane, every path beginning at
the common start, the surface's centre and each path's points at the runs' own losses."""

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.shared_plane import shared_landscape
from nnviz.session.compare.train_run import Job, train
from nnviz.session.compare.vary import parse_vary

SPEC = {
    "nnviz": 1,
    "seed": 3,
    "data": {"dataset": "circle", "samples": 60},
    "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 8,
}


def compared(vary: str, seeds: int = 1, epochs: int = 6) -> Comparison:
    plan = make_plan(Experiment(SPEC), parse_vary(vary), seeds=seeds, epochs=epochs)
    return Comparison(plan, [train(Job(r, epochs, (), keep_parameters=True)) for r in plan.runs])


def test_runs_from_one_start_share_a_plane_and_their_paths_start_at_its_centre():
    comparison = compared("optimizer.name=sgd,adam,rmsprop", seeds=2)
    shared = shared_landscape(comparison, n=9)
    assert [v for v, _, _ in shared.runs] == [0, 1, 2]  # the first seed's runs only
    for (_, coords, losses), result in zip(shared.runs, comparison.results[::2]):
        assert coords.shape == (7, 2)
        np.testing.assert_allclose(coords[0], [0.0, 0.0], atol=1e-12)
        np.testing.assert_allclose(losses, result.train_loss, rtol=1e-12)  # each point's true loss
    assert shared.scape.center_loss == pytest.approx(comparison.results[0].train_loss[0], rel=1e-12)
    assert shared.scape.loss[4, 4] == pytest.approx(shared.scape.center_loss, rel=1e-12)
    extent = max(np.max(np.abs(c[:, 0])) for _, c, _ in shared.runs)
    assert shared.scape.xs[-1] == pytest.approx(1.25 * extent)  # every path on the plot


@pytest.mark.parametrize(
    ("vary", "message"),
    [
        ("loss.name=mse,bce", "changes the loss surface itself"),
        ("network.layers[0].units=2,4", "changes the loss surface itself"),
        ("network.layers[0].init=xavier_uniform,he_uniform", "start from different weights"),
    ],
)
def test_runs_on_different_surfaces_or_starts_are_refused(vary, message):
    with pytest.raises(ValueError, match=message):
        shared_landscape(compared(vary, epochs=1), n=5)


def test_runs_trained_without_their_parameters_are_refused():
    plan = make_plan(Experiment(SPEC), parse_vary("optimizer.learning_rate=0.1,0.3"), epochs=1)
    comparison = Comparison(plan, [train(Job(r, 1)) for r in plan.runs])
    with pytest.raises(ValueError, match="kept no parameters"):
        shared_landscape(comparison)


def _flat(params):
    return np.concatenate([np.ravel(p) for p in params])


@pytest.mark.parametrize("axes", ["random", "pca"])
def test_a_plane_carries_every_runs_recorded_parameters_projected(axes):
    comparison = compared("optimizer.learning_rate=0.1,0.3,1.0")
    shared = shared_landscape(comparison, n=9, axes=axes)
    assert shared.plane.kind == axes and shared.scape.view == axes
    d = np.stack([_flat(shared.plane.directions[0]), _flat(shared.plane.directions[1])], axis=1)  # (P, 2)
    start = _flat(comparison.results[0].parameters[0])
    for (value, coords, losses), result in zip(shared.runs, comparison.results):
        assert coords.shape == (7, 2) and value == comparison.plan.runs[result.index].value_index
        offsets = np.array([_flat(q) for q in result.parameters]) - start  # (7, P)
        residual = offsets - coords @ d.T  # what the plane does not hold is orthogonal to it
        np.testing.assert_allclose(residual @ d, 0.0, atol=1e-10 * np.max(np.abs(offsets @ d)))
        np.testing.assert_allclose(losses, result.train_loss, rtol=1e-12)
    assert shared.scape.loss[4, 4] == pytest.approx(comparison.results[0].train_loss[0], rel=1e-12)
    extent = max(np.max(np.abs(c[:, 0])) for _, c, _ in shared.runs)
    least = 1.0 if axes == "random" else 0.0  # a random plane's usual range, or wider
    assert shared.scape.xs[-1] == pytest.approx(max(least, 1.25 * extent))


def test_two_parameters_carry_every_runs_real_values():
    from nnviz.core.landscape import Coordinate

    comparison = compared("optimizer.name=sgd,adam")
    axes = (Coordinate(1, 0, 1), Coordinate(2, 0, 4))  # w1,2 of layer 1 and the output bias
    shared = shared_landscape(comparison, n=9, axes=axes)
    assert shared.plane is None and shared.scape.view == "parameters"
    assert shared.labels == ("w1,2 (layer 1)", "b1 (layer 2)")
    for (_, coords, losses), result in zip(shared.runs, comparison.results):
        expected = [[q[0][0, 1], q[3][0]] for q in result.parameters]  # W1[0, 1] and b2[0]
        np.testing.assert_array_equal(coords, expected)
        np.testing.assert_allclose(losses, result.train_loss, rtol=1e-12)
    np.testing.assert_array_equal(shared.scape.center, shared.runs[0][1][0])
    assert shared.scape.loss[4, 4] == pytest.approx(comparison.results[0].train_loss[0], rel=1e-12)
    half = (shared.scape.xs[-1] - shared.scape.center[0], shared.scape.ys[-1] - shared.scape.center[1])
    for k in (0, 1):  # every point inside the range
        assert half[k] >= max(np.max(np.abs(c[:, k] - shared.scape.center[k])) for _, c, _ in shared.runs)


@pytest.mark.parametrize(("axes", "message"), [("line", "expected pca, random"), ("bad", "expected pca, random")])
def test_axes_a_shared_landscape_has_not_are_named(axes, message):
    with pytest.raises(ValueError, match=message):
        shared_landscape(compared("optimizer.learning_rate=0.1,0.3", epochs=1), n=5, axes=axes)


def test_a_parameter_that_does_not_exist_is_named():
    from nnviz.core.landscape import Coordinate

    with pytest.raises(ValueError, match=r"layer 1 has units 1\.\.4"):
        shared_landscape(
            compared("optimizer.learning_rate=0.1,0.3", epochs=1),
            n=5,
            axes=(Coordinate(1, 9, 0), Coordinate(2, 0, 4)),
        )
