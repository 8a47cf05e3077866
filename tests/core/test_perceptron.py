"""The step activation and Rosenblatt's perceptron rule, against a hand computation."""

import json

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.activations import get_activation
from nnviz.core.experiment import Experiment
from nnviz.core.perceptron import Convergence, rosenblatt
from nnviz.core.validate import ExperimentError
from nnviz.presets import load_experiment

GATE_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])

# AND from w = (0, 0), b = 0, η = 1, samples 00, 01, 10, 11 in order, one per iteration; step(0) = 1.
# Each row: the sample's index, then (w1, w2, b) after it. Worked by hand:
#   epoch 1: 00 z=0→y=1,t=0: b=−1 · 01 z=−1 ok · 10 z=−1 ok · 11 z=−1→0,t=1: w=(1,1), b=0
#   epoch 2: 00 z=0→1: b=−1 · 01 z=0→1: w=(1,0), b=−2 · 10 z=−1 ok · 11 z=−1→0: w=(2,1), b=−1
#   epoch 3: 00 z=−1 ok · 01 z=0→1: w=(2,0), b=−2 · 10 z=0→1: w=(1,0), b=−3 · 11 z=−2→0: w=(2,1), b=−2
#   epoch 4: 00 ok · 01 z=−1 ok · 10 z=0→1: w=(1,1), b=−3 · 11 z=−1→0: w=(2,2), b=−2
#   epoch 5: 00 ok · 01 z=0→1: w=(2,1), b=−3 · 10 z=−1 ok · 11 z=0→1 ok
#   epoch 6: no mistake → converged after 2 + 3 + 3 + 2 + 1 = 11 updates at w = (2, 1), b = −3.
AND_BY_HAND = [
    (0, 0, -1), (0, 0, -1), (0, 0, -1), (1, 1, 0),
    (1, 1, -1), (1, 0, -2), (1, 0, -2), (2, 1, -1),
    (2, 1, -1), (2, 0, -2), (1, 0, -3), (2, 1, -2),
    (2, 1, -2), (2, 1, -2), (1, 1, -3), (2, 2, -2),
    (2, 2, -2), (2, 1, -3), (2, 1, -3), (2, 1, -3),
]  # fmt: skip


def test_step_is_heaviside_with_one_at_zero_and_zero_slope():
    step = get_activation("step")
    z = np.array([[-2.0, -1e-12, 0.0, 3.0]])
    assert step.value(z).tolist() == [[0.0, 0.0, 1.0, 1.0]]
    assert step.derivative(z, step.value(z)).tolist() == [[0.0, 0.0, 0.0, 0.0]]


def test_the_and_preset_follows_the_hand_computation_update_by_update():
    e = load_experiment("perceptron-and")
    for expected in AND_BY_HAND:
        trace = e.trainer.step()
        layer = e.network.layers[0]
        assert (*layer.W[0], layer.b[0]) == expected
        # Every update equals the rule: Δw = η·(t − y)·x, Δb = η·(t − y).
        error = trace.t.reshape(1, -1)[0, 0] - float(trace.layers[0].a[0, 0])
        assert trace.rule_steps.errors[0, 0] == error
        assert np.array_equal(trace.layers[0].dW, error * trace.x)
        assert np.array_equal(trace.layers[0].db, [error])


def test_batches_apply_the_rule_sample_after_sample():
    W, b = np.zeros((1, 2)), np.zeros(1)
    W, b, steps = rosenblatt(W, b, GATE_X, np.array([0, 0, 0, 1]), 1.0)
    assert (*W[0], b[0]) == AND_BY_HAND[3]
    assert steps.errors[:, 0].tolist() == [-1, 0, 0, 1] and steps.updates == 2


def _train(name, epochs):
    e = load_experiment(name)
    rule = Convergence()
    for _ in range(epochs):
        start = e.trainer.epoch
        while e.trainer.epoch == start:
            rule.count(e.trainer.step().rule_steps)
        rule.epoch_ended(e.network.parameters())
    return e, rule


@pytest.mark.parametrize(("name", "epoch", "updates"), [("perceptron-and", 6, 11), ("perceptron-or", 4, 5)])
def test_and_and_or_converge_within_a_few_updates(name, epoch, updates):
    e, rule = _train(name, 10)
    assert (rule.converged_epoch, rule.updates, rule.cycle_epoch) == (epoch, updates, None)
    assert e.evaluate().train_accuracy == 1.0


def test_xor_never_converges_and_is_reported_as_cycling():
    e, rule = _train("perceptron-xor", 200)
    assert rule.converged_epoch is None and rule.cycle_epoch is not None
    assert e.evaluate().train_accuracy < 1.0
    assert "not linearly separable" in rule.sentence()


def test_train_reports_convergence_and_cycling(capsys):
    assert main(["train", "perceptron-or", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["perceptron"] == {
        "updates": 5,
        "converged_epoch": 4,
        "cycle_epoch": None,
    }
    assert main(["train", "perceptron-xor", "--epochs", "50"]) == 0
    captured = capsys.readouterr()
    assert "cycles" in captured.out and "not linearly separable" in captured.err


def test_trace_json_records_each_sample_of_the_rule(capsys):
    assert main(["trace", "perceptron-and", "--iterations", "1"]) == 0
    iteration = json.loads(capsys.readouterr().out)["iterations"][0]
    assert iteration["perceptron"] == [{"output": [1.0], "error": [-1.0], "updated": True}]
    assert iteration["update"][0]["bias"] == [-1.0]


def test_worked_example_states_the_rule(capsys):
    assert main(["trace", "perceptron-and", "--format", "markdown"]) == 0
    assert "b1 ← 0 + 1·(−1)·1 = −1." in capsys.readouterr().out


def _spec(activation, optimizer, hidden=False):
    layers = [{"units": 2, "activation": "tanh"}] if hidden else []
    return {
        "nnviz": 1,
        "data": {"dataset": "and_gate"},
        "network": {"layers": [*layers, {"units": 1, "activation": activation}]},
        "loss": "mse",
        "optimizer": {"name": optimizer},
    }


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "rmsprop"])
def test_gradient_training_of_step_units_is_refused(optimizer):
    with pytest.raises(ExperimentError, match=r"network.layers\[0\].activation: step units have f′\(z\) = 0"):
        Experiment.from_json(json.dumps(_spec("step", optimizer)))


@pytest.mark.parametrize(("activation", "hidden"), [("sigmoid", False), ("step", True)])
def test_the_rule_is_refused_for_anything_but_one_layer_of_step_units(activation, hidden):
    with pytest.raises(ExperimentError, match=r"optimizer\.name: the perceptron rule"):
        Experiment.from_json(json.dumps(_spec(activation, "perceptron", hidden)))
