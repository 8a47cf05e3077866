"""The shipped presets: each loads, traces and trains, and its teaching point holds after real training.

Every teaching-point test trains the preset as shipped (its own seed and epochs) through
``nnviz.presets.load_experiment``; where a lesson is a contrast ("the same network with …"),
the partner preset or a one-key variant of the spec is trained alongside it.
"""

import copy
import itertools
import json
import math

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment, preset_dir, preset_names

PRESETS = {
    "single-neuron",
    "perceptron-and",
    "perceptron-or",
    "perceptron-xor",
    "perceptron-nand",
    "sigmoid-and",
    "xor-2-2-1",
    "circle-1-hidden",
    "circle-2-hidden",
    "circle-3-hidden",
    "convex-region",
    "combined-regions",
    "spiral",
    "linear-collapse",
    "mse-sigmoid-slow",
    "cross-entropy-fast",
    "vanishing-sigmoid",
    "deep-relu",
    "dead-relu",
    "leaky-relu",
    "overfitting",
    "overfitting-l2",
    "overfitting-dropout",
    "l1-sparse",
    "l2-shrink",
    "softmax-3-classes",
    "hinge-3-classes",
    "regression-mse",
    "regression-mae",
    "worked-example",
}
IMAGE_PRESETS = {"digits-cnn", "digits-mlp", "digits-shifted", "bars-edge-kernel", "wide-and-deep"}
"""Lessons of issue #9 (images, and the Wide&Deep table):
the images are more than the playground's 300 points (tests: test_image_presets)."""


def trained(name_or_spec, epochs=None) -> Experiment:
    """A preset (by name) or a spec, trained for ``epochs`` (default: the file's own ``epochs``)."""
    if isinstance(name_or_spec, str):
        experiment = load_experiment(name_or_spec)
    else:
        experiment = Experiment(name_or_spec)
    for _ in range(experiment.epochs if epochs is None else epochs):
        experiment.trainer.run_epoch()
    return experiment


def spec_of(name: str) -> dict:
    """A fresh copy of a preset's document, to train a variant of it."""
    return copy.deepcopy(load_experiment(name).spec)


def hidden_outputs(experiment: Experiment, x: np.ndarray) -> list[np.ndarray]:
    """Evaluation-mode outputs ``a`` (N, units) of every hidden layer."""
    return [a for _, a in experiment.network.forward_all(x)[:-1]]


# -- every preset ---------------------------------------------------------------------------------


def test_the_shipped_presets_are_the_lessons():
    assert set(preset_names()) == PRESETS | IMAGE_PRESETS


@pytest.mark.parametrize("name", sorted(PRESETS | IMAGE_PRESETS))
def test_preset_file_has_title_lesson_seed_and_epochs(name):
    doc = json.loads((preset_dir() / f"{name}.json").read_text(encoding="utf-8"))
    assert doc["nnviz"] == 1
    assert set(doc["name"]) == set(doc["lesson"]) == {"en", "zh_CN", "zh_TW"}  # every lesson in three languages
    for lang in ("en", "zh_CN", "zh_TW"):
        assert doc["name"][lang] and len(doc["name"][lang]) <= 60
        assert 3 <= len(doc["lesson"][lang].splitlines()) <= 8
    assert isinstance(doc["seed"], int) and isinstance(doc["epochs"], int) and doc["epochs"] > 0
    experiment = load_experiment(name)
    limit = 1797 if name in IMAGE_PRESETS else 300
    assert len(experiment.data.x_train) + len(experiment.data.x_test) <= limit


