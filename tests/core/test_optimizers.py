"""Optimizer updates: hand-checked formulas, then torch.optim itself over several steps."""

import math

import numpy as np
import pytest

from nnviz.core.optimizers import make_optimizer


def steps(name: str, grads: list[float], p: float = 1.0, **hyper) -> list[float]:
    """The scalar parameter after each step from ``p`` with the given gradients."""
    optimizer = make_optimizer(name, **hyper)
    values = []
    param = np.array([p])
    for g in grads:
        (param,) = optimizer.step([param], [np.array([g])])
        values.append(float(param[0]))
    return values


def test_plain_sgd():
    assert steps("sgd", [0.5], learning_rate=0.1) == pytest.approx([1 - 0.1 * 0.5])


def test_sgd_with_momentum():
    # buf = 1, then 0.9·1 + 1 = 1.9; θ = 1 − 0.1·1 = 0.9, then 0.9 − 0.1·1.9 = 0.71.
    assert steps("sgd", [1, 1], learning_rate=0.1, momentum=0.9) == pytest.approx([0.9, 0.71])
    # dampening 0.5 applies from the second step on: buf = 1, then 0.9 + 0.5·1 = 1.4.
    assert steps("sgd", [1, 1], learning_rate=0.1, momentum=0.9, dampening=0.5) == pytest.approx([0.9, 0.76])


def test_sgd_with_nesterov_momentum():
    # buf = 1, step g + 0.9·buf = 1.9; then buf = 1.9, step 1 + 0.9·1.9 = 2.71.
    assert steps("sgd", [1, 1], learning_rate=0.1, momentum=0.9, nesterov=True) == pytest.approx([0.81, 0.539])


def test_rmsprop():
    # v = 0.01·2² = 0.04; θ = 1 − 0.01·2/(√0.04 + 1e-8)
    assert steps("rmsprop", [2.0]) == pytest.approx([1 - 0.02 / (0.2 + 1e-8)], rel=1e-14)


def test_centered_rmsprop():
    # v = 0.04, ḡ = 0.01·2 = 0.02; θ = 1 − 0.01·2/(√(0.04 − 0.02²) + 1e-8)
    expected = 1 - 0.02 / (math.sqrt(0.0396) + 1e-8)
    assert steps("rmsprop", [2.0], centered=True) == pytest.approx([expected], rel=1e-14)
    assert expected == pytest.approx(0.8994962235, abs=1e-10)


def test_rmsprop_with_momentum():
    # step 1: v = 0.04, buf = 2/0.2 = 10, θ = 1 − 0.01·10 ≈ 0.9
    # step 2: v = 0.99·0.04 + 0.04 = 0.0796, buf = 0.9·10 + 2/√0.0796, θ = 0.9 − 0.01·buf
    buf1 = 2 / (0.2 + 1e-8)
    buf2 = 0.9 * buf1 + 2 / (math.sqrt(0.0796) + 1e-8)
    expected = [1 - 0.01 * buf1, 1 - 0.01 * buf1 - 0.01 * buf2]
    assert steps("rmsprop", [2.0, 2.0], momentum=0.9) == pytest.approx(expected, rel=1e-14)
    assert expected[1] == pytest.approx(0.7391118915, abs=1e-10)


def test_adam_first_step_moves_by_the_learning_rate():
    # m̂ = m/(1 − 0.9) = 0.5, v̂ = v/(1 − 0.999) = 0.25: θ = 1 − 0.1·0.5/(0.5 + 1e-8)
    assert steps("adam", [0.5], learning_rate=0.1) == pytest.approx([1 - 0.1 * 0.5 / (0.5 + 1e-8)], rel=1e-14)


def test_adam_with_and_without_amsgrad():
    # step 1 (g = 1): m = 0.1, v = 0.001, θ ≈ 0.9
    # step 2 (g = 0): m = 0.09, v = 0.000999 < max 0.001; amsgrad divides by the max.
    def second(v: float) -> float:
        theta1 = 1 - 0.1 * 1.0 / (1.0 + 1e-8)
        return theta1 - 0.1 / (1 - 0.9**2) * 0.09 / (math.sqrt(v) / math.sqrt(1 - 0.999**2) + 1e-8)

    assert steps("adam", [1.0, 0.0], learning_rate=0.1)[1] == pytest.approx(second(0.000999), rel=1e-13)
    assert steps("adam", [1.0, 0.0], learning_rate=0.1, amsgrad=True)[1] == pytest.approx(second(0.001), rel=1e-13)


def test_step_returns_new_arrays_and_leaves_the_old_ones():
    optimizer = make_optimizer("adam")
    W, b = np.ones((2, 3)), np.zeros(2)
    new_W, new_b = optimizer.step([W, b], [np.ones((2, 3)), np.ones(2)])
    assert new_W is not W and np.all(W == 1.0) and np.all(b == 0.0)
    assert new_W.shape == (2, 3) and new_b.shape == (2,)


CONFIGS = [
    ("sgd", {"learning_rate": 0.1}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9}),
    ("sgd", {"learning_rate": 0.05, "momentum": 0.8, "dampening": 0.3}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}),
    ("rmsprop", {}),
    ("rmsprop", {"learning_rate": 0.02, "alpha": 0.9, "centered": True}),
    ("rmsprop", {"momentum": 0.9}),
    ("rmsprop", {"momentum": 0.5, "centered": True, "eps": 1e-6}),
    ("adam", {}),
    ("adam", {"learning_rate": 0.01, "betas": (0.8, 0.99)}),
    ("adam", {"amsgrad": True, "learning_rate": 0.05}),
]


@pytest.mark.parametrize(("name", "hyper"), CONFIGS)
def test_matches_torch_optim_over_several_steps(name, hyper):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(1)
    params = [rng.normal(size=(3, 2)), rng.normal(size=3)]
    tensors = [torch.tensor(p, requires_grad=True) for p in params]
    torch_hyper = {("lr" if k == "learning_rate" else k): v for k, v in hyper.items()}
    reference = {"sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop, "adam": torch.optim.Adam}[name]
    torch_optimizer = reference(tensors, **torch_hyper)
    optimizer = make_optimizer(name, **hyper)
    for _ in range(6):
        grads = [rng.normal(size=p.shape) for p in params]
        params = optimizer.step(params, grads)
        for tensor, g in zip(tensors, grads):
            tensor.grad = torch.tensor(g)
        torch_optimizer.step()
        for ours, theirs in zip(params, tensors):
            np.testing.assert_allclose(ours, theirs.detach().numpy(), rtol=1e-12, atol=1e-14)
