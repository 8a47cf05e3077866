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
