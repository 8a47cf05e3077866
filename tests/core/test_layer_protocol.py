"""The layer protocol changes no bit of the dense path, and a conv experiment saves and resumes exactly."""

import json

import numpy as np

from nnviz.core.activations import get_activation
from nnviz.core.experiment import Experiment
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.regularizers import Regularizer
from nnviz.presets import load_experiment


def _reference(net, x, t, loss, reg, masks):
    """The dense pass written out inline, as Network.compute had it before the protocol."""
    rows, a_prev = [], x
    for layer, mask in zip(net.layers, masks):
        z = a_prev @ layer.W.T + layer.b
        a = layer.activation.value(z)
        out = a if mask is None else a * mask * (1.0 / (1.0 - layer.dropout))
        rows.append({"input": a_prev, "z": z, "a": a, "mask": mask})
        a_prev = out
    grad_a, delta = loss.backward(rows[-1]["z"], rows[-1]["a"], t, net.layers[-1].activation)
    for k in range(len(rows) - 1, -1, -1):
        layer, row = net.layers[k], rows[k]
        if k < len(rows) - 1:
            grad_out = rows[k + 1]["delta"] @ net.layers[k + 1].W
            mask = row["mask"]
            grad_a = grad_out if mask is None else grad_out * mask * (1.0 / (1.0 - layer.dropout))
            delta = grad_a * layer.activation.derivative(row["z"], row["a"])
        row["grad_a"], row["delta"] = grad_a, delta
        row["grad_W"] = delta.T @ row["input"] + reg.gradient(layer.W)
        row["grad_b"] = delta.sum(axis=0)
    return rows


def test_dense_trace_is_bit_identical_to_the_inline_formulas():
    rng = np.random.default_rng(11)
    sizes = [3, 5, 4, 2]
    acts = ["tanh", "relu", "softmax"]
    layers = [
        Dense(rng.normal(size=(sizes[k + 1], sizes[k])), rng.normal(size=sizes[k + 1]), get_activation(act), d)
        for k, (act, d) in enumerate(zip(acts, [0.3, 0.2, 0.0]))
    ]
    net = Network(3, layers)
    x, t = rng.normal(size=(7, 3)), rng.integers(0, 2, 7)
    masks = [(rng.random((7, n)) >= 0.3).astype(float) for n in sizes[1:3]] + [None]
    loss, reg = get_loss("cross_entropy"), Regularizer("l2", 0.01)
    trace = net.compute(x, t, loss, reg, masks=masks)
    for lt, row in zip(trace.layers, _reference(net, x, t, loss, reg, masks)):
        assert lt.kind == "dense"
        for key in ("input", "z", "a", "grad_a", "delta", "grad_W", "grad_b"):
            ours = getattr(lt, key)
            assert ours.shape == row[key].shape and np.array_equal(ours, row[key]), (lt.index, key)


def test_a_trained_conv_experiment_saves_and_continues_bit_identically():
    a = load_experiment("bars-edge-kernel")
    for _ in range(3):
        a.trainer.run_epoch()
    saved = json.loads(a.to_json())
    assert np.shape(saved["state"]["parameters"][0]["weights"]) == (1, 1, 3, 3)
    assert len(saved["state"]["parameters"]) == 2  # the conv and the dense layer; pool and flatten have none
    b = Experiment(saved)
    for _ in range(5):
        ta, tb = a.trainer.step(), b.trainer.step()
        assert ta.loss_total == tb.loss_total
    assert all(np.array_equal(p, q) for p, q in zip(a.network.parameters(), b.network.parameters()))
