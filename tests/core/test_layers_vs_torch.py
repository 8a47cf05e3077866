"""Every layer kind against PyTorch autograd in float64: forward, loss, every gradient, three steps.

The networks are written in the documented file format with explicit weights; the
same layer list is read a second time into ``torch.nn.functional`` calls. Skipped
where torch is not installed.
"""

import copy

import numpy as np
import pytest

from nnviz.core.experiment import Experiment

torch = pytest.importorskip("torch")
F = torch.nn.functional
RTOL = 1e-7
ATOL = 1e-12


def _images(rng, n, c, h, w, ties=False):
    if ties:  # small integers: many windows hold their maximum twice
        return rng.integers(0, 3, size=(n, c, h, w)).astype(float)
    return rng.normal(size=(n, c, h, w))


def _conv(rng, out, inp, kh, kw, **keys):
    return {
        "kind": "conv2d",
        "channels": out,
        "kernel": [kh, kw],
        "weights": (0.4 * rng.normal(size=(out, inp, kh, kw))).tolist(),
        "bias": (0.1 * rng.normal(size=out)).tolist(),
        **keys,
    }


def _dense(rng, units, fan_in, activation):
    return {
        "units": units,
        "activation": activation,
        "weights": (0.4 * rng.normal(size=(units, fan_in))).tolist(),
        "bias": (0.1 * rng.normal(size=units)).tolist(),
    }


def case_conv_max_softmax():
    rng = np.random.default_rng(1)
    x = _images(rng, 5, 2, 6, 6)
    layers = [
        _conv(rng, 3, 2, 3, 3, padding=1, activation="relu"),
        {"kind": "max_pool2d", "kernel": 2},
        {"kind": "flatten"},
        _dense(rng, 3, 27, "softmax"),
    ]
    targets = [0, 1, 2, 1, 0]
    return (
        x,
        layers,
        targets,
        "cross_entropy",
        {"kind": "l2", "lambda": 0.01},
        {"name": "sgd", "learning_rate": 0.1, "momentum": 0.9},
    )


def case_strided_conv_avg_bce():
    rng = np.random.default_rng(2)
    x = _images(rng, 4, 1, 7, 5)
    layers = [
        _conv(rng, 2, 1, 2, 3, stride=2, padding=1, activation="tanh"),
        {"kind": "avg_pool2d", "kernel": [2, 1], "stride": [1, 1]},
        {"kind": "conv2d", **_conv(rng, 2, 2, 2, 2, activation="sigmoid")},
        {"kind": "flatten"},
        _dense(rng, 1, 2 * 2 * 2, "sigmoid"),
    ]
    return (
        x,
        layers,
        [[1.0], [0.0], [1.0], [0.0]],
        "bce",
        {"kind": "l1", "lambda": 0.02},
        {"name": "adam", "learning_rate": 0.01},
    )


def case_overlapping_max_pool_with_ties():
    rng = np.random.default_rng(3)
    x = _images(rng, 3, 1, 7, 7, ties=True)
    layers = [
        {"kind": "max_pool2d", "kernel": 3, "stride": 2},
        _conv(rng, 2, 1, 2, 2, activation="leaky_relu"),
        {"kind": "max_pool2d", "kernel": [2, 1], "stride": [1, 2]},
        {"kind": "flatten"},
        _dense(rng, 2, 2 * 1 * 1, "identity"),
    ]
    return (
        x,
        layers,
        [[0.5, -0.5], [1.0, 0.0], [0.0, 2.0]],
        "mse",
        {"kind": "none"},
        {"name": "rmsprop", "learning_rate": 0.01, "momentum": 0.5},
    )


def case_concat_wide_and_deep():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(6, 4))
    layers = [
        _dense(rng, 3, 4, "tanh"),
        {"kind": "concat", "input_columns": ["x1", "x3"]},
        _dense(rng, 1, 2 + 3, "sigmoid"),
    ]
    targets = [[1.0], [0.0], [0.0], [1.0], [1.0], [0.0]]
    return x, layers, targets, "bce", {"kind": "l2", "lambda": 0.05}, {"name": "rmsprop", "learning_rate": 0.01}


CASES = [
    case_conv_max_softmax,
    case_strided_conv_avg_bce,
    case_overlapping_max_pool_with_ties,
    case_concat_wide_and_deep,
]


def _experiment(x, layers, targets, loss, reg, optimizer):
    doc = {
        "nnviz": 1,
        "shuffle": False,
        "data": {"inputs": x.tolist(), "targets": targets},
        "network": {"inputs": list(x.shape[1:]) if x.ndim == 4 else x.shape[1], "layers": copy.deepcopy(layers)},
        "loss": {"name": loss},
        "regularization": reg,
        "optimizer": optimizer,
        "batch_size": len(x),
    }
    return Experiment(doc)


