"""The loss landscape: at the current point it is the trace's loss, its arrow is the trace's
gradient for those two parameters (and the surface's own slope), and the network is left as it was."""

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.experiment import Experiment
from nnviz.core.landscape import Coordinate, activate, landscape, slot

SPIRAL = {
    "nnviz": 1,
    "seed": 4,
    "data": {"dataset": "spiral", "samples": 500, "noise": 0.1, "test_fraction": 0.5},
    "network": {
        "layers": [*({"units": 8, "activation": "tanh"} for _ in range(6)), {"units": 1, "activation": "sigmoid"}]
    },
    "loss": {"name": "bce"},
    "regularization": {"kind": "l2", "lambda": 0.001},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 10,
}
AXES = (Coordinate(1, 2, 1), Coordinate(7, 0, 8))  # w3,2 of layer 1 and the output unit's bias


def stepped(iterations=5):
    experiment = Experiment(SPIRAL)
    for _ in range(iterations):
        trace = experiment.trainer.step()
    return experiment, trace


def before(trace):
    return [p for layer in trace.layers if layer.W_before is not None for p in (layer.W_before, layer.b_before)]


def test_the_current_point_has_the_traces_loss_and_gradient():
    experiment, trace = stepped()
    net, trainer = experiment.network, experiment.trainer
    after = list(net.parameters())
    scape = landscape(
        net, trainer.loss, trainer.regularizer, trace.x, trace.t, before(trace), AXES, learning_rate=0.3
    )
    middle = len(scape.xs) // 2
    assert scape.xs[middle] == scape.center[0] and scape.ys[middle] == scape.center[1]
    assert scape.loss[middle, middle] == pytest.approx(trace.loss_total, rel=1e-12)
    assert scape.center_loss == pytest.approx(trace.loss_total, rel=1e-12)
    grads = trace.gradients()
    expected = [grads[i][j] for i, j in (slot(net, c) for c in AXES)]
    np.testing.assert_allclose(scape.gradient, expected, rtol=1e-12)
    np.testing.assert_allclose(scape.step, -0.3 * np.array(expected))
    assert all(a is b for a, b in zip(net.parameters(), after))  # the network is as it was


def test_the_arrow_is_the_surfaces_own_slope():
    experiment, trace = stepped()
    trainer = experiment.trainer
    h = 1e-5
    scape = landscape(
        experiment.network,
        trainer.loss,
        trainer.regularizer,
        trace.x,
        trace.t,
        before(trace),
        AXES,
        learning_rate=0.3,
        n=3,
        half_width=(h, h),
    )
    slope = [(scape.loss[1, 2] - scape.loss[1, 0]) / (2 * h), (scape.loss[2, 1] - scape.loss[0, 1]) / (2 * h)]
    np.testing.assert_allclose(scape.gradient, slope, rtol=1e-5, atol=1e-9)


def test_the_path_gives_the_two_coordinates_and_each_snapshots_true_loss():
    experiment = Experiment(SPIRAL)
    trainer = experiment.trainer
    snapshots = [list(experiment.network.parameters())]
    for _ in range(4):
        trainer.step()
        snapshots.append(list(experiment.network.parameters()))
    x, t = experiment.data.x_train, experiment.data.t_train
    scape = landscape(
        experiment.network,
        trainer.loss,
        trainer.regularizer,
        x,
        t,
        snapshots[-1],
        AXES,
        learning_rate=0.3,
        n=5,
        path=snapshots,
    )
    assert scape.path.shape == (5, 2) and scape.path[0, 0] == snapshots[0][0][2, 1]
    assert scape.path_loss[-1] == pytest.approx(scape.center_loss)


def test_a_coordinate_that_does_not_exist_is_named():
    experiment, _ = stepped(1)
    with pytest.raises(ValueError, match=r"layer 1 has units 1\.\.8 and sources 1\.\.2"):
        slot(experiment.network, Coordinate(1, 0, 3))