@pytest.mark.parametrize("name", sorted(PRESETS | IMAGE_PRESETS))
def test_preset_traces_and_trains_from_the_command_line(name, capsys):
    assert main(["trace", name]) == 0
    trace = json.loads(capsys.readouterr().out)
    assert len(trace["iterations"]) == 1
    assert math.isfinite(trace["iterations"][0]["loss"]["total"])
    assert main(["train", name, "--epochs", "2", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["epochs"] == 2 and math.isfinite(summary["train_loss"])


# -- perceptrons and logistic regression ----------------------------------------------------------


def test_single_neuron_is_logistic_regression():
    e = trained("single-neuron")
    x, t = e.data.x_train, e.data.t_train[:, 0]
    # The maximum-likelihood logistic regression, by Newton's method (IRLS), independent of nnviz.
    design = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(3)
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        hessian = (design * (p * (1.0 - p))[:, None]).T @ design
        beta -= np.linalg.solve(hessian, design.T @ (p - t))
    neuron = e.network.layers[0]
    assert np.allclose([*neuron.W[0], neuron.b[0]], beta, atol=0.01)
    # The weight vector is the normal of the data set's line (30° through the origin), towards class 1.
    w = neuron.W[0]
    assert w @ [-math.sin(math.pi / 6), math.cos(math.pi / 6)] / np.linalg.norm(w) > 0.99
    assert e.evaluate().train_accuracy >= 0.85


@pytest.mark.parametrize(
    ("name", "truth"),
    [("perceptron-and", [0, 0, 0, 1]), ("perceptron-or", [0, 1, 1, 1]), ("sigmoid-and", [0, 0, 0, 1])],
)
def test_perceptron_learns_and_and_or(name, truth):
    e = trained(name)
    assert e.evaluate().train_accuracy == 1.0
    outputs = e.network.predict(np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]))[:, 0]
    assert list((outputs > 0.5).astype(int)) == truth


def test_perceptron_fails_on_xor_and_on_the_circle():
    assert trained("perceptron-xor").evaluate().train_accuracy <= 0.75
    sigmoid = spec_of("sigmoid-and")
    sigmoid["data"] = {"dataset": "xor_gate"}
    result = trained(sigmoid).evaluate()
    assert result.train_accuracy <= 0.75
    assert result.train_loss >= math.log(2) - 1e-6  # the best a line can do: 0.5 everywhere
    sigmoid["data"] = {"dataset": "circle", "samples": 200}
    assert trained(sigmoid).evaluate().train_accuracy < 0.8


def test_xor_2_2_1_solves_xor():
    result = trained("xor-2-2-1").evaluate()
    assert result.train_accuracy == 1.0
    assert result.train_loss < 0.05


# -- hidden units and regions ---------------------------------------------------------------------


def test_circle_needs_three_hidden_units():
    one, two, three = (trained(f"circle-{k}-hidden").evaluate().train_accuracy for k in (1, 2, 3))
    assert one < 0.8  # a line
    assert one < two < 0.9  # a bent boundary, still open
    assert three > 0.95  # three lines close the region


def test_the_spiral_needs_a_deeper_wider_net_than_three_hidden_units():
    deep = trained("spiral").evaluate()
    assert deep.train_accuracy == deep.test_accuracy == 1.0  # the lesson says 100 % on both
    spec = spec_of("spiral")
    spec["network"]["layers"] = [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]
    shallow = trained(spec, epochs=1000).evaluate()
    assert round(shallow.train_accuracy, 2) == 0.70  # the lesson's measured numbers
    assert round(shallow.test_accuracy, 2) == 0.60


GRID = np.array([(u, v) for u in np.linspace(-5.0, 5.0, 81) for v in np.linspace(-5.0, 5.0, 81)])


def test_one_hidden_layer_carves_a_convex_region():
    e = trained("convex-region")
    assert e.evaluate().train_accuracy > 0.95
    inside = GRID[e.network.predict(GRID)[:, 0] > 0.5]
    pairs = np.random.default_rng(0).integers(0, len(inside), (20_000, 2))
    midpoints = (inside[pairs[:, 0]] + inside[pairs[:, 1]]) / 2
    assert np.mean(e.network.predict(midpoints)[:, 0] > 0.5) == 1.0