def _torch_forward(x, layers, params):
    """Each layer's (z, a) through torch.nn.functional, reading the same layer list."""
    out, a, it = [], x, iter(params)
    acts = {"relu": torch.relu, "tanh": torch.tanh, "sigmoid": torch.sigmoid, "identity": lambda z: z}
    acts["leaky_relu"] = lambda z: F.leaky_relu(z, 0.01)
    acts["softmax"] = lambda z: torch.softmax(z, dim=1)
    for spec in layers:
        kind = spec.get("kind", "dense")
        if kind == "conv2d":
            W, b = next(it), next(it)
            z = F.conv2d(a, W, b, stride=spec.get("stride", 1), padding=spec.get("padding", 0))
        elif kind == "dense":
            W, b = next(it), next(it)
            z = a @ W.T + b
        elif kind == "max_pool2d":
            z = F.max_pool2d(a, spec["kernel"], spec.get("stride", spec["kernel"]))
        elif kind == "avg_pool2d":
            z = F.avg_pool2d(a, spec["kernel"], spec.get("stride", spec["kernel"]))
        elif kind == "flatten":
            z = torch.flatten(a, 1)
        else:
            z = torch.cat([x[:, [0, 2]], a], dim=1)
        z.retain_grad()
        a = acts[spec["activation"]](z) if "activation" in spec else z
        if a is not z:
            a.retain_grad()
        out.append((z, a))
    return out


def _torch_loss(z, a, t, loss):
    if loss == "cross_entropy":
        return F.cross_entropy(z, torch.tensor(t))
    if loss == "bce":
        return F.binary_cross_entropy_with_logits(z, torch.tensor(t))
    return F.mse_loss(a, torch.tensor(t))


def _penalty(params, layers, reg):
    weights = params[0::2]
    if reg["kind"] == "l2":
        return reg["lambda"] * sum((W * W).sum() for W in weights)
    if reg["kind"] == "l1":
        return reg["lambda"] * sum(W.abs().sum() for W in weights)
    return torch.tensor(0.0)


def _torch_optimizer(params, optimizer):
    hyper = {k: v for k, v in optimizer.items() if k not in ("name", "learning_rate")}
    cls = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "rmsprop": torch.optim.RMSprop}[optimizer["name"]]
    return cls(params, lr=optimizer["learning_rate"], **hyper)


def _close(ours, theirs, what):
    np.testing.assert_allclose(ours, theirs.detach().numpy(), rtol=RTOL, atol=ATOL, err_msg=what)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_every_layer_kind_matches_pytorch_for_three_steps(case):
    torch.set_default_dtype(torch.float64)
    x, layers, targets, loss, reg, optimizer = case()
    experiment = _experiment(x, layers, targets, loss, reg, optimizer)
    params = [torch.tensor(p.copy(), requires_grad=True) for p in experiment.network.parameters()]
    opt = _torch_optimizer(params, optimizer)
    xt = torch.tensor(x, requires_grad=True)
    for step in range(3):
        trace = experiment.trainer.step()
        opt.zero_grad()
        torch_layers = _torch_forward(xt, layers, params)
        z_out, a_out = torch_layers[-1]
        data = _torch_loss(z_out, a_out, targets, loss)
        total = data + _penalty(params, layers, reg)
        total.backward()
        assert trace.loss_data == pytest.approx(data.item(), rel=RTOL)
        assert trace.loss_total == pytest.approx(total.item(), rel=RTOL)
        for lt, (z, a) in zip(trace.layers, torch_layers):
            where = f"step {step + 1}, layer {lt.index} ({lt.kind})"
            assert lt.z.shape == tuple(z.shape), where
            _close(lt.z, z, f"{where}: z")
            _close(lt.a, a, f"{where}: a")
            _close(lt.delta, z.grad, f"{where}: delta")
            if a.grad is not None and lt.index < len(trace.layers):
                _close(lt.grad_a, a.grad, f"{where}: grad_a")
        grads = trace.gradients()
        assert len(grads) == len(params)
        for i, (g, p) in enumerate(zip(grads, params)):
            _close(g, p.grad, f"step {step + 1}: gradient of parameter {i}")
        opt.step()
        for i, (ours, p) in enumerate(zip(experiment.network.parameters(), params)):
            _close(ours, p, f"step {step + 1}: parameter {i} after the update")


def test_max_pool_ties_send_the_gradient_to_the_first_maximum_as_pytorch():
    torch.set_default_dtype(torch.float64)
    x = np.array([[[[1.0, 1.0, 0.0, 2.0], [1.0, 0.0, 2.0, 2.0], [3.0, 3.0, 5.0, 5.0], [3.0, 3.0, 5.0, 5.0]]]])
    layers = [
        {"kind": "max_pool2d", "kernel": 2},
        {"kind": "flatten"},
        {"units": 1, "activation": "identity", "weights": [[1.0, 2.0, 3.0, 4.0]], "bias": [0.0]},
    ]
    experiment = _experiment(x, layers, [[0.0]], "mse", {"kind": "none"}, {"name": "sgd", "learning_rate": 0.1})
    network = experiment.network
    trace = network.compute(x, np.array([[0.0]]), experiment.trainer.loss, experiment.trainer.regularizer)
    # The first maximum in row-major window order: (0, 0), (0, 3), (2, 0), (2, 2) as row·4 + col.
    assert trace.layers[0].winners.tolist() == [[[[0, 3], [8, 10]]]]
    xt = torch.tensor(x, requires_grad=True)
    pooled = F.max_pool2d(xt, 2)
    pooled.backward(torch.tensor(trace.layers[0].delta))
    grad_input = network.layers[0].backward(trace.layers[0], trace.layers[0].delta, None, True)
    np.testing.assert_array_equal(grad_input, xt.grad.numpy())
    assert np.count_nonzero(grad_input) == 4
