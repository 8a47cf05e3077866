"""A perceptron run on XOR pauses and says it cycles; on AND it converges and runs on."""

from nnviz.presets import load_experiment
from nnviz.session.workspace import Workspace


def test_xor_pauses_when_the_weights_come_back():
    ws = Workspace(load_experiment("perceptron-xor"))
    stop = ws.run(4 * 50)
    assert stop is not None and stop.kind == "perceptron_cycle"
    assert "not linearly separable" in stop.message
    # Epoch 3 ends where an earlier epoch ended (nnviz train perceptron-xor reports the same epoch).
    assert ws.stepper.trainer.epoch == 3 and stop.message.startswith("the perceptron cycles")


def test_and_converges_without_a_stop():
    ws = Workspace(load_experiment("perceptron-and"))
    assert ws.run(4 * 50) is None
    assert ws.epochs[-1].result.train_accuracy == 1.0


def test_gradient_runs_keep_no_fingerprint():
    ws = Workspace(load_experiment("sigmoid-and"))
    ws.run(8)
    assert all(record.digest is None for record in ws.epochs)
