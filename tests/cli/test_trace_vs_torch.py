"""``nnviz trace`` against PyTorch autograd, driven through the documented file format and CLI.

PyTorch is an independent implementation of the same math; the test is skipped
where it is not installed (CI installs only the project's own dependencies).
"""

import json

import numpy as np
import pytest

from nnviz.cli import main

torch = pytest.importorskip("torch")

W1 = [[0.1, -0.2, 0.05], [0.3, 0.4, -0.5], [-0.25, 0.15, 0.35]]
B1 = [0.0, 0.1, -0.1]
W2 = [[0.2, -0.3, 0.6], [-0.4, 0.5, 0.1]]
B2 = [0.05, -0.05]
X = [[0.5, -1.0, 2.0], [1.0, 0.25, -0.5], [-1.5, 0.75, 0.2], [0.3, 0.3, 0.3]]


def _doc(loss, out_act, targets, optimizer, reg=None):
    return {
        "nnviz": 1,
        "name": "vs torch",
        "seed": 0,
        "shuffle": False,
        "data": {"inputs": X, "targets": targets},
        "network": {
            "inputs": 3,
            "layers": [
                {"units": 3, "activation": "tanh", "weights": W1, "bias": B1},
                {"units": 2, "activation": out_act, "weights": W2, "bias": B2},
            ],
        },
        "loss": {"name": loss},
        "regularization": reg or {"kind": "none"},
        "optimizer": optimizer,
        "batch_size": 4,
    }


def _torch_run(loss_name, out_act, targets, opt_name, hyper, iterations, reg=None):
    torch.set_default_dtype(torch.float64)
    params = [torch.tensor(v, requires_grad=True) for v in (W1, B1, W2, B2)]
    x = torch.tensor(X)
    lr = hyper.pop("learning_rate")
    opt = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "rmsprop": torch.optim.RMSprop}[opt_name](
        params, lr=lr, **{k: tuple(v) if isinstance(v, list) else v for k, v in hyper.items()}
    )
    records = []
    for _ in range(iterations):
        opt.zero_grad()
        h = torch.tanh(x @ params[0].T + params[1])
        z = h @ params[2].T + params[3]
        if loss_name == "cross_entropy":
            data = torch.nn.functional.cross_entropy(z, torch.tensor(targets))
        elif loss_name == "bce":
            data = torch.nn.functional.binary_cross_entropy(
                torch.sigmoid(z), torch.tensor(targets, dtype=torch.float64)
            )
        elif loss_name == "mse":
            data = torch.nn.functional.mse_loss(z, torch.tensor(targets, dtype=torch.float64))
        penalty = torch.zeros(())
        if reg and reg["kind"] == "l2":
            penalty = reg["lambda"] * (params[0].pow(2).sum() + params[2].pow(2).sum())
        total = data + penalty
        total.backward()
        records.append({"total": total.item(), "grads": [p.grad.detach().numpy().copy() for p in params]})
        opt.step()
        records[-1]["after"] = [p.detach().numpy().copy() for p in params]
    return records


CASES = [
    (
        "cross_entropy",
        "softmax",
        [0, 1, 1, 0],
        "sgd",
        {"learning_rate": 0.3, "momentum": 0.9, "nesterov": True},
        None,
    ),
    (
        "bce",
        "sigmoid",
        [[1, 0], [0, 1], [1, 1], [0, 0]],
        "adam",
        {"learning_rate": 0.05, "betas": [0.8, 0.99]},
        {"kind": "l2", "lambda": 0.01},
    ),
    (
        "mse",
        "identity",
        [[0.5, -1], [1, 0], [0, 0.2], [2, 1]],
        "rmsprop",
        {"learning_rate": 0.01, "momentum": 0.5, "centered": True},
        None,
    ),
]


@pytest.mark.parametrize(("loss", "act", "targets", "opt", "hyper", "reg"), CASES, ids=[c[0] for c in CASES])
def test_trace_matches_torch(loss, act, targets, opt, hyper, reg, write_json, capsys):
    path = write_json(_doc(loss, act, targets, {"name": opt, **hyper}, reg))
    assert main(["trace", str(path), "--iterations", "3"]) == 0
    ours = json.loads(capsys.readouterr().out)["iterations"]
    theirs = _torch_run(loss, act, targets, opt, dict(hyper), 3, reg)
    for it, ref in zip(ours, theirs):
        assert it["loss"]["total"] == pytest.approx(ref["total"], rel=1e-12)
        backward = {b["layer"]: b for b in it["backward"]}
        update = {u["layer"]: u for u in it["update"]}
        for k in (1, 2):
            np.testing.assert_allclose(
                backward[k]["grad_weights"], ref["grads"][2 * k - 2], rtol=1e-10, atol=1e-14
            )
            np.testing.assert_allclose(backward[k]["grad_bias"], ref["grads"][2 * k - 1], rtol=1e-10, atol=1e-14)
            np.testing.assert_allclose(update[k]["weights"], ref["after"][2 * k - 2], rtol=1e-10, atol=1e-14)
            np.testing.assert_allclose(update[k]["bias"], ref["after"][2 * k - 1], rtol=1e-10, atol=1e-14)
