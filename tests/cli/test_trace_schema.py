"""``nnviz trace --format json`` has exactly the documented schema, with consistent shapes and numbers."""

import json

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.presets import load_experiment


def trace_json(capsys, *args):
    assert main(["trace", *args]) == 0
    return json.loads(capsys.readouterr().out)


def matrix(value, rows, cols):
    array = np.array(value, dtype=float)
    assert array.shape == (rows, cols)
    return array


@pytest.mark.parametrize("preset", ["xor-2-2-1", "softmax-3-classes", "overfitting-dropout", "l2-shrink"])
def test_trace_json_follows_the_schema(capsys, preset):
    doc = trace_json(capsys, preset, "--iterations", "2")
    sizes = load_experiment(preset).network.sizes
    n_layers = len(sizes) - 1
    assert set(doc) == {"experiment", "iterations"}
    assert doc["experiment"] == load_experiment(preset).name
    assert [it["iteration"] for it in doc["iterations"]] == [1, 2]
    for it in doc["iterations"]:
        assert set(it) == {"iteration", "samples", "forward", "loss", "backward", "update"}
        n = len(it["samples"])
        assert all(isinstance(i, int) for i in it["samples"])
        assert [f["layer"] for f in it["forward"]] == list(range(1, n_layers + 1))
        assert [b["layer"] for b in it["backward"]] == list(range(n_layers, 0, -1))
        assert [u["layer"] for u in it["update"]] == list(range(1, n_layers + 1))
        assert set(it["loss"]) == {"data", "regularization", "total"}
        assert it["loss"]["total"] == pytest.approx(it["loss"]["data"] + it["loss"]["regularization"])
        backward = {b["layer"]: b for b in it["backward"]}
        for f, u in zip(it["forward"], it["update"]):
            k = f["layer"]
            assert set(f) == {"layer", "kind", "input", "z", "a"} and f["kind"] == "dense"
            assert set(backward[k]) == {"layer", "kind", "grad_a", "delta", "grad_weights", "grad_bias"}
            assert set(u) == {"layer", "kind", "weights_before", "bias_before", "weights", "bias"}
            x = matrix(f["input"], n, sizes[k - 1])
            z = matrix(f["z"], n, sizes[k])
            W = matrix(u["weights_before"], sizes[k], sizes[k - 1])
            np.testing.assert_allclose(z, x @ W.T + np.array(u["bias_before"]), rtol=1e-12, atol=1e-12)
            matrix(f["a"], n, sizes[k])
            delta = matrix(backward[k]["delta"], n, sizes[k])
            matrix(backward[k]["grad_a"], n, sizes[k])
            grad_w = matrix(backward[k]["grad_weights"], sizes[k], sizes[k - 1])
            reg = np.zeros_like(W)
            if preset == "l2-shrink":
                lam = load_experiment(preset).spec["regularization"]["lambda"]
                reg = 2 * lam * W
            np.testing.assert_allclose(grad_w, delta.T @ x + reg, rtol=1e-10, atol=1e-14)
            np.testing.assert_allclose(backward[k]["grad_bias"], delta.sum(axis=0), rtol=1e-10, atol=1e-14)
            matrix(u["weights"], sizes[k], sizes[k - 1])
            assert len(u["bias"]) == len(u["bias_before"]) == sizes[k]


def test_non_finite_numbers_are_written_as_null(capsys, write_json):
    doc = {
        "nnviz": 1,
        "data": {"inputs": [[1e9]], "targets": [[0.0]]},
        "network": {"layers": [{"units": 1, "activation": "identity", "weights": [[1e300]], "bias": [0.0]}]},
        "loss": {"name": "mse"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    out = trace_json(capsys, str(write_json(doc)))
    it = out["iterations"][0]
    assert it["loss"]["data"] is None and it["forward"][0]["z"] == [[None]]
