"""Loss values and gradients: hand-checked cases, then PyTorch's losses through autograd."""

import math

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.losses import get_loss

ACTIVATIONS = ("identity", "sigmoid", "tanh", "relu", "leaky_relu", "softmax")


def value(loss_name: str, activation_name: str, z, t) -> float:
    activation = get_activation(activation_name)
    z = np.asarray(z, dtype=float)
    return get_loss(loss_name).value(z, activation.value(z), np.asarray(t), activation)


def test_hand_checked_values():
    y, t = [[0.5, 2.0]], [[1.0, 0.0]]
    assert value("mse", "identity", y, t) == pytest.approx((0.25 + 4.0) / 2)
    assert value("half_sse", "identity", y, t) == pytest.approx(0.5 * (0.25 + 4.0))
    assert value("mae", "identity", y, t) == pytest.approx((0.5 + 2.0) / 2)
    assert value("bce", "sigmoid", [[0.0]], [[1.0]]) == pytest.approx(math.log(2))  # σ(0) = ½
    assert value("cross_entropy", "softmax", [[1.0, 1.0, 1.0, 1.0]], [2]) == pytest.approx(math.log(4))
    # scores (1, 2, 0.5), true class 0: max(0, 2 − 1 + 1) + max(0, 0.5 − 1 + 1) = 2 + 0.5
    assert value("hinge", "identity", [[1.0, 2.0, 0.5]], [0]) == pytest.approx(2.5)
    assert value("zero_one", "softmax", [[2.0, 0.0], [0.0, 2.0], [2.0, 0.0]], [0, 0, 1]) == pytest.approx(2 / 3)


def test_extreme_logits_give_finite_losses_and_gradients():
    z = np.array([[1e4, -1e4], [-1e4, 1e4]])
    for loss_name, activation_name, t in [
        ("bce", "sigmoid", np.array([[0.0, 1.0], [1.0, 0.0]])),
        ("cross_entropy", "softmax", np.array([1, 0])),
        ("cross_entropy", "identity", np.array([1, 0])),
    ]:
        activation, loss = get_activation(activation_name), get_loss(loss_name)
        a = activation.value(z)
        assert np.isfinite(loss.value(z, a, t, activation))
        assert all(np.all(np.isfinite(g)) for g in loss.backward(z, a, t, activation))


def _valid(loss_name: str, activation_name: str) -> bool:
    try:
        get_loss(loss_name).check_output(get_activation(activation_name), 3)
    except ValueError:
        return False
    return True


TORCH_CASES = [
    (loss_name, activation_name, k)
    for loss_name in ("mse", "half_sse", "mae", "bce", "cross_entropy", "hinge")
    for activation_name in ACTIVATIONS
    for k in (1, 3)
    if _valid(loss_name, activation_name)
    and (k > 1 or (activation_name != "softmax" and loss_name not in ("cross_entropy", "hinge")))
]


@pytest.mark.parametrize(("loss_name", "activation_name", "k"), TORCH_CASES)
def test_value_and_gradients_match_torch(loss_name, activation_name, k):
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(TORCH_CASES.index((loss_name, activation_name, k)))
    n = 5
    z = rng.normal(0.0, 1.5, (n, k))
    if loss_name in ("cross_entropy", "hinge"):
        t = rng.integers(0, k, n)
    elif loss_name == "bce":
        t = rng.uniform(0.0, 1.0, (n, k))
    else:
        t = rng.normal(size=(n, k))
    activation, loss = get_activation(activation_name), get_loss(loss_name)
    a = activation.value(z)
    grad_a, delta = loss.backward(z, a, t, activation)

    zt = torch.tensor(z, requires_grad=True)
    tt = torch.tensor(t)
    at = {
        "identity": lambda v: v * 1.0,
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "relu": torch.relu,
        "leaky_relu": lambda v: torch.nn.functional.leaky_relu(v, 0.01),
        "softmax": lambda v: torch.softmax(v, dim=1),
    }[activation_name](zt)
    at.retain_grad()
    nn = torch.nn
    if loss_name == "cross_entropy":
        # CrossEntropyLoss takes logits; on a softmax layer that is NLL of log a, same value.
        reference = (
            nn.NLLLoss()(torch.log(at), tt) if activation_name == "softmax" else nn.CrossEntropyLoss()(at, tt)
        )
    else:
        reference = {
            "mse": lambda: nn.MSELoss()(at, tt),
            "half_sse": lambda: 0.5 * ((at - tt) ** 2).sum(dim=1).mean(),
            "mae": lambda: nn.L1Loss()(at, tt),
            "bce": lambda: nn.BCELoss()(at, tt),
            "hinge": lambda: nn.MultiMarginLoss()(at, tt) * k,  # torch divides by the number of classes
        }[loss_name]()
    reference.backward()
    assert loss.value(z, a, t, activation) == pytest.approx(reference.item(), rel=1e-10)
    np.testing.assert_allclose(delta, zt.grad.numpy(), rtol=1e-8, atol=1e-12)
    np.testing.assert_allclose(grad_a, at.grad.numpy(), rtol=1e-8, atol=1e-12)


def test_bce_short_form_below_the_clamp_agrees_with_the_clamped_form():
    """Below |z| = 99 BCE takes log1p(e^−|z|) + max(z, 0) − t·z; one |z| above 99 in the batch
    sends every element through the clamped −t·log σ − (1−t)·log(1−σ). Same numbers."""
    from nnviz.core.losses import _bce_elements

    rng = np.random.default_rng(3)
    z = np.concatenate([rng.uniform(-99, 99, 400), rng.normal(0, 1e-3, 100)]).reshape(-1, 1)
    t = rng.uniform(0, 1, z.shape)  # soft targets too
    short = _bce_elements(z, None, t, True)
    clamped = _bce_elements(np.vstack([z, [[150.0]]]), None, np.vstack([t, [[1.0]]]), True)[:-1]
    np.testing.assert_allclose(short, clamped, rtol=1e-13, atol=1e-15)