@pytest.mark.parametrize(
    ("changes", "axes"),
    [
        ({}, AXES),  # bce, l2; a weight of layer 1 and the output bias
        ({}, (Coordinate(5, 1, 3), Coordinate(2, 4, 8))),  # y below x: a weight of layer 5, a bias of layer 2
        ({}, (Coordinate(1, 2, 1), Coordinate(1, 5, 0))),  # both in layer 1: every layer per grid point
        (
            {
                "data": {"dataset": "spiral3", "samples": 60},
                "network": {"layers": [{"units": 5, "activation": "relu"}, {"units": 3, "activation": "softmax"}]},
                "loss": {"name": "cross_entropy"},
                "regularization": {"kind": "l1", "lambda": 0.01},
            },
            (Coordinate(2, 2, 4), Coordinate(2, 1, 5)),  # a weight and a bias of the output layer
        ),
        (
            {
                "data": {"dataset": "sine", "samples": 40},
                "network": {
                    "layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "identity"}]
                },
                "loss": {"name": "mse"},
                "regularization": {"kind": "none"},
            },
            (Coordinate(1, 3, 1), Coordinate(1, 0, 0)),  # a bias and a weight of layer 1
        ),
    ],
)
def test_the_batched_surface_is_the_point_by_point_one(changes, axes):
    from nnviz.core import landscape as module

    experiment = Experiment({**SPIRAL, **changes})
    trainer = experiment.trainer
    trace = trainer.step()
    x, t = experiment.data.x_train, experiment.data.t_train
    scape = landscape(
        experiment.network, trainer.loss, trainer.regularizer, x, t, before(trace), axes, learning_rate=0.3, n=7
    )
    slots = [slot(experiment.network, c) for c in axes]
    slow = module._surface_by_points(
        experiment.network, trainer.loss, trainer.regularizer, x, t, before(trace), slots, scape.xs, scape.ys
    )
    np.testing.assert_allclose(scape.loss, slow, rtol=1e-12, atol=1e-15)


def test_the_surfaces_tanh_is_numpys_to_a_rounding():
    z = np.concatenate([np.linspace(-40.0, 40.0, 200_001), [0.0, -0.0, 1e-300, -1e-300, 1e-9, 400.0, -400.0]])
    z = np.concatenate([z, [1e300, -1e300, np.inf, -np.inf]]).reshape(-1, 1)
    fast = activate(get_activation("tanh"), z)
    assert np.max(np.abs(fast - np.tanh(z))) <= 2 * np.finfo(float).eps
    assert np.all(np.abs(fast) <= 1.0) and fast[-4:, 0].tolist() == [1.0, -1.0, 1.0, -1.0]
    assert np.isnan(activate(get_activation("tanh"), np.array([[np.nan]])))[0, 0]
    relu = get_activation("relu")
    np.testing.assert_array_equal(activate(relu, z[:5]), relu.value(z[:5]))


def test_a_large_batch_goes_through_the_surface_in_chunks_of_samples_with_the_same_losses(monkeypatch):
    """Found by fuzzing: a 1024-unit layer between the coordinates of a 3 000-row batch held
    41 × 3 000 × 1 024 numbers per array (a MemoryError, exit 1). Chunks of samples give the
    batch's surface, the regularization added once."""
    import nnviz.core.landscape as landscape_module

    experiment, trace = stepped()
    net, trainer = experiment.network, experiment.trainer

    def surface():
        args = (net, trainer.loss, trainer.regularizer, experiment.data.x_train, experiment.data.t_train)
        return landscape(*args, before(trace), AXES, learning_rate=0.3, n=9).loss

    whole = surface()
    monkeypatch.setattr(landscape_module, "CHUNK_NUMBERS", 9 * 9 * 8)  # 8 samples a chunk
    np.testing.assert_allclose(surface(), whole, rtol=1e-12)


@pytest.mark.parametrize("kind", ["two parameters", "random"])
def test_a_surface_too_large_to_compute_is_refused_before_any_work(kind):
    """Found by fuzzing: a 2-1024-1024-1 network on a 1 000-row batch ran for hours (1.8·10¹²
    multiply-adds over a random plane); it is refused, naming the size and what to reduce."""
    from nnviz.core.landscape_plane import plane_landscape, random_plane

    wide = {"layers": [{"units": 1024, "activation": "tanh"}] * 2 + [{"units": 1, "activation": "sigmoid"}]}
    experiment = Experiment({**SPIRAL, "network": wide, "data": {"dataset": "spiral", "samples": 3000}})
    net, trainer = experiment.network, experiment.trainer
    params = list(net.parameters())
    args = (net, trainer.loss, trainer.regularizer, experiment.data.x_train, experiment.data.t_train, params)
    with pytest.raises(
        ValueError, match=r"multiply-adds for 1,681 grid points × 3,000 samples, more than .*batch_size"
    ):
        if kind == "random":
            plane_landscape(*args, random_plane(params), learning_rate=0.3)
        else:
            landscape(*args, (Coordinate(1, 0, 0), Coordinate(3, 0, 1024)), learning_rate=0.3)