def test_two_hidden_layers_combine_two_regions():
    e = trained("combined-regions")
    assert e.evaluate().train_accuracy > 0.95
    upper_right = (GRID[:, 0] > 0.5) & (GRID[:, 1] > 0.5)
    lower_left = (GRID[:, 0] < -0.5) & (GRID[:, 1] < -0.5)
    layer2 = hidden_outputs(e, GRID)[1] > 0
    on_ur, on_ll = layer2[upper_right].mean(axis=0), layer2[lower_left].mean(axis=0)
    # One unit of layer 2 per class-1 quadrant, each (nearly) off in the other quadrant …
    ur_unit, ll_unit = int(np.argmax(on_ur - on_ll)), int(np.argmax(on_ll - on_ur))
    assert ur_unit != ll_unit
    assert on_ur[ur_unit] > 0.9 and on_ll[ur_unit] < 0.1
    assert on_ll[ll_unit] > 0.9 and on_ur[ll_unit] < 0.1
    # … and the output unit unites them: a region that is not convex.
    assert np.all(e.network.layers[2].W > 0)
    ends = e.network.predict(np.array([[4.0, 1.0], [-1.0, -4.0], [1.5, -1.5]]))[:, 0]
    assert ends[0] > 0.5 and ends[1] > 0.5 and ends[2] < 0.5


def test_stacked_linear_layers_collapse_into_one():
    e = trained("linear-collapse")
    (W1, b1), (W2, b2), (W3, b3) = ((layer.W, layer.b) for layer in e.network.layers)
    W = W3 @ W2 @ W1
    b = W3 @ (W2 @ b1 + b2) + b3
    x = e.data.x_train
    assert np.allclose(e.network.predict(x), 1.0 / (1.0 + np.exp(-(x @ W.T + b))), rtol=0, atol=1e-12)
    single = spec_of("linear-collapse")
    single["network"]["layers"] = single["network"]["layers"][-1:]
    deep_accuracy = e.evaluate().train_accuracy
    assert abs(deep_accuracy - trained(single).evaluate().train_accuracy) <= 0.02
    assert deep_accuracy < 0.92
    bent = spec_of("linear-collapse")
    for layer in bent["network"]["layers"][:-1]:
        layer["activation"] = "tanh"
    assert trained(bent).evaluate().train_accuracy > 0.97


# -- losses, gradients, activations ---------------------------------------------------------------


def squared_error(e: Experiment) -> float:
    return float(np.mean((e.network.predict(e.data.x_train) - e.data.t_train) ** 2))


def test_mse_with_sigmoid_learns_slowly_where_cross_entropy_does_not():
    first_mse = load_experiment("mse-sigmoid-slow").trainer.step()
    first_ce = load_experiment("cross-entropy-fast").trainer.step()
    assert np.abs(first_ce.layers[0].delta).mean() > 100 * np.abs(first_mse.layers[0].delta).mean()
    mse, ce = trained("mse-sigmoid-slow"), trained("cross-entropy-fast")
    assert mse.epochs == ce.epochs
    assert mse.evaluate().train_accuracy == 0.0 and squared_error(mse) > 0.9
    assert ce.evaluate().train_accuracy == 1.0 and squared_error(ce) < 0.01
    assert trained("mse-sigmoid-slow", epochs=150).evaluate().train_accuracy == 1.0  # slow, not stuck


def test_deep_sigmoid_gradients_vanish_where_relu_gradients_do_not():
    sigmoid = load_experiment("vanishing-sigmoid").trainer.step()
    relu = load_experiment("deep-relu").trainer.step()
    assert np.linalg.norm(sigmoid.layers[0].grad_W) * 100 <= np.linalg.norm(relu.layers[0].grad_W)
    sizes = [np.abs(layer.delta).mean() for layer in sigmoid.layers]
    assert all(lower < upper for lower, upper in itertools.pairwise(sizes))  # δ shrinks layer by layer
    assert sizes[0] * 1000 < sizes[-1]
    assert trained("vanishing-sigmoid").evaluate().train_accuracy <= 0.6
    assert trained("deep-relu").evaluate().train_accuracy >= 0.95


def dead_units(e: Experiment) -> list[np.ndarray]:
    """Per hidden layer, which units output 0 (z ≤ 0) for every training input."""
    return [np.all(z <= 0, axis=0) for z, _ in e.network.forward_all(e.data.x_train)[:-1]]


def test_relus_die_at_a_high_learning_rate_and_leaky_relus_do_not():
    relu = trained("dead-relu")
    dead = dead_units(relu)
    n_dead = sum(int(d.sum()) for d in dead)
    assert n_dead >= 0.5 * 16
    assert relu.evaluate().train_accuracy <= 0.6
    trace = relu.trainer.step()  # dead units get no gradient, so they stay dead
    for layer, is_dead in zip(trace.layers, dead):
        assert np.all(layer.grad_W_data[is_dead] == 0) and np.all(layer.grad_b[is_dead] == 0)
    gentle = spec_of("dead-relu")
    gentle["optimizer"]["learning_rate"] = 0.01
    gentle = trained(gentle)
    assert sum(int(d.sum()) for d in dead_units(gentle)) <= 0.25 * 16
    assert gentle.evaluate().train_accuracy >= 0.95
    leaky = trained("leaky-relu")
    assert leaky.evaluate().train_accuracy >= 0.95
    assert sum(int(d.sum()) for d in dead_units(leaky)) <= n_dead // 2


# -- regularization -------------------------------------------------------------------------------


def test_overfitting_is_narrowed_by_l2_and_by_dropout():
    results = {name: trained(name).evaluate() for name in ("overfitting", "overfitting-l2", "overfitting-dropout")}
    over = results.pop("overfitting")
    gap = over.train_accuracy - over.test_accuracy
    assert over.train_accuracy >= 0.95 and gap >= 0.2
    assert over.test_loss >= 10 * over.train_loss
    for cured in results.values():
        assert cured.test_loss <= over.test_loss / 2
        assert cured.train_accuracy - cured.test_accuracy <= gap - 0.15


def test_l1_makes_weights_sparse_where_l2_shrinks_them():
    l1, l2 = (trained(name).network.layers[0].W[0] for name in ("l1-sparse", "l2-shrink"))
    plain = spec_of("l1-sparse")
    del plain["regularization"]
    none = trained(plain).network.layers[0].W[0]
    # features: x1, x2, x1², x2², x1·x2, sin x1, sin x2 — a circle needs only x1² and x2².
    assert list(np.flatnonzero(np.abs(l1) >= 1e-3)) == [2, 3]
    assert np.sum(np.abs(l2) < 1e-3) <= 1
    assert np.sum(np.abs(none) < 1e-3) <= 1
    assert np.linalg.norm(l2) < 0.9 * np.linalg.norm(none)


# -- three classes --------------------------------------------------------------------------------


def test_softmax_and_hinge_both_classify_three_blobs():
    softmax, hinge = trained("softmax-3-classes"), trained("hinge-3-classes")
    assert softmax.evaluate().train_accuracy > 0.9
    assert hinge.evaluate().train_accuracy > 0.9
    assert np.allclose(softmax.network.predict(softmax.data.x_train).sum(axis=1), 1.0)
    # Hinge: a sample whose margins are all met has exactly zero gradient; cross-entropy never lets go.
    silent = {}
    for name, e in (("softmax", softmax), ("hinge", hinge)):
        trainer = e.trainer
        trace = e.network.compute(e.data.x_train, e.data.t_train, trainer.loss, trainer.regularizer)
        silent[name] = np.mean(np.all(trace.layers[-1].delta == 0, axis=1))
    assert silent["hinge"] >= 0.8
    assert silent["softmax"] == 0.0


# -- regression -----------------------------------------------------------------------------------


def test_mse_fits_the_least_squares_line_and_mae_resists_the_outliers():
    mse, mae = trained("regression-mse"), trained("regression-mae")
    x, t = mse.data.x_train[:, 0], mse.data.t_train[:, 0]
    slope, intercept = np.polyfit(x, t, 1)
    neuron = mse.network.layers[0]
    assert neuron.W[0, 0] == pytest.approx(slope, abs=1e-6)
    assert neuron.b[0] == pytest.approx(intercept, abs=1e-6)
    line = mae.network.layers[0]
    assert line.W[0, 0] == pytest.approx(0.5, abs=0.05)
    assert line.b[0] == pytest.approx(1.0, abs=0.1)
    inliers = slice(0, 25)  # the last three samples are the outliers

    def r_squared(e):
        y = e.network.predict(e.data.x_train[inliers])[:, 0]
        return 1.0 - np.sum((y - t[inliers]) ** 2) / np.sum((t[inliers] - t[inliers].mean()) ** 2)

    assert r_squared(mae) > 0.95
    assert r_squared(mse) < 0.8
